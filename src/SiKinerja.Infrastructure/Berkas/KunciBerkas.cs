using System.Text.RegularExpressions;

namespace SiKinerja.Infrastructure.Berkas;

/// <summary>
/// The storage key of a file: <c>ab/ab3f…(32 hex).ext</c>, a random GUID fanned out by its first two digits,
/// with the extension of the kind found by content. Anything else (a path, <c>..</c>, another extension,
/// upper case) is not a key, so a key can never point outside the storage folder.
/// </summary>
public static partial class KunciBerkas
{
    public const int PanjangMaksimum = 40;

    public static string Baru(JenisBerkas jenis)
    {
        var id = Guid.NewGuid().ToString("N");
        return $"{id[..2]}/{id}.{jenis.Ekstensi()}";
    }

    public static bool Valid(string? kunci) =>
        kunci is { Length: <= PanjangMaksimum } && Pola().Match(kunci) is { Success: true } m
        && m.Groups["id"].Value.StartsWith(m.Groups["dir"].Value, StringComparison.Ordinal);

    /// <summary>The kind a valid key names.</summary>
    public static JenisBerkas Jenis(string kunci) =>
        JenisBerkasExtensions.DariEkstensi(Path.GetExtension(kunci)) ?? throw new ArgumentException("Bukan kunci berkas.", nameof(kunci));

    [GeneratedRegex(@"\A(?<dir>[0-9a-f]{2})/(?<id>[0-9a-f]{32})\.(pdf|png|jpg|xlsx|docx)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pola();
}
