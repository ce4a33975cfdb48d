using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>"Pengembangan kompetensi saya" (the employee's records and JP progress) and their verification.</summary>
[Route("Pengembangan")]
public sealed class PengembanganController(
    PengembanganService layanan, IValidator<KegiatanForm> validator, IValidator<KoreksiForm> validatorKoreksi, IStringLocalizer<SharedResource> t) : Controller
{
    private PenggunaSkp Pengguna => PenggunaSkp.Dari(User);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? tahun, int halaman = 1, CancellationToken ct = default)
    {
        if (Pengguna.PegawaiId is not { } saya)
        {
            return View(null);
        }

        var th = tahun is >= 2000 and <= 2100 ? tahun.Value : layanan.TahunIni();
        return View(await layanan.DaftarAsync(saya, th, halaman, ct));
    }

    /// <summary>The new-record form; <paramref name="kebutuhan"/> preselects the need it answers (from the needs list).</summary>
    [HttpGet("Tambah")]
    public async Task<IActionResult> Tambah(int? kebutuhan, CancellationToken ct) =>
        Pengguna.PegawaiId is null ? Forbid() : await FormAsync(new KegiatanForm { KebutuhanPengembanganId = kebutuhan }, null, ct);

    [HttpPost("Tambah")]
    [BatasUnggahBerkas]
    public async Task<IActionResult> Tambah(KegiatanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = null;
        if (Pengguna.PegawaiId is null)
        {
            return Forbid();
        }

        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, null, ct);
        }

        return await this.SimpanFormAsync(t, async () => await SelesaiAsync(await layanan.TambahAsync(form, Pengguna, ct), "Pengembangan.Dicatat", () => FormAsync(form, null, ct)), () => FormAsync(form, null, ct));
    }

    [HttpGet("{id:int}/Ubah")]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var hasil = await layanan.UntukUbahAsync(id, Pengguna, ct);
        if (hasil.Status != StatusHasil.Berhasil)
        {
            return hasil.Status == StatusHasil.Dilarang ? Forbid() : NotFound();
        }

        if (hasil.Nilai!.Terverifikasi)
        {
            TempData.Galat(t[KodePengembangan.SudahDiverifikasi]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        return await FormAsync(KegiatanForm.Dari<KegiatanForm>(hasil.Nilai), hasil.Nilai.NamaBerkas, ct);
    }

    [HttpPost("{id:int}/Ubah")]
    [BatasUnggahBerkas]
    public async Task<IActionResult> Ubah(int id, KegiatanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        var awal = await layanan.UntukUbahAsync(id, Pengguna, ct);
        if (awal.Status != StatusHasil.Berhasil)
        {
            return awal.Status == StatusHasil.Dilarang ? Forbid() : NotFound();
        }

        var namaBerkas = awal.Nilai!.NamaBerkas;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, namaBerkas, ct);
        }

        return await this.SimpanFormAsync(t, async () => await SelesaiAsync(await layanan.UbahAsync(id, form, Pengguna, ct), "Pengembangan.Disimpan", () => FormAsync(form, namaBerkas, ct)), () => FormAsync(form, namaBerkas, ct));
    }

    [HttpPost("{id:int}/Hapus")]
    public Task<IActionResult> Hapus(int id, int version, CancellationToken ct) =>
        AksiAsync(id, () => layanan.HapusAsync(id, version, Pengguna, ct), "Pengembangan.Dihapus", nameof(Index));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var hasil = await layanan.DetailAsync(id, Pengguna, ct);
        return hasil.Status == StatusHasil.Berhasil ? View(hasil.Nilai) : NotFound();
    }

    /// <summary>The certificate for the readers of the record (404 for anyone else): attachment, safe name, stored type, no sniffing.</summary>
    [HttpGet("{id:int}/Sertifikat")]
    public async Task<IActionResult> Sertifikat(int id, CancellationToken ct)
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

    // ---- verification ---------------------------------------------------------------------------------

    [HttpGet("Verifikasi")]
    public async Task<IActionResult> Verifikasi(int? unit, int halaman = 1, CancellationToken ct = default) =>
        View(await layanan.KotakMasukAsync(Pengguna, unit, halaman, ct));

    [HttpPost("{id:int}/Verifikasi")]
    public Task<IActionResult> Verifikasi(int id, int version, CancellationToken ct) =>
        AksiAsync(id, () => layanan.VerifikasiAsync(id, version, Pengguna, ct), "Pengembangan.Diverifikasi", nameof(Detail));

    [HttpPost("{id:int}/Tolak")]
    public Task<IActionResult> Tolak(int id, AlasanForm form, CancellationToken ct) =>
        AksiAsync(id, () => layanan.TolakAsync(id, form, Pengguna, ct), "Pengembangan.Ditolak", nameof(Detail));

    [HttpPost("{id:int}/BatalkanVerifikasi")]
    public Task<IActionResult> BatalkanVerifikasi(int id, AlasanForm form, CancellationToken ct) =>
        AksiAsync(id, () => layanan.BatalkanVerifikasiAsync(id, form, Pengguna, ct), "Pengembangan.VerifikasiDibatalkan", nameof(Detail));

    [HttpGet("{id:int}/Koreksi")]
    public async Task<IActionResult> Koreksi(int id, CancellationToken ct)
    {
        var hasil = await layanan.UntukKoreksiAsync(id, Pengguna, ct);
        return hasil.Status switch
        {
            StatusHasil.Berhasil => View(KegiatanForm.Dari<KoreksiForm>(hasil.Nilai!)),
            StatusHasil.Dilarang => Forbid(),
            _ => NotFound(),
        };
    }

    [HttpPost("{id:int}/Koreksi")]
    public async Task<IActionResult> Koreksi(int id, KoreksiForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        var awal = await layanan.UntukKoreksiAsync(id, Pengguna, ct);
        if (awal.Status != StatusHasil.Berhasil)
        {
            return awal.Status == StatusHasil.Dilarang ? Forbid() : NotFound();
        }

        if (!await ModelState.ValidasiAsync(validatorKoreksi, form, ct))
        {
            return View(form);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var status = await layanan.KoreksiAsync(id, form, Pengguna, ct);
                if (status != StatusHasil.Berhasil)
                {
                    return status == StatusHasil.Dilarang ? Forbid() : NotFound();
                }

                TempData.Sukses(t["Pengembangan.Dikoreksi"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => Task.FromResult<IActionResult>(View(form)));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private async Task<IActionResult> SelesaiAsync(HasilKegiatan hasil, string pesan, Func<Task<IActionResult>> tampilkanLagi)
    {
        switch (hasil.Status)
        {
            case StatusHasil.TidakDitemukan:
                return NotFound();
            case StatusHasil.Dilarang:
                return Forbid();
            case StatusHasil.Ditolak:
                ModelState.AddModelError(hasil.Bidang ?? string.Empty, t[hasil.Kode!, [.. hasil.Argumen ?? []]]);
                return await tampilkanLagi();
        }

        TempData.Sukses(t[pesan]);
        return RedirectToAction(nameof(Detail), new { id = hasil.Id });
    }

    private async Task<IActionResult> FormAsync(KegiatanForm form, string? namaBerkas, CancellationToken ct)
    {
        var kebutuhan = Pengguna.PegawaiId is { } saya ? await layanan.KebutuhanTerbukaAsync(saya, ct) : [];
        return View("Form", new KegiatanFormViewModel(form, kebutuhan, namaBerkas, layanan.UkuranMaksimumMb));
    }

    private async Task<IActionResult> AksiAsync(int id, Func<Task<StatusHasil>> aksi, string pesan, string kembali)
    {
        try
        {
            switch (await aksi())
            {
                case StatusHasil.TidakDitemukan:
                    return NotFound();
                case StatusHasil.Dilarang:
                    return Forbid();
            }

            TempData.Sukses(t[pesan]);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Umum.DiubahPenggunaLain"]);
            kembali = nameof(Detail);
        }
        catch (DomainException ex)
        {
            TempData.Galat(t[ex.Kode, [.. ex.Argumen]]);
            kembali = nameof(Detail);
        }

        return kembali == nameof(Index) ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Detail), new { id });
    }
}
