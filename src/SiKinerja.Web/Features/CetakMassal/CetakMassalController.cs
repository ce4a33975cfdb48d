using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.CetakMassal;

/// <summary>Batch printing for the Admin BKD (issue 5): queue a job, follow its progress, cancel it, download the result.</summary>
[Authorize(Policy = Kebijakan.AdminBkd)]
[Route("CetakMassal")]
public sealed class CetakMassalController(
    CetakMassalService layanan,
    IValidator<CetakMassalForm> validator,
    IOptions<InstansiOptions> instansi,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int halaman = 1, CancellationToken ct = default) =>
        View(await ModelAsync(new CetakMassalForm(), halaman, ct));

    [HttpPost("")]
    public async Task<IActionResult> Index(CetakMassalForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return View(await ModelAsync(form, 1, ct));
        }

        var id = await layanan.AntreAsync(form, Alamat.Verifikasi(Request, instansi.Value), PenggunaSkp.Dari(User).Nip, ct);
        TempData.Sukses(t["CetakMassal.Diantre"]);
        return RedirectToAction(nameof(Detail), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var model = await layanan.DetailAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}/Status")]
    public async Task<IActionResult> Status(int id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return await layanan.StatusAsync(id, ct) is { } s ? Json(s) : NotFound();
    }

    [HttpPost("{id:int}/Batal")]
    public async Task<IActionResult> Batal(int id, CancellationToken ct)
    {
        switch (await layanan.BatalkanAsync(id, ct))
        {
            case null:
                return NotFound();
            case true:
                TempData.Sukses(t["CetakMassal.Dibatalkan"]);
                break;
            default:
                TempData.Galat(t["CetakMassal.TidakBisaDibatalkan"]);
                break;
        }

        return RedirectToAction(nameof(Detail), new { id });
    }

    [HttpGet("{id:int}/Unduh")]
    public Task<IActionResult> Unduh(int id, CancellationToken ct) => BerkasAsync(id, gabungan: false, ct);

    [HttpGet("{id:int}/Gabungan")]
    public Task<IActionResult> Gabungan(int id, CancellationToken ct) => BerkasAsync(id, gabungan: true, ct);

    private async Task<IActionResult> BerkasAsync(int id, bool gabungan, CancellationToken ct)
    {
        if (await layanan.BerkasAsync(id, gabungan, ct) is not { } berkas)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(berkas.Isi, gabungan ? "application/pdf" : "application/zip", berkas.Nama);
    }

    private async Task<CetakMassalIndexViewModel> ModelAsync(CetakMassalForm form, int halaman, CancellationToken ct) =>
        new(form, await layanan.PilihanAsync(ct), await layanan.DaftarAsync(halaman, ct));
}
