using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Periode;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.TahunKinerja;

[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class TahunKinerjaController(
    TahunKinerjaService layanan,
    IValidator<BukaTahunForm> validatorBuka,
    IValidator<BatasForm> validatorBatas,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int halaman, CancellationToken ct) => View(await layanan.DaftarAsync(halaman, ct));

    [HttpGet]
    public async Task<IActionResult> Buka(CancellationToken ct) =>
        View(await layanan.FormBaruAsync(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct));

    [HttpPost]
    public async Task<IActionResult> Buka(BukaTahunForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorBuka, form, ct))
        {
            return View(form);
        }

        try
        {
            return await this.SimpanFormAsync(
                t,
                async () =>
                {
                    var id = await layanan.BukaAsync(form, ct);
                    TempData.Sukses(t["TahunKinerja.Dibuka", form.Tahun!.Value]);
                    return RedirectToAction(nameof(Detail), new { id });
                },
                () => Task.FromResult<IActionResult>(View(form)));
        }
        catch (DbUpdateException)
        {
            // Two admins opening the same year at once: the unique index refuses the second.
            ModelState.AddModelError(nameof(BukaTahunForm.Tahun), t["TahunKinerja.TahunSudahAda"]);
            return View(form);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var model = await layanan.DetailAsync(id, null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Batas(int id, BatasForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ModelState.ValidasiAsync(validatorBatas, form, ct))
        {
            return await DetailLagiAsync(id, form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await layanan.AturBatasAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["TahunKinerja.BatasDisimpan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => DetailLagiAsync(id, form, ct));
    }

    [HttpPost]
    public Task<IActionResult> UbahJenis(int id, JenisPeriode jenisPeriode, int version, CancellationToken ct) =>
        UbahLaluKembaliAsync(id, () => layanan.UbahJenisPeriodeAsync(id, jenisPeriode, version, ct), "TahunKinerja.JenisDiubah");

    [HttpPost]
    public Task<IActionResult> Tutup(int id, int version, CancellationToken ct) =>
        UbahLaluKembaliAsync(id, () => layanan.TutupAsync(id, version, ct), "TahunKinerja.Ditutup");

    [HttpPost]
    [Authorize(Policy = Kebijakan.Administrator)]
    public Task<IActionResult> BukaKembali(int id, int version, CancellationToken ct) =>
        UbahLaluKembaliAsync(id, () => layanan.BukaKembaliAsync(id, version, ct), "TahunKinerja.DibukaKembali");

    /// <summary>The detail page again with the posted due dates and their messages.</summary>
    private async Task<IActionResult> DetailLagiAsync(int id, BatasForm form, CancellationToken ct)
    {
        var model = await layanan.DetailAsync(id, form, ct);
        return model is null ? NotFound() : View(nameof(Detail), model);
    }

    private Task<IActionResult> UbahLaluKembaliAsync(int id, Func<Task<bool>> aksi, string pesan) =>
        this.UbahLaluKembaliAsync(t, aksi, pesan, () => RedirectToAction(nameof(Detail), new { id }));
}
