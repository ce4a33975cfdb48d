namespace SiKinerja.Domain.Periode;

/// <summary>How a performance year is split into periodic evaluations (PermenPANRB 6/2022 Pasal 5: evaluasi periodik).</summary>
public enum JenisPeriode
{
    /// <summary>Two periods: January–June, July–December.</summary>
    Semesteran,

    /// <summary>Four quarters.</summary>
    Triwulanan,

    /// <summary>Twelve months (some Pemda score monthly for TPP).</summary>
    Bulanan,
}
