using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.HasilEvaluasi;

/// <summary>
/// A finalised evaluation: the employee's list and detail, acknowledging and filing a keberatan; the atasan pejabat
/// penilai's keberatan inbox and decision; the Admin BKD's reopening. Open to every signed-in user; every record is
/// checked on the server (<see cref="Evaluasi.AksesEvaluasi"/>): no right to read → 404, reading without the right → 403.
/// </summary>
[Route("HasilEvaluasi")]
public sealed class HasilEvaluasiController(
    HasilEvaluasiService layanan,
    IValidator<KeberatanForm> validatorKeberatan,
    IValidator<TerimaKeberatanForm> validatorTerimaKeberatan,
    IValidator<TolakKeberatanForm> validatorTolakKeberatan,
    IValidator<BukaKembaliForm> validatorBukaKembali,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int halaman, CancellationToken ct) =>
        User.PegawaiIdDari() is { } saya ? View(new HasilEvaluasiIndexViewModel(await layanan.DaftarSayaAsync(saya, halaman, ct), layanan.Aturan)) : Forbid();

    [HttpGet("{id:int}")]
    public Task<IActionResult> Detail(int id, CancellationToken ct) => DetailLagiAsync(id, null, ct);

    [HttpPost("{id:int}/Terima")]
    public Task<IActionResult> Terima(int id, [Bind(Prefix = TerimaForm.Awalan)] TerimaForm form, CancellationToken ct) =>
        this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.TerimaAsync(id, Pengguna(), form, ct), "HasilEvaluasi.Diterima", id),
            () => DetailLagiAsync(id, null, ct));

    [HttpPost("{id:int}/Keberatan")]
    public async Task<IActionResult> Keberatan(int id, [Bind(Prefix = KeberatanForm.Awalan)] KeberatanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorKeberatan, form, ct, KeberatanForm.Awalan))
        {
            return await DetailLagiAsync(id, d => d with { Keberatan = form }, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.AjukanKeberatanAsync(id, Pengguna(), form, ct), "HasilEvaluasi.KeberatanDiajukan", id),
            () => DetailLagiAsync(id, d => d with { Keberatan = form }, ct));
    }

    [HttpPost("{id:int}/BukaKembali")]
    public async Task<IActionResult> BukaKembali(int id, [Bind(Prefix = BukaKembaliForm.Awalan)] BukaKembaliForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorBukaKembali, form, ct, BukaKembaliForm.Awalan))
        {
            return await DetailLagiAsync(id, d => d with { BukaKembali = form }, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.BukaKembaliAsync(id, Pengguna(), form, ct), "HasilEvaluasi.DibukaKembali", id),
            () => DetailLagiAsync(id, d => d with { BukaKembali = form }, ct));
    }

    [HttpGet("Keberatan")]
    public async Task<IActionResult> KotakKeberatan(int halaman, CancellationToken ct) =>
        User.PegawaiIdDari() is { } saya ? View(await layanan.KotakKeberatanAsync(saya, halaman, ct)) : Forbid();

    [HttpGet("Keberatan/{id:int}")]
    public Task<IActionResult> Putuskan(int id, CancellationToken ct) => PutuskanLagiAsync(id, null, ct);

    [HttpPost("Keberatan/{id:int}/Terima")]
    public async Task<IActionResult> TerimaKeberatan(int id, [Bind(Prefix = TerimaKeberatanForm.Awalan)] TerimaKeberatanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorTerimaKeberatan, form, ct, TerimaKeberatanForm.Awalan))
        {
            return await PutuskanLagiAsync(id, d => d with { TerimaKeberatan = form }, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.TerimaKeberatanAsync(id, Pengguna(), form, ct), "HasilEvaluasi.KeberatanDiterima", id),
            () => PutuskanLagiAsync(id, d => d with { TerimaKeberatan = form }, ct));
    }

    [HttpPost("Keberatan/{id:int}/Tolak")]
    public async Task<IActionResult> TolakKeberatan(int id, [Bind(Prefix = TolakKeberatanForm.Awalan)] TolakKeberatanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorTolakKeberatan, form, ct, TolakKeberatanForm.Awalan))
        {
            return await PutuskanLagiAsync(id, d => d with { TolakKeberatan = form }, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.TolakKeberatanAsync(id, Pengguna(), form, ct), "HasilEvaluasi.KeberatanDitolak", id),
            () => PutuskanLagiAsync(id, d => d with { TolakKeberatan = form }, ct));
    }

    private async Task<IActionResult> DetailLagiAsync(int id, Func<DetailEvaluasi, DetailEvaluasi>? dengan, CancellationToken ct)
    {
        var model = await layanan.DetailAsync(id, Pengguna(), ct);
        if (model is null || !model.Akses.Baca)
        {
            return NotFound();
        }

        return View(nameof(Detail), dengan is null ? model : dengan(model));
    }

    /// <summary>The decision page: only the atasan pejabat penilai (404 for who may not read, 403 for the other readers).</summary>
    private async Task<IActionResult> PutuskanLagiAsync(int id, Func<DetailEvaluasi, DetailEvaluasi>? dengan, CancellationToken ct)
    {
        var model = await layanan.DetailAsync(id, Pengguna(), ct);
        if (model is null || !model.Akses.Baca)
        {
            return NotFound();
        }

        if (!AtasanPenilai(model))
        {
            return Forbid();
        }

        return View(nameof(Putuskan), dengan is null ? model : dengan(model));
    }

    /// <summary>The atasan pejabat penilai of this SKP (not its employee or pejabat penilai), whatever the status.</summary>
    private bool AtasanPenilai(DetailEvaluasi model) =>
        User.PegawaiIdDari() is { } saya && model.Data.AtasanPejabatPenilaiId == saya && model.Data.PegawaiId != saya && model.Data.PejabatPenilaiId != saya;

    private IActionResult Hasil(HasilTindakanEvaluasi hasil, string pesan, int id)
    {
        switch (hasil)
        {
            case HasilTindakanEvaluasi.TidakAda:
                return NotFound();
            case HasilTindakanEvaluasi.Ditolak:
                return Forbid();
            default:
                TempData.Sukses(t[pesan]);
                return RedirectToAction(nameof(Detail), new { id });
        }
    }

    private PenggunaSkp Pengguna() => PenggunaSkp.Dari(User);
}

public sealed record HasilEvaluasiIndexViewModel(Halaman<BarisHasilEvaluasi> Baris, Domain.Evaluasi.AturanEvaluasi Aturan);
