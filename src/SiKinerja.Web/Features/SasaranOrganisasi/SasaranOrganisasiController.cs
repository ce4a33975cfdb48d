using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Web;
using TahunEntity = SiKinerja.Domain.Periode.TahunKinerja;

namespace SiKinerja.Web.Features.SasaranOrganisasi;

/// <summary>
/// Organisation targets, for the Admin BKD (every perangkat daerah) and each unit head (their own): every action checks
/// the unit of the record on the server and answers 403 otherwise.
/// </summary>
public sealed class SasaranOrganisasiController(
    SasaranOrganisasiService layanan,
    IValidator<SasaranOrganisasiForm> validator,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] SasaranFilter filter, CancellationToken ct)
    {
        var akses = await layanan.AksesAsync(User, ct);
        if (!akses.BolehMembuka)
        {
            return Forbid();
        }

        if (filter.UnitId is { } unitId && !akses.BolehKelola(unitId))
        {
            return Forbid();
        }

        filter.Tahun = filter.Tahun is { } th && TahunEntity.TahunWajar(th) ? th : clock.GetLocalNow().Year;
        return View(new SasaranIndexViewModel(filter, await layanan.DaftarAsync(filter, akses, ct), await layanan.DaftarUnitAsync(akses, ct)));
    }

    [HttpGet]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        if (await CekAsync(id, ct) is { } tolak)
        {
            return tolak;
        }

        var model = await layanan.DetailAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Tambah(int? unitId, int? tahun, CancellationToken ct)
    {
        var akses = await layanan.AksesAsync(User, ct);
        if (!akses.BolehMembuka)
        {
            return Forbid();
        }

        var unit = unitId ?? (akses.UnitDipimpin.Count == 1 ? akses.UnitDipimpin[0] : null);
        return await FormAsync(new SasaranOrganisasiForm { UnitKerjaId = unit, Tahun = tahun ?? clock.GetLocalNow().Year }, akses, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Tambah(SasaranOrganisasiForm form, CancellationToken ct)
    {
        form.Id = null;
        var akses = await layanan.AksesAsync(User, ct);
        if (!akses.BolehMembuka || (form.UnitKerjaId is { } u && !akses.BolehKelola(u)))
        {
            return Forbid();
        }

        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, akses, ct);
        }

        try
        {
            return await this.SimpanFormAsync(
                t,
                async () =>
                {
                    var id = await layanan.BuatAsync(form, ct);
                    TempData.Sukses(t["SasaranOrganisasi.Ditambahkan"]);
                    return RedirectToAction(nameof(Detail), new { id });
                },
                () => FormAsync(form, akses, ct));
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two users adding the same kode at once: the unique index refuses the second.
            ModelState.AddModelError(nameof(SasaranOrganisasiForm.Kode), t["SasaranOrganisasi.KodeSudahAda"]);
            return await FormAsync(form, akses, ct);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        if (await CekAsync(id, ct) is { } tolak)
        {
            return tolak;
        }

        var form = await layanan.GetFormAsync(id, ct);
        return form is null ? NotFound() : View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(int id, SasaranOrganisasiForm form, CancellationToken ct)
    {
        if (await CekAsync(id, ct) is { } tolak)
        {
            return tolak;
        }

        form.Id = id;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormUbahAsync(form, ct);
        }

        try
        {
            return await this.SimpanFormAsync(
                t,
                async () =>
                {
                    if (!await layanan.UbahAsync(form, ct))
                    {
                        return NotFound();
                    }

                    TempData.Sukses(t["SasaranOrganisasi.Disimpan"]);
                    return RedirectToAction(nameof(Detail), new { id });
                },
                () => FormUbahAsync(form, ct));
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(SasaranOrganisasiForm.Kode), t["SasaranOrganisasi.KodeSudahAda"]);
            return await FormUbahAsync(form, ct);
        }
    }

    [HttpPost]
    public Task<IActionResult> Nonaktifkan(int id, int version, CancellationToken ct) =>
        UbahStatusAsync(id, () => layanan.NonaktifkanAsync(id, version, ct), "SasaranOrganisasi.Dinonaktifkan", ct);

    [HttpPost]
    public Task<IActionResult> Aktifkan(int id, int version, CancellationToken ct) =>
        UbahStatusAsync(id, () => layanan.AktifkanAsync(id, version, ct), "SasaranOrganisasi.Diaktifkan", ct);

    /// <summary>404 when the record does not exist, 403 when the user may not maintain its unit, else null.</summary>
    private async Task<IActionResult?> CekAsync(int id, CancellationToken ct)
    {
        if (await layanan.UnitDariAsync(id, ct) is not { } unitId)
        {
            return NotFound();
        }

        return (await layanan.AksesAsync(User, ct)).BolehKelola(unitId) ? null : Forbid();
    }

    private async Task<IActionResult> UbahStatusAsync(int id, Func<Task<bool>> aksi, string pesan, CancellationToken ct)
    {
        if (await CekAsync(id, ct) is { } tolak)
        {
            return tolak;
        }

        return await this.UbahLaluKembaliAsync(t, aksi, pesan, () => RedirectToAction(nameof(Detail), new { id }));
    }

    private async Task<IActionResult> FormAsync(SasaranOrganisasiForm form, AksesSasaran akses, CancellationToken ct)
    {
        form.PilihanUnit = await layanan.DaftarUnitAsync(akses, ct);
        return View("Form", form);
    }

    /// <summary>The edit form again: unit and year come from the record, not from the post.</summary>
    private async Task<IActionResult> FormUbahAsync(SasaranOrganisasiForm form, CancellationToken ct)
    {
        if (await layanan.GetFormAsync(form.Id!.Value, ct) is { } asli)
        {
            form.UnitKerjaId = asli.UnitKerjaId;
            form.NamaUnit = asli.NamaUnit;
            form.Tahun = asli.Tahun;
        }

        return View("Form", form);
    }
}
