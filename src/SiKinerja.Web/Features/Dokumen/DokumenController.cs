using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Pdf;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>One official document as PDF: <c>/Dokumen/{jenis}/{id1}/{id2?}</c> (keys as documented on <see cref="JenisDokumen"/>).</summary>
[Route("Dokumen")]
public sealed class DokumenController(LayananDokumen layanan, IOptions<InstansiOptions> instansi) : Controller
{
    [HttpGet("{jenis}/{id1:int}/{id2:int?}")]
    public async Task<IActionResult> Cetak(string jenis, int id1, int? id2, bool unduh, CancellationToken ct)
    {
        if (!Jenis(jenis, out var j))
        {
            return NotFound();
        }

        Hasil<BerkasPdf> hasil;
        try
        {
            hasil = await layanan.CetakAsync(PenggunaSkp.Dari(User), new KunciDokumen(j, id1, id2 ?? 0), Alamat.Verifikasi(Request, instansi.Value), ct);
        }
        catch (PdfTidakTersediaException)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View("TidakTersedia");
        }

        switch (hasil.Status)
        {
            case StatusHasil.TidakDitemukan:
                return NotFound();
            case StatusHasil.Dilarang:
                return Forbid();
        }

        var berkas = hasil.Nilai!;
        var disposisi = new ContentDispositionHeaderValue(unduh ? "attachment" : "inline");
        disposisi.SetHttpFileName(berkas.NamaBerkas);
        Response.Headers.ContentDisposition = disposisi.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(berkas.Isi, "application/pdf");
    }

    /// <summary>The kind by name only ("Skp", case-insensitive); numbers are refused.</summary>
    public static bool Jenis(string? teks, out JenisDokumen jenis)
    {
        jenis = default;
        return !string.IsNullOrEmpty(teks) && char.IsLetter(teks[0])
            && Enum.TryParse(teks, ignoreCase: true, out jenis) && Enum.IsDefined(jenis);
    }
}

/// <summary>Where the verification page is, as printed in the QR code.</summary>
public static class Alamat
{
    public static string Verifikasi(HttpRequest request, InstansiOptions instansi)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(instansi);
        return !string.IsNullOrWhiteSpace(instansi.AlamatPublik)
            ? instansi.AlamatPublik.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
