namespace SiKinerja.Web.Pdf;

/// <summary>
/// The product's one door to a PDF engine (issue 5): HTML in, PDF bytes out, on A4. Implemented by headless Chromium
/// (<see cref="PembuatPdfChromium"/>); another engine can replace it behind this interface.
/// </summary>
public interface IPembuatPdf
{
    /// <summary>Renders one self-contained HTML document (no external resources) to PDF.</summary>
    /// <exception cref="PdfTidakTersediaException">The engine cannot run (Chromium missing or failing to start).</exception>
    Task<byte[]> CetakAsync(HalamanPdf halaman, CancellationToken ct);

    /// <summary>What the health check reports, without starting anything.</summary>
    KondisiPdf Kondisi { get; }
}

/// <param name="Html">The whole document; user text in it is already HTML-encoded by Razor.</param>
/// <param name="Lanskap">A4 landscape (wide tables) instead of portrait.</param>
/// <param name="Kaki">
/// Null (the fast way, used by the official documents): the HTML sets its own page size, margins and footer with CSS
/// <c>@page</c> rules and margin boxes (<c>counter(page)</c>, <c>counter(pages)</c>). Otherwise Chromium's footer
/// template printed on every page: plain HTML with inline styles, where <c>&lt;span class="pageNumber"&gt;</c> and
/// <c>&lt;span class="totalPages"&gt;</c> are filled in per page (about a third slower per document).
/// </param>
public sealed record HalamanPdf(string Html, bool Lanskap, string? Kaki = null);

public sealed record KondisiPdf(bool Tersedia, string Keterangan);

/// <summary>The PDF engine cannot run; the page says so (503) and <c>/health</c> reports the PDF service degraded.</summary>
public sealed class PdfTidakTersediaException : Exception
{
    public PdfTidakTersediaException()
    {
    }

    public PdfTidakTersediaException(string message)
        : base(message)
    {
    }

    public PdfTidakTersediaException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
