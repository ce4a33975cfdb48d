using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Skp;

/// <summary>"SKP saya": the employee's plans, the editor and the read-only detail (also for penilai, atasan penilai, Admin BKD).</summary>
public sealed class SkpController(SkpService layanan, IValidator<SkpForm> validator, IStringLocalizer<SharedResource> t) : Controller
{
    /// <summary>TempData key: the SKP whose form was just saved (the editor's script then forgets its local copy).</summary>
    public const string TersimpanKey = "Skp.Tersimpan";

    public const string KonflikKey = "Skp.Konflik";

    private PenggunaSkp Pengguna => PenggunaSkp.Dari(User);

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await layanan.SayaAsync(Pengguna, ct));

    [HttpGet]
    public async Task<IActionResult> Buat(int? tahunKinerjaId, CancellationToken ct) =>
        View(await layanan.FormBuatAsync(Pengguna, tahunKinerjaId is null ? null : new BuatSkpForm { TahunKinerjaId = tahunKinerjaId }, ct));

    [HttpPost]
    public async Task<IActionResult> Buat(BuatSkpForm form, CancellationToken ct)
    {
        if (!Enum.IsDefined(form.Pendekatan))
        {
            ModelState.AddModelError(string.Empty, t["Umum.IsianTidakValid"]);
            return View(await layanan.FormBuatAsync(Pengguna, form, ct));
        }

        var hasil = await layanan.BuatAsync(Pengguna, form, ct);
        if (hasil.Status != StatusHasil.Berhasil)
        {
            ModelState.AddModelError(string.Empty, t[hasil.Kode!]);
            return View(await layanan.FormBuatAsync(Pengguna, form, ct));
        }

        TempData.Sukses(t["Skp.Dibuat"]);
        return RedirectToAction(nameof(Ubah), new { id = hasil.Nilai });
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct) => Tampilkan(await layanan.FormAsync(id, Pengguna, ct));

    /// <summary>The whole SKP in one post: ~12 fields per IKI, so more than the default 1,024 values for a large plan.</summary>
    [HttpPost]
    [RequestFormLimits(ValueCountLimit = 10_000)]
    public async Task<IActionResult> Ubah(int id, SkpForm form, string? aksi, CancellationToken ct)
    {
        form.Id = id;

        // Numbers are posted as text and the validator below gives every message, keyed as rendered; what still fails
        // to bind (an enum value or a row id no select or hidden field of the editor can produce) is refused, not
        // silently replaced by its default.
        var tidakTerbaca = ModelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid).Select(e => e.Key).ToList();
        ModelState.Clear();
        if (AksiEditor.Terapkan(form, aksi))
        {
            return Tampilkan(await layanan.FormLagiAsync(form, Pengguna, ct));
        }

        form.Normalisasi();
        var sah = await ModelState.ValidasiAsync(validator, form, ct);
        if (tidakTerbaca.Count > 0)
        {
            ModelState.AddModelError(string.Empty, t["Umum.IsianTidakValid"]);
            foreach (var kunci in tidakTerbaca.Where(k => k.Length > 0))
            {
                ModelState.AddModelError(kunci, t["Umum.IsianTidakValid"]);
            }
        }

        if (!sah || tidakTerbaca.Count > 0)
        {
            return await TampilkanLagiAsync(form, ct);
        }

        var ajukan = aksi == AksiEditor.Ajukan;
        HasilSimpan hasil;
        try
        {
            hasil = await layanan.SimpanAsync(form, Pengguna, ajukan, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Skp.DiubahPenggunaLain"]);
            ViewData[KonflikKey] = true;
            return await TampilkanLagiAsync(form, ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, t[ex.Kode, [.. ex.Argumen]]);
            return await TampilkanLagiAsync(form, ct);
        }

        switch (hasil.Status)
        {
            case StatusHasil.TidakDitemukan:
                return NotFound();
            case StatusHasil.Dilarang:
                return Forbid();
            case StatusHasil.Ditolak:
                foreach (var g in hasil.Galat)
                {
                    ModelState.AddModelError(g.Kunci, t[g.Kode]);
                }

                return await TampilkanLagiAsync(form, ct);
        }

        TempData[TersimpanKey] = id;
        if (hasil.Diajukan)
        {
            TempData.Sukses(t["Skp.Diajukan"]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        if (ajukan)
        {
            TempData.Galat(t[KodeSkp.MasihAdaGalat, hasil.GalatSmart]);
        }
        else
        {
            TempData.Sukses(t["Skp.DrafDisimpan"]);
        }

        return RedirectToAction(nameof(Ubah), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var hasil = await layanan.DetailAsync(id, Pengguna, ct);
        return hasil.Status switch
        {
            StatusHasil.Berhasil => View(hasil.Nilai),
            StatusHasil.Dilarang => Forbid(),
            _ => NotFound(),
        };
    }

    [HttpPost]
    public async Task<IActionResult> Ajukan(int id, int version, CancellationToken ct)
    {
        try
        {
            var status = await layanan.AjukanAsync(id, version, Pengguna, ct);
            if (status != StatusHasil.Berhasil)
            {
                return status == StatusHasil.Dilarang ? Forbid() : NotFound();
            }

            TempData.Sukses(t["Skp.Diajukan"]);
            return RedirectToAction(nameof(Detail), new { id });
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Umum.DiubahPenggunaLain"]);
            return RedirectToAction(nameof(Detail), new { id });
        }
        catch (DomainException ex)
        {
            // Blocking findings are shown beside their rows in the editor.
            TempData.Galat(t[ex.Kode, [.. ex.Argumen]]);
            return RedirectToAction(ex.Kode == KodeSkp.MasihAdaGalat ? nameof(Ubah) : nameof(Detail), new { id });
        }
    }

    [HttpPost]
    public async Task<IActionResult> MulaiRevisi(int id, int version, string? catatan, CancellationToken ct)
    {
        catatan = catatan?.Trim();
        if (string.IsNullOrEmpty(catatan) || catatan.Length > RiwayatStatusSkp.CatatanMaxLength)
        {
            TempData.Galat(string.IsNullOrEmpty(catatan) ? t["Skp.AlasanRevisiWajib"] : t["Umum.TerlaluPanjang", RiwayatStatusSkp.CatatanMaxLength]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        try
        {
            var hasil = await layanan.MulaiRevisiAsync(id, version, catatan, Pengguna, ct);
            if (hasil.Status != StatusHasil.Berhasil)
            {
                return hasil.Status == StatusHasil.Dilarang ? Forbid() : NotFound();
            }

            TempData.Sukses(t["Skp.RevisiDimulai"]);
            return RedirectToAction(nameof(Ubah), new { id = hasil.Nilai });
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Umum.DiubahPenggunaLain"]);
        }
        catch (DomainException ex)
        {
            TempData.Galat(t[ex.Kode, [.. ex.Argumen]]);
        }

        return RedirectToAction(nameof(Detail), new { id });
    }

    private IActionResult Tampilkan(Hasil<EditorSkpViewModel> hasil) => hasil.Status switch
    {
        StatusHasil.Berhasil => View(nameof(Ubah), hasil.Nilai),
        StatusHasil.Dilarang => Forbid(),
        _ => NotFound(),
    };

    private async Task<IActionResult> TampilkanLagiAsync(SkpForm form, CancellationToken ct) =>
        Tampilkan(await layanan.FormLagiAsync(form, Pengguna, ct));
}
