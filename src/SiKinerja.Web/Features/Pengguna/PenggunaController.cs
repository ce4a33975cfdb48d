using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Features.Pegawai;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pengguna;

/// <summary>Accounts: Admin BKD creates, resets and unlocks; only an Administrator grants roles.</summary>
[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class PenggunaController(
    PenggunaService pengguna,
    PegawaiService pegawai,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] PenggunaFilter filter, CancellationToken ct) =>
        View(new PenggunaIndexViewModel(filter, await pengguna.CariAsync(filter, ct), await pegawai.DaftarUnitAsync(ct)));

    /// <summary>Creates the missing accounts and answers with the CSV of temporary passwords (shown only this once).</summary>
    [HttpPost]
    public async Task<IActionResult> BuatAkun(int? unitId, CancellationToken ct)
    {
        var hasil = await pengguna.BuatAkunMassalAsync(unitId, ct);
        if (hasil.Akun.Count == 0)
        {
            TempData.Galat(t["Pengguna.TidakAdaYangPerluAkun"]);
            return RedirectToAction(nameof(Index));
        }

        Response.Headers["X-Sisa-Tanpa-Akun"] = hasil.Sisa.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nama = $"akun-sikinerja-{clock.GetLocalNow():yyyyMMdd-HHmm}.csv";
        return File(PenggunaService.KeCsv(hasil.Akun), "text/csv; charset=utf-8", nama);
    }

    [HttpPost]
    public async Task<IActionResult> AturUlang(string id)
    {
        var sandi = await pengguna.AturUlangAsync(id);
        return sandi is null ? NotFound() : View(new AturUlangViewModel(id, sandi));
    }

    [HttpPost]
    public async Task<IActionResult> BukaKunci(string id)
    {
        if (!await pengguna.BukaKunciAsync(id))
        {
            return NotFound();
        }

        TempData.Sukses(t["Pengguna.KunciDibuka"]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [Authorize(Policy = Kebijakan.Administrator)]
    public async Task<IActionResult> Peran(string id, string peran, bool beri)
    {
        var hasil = await pengguna.AturPeranAsync(id, peran, beri, User.FindFirstValue(ClaimTypes.NameIdentifier));
        switch (hasil)
        {
            case HasilPeran.TidakDikenal:
                return NotFound();
            case HasilPeran.TidakBolehDiriSendiri:
                TempData.Galat(t["Pengguna.TidakBolehCabutDiriSendiri"]);
                break;
            default:
                TempData.Sukses(t["Pengguna.PeranDisimpan"]);
                break;
        }

        return RedirectToAction(nameof(Index));
    }
}

public sealed record PenggunaIndexViewModel(PenggunaFilter Filter, Halaman<PenggunaBaris> Halaman, IReadOnlyList<PilihanUnit> Unit);

public sealed record AturUlangViewModel(string UserId, string KataSandi);
