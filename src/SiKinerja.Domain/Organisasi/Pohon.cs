namespace SiKinerja.Domain.Organisasi;

/// <summary>Helpers for parent-pointer trees (units, positions).</summary>
public static class Pohon
{
    /// <summary>
    /// True when making <paramref name="newParent"/> the parent of <paramref name="node"/> would close a
    /// loop, i.e. <paramref name="node"/> is <paramref name="newParent"/> or one of its ancestors.
    /// Stops on an existing loop instead of spinning.
    /// </summary>
    public static bool MembuatSiklus(int node, int newParent, Func<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        int? current = newParent;
        while (current is { } c)
        {
            if (c == node || !seen.Add(c))
            {
                return true;
            }

            current = parentOf(c);
        }

        return false;
    }

    /// <summary>
    /// The ancestors of <paramref name="node"/>, nearest first (parent, grandparent, …, root), for
    /// breadcrumbs and search results. Stops on an existing loop instead of spinning.
    /// </summary>
    public static IReadOnlyList<int> Leluhur(int node, Func<int, int?> parentOf)
    {
        var result = new List<int>();
        var seen = new HashSet<int> { node };
        var current = parentOf(node);
        while (current is { } c && seen.Add(c))
        {
            result.Add(c);
            current = parentOf(c);
        }

        return result;
    }
}
