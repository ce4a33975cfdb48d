using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.KebutuhanPengembangan;

/// <summary>
/// Development needs: the list (mine, my direct reports', everyone's), recording one from an evaluation page, cancelling one.
/// The panel on the evaluation pages is <see cref="RekomendasiPengembanganViewComponent"/>.
/// </summary>
[Route("KebutuhanPengembangan")]
public sealed class KebutuhanPengembanganController(
    KebutuhanPengembanganService layanan, IValidator<CatatKebutuhanForm> validator, IStringLocalizer<SharedResource> t) : Controller
{
    private PenggunaSkp Pengguna => PenggunaSkp.Dari(User);

    [HttpGet("")]
    public async Task<IActionResult> Index(LingkupKebutuhan? lingkup, int? tahun, StatusKebutuhan? status, int halaman = 1, CancellationToken ct = default)
    {
        if (Pengguna.PegawaiId is null && !Pengguna.AdminBkd)
        {
            return Forbid();
        }

        var th = tahun is >= 2000 and <= 2100 ? tahun : null;
        return View(await layanan.DaftarAsync(Pengguna, lingkup, th, status, halaman, ct));
    }

    /// <summary>The recording form on its own page (where a refused panel post shows its messages with the typed text).</summary>
    [HttpGet("Catat")]
    public async Task<IActionResult> Catat(int? skpId, int? periodeId, int? pegawaiId, int? tahun, CancellationToken ct) =>
        await FormAsync(new CatatKebutuhanForm { SkpId = skpId, PeriodeId = periodeId, PegawaiId = pegawaiId, Tahun = tahun }, ct);

    [HttpPost("Catat")]
    public async Task<IActionResult> Catat(CatatKebutuhanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await layanan.SumberAsync(form, ct) is not { } sumber)
        {
            return NotFound();
        }

        var akses = await layanan.AksesAsync(Pengguna, sumber.PegawaiId, sumber.Tahun, ct);
        if (!akses.Baca)
        {
            return NotFound();
        }

        if (!akses.Kelola)
        {
            return Forbid();
        }

        async Task<IActionResult> TampilkanLagi() => View("Catat", await layanan.PanelAsync(sumber, akses, form, ct));
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await TampilkanLagi();
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                await layanan.CatatAsync(sumber, form, Pengguna, ct);
                TempData.Sukses(t["Kebutuhan.Dicatat"]);
                return Redirect(sumber.Halaman);
            },
            TampilkanLagi,
            ex => ex.Kode == KodePengembangan.JenisTidakValid ? nameof(form.JenisKompetensi) : nameof(form.Uraian));
    }

    [HttpPost("{id:int}/Batalkan")]
    public async Task<IActionResult> Batalkan(int id, BatalkanKebutuhanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var kembali = form.KembaliKe is { Length: > 0 } k && Url.IsLocalUrl(k) ? k : Url.Action(nameof(Index))!;
        return await this.UbahLaluKembaliAsync(
            t,
            () => layanan.BatalkanAsync(id, form, Pengguna, ct),
            "Kebutuhan.Dibatalkan",
            () => Redirect(kembali));
    }

    private async Task<IActionResult> FormAsync(CatatKebutuhanForm form, CancellationToken ct)
    {
        var panel = await layanan.PanelAsync(form, Pengguna, ct);
        if (panel is null)
        {
            return NotFound();
        }

        return panel.BolehCatat ? View("Catat", panel) : Forbid();
    }
}
