using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Skp;

/// <summary>
/// Text input rule for everything typed into an SKP: trimmed, required text may not be blank, and no text may
/// exceed its column length (the constants on each type, reused by the EF configuration). HTML is NOT
/// stripped: it is stored as typed and escaped on display, so nothing the user wrote is silently changed.
/// </summary>
public static class TeksSkp
{
    public static string Wajib(string? teks, int maxLength)
    {
        var bersih = teks?.Trim();
        if (string.IsNullOrEmpty(bersih))
        {
            throw new DomainException(KodeSkp.TeksWajib);
        }

        return Batasi(bersih, maxLength);
    }

    public static string? Opsional(string? teks, int maxLength)
    {
        var bersih = teks?.Trim();
        return string.IsNullOrEmpty(bersih) ? null : Batasi(bersih, maxLength);
    }

    /// <summary>Key for duplicate detection: case-insensitive, inner whitespace collapsed.</summary>
    public static string Normalisasi(string teks) =>
        string.Join(' ', teks.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Batasi(string teks, int maxLength)
    {
        if (teks.Length > maxLength)
        {
            throw new DomainException(KodeSkp.TeksTerlaluPanjang, maxLength);
        }

        return teks;
    }
}
