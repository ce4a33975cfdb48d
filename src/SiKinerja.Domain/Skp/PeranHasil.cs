using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Skp;

/// <summary>What happened to one ticked cell of the matriks peran hasil for one subordinate.</summary>
public enum HasilPeranHasil
{
    /// <summary>The RHK was added to the subordinate's editable SKP.</summary>
    Ditambahkan = 1,

    /// <summary>The subordinate's SKP already has an RHK intervening this RHK of the supervisor.</summary>
    SudahAda = 2,

    /// <summary>No SKP yet: it is added when the SKP is created (<see cref="PeranHasil.TerapkanKe"/>).</summary>
    MenungguSkpDibuat = 3,

    /// <summary>Submitted: not changed now; added when the SKP comes back for editing.</summary>
    SkpDiajukan = 4,

    /// <summary>Approved: not changed; it appears in the next revision ("menunggu revisi").</summary>
    SkpDisetujui = 5,
}

/// <summary>
/// One cell of the "matriks peran hasil" (DOMAIN.md §1.3 cascading, §1.5): the pejabat penilai hands one of their own
/// RHK (<see cref="RhkAtasanId"/>) to a subordinate, with the text the subordinate's RHK gets. The cell is kept so a
/// subordinate without an SKP yet receives the RHK when the SKP is created. Removing the cell never removes an RHK
/// already in a subordinate's SKP: that RHK is the subordinate's own content from then on.
/// </summary>
public class PeranHasil : IAuditable
{
    public const int TeksMaxLength = RencanaHasilKerja.TeksMaxLength;
    public const int OlehMaxLength = RiwayatStatusSkp.PelakuMaxLength;

    private PeranHasil()
    {
        Teks = string.Empty;
        DibuatOleh = string.Empty;
    }

    public PeranHasil(int rhkAtasanId, int pegawaiId, string teks, string olehNip, DateTime waktuUtc)
    {
        if (waktuUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("UTC expected.", nameof(waktuUtc));
        }

        RhkAtasanId = rhkAtasanId;
        PegawaiId = pegawaiId;
        Teks = TeksSkp.Wajib(teks, TeksMaxLength);
        DibuatOleh = TeksSkp.Wajib(olehNip, OlehMaxLength);
        DibuatUtc = waktuUtc;
    }

    public int Id { get; private set; }

    /// <summary>The supervisor's RHK handed down.</summary>
    public int RhkAtasanId { get; private set; }

    /// <summary>The subordinate who receives it.</summary>
    public int PegawaiId { get; private set; }

    /// <summary>Text of the subordinate's RHK (by default the supervisor's RHK text).</summary>
    public string Teks { get; private set; }

    public string DibuatOleh { get; private set; }

    public DateTime DibuatUtc { get; private set; }

    public int Version { get; set; }

    /// <summary>
    /// The supervisor started a revision of their plan: the cell follows the same RHK (same <see cref="RencanaHasilKerja.Kunci"/>)
    /// into the new revision, so RHK handed out from now on link to the plan being worked on.
    /// </summary>
    public void PindahKe(int rhkAtasanId) => RhkAtasanId = rhkAtasanId;

    /// <summary>Changes the text used for RHK added from now on (RHK already added keep theirs).</summary>
    public void UbahTeks(string teks) => Teks = TeksSkp.Wajib(teks, TeksMaxLength);

    /// <summary>
    /// Applies this cell to the subordinate's current SKP (<paramref name="skp"/>, null when none exists yet): an
    /// editable SKP (Draft/Dikembalikan) gets an RHK Utama with <see cref="Teks"/> linked to <see cref="RhkAtasanId"/>,
    /// unless one of its RHK already links to it. A submitted or approved SKP is not changed.
    /// </summary>
    public HasilPeranHasil TerapkanKe(Skp? skp)
    {
        if (skp is null)
        {
            return HasilPeranHasil.MenungguSkpDibuat;
        }

        if (skp.PegawaiId != PegawaiId)
        {
            throw new DomainException(KodeSkp.PegawaiBerbeda);
        }

        if (skp.Rhk.Any(r => r.RhkAtasanId == RhkAtasanId))
        {
            return HasilPeranHasil.SudahAda;
        }

        if (!skp.DapatDiubah)
        {
            return skp.Status == StatusSkp.Disetujui ? HasilPeranHasil.SkpDisetujui : HasilPeranHasil.SkpDiajukan;
        }

        skp.TambahRhk(JenisRhk.Utama, Teks, RhkAtasanId);
        return HasilPeranHasil.Ditambahkan;
    }
}
