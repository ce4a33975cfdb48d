using System.Globalization;
using System.Text;

namespace SiKinerja.Infrastructure.Berkas;

/// <summary>
/// The name a user gave an uploaded file. It is only ever shown (escaped) and offered as the download name;
/// it never becomes a path on disk (<see cref="PenyimpanBerkasLokal"/> names files by a random key).
/// </summary>
public static class NamaBerkas
{
    public const int PanjangMaksimum = 150;

    private const string Pengganti = "berkas";

    private static readonly HashSet<string> NamaCadanganWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// A name that tries to mislead or escape: a path (traversal or otherwise), control characters, or invisible
    /// formatting characters such as the right-to-left override U+202E that makes <c>gpj.exe</c> look like
    /// <c>exe.jpg</c>. Such an upload is refused rather than silently renamed, so the user knows.
    /// </summary>
    public static bool Berbahaya(string? nama)
    {
        if (string.IsNullOrWhiteSpace(nama))
        {
            return true;
        }

        foreach (var rune in nama.EnumerateRunes())
        {
            if (rune.Value is '/' or '\\' || rune == Rune.ReplacementChar || BukanTeks(rune))
            {
                return true;
            }
        }

        // Lone surrogates are not runes; EnumerateRunes turns them into U+FFFD, caught above.
        var dasar = Path.GetFileNameWithoutExtension(nama.Trim()).Trim(' ', '.');
        return dasar.Length == 0;
    }

    /// <summary>
    /// A safe display name for any input: only the last path segment, no control or formatting characters,
    /// no characters Windows forbids in names, no reserved device name, at most <see cref="PanjangMaksimum"/>
    /// characters with the extension kept. Falls back to "berkas" (+ extension).
    /// </summary>
    public static string Aman(string? nama, JenisBerkas? jenis = null)
    {
        var teks = (nama ?? string.Empty).Normalize(NormalizationForm.FormC);
        var potong = teks.LastIndexOfAny(['/', '\\']);
        if (potong >= 0)
        {
            teks = teks[(potong + 1)..];
        }

        var sb = new StringBuilder(teks.Length);
        foreach (var rune in teks.EnumerateRunes())
        {
            if (BukanTeks(rune) || rune == Rune.ReplacementChar)
            {
                continue;
            }

            sb.Append(rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? "_" : rune.ToString());
        }

        teks = sb.ToString().Trim().TrimEnd('.', ' ');
        var ekstensi = Path.GetExtension(teks);
        var dasar = teks[..^ekstensi.Length].Trim().Trim('.');
        if (jenis is { } j && JenisBerkasExtensions.DariEkstensi(ekstensi) != j)
        {
            // The content decides: keep the name the user chose, give it the extension of what it is.
            dasar = teks.Trim('.');
            ekstensi = "." + j.Ekstensi();
        }

        if (ekstensi.Length > 10 || ekstensi.Length == 1)
        {
            dasar = teks.Trim('.');
            ekstensi = string.Empty;
        }

        if (dasar.Length == 0)
        {
            dasar = Pengganti;
        }

        var pertama = dasar.Split('.')[0].TrimEnd(' ');
        if (NamaCadanganWindows.Contains(pertama))
        {
            dasar = "_" + dasar;
        }

        var ruang = PanjangMaksimum - ekstensi.Length;
        if (dasar.Length > ruang)
        {
            dasar = Potong(dasar, ruang).TrimEnd(' ', '.');
        }

        return dasar + ekstensi.ToLowerInvariant();
    }

    private static bool BukanTeks(Rune rune)
    {
        var kategori = Rune.GetUnicodeCategory(rune);
        return kategori is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }

    /// <summary>Cuts to at most <paramref name="panjang"/> UTF-16 units without splitting a surrogate pair.</summary>
    private static string Potong(string teks, int panjang)
    {
        if (teks.Length <= panjang)
        {
            return teks;
        }

        return char.IsHighSurrogate(teks[panjang - 1]) ? teks[..(panjang - 1)] : teks[..panjang];
    }
}
