using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// The capaian kinerja organisasi of one unit for one evaluation period (DOMAIN.md §3.2 step 1), set by the leader one
/// level up or the Admin BKD (the web layer checks who). It selects the distribution curve
/// (<see cref="KurvaDistribusi"/>) that the unit's employee predikat are checked against. Audited and versioned.
/// </summary>
public class PredikatOrganisasiUnit : IAuditable
{
    public const int CatatanMaxLength = 2000;

    private PredikatOrganisasiUnit()
    {
        DitetapkanOlehNip = string.Empty;
    }

    public int Id { get; private set; }

    public int UnitKerjaId { get; private set; }

    public int PeriodeEvaluasiId { get; private set; }

    public PredikatOrganisasi Predikat { get; private set; }

    /// <summary>The basis of the decision (e.g. capaian Perjanjian Kinerja, advice of the planning unit).</summary>
    public string? Catatan { get; private set; }

    public string DitetapkanOlehNip { get; private set; }

    public DateTime DitetapkanUtc { get; private set; }

    public int Version { get; set; }

    public static PredikatOrganisasiUnit Tetapkan(
        int unitKerjaId, int periodeEvaluasiId, PredikatOrganisasi predikat, string? catatan, string pelakuNip, DateTime waktuUtc)
    {
        var hasil = new PredikatOrganisasiUnit { UnitKerjaId = unitKerjaId, PeriodeEvaluasiId = periodeEvaluasiId };
        hasil.Ubah(predikat, catatan, pelakuNip, waktuUtc);
        return hasil;
    }

    public void Ubah(PredikatOrganisasi predikat, string? catatan, string pelakuNip, DateTime waktuUtc)
    {
        if (!Enum.IsDefined(predikat))
        {
            throw new DomainException(KodeEvaluasi.PredikatOrganisasiTidakValid);
        }

        Predikat = predikat;
        Catatan = TeksSkp.Opsional(catatan, CatatanMaxLength);
        DitetapkanOlehNip = TeksSkp.Wajib(pelakuNip, RiwayatEvaluasi.PelakuMaxLength);
        DitetapkanUtc = waktuUtc;
    }
}
