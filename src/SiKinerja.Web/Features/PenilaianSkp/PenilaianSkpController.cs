using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.PenilaianSkp;

/// <summary>
/// The pejabat penilai's side of SKP planning. Open to every signed-in employee (someone whose former subordinate's
/// closed segment waits for them may have no direct report left); every record is checked on the server: only the
/// SKP's own pejabat penilai acts, the atasan pejabat penilai and the Admin BKD read, anyone else gets 403.
/// </summary>
public sealed class PenilaianSkpController(
    PenilaianSkpService layanan,
    PeranHasilService peranHasil,
    IValidator<SetujuiForm> validatorSetujui,
    IValidator<KembalikanForm> validatorKembalikan,
    IValidator<MatriksForm> validatorMatriks,
    IStringLocalizer<SharedResource> t) : Controller
{
    private const string LaporanKey = "PenilaianSkp.Laporan";

    [HttpGet]
    public async Task<IActionResult> Index(int? tahun, int halaman, CancellationToken ct) =>
        User.PegawaiIdDari() is { } saya ? View(await layanan.KotakMasukAsync(saya, tahun, halaman, ct)) : Forbid();

    [HttpGet]
    public async Task<IActionResult> Tinjau(int id, CancellationToken ct) => await TinjauLagiAsync(id, null, null, ct);

    [HttpPost]
    public async Task<IActionResult> Setujui(int id, [Bind(Prefix = SetujuiForm.Awalan)] SetujuiForm form, CancellationToken ct)
    {
        if (await TolakAsync(id, ct) is { } tolak)
        {
            return tolak;
        }

        if (!await ModelState.ValidasiAsync(validatorSetujui, form, ct, SetujuiForm.Awalan))
        {
            return await TinjauLagiAsync(id, form, null, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.SetujuiAsync(id, User.PegawaiIdDari()!.Value, Nip(), form, ct), "PenilaianSkp.Disetujui"),
            () => TinjauLagiAsync(id, form, null, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Kembalikan(int id, [Bind(Prefix = KembalikanForm.Awalan)] KembalikanForm form, CancellationToken ct)
    {
        if (await TolakAsync(id, ct) is { } tolak)
        {
            return tolak;
        }

        if (!await ModelState.ValidasiAsync(validatorKembalikan, form, ct, KembalikanForm.Awalan))
        {
            return await TinjauLagiAsync(id, null, form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () => Hasil(await layanan.KembalikanAsync(id, User.PegawaiIdDari()!.Value, Nip(), form, ct), "PenilaianSkp.Dikembalikan"),
            () => TinjauLagiAsync(id, null, form, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Matriks(int? tahun, CancellationToken ct)
    {
        if (User.PegawaiIdDari() is not { } saya)
        {
            return Forbid();
        }

        if (TempData[LaporanKey] is string laporan)
        {
            ViewData[LaporanKey] = JsonSerializer.Deserialize<List<LaporanPegawai>>(laporan);
        }

        return View(await peranHasil.MatriksAsync(saya, tahun, ct));
    }

    [HttpPost]
    [ActionName(nameof(Matriks))]
    public async Task<IActionResult> SimpanMatriks(MatriksForm form, CancellationToken ct)
    {
        if (User.PegawaiIdDari() is not { } saya)
        {
            return Forbid();
        }

        if (!await ModelState.ValidasiAsync(validatorMatriks, form, ct))
        {
            return await MatriksLagiAsync(saya, form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var laporan = await peranHasil.SimpanAsync(saya, Nip(), form, ct);
                if (laporan is null)
                {
                    return NotFound();
                }

                TempData.Sukses(t["PenilaianSkp.MatriksDisimpan"]);
                TempData[LaporanKey] = JsonSerializer.Serialize(laporan);
                return RedirectToAction(nameof(Matriks), new { tahun = form.Tahun });
            },
            () => MatriksLagiAsync(saya, form, ct));
    }

    private async Task<IActionResult> MatriksLagiAsync(int saya, MatriksForm form, CancellationToken ct)
    {
        ViewData[nameof(MatriksForm)] = form;
        return View(nameof(Matriks), await peranHasil.MatriksAsync(saya, form.Tahun, ct));
    }

    /// <summary>404 for no such SKP, 403 for anyone but its pejabat penilai; null when the user may act.</summary>
    private async Task<IActionResult?> TolakAsync(int id, CancellationToken ct) =>
        await layanan.AksesAsync(id, User.PegawaiIdDari(), AdminBkd(), ct) switch
        {
            AksesPenilaian.Bertindak => null,
            AksesPenilaian.TidakAda => NotFound(),
            _ => Forbid(),
        };

    private async Task<IActionResult> TinjauLagiAsync(int id, SetujuiForm? setujui, KembalikanForm? kembalikan, CancellationToken ct)
    {
        var model = await layanan.TinjauAsync(id, User.PegawaiIdDari(), AdminBkd(), setujui, kembalikan, ct);
        return model switch
        {
            null => NotFound(),
            { Akses: AksesPenilaian.Ditolak or AksesPenilaian.TidakAda } => Forbid(),
            _ => View(nameof(Tinjau), model),
        };
    }

    private IActionResult Hasil((HasilTindakan Hasil, int Tahun) hasil, string pesan)
    {
        switch (hasil.Hasil)
        {
            case HasilTindakan.TidakAda:
                return NotFound();
            case HasilTindakan.Ditolak:
                return Forbid();
            default:
                TempData.Sukses(t[pesan]);
                return RedirectToAction(nameof(Index), new { tahun = hasil.Tahun });
        }
    }

    private bool AdminBkd() => User.IsInRole(Peran.AdminBkd) || User.IsInRole(Peran.Administrator);

    private string Nip() => User.FindFirstValue(Klaim.Nip) ?? User.Identity?.Name ?? string.Empty;
}
