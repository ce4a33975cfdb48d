namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// One rating (Rating Hasil Kerja, Rating Perilaku Kerja, or one BerAKHLAK value): DOMAIN.md §1.8 and §2. The
/// numbers are the 1/2/3 score one implementation gives each value (§2), so the order is worst to best.
/// </summary>
public enum Rating
{
    DiBawahEkspektasi = 1,
    SesuaiEkspektasi = 2,
    DiAtasEkspektasi = 3,
}

/// <summary>Predikat Kinerja Pegawai (DOMAIN.md §3.1), best first; always computed by <see cref="MatriksPredikat"/>.</summary>
public enum PredikatKinerja
{
    SangatBaik = 1,
    Baik = 2,
    ButuhPerbaikan = 3,

    /// <summary>"Kurang/Misconduct" in the matrix and the curve (DOMAIN.md §3.1).</summary>
    Kurang = 4,
    SangatKurang = 5,
}

/// <summary>Capaian kinerja organisasi of a unit for a period (DOMAIN.md §3.2 step 1), best first.</summary>
public enum PredikatOrganisasi
{
    Istimewa = 1,
    Baik = 2,

    /// <summary>"Butuh Perbaikan (Cukup)" in SE MenPANRB 3/2023.</summary>
    ButuhPerbaikan = 3,
    Kurang = 4,
    SangatKurang = 5,
}

/// <summary>
/// Status of one employee's evaluation of one period (see <see cref="EvaluasiPeriode"/> for the transitions).
/// The labels are this application's; e-Kinerja's own labels are unconfirmed (DOMAIN.md §1.7).
/// </summary>
public enum StatusEvaluasi
{
    /// <summary>Nothing scored yet.</summary>
    Belum = 1,

    /// <summary>Draft scores by the pejabat penilai; still editable.</summary>
    Dinilai = 2,

    /// <summary>Finalised and locked; the employee may acknowledge it or file a keberatan.</summary>
    Final = 3,

    /// <summary>Acknowledged by the employee.</summary>
    Diterima = 4,

    /// <summary>A keberatan was filed and waits for the atasan pejabat penilai's decision.</summary>
    Keberatan = 5,
}
