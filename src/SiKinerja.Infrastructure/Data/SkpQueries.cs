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
}
