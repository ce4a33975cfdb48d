namespace SiKinerja.Domain.Skp;

/// <summary>
/// Status of an SKP (DOMAIN.md §1.7). Implementations use Draft → Diajukan → Disetujui | Ditolak; the exact
/// e-Kinerja labels are unconfirmed, so "Dikembalikan" is used for a plan sent back with a note for the
/// employee to edit and resubmit.
/// </summary>
public enum StatusSkp
{
    Draft = 1,
    Diajukan = 2,
    Disetujui = 3,
    Dikembalikan = 4,
}

/// <summary>Pendekatan hasil kerja, chosen once per SKP (DOMAIN.md §1.4, PermenPANRB 6/2022).</summary>
public enum PendekatanSkp
{
    /// <summary>Measurable expectation: IKI written apart from a target with a number and a unit.</summary>
    Kuantitatif = 1,

    /// <summary>IKI/ukuran keberhasilan and target written as one narrative (partly unconfirmed).</summary>
    Kualitatif = 2,
}

/// <summary>Group of the HASIL KERJA table: A. Kinerja Utama / B. Kinerja Tambahan (DOMAIN.md §1.3).</summary>
public enum JenisRhk
{
    Utama = 1,
    Tambahan = 2,
}

/// <summary>Aspect of an IKI (DOMAIN.md §1.3).</summary>
public enum AspekIki
{
    Kuantitas = 1,
    Kualitas = 2,
    Waktu = 3,
    Biaya = 4,
}

/// <summary>The three numbered lists of the LAMPIRAN SKP page (DOMAIN.md §1.3).</summary>
public enum JenisLampiran
{
    DukunganSumberDaya = 1,
    SkemaPertanggungjawaban = 2,
    Konsekuensi = 3,
}

/// <summary>Severity of a SMART finding: errors block <see cref="Skp.Ajukan"/>, warnings do not.</summary>
public enum TingkatTemuan
{
    Galat = 1,
    Peringatan = 2,
}
