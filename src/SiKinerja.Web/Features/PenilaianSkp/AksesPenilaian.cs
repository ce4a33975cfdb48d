namespace SiKinerja.Web.Features.PenilaianSkp;

/// <summary>What the signed-in user may do with one SKP on the review page.</summary>
public enum AksesPenilaian
{
    /// <summary>No such SKP: 404.</summary>
    TidakAda,

    /// <summary>Someone else's SKP: 403.</summary>
    Ditolak,

    /// <summary>The atasan pejabat penilai or the Admin BKD: read only.</summary>
    Baca,

    /// <summary>The SKP's own pejabat penilai: approve or return.</summary>
    Bertindak,
}

public static class AturanAksesPenilaian
{
    /// <summary>
    /// Only the SKP's pejabat penilai acts (issue 3, "What must hold"); the atasan pejabat penilai (from the SKP's
    /// snapshot) and the Admin BKD read; everyone else, the employee themself included, is refused.
    /// </summary>
    public static AksesPenilaian Untuk(int? pegawaiId, bool adminBkd, int? pejabatPenilaiId, int? atasanPejabatPenilaiId)
    {
        if (pegawaiId is { } me && me == pejabatPenilaiId)
        {
            return AksesPenilaian.Bertindak;
        }

        if (adminBkd || (pegawaiId is { } saya && saya == atasanPejabatPenilaiId))
        {
            return AksesPenilaian.Baca;
        }

        return AksesPenilaian.Ditolak;
    }
}
