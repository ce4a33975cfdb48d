namespace SiKinerja.Domain.Common;

/// <summary>
/// The text input rule of every record: trimmed; required text not blank; within its column length. Each area raises its
/// own codes (<c>TeksSkp</c>, <c>Pengembangan.Teks</c>) so the message speaks its language.
/// </summary>
public static class AturanTeks
{
    public static string Wajib(string? teks, int maxLength, string kodeWajib, string kodeTerlaluPanjang)
    {
        var bersih = teks?.Trim();
        if (string.IsNullOrEmpty(bersih))
        {
            throw new DomainException(kodeWajib);
        }

        return Batasi(bersih, maxLength, kodeTerlaluPanjang);
    }

    public static string? Opsional(string? teks, int maxLength, string kodeTerlaluPanjang)
    {
        var bersih = teks?.Trim();
        return string.IsNullOrEmpty(bersih) ? null : Batasi(bersih, maxLength, kodeTerlaluPanjang);
    }

    private static string Batasi(string teks, int maxLength, string kode) =>
        teks.Length > maxLength ? throw new DomainException(kode, maxLength) : teks;
}
