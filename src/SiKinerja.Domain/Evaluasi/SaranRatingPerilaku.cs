using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// Suggests the Rating Perilaku Kerja from the seven per-value ratings. The regulatory aggregation is
/// <b>unconfirmed</b> (DOMAIN.md §2), so the default is deliberately simple and explainable:
/// <list type="number">
/// <item>all seven values must be rated, otherwise no suggestion;</item>
/// <item>a Di Bawah on a value of <see cref="AturanRating.NilaiPenentuDiBawah"/> (default none) gives Di Bawah;</item>
/// <item>otherwise the rating held by a majority (4 or more of 7) is suggested;</item>
/// <item>with no majority, Sesuai Ekspektasi.</item>
/// </list>
/// </summary>
public static class SaranRatingPerilaku
{
    public static SaranRating Dari(IReadOnlyDictionary<NilaiBerakhlak, Rating> nilai, AturanRating? aturan = null)
    {
        ArgumentNullException.ThrowIfNull(nilai);
        aturan ??= AturanRating.Bawaan;
        var semua = Enum.GetValues<NilaiBerakhlak>();
        var dinilai = semua.Count(n => nilai.TryGetValue(n, out var r) && Enum.IsDefined(r));
        if (dinilai < semua.Length)
        {
            return new SaranRating(null, KodeEvaluasi.SaranPerilakuBelumLengkap, [dinilai, semua.Length]);
        }

        var penentu = semua.FirstOrDefault(n => aturan.NilaiPenentuDiBawah.Contains(n) && nilai[n] == Rating.DiBawahEkspektasi);
        if (penentu != default)
        {
            return new SaranRating(Rating.DiBawahEkspektasi, KodeEvaluasi.SaranPerilakuNilaiPenentu, [PerilakuKerja.Dari(penentu).Nama]);
        }

        var mayoritas = semua.GroupBy(n => nilai[n]).Select(g => (Rating: g.Key, Jumlah: g.Count()))
            .FirstOrDefault(g => g.Jumlah * 2 > semua.Length);
        return mayoritas.Jumlah > 0
            ? new SaranRating(mayoritas.Rating, KodeEvaluasi.SaranPerilakuMayoritas, [mayoritas.Jumlah, semua.Length])
            : new SaranRating(Rating.SesuaiEkspektasi, KodeEvaluasi.SaranPerilakuTanpaMayoritas, [semua.Length]);
    }
}
