using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Common;

namespace SiKinerja.Web.Web;

public static class ControllerExtensions
{
    /// <summary>
    /// A button on a record's page that changes it without a form (activate, deactivate): runs
    /// <paramref name="aksi"/> (false: the record does not exist), then goes back with a flash message:
    /// the success text, the domain's refusal, or "changed by someone else" on a concurrency conflict.
    /// </summary>
    public static Task<IActionResult> UbahLaluKembaliAsync(
        this Controller controller,
        IStringLocalizer<SharedResource> t,
        Func<Task<bool>> aksi,
        string pesanSukses,
        Func<IActionResult> kembali)
    {
        ArgumentNullException.ThrowIfNull(aksi);
        return controller.UbahLaluKembaliAsync(
            t, async () => await aksi() ? Features.Skp.StatusHasil.Berhasil : Features.Skp.StatusHasil.TidakDitemukan, pesanSukses, kembali);
    }

    /// <summary>
    /// As above for an action that answers with a <see cref="Features.Skp.StatusHasil"/>: not found → 404, not allowed → 403,
    /// done → back with the success text; a refusal or a concurrent change → back with its message.
    /// </summary>
    public static async Task<IActionResult> UbahLaluKembaliAsync(
        this Controller controller,
        IStringLocalizer<SharedResource> t,
        Func<Task<Features.Skp.StatusHasil>> aksi,
        string pesanSukses,
        Func<IActionResult> kembali)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(aksi);
        try
        {
            switch (await aksi())
            {
                case Features.Skp.StatusHasil.TidakDitemukan:
                    return controller.NotFound();
                case Features.Skp.StatusHasil.Dilarang:
                    return controller.Forbid();
            }

            controller.TempData.Sukses(t[pesanSukses]);
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.TempData.Galat(t["Umum.DiubahPenggunaLain"]);
        }
        catch (DomainException ex)
        {
            controller.TempData.Galat(t[ex.Kode, [.. ex.Argumen]]);
        }

        return kembali();
    }

    /// <summary>
    /// Saves a validated form: runs <paramref name="simpan"/> (which redirects, or answers 404). A domain
    /// refusal or a concurrent change is put on the form instead (beside the field <paramref name="bidang"/>
    /// names for the refusal, else at the top) and <paramref name="tampilkanLagi"/> shows it again with the
    /// user's input, so nothing typed is lost.
    /// </summary>
    public static async Task<IActionResult> SimpanFormAsync(
        this Controller controller,
        IStringLocalizer<SharedResource> t,
        Func<Task<IActionResult>> simpan,
        Func<Task<IActionResult>> tampilkanLagi,
        Func<DomainException, string>? bidang = null)
    {
        try
        {
            return await simpan();
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.ModelState.AddModelError(string.Empty, t["Umum.DiubahPenggunaLain"]);
        }
        catch (DomainException ex)
        {
            controller.ModelState.AddModelError(bidang?.Invoke(ex) ?? string.Empty, t[ex.Kode, [.. ex.Argumen]]);
        }

        return await tampilkanLagi();
    }
}
