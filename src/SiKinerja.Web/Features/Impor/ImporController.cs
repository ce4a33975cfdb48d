using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Impor;

[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class ImporController(ImporService impor, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int halaman = 1, CancellationToken ct = default) =>
        View(new ImporIndexViewModel(await impor.DaftarAsync(halaman, ct), impor.Options.UkuranMaksimumMb));

    [HttpPost]
    [BatasUnggah]
    public async Task<IActionResult> Unggah(UnggahForm form, CancellationToken ct)
    {
        if (impor.Periksa(form.Berkas) is { } galat)
        {
            TempData.Galat(t[galat, impor.Options.UkuranMaksimumMb]);
            return RedirectToAction(nameof(Index));
        }

        var id = await impor.UnggahAsync(form.Berkas!, ct);
        TempData.Sukses(t["Impor.Diunggah"]);
        return RedirectToAction(nameof(Detail), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Detail(int id, int halaman = 1, CancellationToken ct = default)
    {
        var model = await impor.DetailAsync(id, halaman, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public Task<IActionResult> Konfirmasi(int id, BatchForm form, CancellationToken ct) =>
        UbahAsync(id, () => impor.KonfirmasiAsync(id, form.Version, ct), "Impor.Dikonfirmasi");

    [HttpPost]
    public Task<IActionResult> Batal(int id, BatchForm form, CancellationToken ct) =>
        UbahAsync(id, () => impor.BatalkanAsync(id, form.Version, ct), "Impor.Dibatalkan");

    private async Task<IActionResult> UbahAsync(int id, Func<Task<string?>> aksi, string pesanSukses)
    {
        try
        {
            if (await aksi() is { } galat)
            {
                if (galat == "Impor.TidakDitemukan")
                {
                    return NotFound();
                }

                TempData.Galat(t[galat]);
            }
            else
            {
                TempData.Sukses(t[pesanSukses]);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Impor.DiubahPenggunaLain"]);
        }

        return RedirectToAction(nameof(Detail), new { id });
    }
}
