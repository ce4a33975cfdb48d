using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Skp;

/// <summary>
/// Text input rule for everything typed into an SKP: trimmed, required text may not be blank, and no text may
/// exceed its column length (the constants on each type, reused by the EF configuration). HTML is NOT
/// stripped: it is stored as typed and escaped on display, so nothing the user wrote is silently changed.
/// </summary>
public static class TeksSkp
{
    public static string Wajib(string? teks, int maxLength) => AturanTeks.Wajib(teks, maxLength, KodeSkp.TeksWajib, KodeSkp.TeksTerlaluPanjang);

    public static string? Opsional(string? teks, int maxLength) => AturanTeks.Opsional(teks, maxLength, KodeSkp.TeksTerlaluPanjang);

    /// <summary>Key for duplicate detection: case-insensitive, inner whitespace collapsed.</summary>
    public static string Normalisasi(string teks) =>
        string.Join(' ', teks.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
