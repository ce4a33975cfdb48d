namespace SiKinerja.Infrastructure.Berkas;

/// <summary>The kinds of bukti dukung that may be uploaded, recognised by content (see <see cref="PemeriksaBerkas"/>).</summary>
public enum JenisBerkas
{
    Pdf,
    Png,
    Jpeg,
    Xlsx,
    Docx,
}

public static class JenisBerkasExtensions
{
    /// <summary>The extension a stored file gets (lower case, without the dot).</summary>
    public static string Ekstensi(this JenisBerkas jenis) => jenis switch
    {
        JenisBerkas.Pdf => "pdf",
        JenisBerkas.Png => "png",
        JenisBerkas.Jpeg => "jpg",
        JenisBerkas.Xlsx => "xlsx",
        JenisBerkas.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(jenis)),
    };

    public static string ContentType(this JenisBerkas jenis) => jenis switch
    {
        JenisBerkas.Pdf => "application/pdf",
        JenisBerkas.Png => "image/png",
        JenisBerkas.Jpeg => "image/jpeg",
        JenisBerkas.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        JenisBerkas.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(jenis)),
    };

    /// <summary>The kind an uploaded name's extension claims (jpg and jpeg both mean JPEG); null for any other.</summary>
    public static JenisBerkas? DariEkstensi(string? ekstensi) => ekstensi?.TrimStart('.').ToLowerInvariant() switch
    {
        "pdf" => JenisBerkas.Pdf,
        "png" => JenisBerkas.Png,
        "jpg" or "jpeg" => JenisBerkas.Jpeg,
        "xlsx" => JenisBerkas.Xlsx,
        "docx" => JenisBerkas.Docx,
        _ => null,
    };
}
