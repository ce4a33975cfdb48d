using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Common;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.UnitKerja;

[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class UnitKerjaController(
    UnitKerjaService unit,
    IValidator<UnitKerjaForm> validator,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? q, bool semua, CancellationToken ct) =>
        View(await unit.PohonAsync(q, semua, ct));

    [HttpGet]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var model = await unit.DetailAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Tambah(int? indukId, CancellationToken ct)
    {
        var form = new UnitKerjaForm { IndukId = indukId };
        await unit.IsiLabelAsync(form, ct);
        return View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Tambah(UnitKerjaForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var id = await unit.BuatAsync(form, ct);
                TempData.Sukses(t["UnitKerja.Ditambahkan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => FormAsync(form, ct),
            Bidang);
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var form = await unit.GetFormAsync(id, ct);
        return form is null ? NotFound() : View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(int id, UnitKerjaForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await unit.UbahAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["UnitKerja.Disimpan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => FormAsync(form, ct),
            Bidang);
    }

    [HttpPost]
    public Task<IActionResult> Nonaktifkan(int id, int version, CancellationToken ct) =>
        UbahStatusAsync(id, () => unit.NonaktifkanAsync(id, version, ct), "UnitKerja.Dinonaktifkan");

    [HttpPost]
    public Task<IActionResult> Aktifkan(int id, int version, CancellationToken ct) =>
        UbahStatusAsync(id, () => unit.AktifkanAsync(id, version, ct), "UnitKerja.Diaktifkan");

    /// <summary>Unit picker: active units whose name or kode matches <paramref name="q"/>; <paramref name="id"/> is left out.</summary>
    [HttpGet]
    public async Task<IActionResult> CariUnit(int? id, string? q, CancellationToken ct) => Json(await unit.CariAsync(q, id, ct));

    private static string Bidang(DomainException ex) =>
        ex.Kode == "UnitKerja.SiklusInduk" ? nameof(UnitKerjaForm.IndukId) : string.Empty;

    private Task<IActionResult> UbahStatusAsync(int id, Func<Task<bool>> aksi, string pesan) =>
        this.UbahLaluKembaliAsync(t, aksi, pesan, () => RedirectToAction(nameof(Detail), new { id }));

    private async Task<IActionResult> FormAsync(UnitKerjaForm form, CancellationToken ct)
    {
        await unit.IsiLabelAsync(form, ct);
        return View("Form", form);
    }
}
