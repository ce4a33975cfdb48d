namespace SiKinerja.Web.Pdf;

/// <summary>Section <c>Pdf</c>: the headless Chromium that prints the official documents.</summary>
public sealed class OpsiPdf
{
    public const string Section = "Pdf";

    /// <summary>Debian's chromium by default (Playwright cannot download its own browser here).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages kept open and printing at once: bounds memory and CPU whatever the batch size.</summary>
    public int UkuranPool { get; set; } = 2;

    /// <summary>Start Chromium and open the pool when the app starts, so the first document is not slow.</summary>
    public bool PanaskanSaatMulai { get; set; } = true;

    /// <summary>A page that takes longer than this to print is abandoned (and the page closed).</summary>
    public int BatasWaktuDetik { get; set; } = 60;

    /// <summary>A page is closed and replaced after this many documents, so no leak grows in a long batch.</summary>
    public int CetakPerHalamanMaksimum { get; set; } = 500;
}
