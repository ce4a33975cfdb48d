using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>
/// The public page a document's QR code leads to (issue 5 "what users can do" 2): whether the document with this code
/// still matches the record. It names the document and whose it is, nothing more.
/// </summary>
[AllowAnonymous]
[Route("Verifikasi")]
public sealed class VerifikasiController(LayananDokumen layanan) : Controller
{
    private const string Tampilan = "~/Features/Dokumen/Verifikasi.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kode, CancellationToken ct) =>
        View(Tampilan, string.IsNullOrWhiteSpace(kode) ? null : await layanan.VerifikasiAsync(kode, ct));

    [HttpGet("{kode}")]
    public Task<IActionResult> Kode(string kode, CancellationToken ct) => Index(kode, ct);
}
