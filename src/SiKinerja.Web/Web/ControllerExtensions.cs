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
    public static async Task<IActionResult> UbahLaluKembaliAsync(
        this Controller controller,
        IStringLocalizer<SharedResource> t,
        Func<Task<bool>> aksi,
        string pesanSukses,
        Func<IActionResult> kembali)
    {
        try
        {
            if (!await aksi())
            {
                return controller.NotFound();
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
}
