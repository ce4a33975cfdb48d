namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// A suggested rating with the reason for it: <see cref="Kode"/> is a resource key (a short explanation for the
/// pejabat penilai), <see cref="Argumen"/> its format arguments. <see cref="Rating"/> is null when there is nothing
/// to suggest from (no assessable realisasi, values not all rated).
/// </summary>
public sealed record SaranRating(Rating? Rating, string Kode, IReadOnlyList<object> Argumen);
