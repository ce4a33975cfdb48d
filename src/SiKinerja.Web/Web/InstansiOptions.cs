namespace SiKinerja.Web.Web;

/// <summary>Section <c>Instansi</c>: the Pemda this installation serves.</summary>
public sealed class InstansiOptions
{
    public const string Section = "Instansi";

    public string Nama { get; set; } = "Pemerintah Daerah";

    /// <summary>Place name printed before the date on documents.</summary>
    public string Tempat { get; set; } = string.Empty;
}
