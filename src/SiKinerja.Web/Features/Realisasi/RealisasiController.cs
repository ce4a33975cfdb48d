using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SiKinerja.Domain.Common;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Realisasi;

/// <summary>"Realisasi saya": the employee's realisasi per period with bukti dukung; read-only for the other readers.</summary>
[Route("Realisasi")]
public sealed class RealisasiController(RealisasiService layanan, IValidator<RealisasiForm> validator, IStringLocalizer<SharedResource> t) : Controller
{
    private PenggunaSkp Pengguna => PenggunaSkp.Dari(User);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new RealisasiIndexViewModel(Pengguna.PegawaiId is { } saya ? await layanan.DaftarAsync(saya, ct) : []));

    [HttpGet("{skpId:int}/{periodeId:int}")]
    public async Task<IActionResult> Isi(int skpId, int periodeId, CancellationToken ct) =>
        Tampilkan(await layanan.HalamanAsync(skpId, periodeId, Pengguna, null, ct));

    /// <summary>The whole page in one post: five fields per IKI, so more than the default 1,024 values for a large plan.</summary>
    [HttpPost("{skpId:int}/{periodeId:int}")]
    [RequestFormLimits(ValueCountLimit = 10_000)]
    public async Task<IActionResult> Simpan(int skpId, int periodeId, RealisasiForm form, CancellationToken ct)
    {
        // Numbers and dates are posted as text and the validator gives every message; what still fails to bind
        // (a malformed key) is refused, not silently replaced by its default.
        var tidakTerbaca = ModelState.Any(e => e.Value?.ValidationState == ModelValidationState.Invalid);
        ModelState.Clear();
        var sah = await ModelState.ValidasiAsync(validator, form, ct);
        if (tidakTerbaca)
        {
            ModelState.AddModelError(string.Empty, t["Umum.IsianTidakValid"]);
        }

        if (!sah || tidakTerbaca)
        {
            return await TampilkanLagiAsync(skpId, periodeId, form, ct);
        }

        StatusHasil status;
        try
        {
            status = await layanan.SimpanAsync(skpId, periodeId, form, Pengguna, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep everything typed; the page carries the current version so that saving again overwrites knowingly.
            ModelState.AddModelError(string.Empty, t["Realisasi.Konflik"]);
            return await TampilkanLagiAsync(skpId, periodeId, form, ct, versiTerbaru: true);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, t[ex.Kode, [.. ex.Argumen]]);
            return await TampilkanLagiAsync(skpId, periodeId, form, ct);
        }

        switch (status)
        {
            case StatusHasil.TidakDitemukan:
                return NotFound();
            case StatusHasil.Dilarang:
                return Forbid();
            case StatusHasil.Ditolak:
                ModelState.AddModelError(string.Empty, t[RealisasiService.IkiTidakDikenal]);
                return await TampilkanLagiAsync(skpId, periodeId, form, ct);
        }

        TempData.Sukses(t["Realisasi.Disimpan"]);
        return RedirectToAction(nameof(Isi), new { skpId, periodeId });
    }

    [HttpPost("{skpId:int}/{periodeId:int}/Tautan")]
    public async Task<IActionResult> Tautan(int skpId, int periodeId, TautanBuktiForm form, CancellationToken ct) =>
        await BuktiAsync(skpId, periodeId, () => layanan.TambahTautanAsync(skpId, periodeId, form, Pengguna, ct), "Realisasi.TautanDitambahkan");

    [HttpPost("{skpId:int}/{periodeId:int}/Unggah")]
    [BatasUnggahBerkas(KembaliKe = nameof(Isi))]
    public async Task<IActionResult> Unggah(int skpId, int periodeId, UnggahBuktiForm form, CancellationToken ct) =>
        await BuktiAsync(skpId, periodeId, () => layanan.UnggahAsync(skpId, periodeId, form, Pengguna, ct), "Realisasi.BerkasDiunggah");

    [HttpPost("{skpId:int}/{periodeId:int}/Bukti/{buktiId:int}/Hapus")]
    public async Task<IActionResult> Hapus(int skpId, int periodeId, int buktiId, CancellationToken ct) =>
        await BuktiAsync(skpId, periodeId, () => layanan.HapusBuktiAsync(skpId, periodeId, buktiId, Pengguna, ct), "Realisasi.BuktiDihapus");

    /// <summary>
    /// A stored bukti file, only for those who may read that SKP's evaluation (404 for anyone else): as an attachment
    /// under its safe name, with its stored content type and no sniffing, so it never renders inside the app.
    /// </summary>
    [HttpGet("Bukti/{id:int}")]
    public async Task<IActionResult> Bukti(int id, CancellationToken ct)
    {
        var berkas = await layanan.UnduhAsync(id, Pengguna, ct);
        if (berkas is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(berkas.Isi, berkas.ContentType, berkas.Nama);
    }

    private async Task<IActionResult> BuktiAsync(int skpId, int periodeId, Func<Task<HasilBukti>> aksi, string pesanSukses)
    {
        try
        {
            var hasil = await aksi();
            switch (hasil.Status)
            {
                case StatusHasil.TidakDitemukan:
                    return NotFound();
                case StatusHasil.Dilarang:
                    return Forbid();
                case StatusHasil.Ditolak:
                    TempData.Galat(t[hasil.Kode!, [.. hasil.Argumen ?? []]]);
                    break;
                default:
                    TempData.Sukses(t[pesanSukses]);
                    break;
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Umum.DiubahPenggunaLain"]);
        }
        catch (DomainException ex)
        {
            TempData.Galat(t[ex.Kode, [.. ex.Argumen]]);
        }

        return RedirectToAction(nameof(Isi), new { skpId, periodeId });
    }

    private IActionResult Tampilkan(Hasil<RealisasiViewModel> hasil) => hasil.Status switch
    {
        StatusHasil.Berhasil => View(nameof(Isi), hasil.Nilai),
        StatusHasil.Dilarang => Forbid(),
        _ => NotFound(),
    };

    private async Task<IActionResult> TampilkanLagiAsync(int skpId, int periodeId, RealisasiForm form, CancellationToken ct, bool versiTerbaru = false)
    {
        var hasil = await layanan.HalamanAsync(skpId, periodeId, Pengguna, form, ct);
        if (hasil.Nilai is { Akses.IsiRealisasi: false })
        {
            return Forbid();
        }

        if (versiTerbaru && hasil.Nilai is { } model)
        {
            form.Version = await layanan.VersiAsync(skpId, periodeId, ct);
            ModelState.Remove(nameof(RealisasiForm.Version));
            return View(nameof(Isi), model);
        }

        return Tampilkan(hasil);
    }
}
