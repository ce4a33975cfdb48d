namespace SiKinerja.Web.Web;

/// <summary>Section <c>Instansi</c>: the Pemda this installation serves.</summary>
public sealed class InstansiOptions
{
    public const string Section = "Instansi";

    public string Nama { get; set; } = "Pemerintah Daerah";

    /// <summary>Place name printed before the date on documents.</summary>
    public string Tempat { get; set; } = string.Empty;

    /// <summary>
    /// The logo printed on official documents: a PNG, JPEG or SVG file (relative to the content root, or absolute).
    /// Empty: the bundled neutral emblem <c>wwwroot/img/logo-instansi.svg</c>.
    /// </summary>
    public string Logo { get; set; } = string.Empty;

    /// <summary>
    /// Public base address of the application (e.g. <c>https://kinerja.sukamajukab.go.id</c>) printed in the
    /// verification QR codes. Empty: the address of the request that printed the document.
    /// </summary>
    public string AlamatPublik { get; set; } = string.Empty;
}
