using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Domain.Skp;

/// <summary>
/// One person as printed in the SKP header block (Nama, NIP, Pangkat/Gol. ruang, Jabatan, Unit kerja;
/// DOMAIN.md §1.3), frozen when the SKP is created so that later promotions or moves do not rewrite a signed plan.
/// An EF owned value.
/// </summary>
public sealed class SnapshotPejabat
{
    public const int NamaLengkapMaxLength = 300;
    public const int PangkatMaxLength = 60;

    private SnapshotPejabat()
    {
        Nip = string.Empty;
        NamaLengkap = string.Empty;
        GolonganKode = string.Empty;
        JabatanNama = string.Empty;
        UnitNama = string.Empty;
    }

    public SnapshotPejabat(int pegawaiId, string nip, string namaLengkap, string golonganKode, string? pangkat, string jabatanNama, string unitNama)
    {
        PegawaiId = pegawaiId;
        Nip = TeksSkp.Wajib(nip, Kepegawaian.Nip.Length);
        NamaLengkap = TeksSkp.Wajib(namaLengkap, NamaLengkapMaxLength);
        GolonganKode = TeksSkp.Wajib(golonganKode, Golongan.KodeMaxLength);
        Pangkat = TeksSkp.Opsional(pangkat, PangkatMaxLength);
        JabatanNama = TeksSkp.Wajib(jabatanNama, Jabatan.NamaMaxLength);
        UnitNama = TeksSkp.Wajib(unitNama, UnitKerja.NamaMaxLength);
    }

    public int PegawaiId { get; private set; }

    public string Nip { get; private set; }

    public string NamaLengkap { get; private set; }

    public string GolonganKode { get; private set; }

    /// <summary>Null for PPPK golongan without a pangkat name.</summary>
    public string? Pangkat { get; private set; }

    public string JabatanNama { get; private set; }

    public string UnitNama { get; private set; }

    internal SnapshotPejabat Salin() => (SnapshotPejabat)MemberwiseClone();
}

/// <summary>
/// The header of the SKP (DOMAIN.md §1.3, §1.6): the employee evaluated, the pejabat penilai kinerja and the
/// atasan pejabat penilai. The penilai (and then the atasan) is absent at the top of the organisation, whose
/// RHK link to organisation targets instead.
/// </summary>
public sealed class SnapshotSkp
{
    private SnapshotSkp()
    {
        Pegawai = null!;
    }

    public SnapshotSkp(SnapshotPejabat pegawai, SnapshotPejabat? pejabatPenilai, SnapshotPejabat? atasanPejabatPenilai)
    {
        ArgumentNullException.ThrowIfNull(pegawai);
        if (pejabatPenilai?.PegawaiId == pegawai.PegawaiId)
        {
            throw new DomainException(KodeSkp.PenilaiSamaDenganPegawai);
        }

        Pegawai = pegawai;
        PejabatPenilai = pejabatPenilai;
        AtasanPejabatPenilai = pejabatPenilai is null ? null : atasanPejabatPenilai;
    }

    public SnapshotPejabat Pegawai { get; private set; }

    public SnapshotPejabat? PejabatPenilai { get; private set; }

    public SnapshotPejabat? AtasanPejabatPenilai { get; private set; }

    /// <summary>A deep copy: EF owned values cannot be shared between two SKP rows.</summary>
    internal SnapshotSkp Salin() => new(Pegawai.Salin(), PejabatPenilai?.Salin(), AtasanPejabatPenilai?.Salin());
}
