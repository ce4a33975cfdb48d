namespace SiKinerja.Domain.Organisasi;

/// <summary>
/// Why an employee's atasan langsung could not be derived cleanly ("data atasan salah", the most
/// common complaint about e-Kinerja). Shown to the BKD as a data problem to fix.
/// </summary>
public enum MasalahAtasan
{
    /// <summary>Derived without trouble.</summary>
    Tidak = 0,

    /// <summary>The employee has no position.</summary>
    TanpaJabatan = 1,

    /// <summary>The position reports to nobody and is not the top of the organisation.</summary>
    JabatanTanpaAtasan = 2,

    /// <summary>The position above is vacant with no Plt/Plh; a higher holder was used instead.</summary>
    JabatanAtasanKosong = 3,

    /// <summary>The position above has more than one definitive holder and no Plt/Plh.</summary>
    JabatanAtasanGanda = 4,

    /// <summary>Nobody holds any position above.</summary>
    TidakAdaAtasan = 5,

    /// <summary>Plt/Plh assignments make the employee their own indirect supervisor.</summary>
    Siklus = 6,
}
