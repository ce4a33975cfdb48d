using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>Input of <see cref="EvaluasiPeriode.Nilai"/> for one RHK (by its stable <see cref="RencanaHasilKerja.Kunci"/>).</summary>
public sealed record NilaiRhk(Guid RhkKunci, Rating? Kategori, string? UmpanBalik);

/// <summary>Input of <see cref="EvaluasiPeriode.Nilai"/> for one BerAKHLAK value.</summary>
public sealed record NilaiPerilaku(NilaiBerakhlak Nilai, Rating? Rating, string? UmpanBalik);

/// <summary>
/// Part of <see cref="EvaluasiPeriode"/>: the pejabat penilai's feedback on one RHK for this evaluation (the last
/// column of the EVALUASI KINERJA form) and optionally their category of it.
/// </summary>
public class PenilaianRhk
{
    public const int UmpanBalikMaxLength = EvaluasiPeriode.UmpanBalikMaxLength;

    private PenilaianRhk()
    {
    }

    internal PenilaianRhk(Guid rhkKunci)
    {
        RhkKunci = rhkKunci;
    }

    public int Id { get; private set; }

    public int EvaluasiPeriodeId { get; private set; }

    /// <summary><see cref="RencanaHasilKerja.Kunci"/> of the RHK (stable across revisions).</summary>
    public Guid RhkKunci { get; private set; }

    public Rating? Kategori { get; private set; }

    public string? UmpanBalik { get; private set; }

    internal void Isi(Rating? kategori, string? umpanBalik)
    {
        Kategori = kategori;
        UmpanBalik = umpanBalik;
    }
}

/// <summary>Part of <see cref="EvaluasiPeriode"/>: the rating and feedback of one BerAKHLAK value (DOMAIN.md §2).</summary>
public class PenilaianPerilaku
{
    public const int UmpanBalikMaxLength = EvaluasiPeriode.UmpanBalikMaxLength;

    private PenilaianPerilaku()
    {
    }

    internal PenilaianPerilaku(NilaiBerakhlak nilai)
    {
        Nilai = nilai;
    }

    public int Id { get; private set; }

    public int EvaluasiPeriodeId { get; private set; }

    public NilaiBerakhlak Nilai { get; private set; }

    public Rating? Rating { get; private set; }

    public string? UmpanBalik { get; private set; }

    internal void Isi(Rating? rating, string? umpanBalik)
    {
        Rating = rating;
        UmpanBalik = umpanBalik;
    }
}
