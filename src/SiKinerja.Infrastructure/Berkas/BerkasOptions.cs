namespace SiKinerja.Infrastructure.Berkas;

/// <summary>Where bukti dukung are kept and how large one may be (configuration section <c>Berkas</c>).</summary>
public sealed class BerkasOptions
{
    public const string Section = "Berkas";

    /// <summary>Folder of the stored files; relative paths are resolved against the content root. Never under wwwroot.</summary>
    public string Folder { get; set; } = "data/berkas";

    public int UkuranMaksimumMb { get; set; } = 10;

    public long UkuranMaksimumByte => UkuranMaksimumMb * 1024L * 1024L;
}
