using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.ProgresEvaluasi;

/// <summary>Evaluation progress per unit and period for the Admin BKD: overview, unit with its curve and people, closing the period.</summary>
[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class ProgresEvaluasiController(ProgresEvaluasiService layanan, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? periode, int? perangkatDaerahId, CancellationToken ct)
    {
        var (daftar, terpilih) = await layanan.PeriodeAsync(periode, ct);
        if (periode is not null && terpilih is null)
        {
            return NotFound();
        }

        var hasil = terpilih is null ? null : await layanan.ProgresAsync(terpilih, perangkatDaerahId, ct);
        return View(new ProgresIndexViewModel(daftar, terpilih, perangkatDaerahId, hasil));
    }

    [HttpGet]
    public async Task<IActionResult> Unit(int id, int? periode, int halaman, CancellationToken ct)
    {
        var (_, terpilih) = await layanan.PeriodeAsync(periode, ct);
        if (terpilih is null || await layanan.UnitAsync(terpilih, id, halaman, ct) is not { } model)
        {
            return NotFound();
        }

        return View(model);
    }

    /// <summary>The confirmation page for closing or opening the period: how many evaluations are not final yet.</summary>
    [HttpGet]
    public async Task<IActionResult> Periode(int id, CancellationToken ct)
    {
        var (_, terpilih) = await layanan.PeriodeAsync(id, ct);
        if (terpilih is null)
        {
            return NotFound();
        }

        return View(new PeriodeProgresViewModel(terpilih, await layanan.BelumFinalAsync(terpilih, ct)));
    }

    [HttpPost]
    public Task<IActionResult> Tutup(int id, int version, CancellationToken ct) =>
        this.UbahLaluKembaliAsync(t, () => layanan.TutupAtauBukaAsync(id, true, version, ct), "ProgresEvaluasi.PeriodeDitutup",
            () => RedirectToAction(nameof(Periode), new { id }));

    [HttpPost]
    public Task<IActionResult> Buka(int id, int version, CancellationToken ct) =>
        this.UbahLaluKembaliAsync(t, () => layanan.TutupAtauBukaAsync(id, false, version, ct), "ProgresEvaluasi.PeriodeDibuka",
            () => RedirectToAction(nameof(Periode), new { id }));
}

public sealed record ProgresIndexViewModel(IReadOnlyList<PilihanPeriode> Daftar, PilihanPeriode? Terpilih, int? PerangkatDaerahId, ProgresHasil? Hasil);

public sealed record PeriodeProgresViewModel(PilihanPeriode Periode, int BelumFinal);
