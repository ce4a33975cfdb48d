using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>Text input rule of the competency and career records: trimmed, required text not blank, within its column length.</summary>
public static class Teks
{
    public static string Wajib(string? teks, int maxLength)
    {
        var bersih = teks?.Trim();
        if (string.IsNullOrEmpty(bersih))
        {
            throw new DomainException(KodePengembangan.TeksWajib);
        }

        return Batasi(bersih, maxLength);
    }

    public static string? Opsional(string? teks, int maxLength)
    {
        var bersih = teks?.Trim();
        return string.IsNullOrEmpty(bersih) ? null : Batasi(bersih, maxLength);
    }

    public static T Enum<T>(T nilai)
        where T : struct, System.Enum =>
        System.Enum.IsDefined(nilai) ? nilai : throw new DomainException(KodePengembangan.JenisTidakValid);

    private static string Batasi(string teks, int maxLength) =>
        teks.Length > maxLength ? throw new DomainException(KodePengembangan.TeksTerlaluPanjang, maxLength) : teks;
}
