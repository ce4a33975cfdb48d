using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Web.Features.RekapSkp;

/// <summary>A per-unit row of a recap (SKP plans, evaluation progress, JP) that can be summed into a perangkat daerah row.</summary>
public interface IBarisRekapUnit<T>
    where T : IBarisRekapUnit<T>
{
    int UnitId { get; }

    string Jalur { get; }

    /// <summary>The sum of <paramref name="baris"/> (its unit and path are set by the caller).</summary>
    static abstract T Jumlah(IReadOnlyCollection<T> baris);

    /// <summary>This sum as the row of <paramref name="unitId"/>.</summary>
    T SebagaiBaris(int unitId, string jalur, bool denganSubunit);
}

/// <summary>
/// The drill-down every recap of the Admin BKD shares: without a perangkat daerah, one row per perangkat daerah (its unit and
/// all subunits, <see cref="AturanRekap.PerangkatDaerahDari"/>; units outside any as their own row); with one, the rows of
/// its units and subunits. "(Tanpa jabatan)" (<see cref="RekapSkpService.TanpaUnit"/>) last, otherwise by path. Also the
/// active perangkat daerah for the filter.
/// </summary>
public static class GulunganRekap
{
    public static (List<T> Baris, List<PilihanUnit> PerangkatDaerah) Susun<T>(
        IEnumerable<T> perUnit, int? perangkatDaerahId, Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)> unit)
        where T : IBarisRekapUnit<T>
    {
        ArgumentNullException.ThrowIfNull(unit);
        const int tanpa = RekapSkpService.TanpaUnit;
        if (perangkatDaerahId is { } pd)
        {
            var dalamPd = RekapSkpService.Turunan(pd, unit);
            perUnit = perUnit.Where(b => dalamPd.Contains(b.UnitId));
        }
        else
        {
            perUnit = perUnit
                .GroupBy(b => b.UnitId == tanpa ? tanpa : AturanRekap.PerangkatDaerahDari(b.UnitId, unit))
                .Select(g => T.Jumlah([.. g]).SebagaiBaris(
                    g.Key,
                    g.Key == tanpa ? string.Empty : AturanRekap.Jalur(g.Key, unit),
                    unit.TryGetValue(g.Key, out var u) && u.Jenis == JenisUnitKerja.PerangkatDaerah));
        }

        var baris = perUnit
            .OrderBy(b => b.UnitId == tanpa).ThenBy(b => b.Jalur, StringComparer.CurrentCultureIgnoreCase).ThenBy(b => b.UnitId)
            .ToList();
        var pilihanPd = unit.Where(u => u.Value.Jenis == JenisUnitKerja.PerangkatDaerah && u.Value.Aktif)
            .Select(u => new PilihanUnit(u.Key, u.Value.Nama)).OrderBy(u => u.Nama, StringComparer.CurrentCultureIgnoreCase).ToList();
        return (baris, pilihanPd);
    }
}
