using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Infrastructure.Data;

public static class EvaluasiQueries
{
    /// <summary>
    /// Evaluations with their history in order, in a fixed number of SQL queries (split query: the evaluations, then
    /// the history), however many are loaded. Load through this before changing an evaluation: a history row added
    /// without its root tracked is refused at save.
    /// </summary>
    public static IQueryable<EvaluasiPeriode> DenganRiwayat(this IQueryable<EvaluasiPeriode> evaluasi) =>
        evaluasi.Include(e => e.Riwayat.OrderBy(r => r.Id)).AsSplitQuery();
}
