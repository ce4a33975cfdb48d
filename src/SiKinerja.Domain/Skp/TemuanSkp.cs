namespace SiKinerja.Domain.Skp;

/// <summary>
/// One SMART finding, shown beside its row. <see cref="RhkIndex"/>/<see cref="IkiIndex"/> are 0-based positions in
/// <see cref="Skp.Rhk"/> and <see cref="Skp.Rhk"/>[i].Indikator (valid before the ids
/// are assigned by the database); the ids are given too once saved. Both null: the finding is about the whole SKP.
/// <see cref="Kode"/> is a resource key, <see cref="Argumen"/> its format arguments.
/// </summary>
public sealed record TemuanSkp(
    TingkatTemuan Tingkat,
    string Kode,
    int? RhkIndex,
    int? RhkId,
    int? IkiIndex,
    int? IkiId,
    IReadOnlyList<object> Argumen)
{
    public bool Galat => Tingkat == TingkatTemuan.Galat;
}
