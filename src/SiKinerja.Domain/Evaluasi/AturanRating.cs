using System.Collections.Frozen;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// Instansi settings of the rating suggestions (<see cref="SaranRatingHasil"/>, <see cref="SaranRatingPerilaku"/>).
/// The regulation gives no numbers: DOMAIN.md §1.8 says some apps map &gt;100 / 90–100 / &lt;90 to the three ratings
/// (not regulatory) and §2 leaves the aggregation of the seven values open, so every default here is
/// <b>unconfirmed</b>. A suggestion never decides: the pejabat penilai does.
/// </summary>
public sealed record AturanRating
{
    /// <summary>Default 100 (unconfirmed, §1.8): a capaian strictly above this percentage is Di Atas Ekspektasi.</summary>
    public decimal PersenDiAtas { get; init; } = 100m;

    /// <summary>Default 90 (unconfirmed, §1.8): a capaian from this percentage up to <see cref="PersenDiAtas"/> is Sesuai; below it Di Bawah.</summary>
    public decimal PersenSesuai { get; init; } = 90m;

    /// <summary>
    /// Default Waktu and Biaya (unconfirmed): aspects where less is better (3 bulan planned, done in 2, is above
    /// expectation; so is spending less than the budget). Their percentage is target ÷ realisasi.
    /// </summary>
    public IReadOnlySet<AspekIki> AspekMakinKecilMakinBaik { get; init; } = new[] { AspekIki.Waktu, AspekIki.Biaya }.ToFrozenSet();

    /// <summary>
    /// Default 0.5 (unconfirmed): "most" (sebagian besar, §1.8) means strictly more than this share of the assessed
    /// RHK; "all" is included.
    /// </summary>
    public decimal PorsiSebagianBesar { get; init; } = 0.5m;

    /// <summary>Default true (unconfirmed): RHK tambahan count in "most or all hasil kerja" like RHK utama.</summary>
    public bool SertakanRhkTambahan { get; init; } = true;

    /// <summary>
    /// Default empty (unconfirmed): BerAKHLAK values where one Di Bawah Ekspektasi makes the suggested Rating Perilaku
    /// Di Bawah whatever the others say (an instansi may put <see cref="NilaiBerakhlak.Akuntabel"/> here).
    /// </summary>
    public IReadOnlySet<NilaiBerakhlak> NilaiPenentuDiBawah { get; init; } = FrozenSet<NilaiBerakhlak>.Empty;

    public static AturanRating Bawaan { get; } = new();
}
