using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SiKinerja.Web.Features.TahunKinerja;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Beranda;

public sealed class BerandaController(ProfilService profil, TahunKinerjaService tahunKinerja, ILogger<BerandaController> logger) : Controller
{
    public const string TahunTerbukaKey = "TahunTerbuka";

    /// <summary>The signed-in employee's own profile, supervisor chain and direct reports, and the open performance years.</summary>
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (User.PegawaiIdDari() is not { } pegawaiId)
        {
            return View("TanpaPegawai");
        }

        var model = await profil.GetAsync(pegawaiId, ct);
        if (model is null)
        {
            return View("TanpaPegawai");
        }

        ViewData[TahunTerbukaKey] = await tahunKinerja.TerbukaAsync(ct);
        return View(model);
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public IActionResult Galat()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature?.Error is { } error)
        {
            logger.LogError(error, "Galat tak tertangani pada {Path}", feature.Path);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View();
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [Route("Beranda/Status/{kode:int}")]
    // From the route only: a re-executed POST may carry a form field of the same name (e.g. a "Kode" input).
    public IActionResult Status([FromRoute] int kode)
    {
        Response.StatusCode = kode;
        return View(kode);
    }
}
