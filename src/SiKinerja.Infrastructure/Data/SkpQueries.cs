using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data;

public static class SkpQueries
{
    /// <summary>
    /// The whole aggregate (snapshot, RHK with IKI and targets, lampiran, ekspektasi, history in order) in a fixed
    /// number of SQL queries (split query: one per collection), whatever the number of RHK and IKI. Load through this
    /// before changing an SKP: a part changed without its root tracked is refused at save.
    /// </summary>
    public static IQueryable<Skp> DenganIsi(this IQueryable<Skp> skp) =>
        skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator)
            .Include(s => s.Lampiran)
            .Include(s => s.Ekspektasi)
            .Include(s => s.Riwayat.OrderBy(r => r.Id))
            .AsSplitQuery();

    /// <summary>
    /// Each employee's current SKP of a performance year, as every page counts it: the latest segment of the year
    /// (a change of position or supervisor closes one and starts the next) and, in it, the revision not superseded by a
    /// newer one (<see cref="Skp.Direvisi"/>); should two rows still tie, the newest. One correlated NOT EXISTS, so it
    /// composes with any filter on <paramref name="skp"/> (year, employees, penilai). <paramref name="semua"/> is the
    /// table to compare with (usually <c>db.Skp</c>).
    /// </summary>
    public static IQueryable<Skp> Terkini(this IQueryable<Skp> skp, IQueryable<Skp> semua) =>
        skp.Where(s => !s.Direvisi
            && !semua.Any(x => x.PegawaiId == s.PegawaiId && x.TahunKinerjaId == s.TahunKinerjaId
                && (x.TanggalMulai > s.TanggalMulai || (x.TanggalMulai == s.TanggalMulai && !x.Direvisi && x.Id > s.Id))));
}
