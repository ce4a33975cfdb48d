using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.TahunKinerja;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Beranda;

public sealed class BerandaController(
    ProfilService profil,
    TahunKinerjaService tahunKinerja,
    IEnumerable<IPenyediaAksiTertunda> penyediaAksi,
    TimeProvider clock,
    ILogger<BerandaController> logger) : Controller
{
    public const string TahunTerbukaKey = "TahunTerbuka";
    public const string AksiTertundaKey = "AksiTertunda";

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
        ViewData[AksiTertundaKey] = await AksiTertundaAsync(ct);
        return View(model);
    }

    /// <summary>Every feature's pending actions for this user, by due date (those without one last); providers run one after another (one DbContext).</summary>
    private async Task<IReadOnlyList<AksiTertunda>> AksiTertundaAsync(CancellationToken ct)
    {
        var pengguna = PenggunaSkp.Dari(User);
        var hariIni = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var semua = new List<AksiTertunda>();
        foreach (var penyedia in penyediaAksi)
        {
            semua.AddRange(await penyedia.UntukAsync(pengguna, hariIni, ct));
        }

        return [.. semua.OrderBy(a => a.BatasWaktu is null).ThenBy(a => a.BatasWaktu)];
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
