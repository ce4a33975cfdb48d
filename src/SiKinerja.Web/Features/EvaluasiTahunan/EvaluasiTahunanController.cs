using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.EvaluasiTahunan;

/// <summary>
/// The annual evaluation pages. Every action loads the employee's year and checks the signed-in user against it on the
/// server (<see cref="EvaluasiTahunanService"/>): not allowed to read → 404, allowed to read but not to act → 403.
/// </summary>
[Route("EvaluasiTahunan")]
public sealed class EvaluasiTahunanController(
    EvaluasiTahunanService layanan,
    IValidator<EvaluasiTahunanForm> validator,
    IValidator<BukaKembaliTahunanForm> validatorBuka,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? tahun, int halaman, CancellationToken ct) =>
        User.PegawaiIdDari() is { } saya ? View(await layanan.DaftarAsync(saya, tahun, halaman, ct)) : Forbid();

    [HttpGet("{pegawaiId:int}/{tahun:int}")]
    public Task<IActionResult> Detail(int pegawaiId, int tahun, CancellationToken ct) => TampilkanAsync(pegawaiId, tahun, null, null, ct);

    [HttpPost("{pegawaiId:int}/{tahun:int}")]
    public async Task<IActionResult> Simpan(int pegawaiId, int tahun, EvaluasiTahunanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await TampilkanAsync(pegawaiId, tahun, form, null, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.SimpanAsync(pegawaiId, tahun, PenggunaSkp.Dari(User), form, ct), pegawaiId, tahun, "EvaluasiTahunan.Disimpan"),
            () => TampilkanAsync(pegawaiId, tahun, form, null, ct),
            ex => ex.Kode == KodeEvaluasiTahunan.AlasanPenyesuaianWajib ? nameof(form.AlasanPenyesuaian) : string.Empty);
    }

    [HttpPost("{pegawaiId:int}/{tahun:int}/Finalkan")]
    public Task<IActionResult> Finalkan(int pegawaiId, int tahun, int version, CancellationToken ct) =>
        this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.FinalkanAsync(pegawaiId, tahun, PenggunaSkp.Dari(User), version, ct), pegawaiId, tahun, "EvaluasiTahunan.Difinalkan"),
            () => TampilkanAsync(pegawaiId, tahun, null, null, ct));

    [HttpPost("{pegawaiId:int}/{tahun:int}/BukaKembali")]
    public async Task<IActionResult> BukaKembali(int pegawaiId, int tahun, [Bind(Prefix = "Buka")] BukaKembaliTahunanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorBuka, form, ct, "Buka"))
        {
            return await TampilkanAsync(pegawaiId, tahun, null, form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.BukaKembaliAsync(pegawaiId, tahun, PenggunaSkp.Dari(User), form, ct), pegawaiId, tahun, "EvaluasiTahunan.DibukaKembali"),
            () => TampilkanAsync(pegawaiId, tahun, null, form, ct),
            ex => ex.Kode == KodeEvaluasi.AlasanWajib ? "Buka.Alasan" : string.Empty);
    }

    private async Task<IActionResult> TampilkanAsync(
        int pegawaiId, int tahun, EvaluasiTahunanForm? form, BukaKembaliTahunanForm? buka, CancellationToken ct)
    {
        var model = await layanan.DetailAsync(pegawaiId, tahun, PenggunaSkp.Dari(User), form, buka, ct);
        return model is null ? NotFound() : View(nameof(Detail), model);
    }

    private IActionResult Hasil(HasilTahunan hasil, int pegawaiId, int tahun, string pesan)
    {
        switch (hasil)
        {
            case HasilTahunan.TidakAda:
                return NotFound();
            case HasilTahunan.Ditolak:
                return Forbid();
            default:
                TempData.Sukses(t[pesan]);
                return RedirectToAction(nameof(Detail), new { pegawaiId, tahun });
        }
    }
}
