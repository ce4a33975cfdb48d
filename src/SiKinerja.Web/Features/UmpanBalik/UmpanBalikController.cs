using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Common;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.UmpanBalik;

/// <summary>
/// Continuous feedback per RHK and BerAKHLAK value and peer input (issue 4, story 2). Every action checks the record on
/// the server (<see cref="UmpanBalikService"/>): no read access → 404, read without the right → 403.
/// </summary>
[Route("UmpanBalik")]
public sealed class UmpanBalikController(
    UmpanBalikService layanan,
    IValidator<TambahUmpanBalikForm> validatorTambah,
    IValidator<UbahUmpanBalikForm> validatorUbah,
    IValidator<MintaMasukanForm> validatorMinta,
    IValidator<JawabPermintaanForm> validatorJawab,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("{skpId:int}/{periodeId:int}")]
    public async Task<IActionResult> Index(int skpId, int periodeId, CancellationToken ct) =>
        await layanan.HalamanAsync(skpId, periodeId, PenggunaSkp.Dari(User), ct) is { } model ? View(model) : NotFound();

    [HttpPost("{skpId:int}/{periodeId:int}/Tambah")]
    public async Task<IActionResult> Tambah(int skpId, int periodeId, TambahUmpanBalikForm form, CancellationToken ct)
    {
        if (await TolakTulisAsync(skpId, periodeId, ct) is { } tolak)
        {
            return tolak;
        }

        var aktif = new FormAktif(FormAktif.Tambah(form.Sasaran ?? string.Empty), form.Teks);
        if (!await ModelState.ValidasiAsync(validatorTambah, form, ct))
        {
            return await TampilkanLagiAsync(skpId, periodeId, aktif, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.TambahAsync(skpId, periodeId, PenggunaSkp.Dari(User), form, ct), skpId, periodeId, "UmpanBalik.Ditambahkan"),
            () => TampilkanLagiAsync(skpId, periodeId, aktif, ct));
    }

    [HttpPost("{skpId:int}/{periodeId:int}/Ubah/{id:int}")]
    public async Task<IActionResult> Ubah(int skpId, int periodeId, int id, UbahUmpanBalikForm form, CancellationToken ct)
    {
        if (await TolakTulisAsync(skpId, periodeId, ct) is { } tolak)
        {
            return tolak;
        }

        var aktif = new FormAktif(FormAktif.Ubah(id), form.Teks);
        if (!await ModelState.ValidasiAsync(validatorUbah, form, ct))
        {
            return await TampilkanLagiAsync(skpId, periodeId, aktif, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.UbahAsync(skpId, periodeId, id, PenggunaSkp.Dari(User), form, ct), skpId, periodeId, "UmpanBalik.Diubah"),
            () => TampilkanLagiAsync(skpId, periodeId, aktif, ct));
    }

    [HttpPost("{skpId:int}/{periodeId:int}/Hapus/{id:int}")]
    public Task<IActionResult> Hapus(int skpId, int periodeId, int id, int version, CancellationToken ct) =>
        TombolAsync(() => layanan.HapusAsync(skpId, periodeId, id, version, PenggunaSkp.Dari(User), ct), skpId, periodeId, "UmpanBalik.Dihapus");

    [HttpPost("{skpId:int}/{periodeId:int}/Minta")]
    public async Task<IActionResult> Minta(int skpId, int periodeId, MintaMasukanForm form, CancellationToken ct)
    {
        if (await TolakTulisAsync(skpId, periodeId, ct) is { } tolak)
        {
            return tolak;
        }

        var aktif = new FormAktif(FormAktif.Minta, RekanPegawaiId: form.RekanPegawaiId, Pesan: form.Pesan);
        if (!await ModelState.ValidasiAsync(validatorMinta, form, ct))
        {
            return await TampilkanLagiAsync(skpId, periodeId, aktif, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var status = await layanan.MintaAsync(skpId, periodeId, PenggunaSkp.Dari(User), form, ct);
                if (status == StatusHasil.Ditolak)
                {
                    ModelState.AddModelError(nameof(MintaMasukanForm.RekanPegawaiId), t["UmpanBalik.RekanBukanPilihan"]);
                    return await TampilkanLagiAsync(skpId, periodeId, aktif, ct);
                }

                return Hasil(status, skpId, periodeId, "UmpanBalik.PermintaanDikirim", "permintaan");
            },
            () => TampilkanLagiAsync(skpId, periodeId, aktif, ct),
            _ => nameof(MintaMasukanForm.RekanPegawaiId));
    }

    [HttpPost("{skpId:int}/{periodeId:int}/Batalkan/{id:int}")]
    public Task<IActionResult> Batalkan(int skpId, int periodeId, int id, int version, CancellationToken ct) =>
        TombolAsync(() => layanan.BatalkanAsync(skpId, periodeId, id, version, PenggunaSkp.Dari(User), ct), skpId, periodeId, "UmpanBalik.PermintaanDibatalkan", "permintaan");

    /// <summary>The signed-in peer's waiting requests.</summary>
    [HttpGet("Permintaan")]
    public async Task<IActionResult> Permintaan(int halaman, CancellationToken ct) =>
        User.PegawaiIdDari() is { } saya ? View(await layanan.PermintaanSayaAsync(saya, halaman, ct)) : Forbid();

    [HttpGet("Permintaan/{id:int}")]
    public async Task<IActionResult> Jawab(int id, CancellationToken ct) =>
        await layanan.PermintaanAsync(id, PenggunaSkp.Dari(User), ct) is { } model ? View(model) : NotFound();

    [HttpPost("Permintaan/{id:int}")]
    public async Task<IActionResult> Jawab(int id, JawabPermintaanForm form, CancellationToken ct)
    {
        var pengguna = PenggunaSkp.Dari(User);
        var model = await layanan.PermintaanAsync(id, pengguna, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (!model.BolehJawab)
        {
            TempData.Galat(t[model.Kepala.PeriodeDitutup ? "UmpanBalik.PeriodeDitutup" : Domain.Evaluasi.KodeEvaluasi.PermintaanTidakMenunggu]);
            return RedirectToAction(nameof(Jawab), new { id });
        }

        if (!await ModelState.ValidasiAsync(validatorJawab, form, ct))
        {
            return View(model with { Form = form });
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                switch (await layanan.JawabAsync(id, pengguna, form, ct))
                {
                    case StatusHasil.TidakDitemukan:
                        return NotFound();
                    case StatusHasil.Dilarang:
                        return Forbid();
                    default:
                        TempData.Sukses(t["UmpanBalik.MasukanTerkirim"]);
                        return RedirectToAction(nameof(Jawab), new { id });
                }
            },
            async () => View(nameof(Jawab), (await layanan.PermintaanAsync(id, pengguna, ct) ?? model) with { Form = form }));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /// <summary>404 when the user may not read this SKP's evaluation, 403 when they may not write feedback; null when they may.</summary>
    private async Task<IActionResult?> TolakTulisAsync(int skpId, int periodeId, CancellationToken ct)
    {
        var (status, akses, _) = await layanan.AksesAsync(skpId, periodeId, PenggunaSkp.Dari(User), ct);
        return status != StatusHasil.Berhasil ? NotFound() : akses!.UmpanBalik ? null : Forbid();
    }

    private async Task<IActionResult> TampilkanLagiAsync(int skpId, int periodeId, FormAktif aktif, CancellationToken ct) =>
        await layanan.HalamanAsync(skpId, periodeId, PenggunaSkp.Dari(User), ct) is { } model
            ? View(nameof(Index), model with { Aktif = aktif })
            : NotFound();

    private IActionResult Hasil(StatusHasil status, int skpId, int periodeId, string pesan, string? bagian = null)
    {
        switch (status)
        {
            case StatusHasil.TidakDitemukan:
                return NotFound();
            case StatusHasil.Dilarang:
                return Forbid();
            default:
                TempData.Sukses(t[pesan]);
                return Kembali(skpId, periodeId, bagian);
        }
    }

    private RedirectResult Kembali(int skpId, int periodeId, string? bagian) =>
        Redirect(Url.Content($"~/UmpanBalik/{skpId}/{periodeId}") + (bagian is null ? string.Empty : "#" + bagian));

    /// <summary>A button (delete, cancel): back to the page with a flash message, the refusal or the concurrency message.</summary>
    private async Task<IActionResult> TombolAsync(Func<Task<StatusHasil>> aksi, int skpId, int periodeId, string pesan, string? bagian = null)
    {
        try
        {
            return Hasil(await aksi(), skpId, periodeId, pesan, bagian);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Umum.DiubahPenggunaLain"]);
        }
        catch (DomainException ex)
        {
            TempData.Galat(t[ex.Kode, [.. ex.Argumen]]);
        }

        return Kembali(skpId, periodeId, bagian);
    }
}
