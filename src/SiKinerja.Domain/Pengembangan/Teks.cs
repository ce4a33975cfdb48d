using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>Text input rule of the competency and career records: trimmed, required text not blank, within its column length.</summary>
public static class Teks
{
    public static string Wajib(string? teks, int maxLength) =>
        AturanTeks.Wajib(teks, maxLength, KodePengembangan.TeksWajib, KodePengembangan.TeksTerlaluPanjang);

    public static string? Opsional(string? teks, int maxLength) => AturanTeks.Opsional(teks, maxLength, KodePengembangan.TeksTerlaluPanjang);

    public static T Enum<T>(T nilai)
        where T : struct, System.Enum =>
        System.Enum.IsDefined(nilai) ? nilai : throw new DomainException(KodePengembangan.JenisTidakValid);
}
