namespace SiKinerja.Domain.Pengembangan;

/// <summary>One required competency of a position against the employee's latest assessed level.</summary>
/// <param name="KompetensiId">The competency.</param>
/// <param name="LevelStandar">The level the position requires (1–5).</param>
/// <param name="LevelAsesmen">The latest assessed level; null when never assessed ("belum diases").</param>
public sealed record BarisKesenjangan(int KompetensiId, int LevelStandar, int? LevelAsesmen)
{
    public bool BelumDiases => LevelAsesmen is null;

    /// <summary>Standard − assessed when positive, otherwise 0; null when not assessed.</summary>
    public int? Selisih => LevelAsesmen is { } a ? Math.Max(0, LevelStandar - a) : null;

    public bool DiBawahStandar => Selisih > 0;
}

/// <summary>
/// The competency gap rule: per competency the position requires, the standard level, the latest assessed level (from the
/// latest assessment that assessed that competency) and the gap. Pure; the caller loads the latest levels in bulk.
/// </summary>
public static class KesenjanganKompetensi
{
    /// <param name="standar">Required level per competency id.</param>
    /// <param name="levelTerakhir">Latest assessed level per competency id (only assessed competencies).</param>
    public static IReadOnlyList<BarisKesenjangan> Hitung(IReadOnlyDictionary<int, int> standar, IReadOnlyDictionary<int, int> levelTerakhir) =>
        standar.OrderBy(s => s.Key)
            .Select(s => new BarisKesenjangan(s.Key, s.Value, levelTerakhir.TryGetValue(s.Key, out var l) ? l : null))
            .ToList();

    /// <summary>The latest level per competency from (competency, assessment date, assessment id, level) rows.</summary>
    public static IReadOnlyDictionary<int, int> LevelTerakhir(IEnumerable<(int KompetensiId, DateOnly Tanggal, int AsesmenId, int Level)> baris) =>
        baris.GroupBy(b => b.KompetensiId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(b => b.Tanggal).ThenByDescending(b => b.AsesmenId).First().Level);
}
