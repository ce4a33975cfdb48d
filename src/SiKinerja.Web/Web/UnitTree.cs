using Microsoft.EntityFrameworkCore;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Web;

/// <summary>Unit subtree look-ups for filters ("this unit and everything under it").</summary>
public static class UnitTree
{
    /// <summary>Loads the (small) parent map once and walks it in memory.</summary>
    public static async Task<HashSet<int>> UnitDanTurunanAsync(AppDbContext db, int unitId, CancellationToken ct)
    {
        var units = await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new HashSet<int> { unitId };
        var stack = new Stack<int>([unitId]);
        while (stack.TryPop(out var id))
        {
            foreach (var child in children[id])
            {
                if (result.Add(child))
                {
                    stack.Push(child);
                }
            }
        }

        return result;
    }
}
