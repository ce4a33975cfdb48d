using SiKinerja.Domain.Common;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Domain.Kepegawaian;

/// <summary>
/// An ASN employee (PNS or PPPK). Birth date, TMT CPNS and gender come from the NIP. The atasan
/// langsung is not typed in: it is derived from the position tree (see <see cref="StrukturAtasan"/>)
/// and stored here so that lists and inboxes can query it. Never hard-deleted.
/// </summary>
public class Pegawai : IAuditable
{
    public const int NamaMaxLength = 150;
    public const int GelarMaxLength = 60;
    public const int EmailMaxLength = 150;
    public const int SiasnIdMaxLength = 64;
    public const int KataKunciMaxLength = 300;

    private Pegawai()
    {
        Nip = string.Empty;
        Nama = string.Empty;
    }

    public Pegawai(Nip nip, string nama, JenisPegawai jenisPegawai, Golongan golongan)
    {
        Nip = nip.Value;
        Nama = nama;
        Status = StatusPegawai.Aktif;
        UbahNama(null, nama, null);
        UbahNip(nip);
        UbahKepegawaian(jenisPegawai, golongan);
    }

    public int Id { get; private set; }

    /// <summary>18 digits, no spaces.</summary>
    public string Nip { get; private set; }

    public string? GelarDepan { get; private set; }

    public string Nama { get; private set; }

    public string? GelarBelakang { get; private set; }

    /// <summary>Lower-cased NIP and full name, kept for provider-neutral search.</summary>
    public string KataKunci { get; private set; } = string.Empty;

    public DateOnly TanggalLahir { get; private set; }

    public DateOnly TmtCpns { get; private set; }

    public JenisKelamin JenisKelamin { get; private set; }

    public JenisPegawai JenisPegawai { get; private set; }

    /// <summary><see cref="Kepegawaian.Golongan.Kode"/>: <c>III/a</c> for PNS, <c>IX</c> for PPPK.</summary>
    public string GolonganKode { get; private set; } = string.Empty;

    /// <summary>TMT of the current golongan (SIASN "TMT GOLONGAN"); null when not recorded. Regular promotion counts from it.</summary>
    public DateOnly? TmtGolongan { get; private set; }

    public int? JabatanId { get; set; }

    public Jabatan? Jabatan { get; private set; }

    public StatusPegawai Status { get; private set; }

    public DateOnly? TanggalStatus { get; private set; }

    public string? Email { get; set; }

    /// <summary>SIASN's own identifier (PNS ID) when the record came from a SIASN export.</summary>
    public string? SiasnId { get; set; }

    /// <summary>Derived; recomputed by the organisation service whenever the tree changes.</summary>
    public int? AtasanLangsungId { get; private set; }

    public Pegawai? AtasanLangsung { get; private set; }

    public MasalahAtasan MasalahAtasan { get; private set; }

    public int Version { get; set; }

    public Golongan Golongan => Kepegawaian.Golongan.Find(GolonganKode, JenisPegawai)!;

    public bool Aktif => Status == StatusPegawai.Aktif;

    /// <summary>Name with gelar as printed on official documents: "Dr. Ir. Budi Santoso, S.T., M.T.".</summary>
    public string NamaLengkap => FormatNama(GelarDepan, Nama, GelarBelakang);

    public static string FormatNama(string? gelarDepan, string nama, string? gelarBelakang)
    {
        var depan = string.IsNullOrWhiteSpace(gelarDepan) ? string.Empty : gelarDepan.Trim() + " ";
        var belakang = string.IsNullOrWhiteSpace(gelarBelakang) ? string.Empty : ", " + gelarBelakang.Trim();
        return depan + nama.Trim() + belakang;
    }

    public void UbahNama(string? gelarDepan, string nama, string? gelarBelakang)
    {
        GelarDepan = Bersihkan(gelarDepan);
        Nama = nama.Trim();
        GelarBelakang = Bersihkan(gelarBelakang);
        PerbaruiKataKunci();
    }

    public void UbahNip(Nip nip)
    {
        Nip = nip.Value;
        TanggalLahir = nip.TanggalLahir;
        TmtCpns = nip.TmtCpns;
        JenisKelamin = nip.JenisKelamin;
        PerbaruiKataKunci();
    }

    private static string? Bersihkan(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private void PerbaruiKataKunci()
    {
        var kunci = $"{Nip} {NamaLengkap}".ToLowerInvariant();
        KataKunci = kunci.Length > KataKunciMaxLength ? kunci[..KataKunciMaxLength] : kunci;
    }

    public void UbahKepegawaian(JenisPegawai jenisPegawai, Golongan golongan)
    {
        if (golongan.JenisPegawai != jenisPegawai)
        {
            throw new DomainException("Pegawai.GolonganTidakSesuai");
        }

        JenisPegawai = jenisPegawai;
        GolonganKode = golongan.Kode;
    }

    /// <summary>Sets the TMT of the current golongan (not before the TMT CPNS).</summary>
    public void AturTmtGolongan(DateOnly? tmt)
    {
        if (tmt is { } t && t < TmtCpns)
        {
            throw new DomainException("Pegawai.TmtGolonganSebelumCpns");
        }

        TmtGolongan = tmt;
    }

    /// <summary>Pensiun, mutasi keluar, meninggal…: the record stays, with the date it happened.</summary>
    public void UbahStatus(StatusPegawai status, DateOnly? tanggal)
    {
        if (status != StatusPegawai.Aktif && tanggal is null)
        {
            throw new DomainException("Pegawai.TanggalStatusWajib");
        }

        Status = status;
        TanggalStatus = status == StatusPegawai.Aktif ? null : tanggal;
    }

    /// <summary>Returns true when the stored derivation changed.</summary>
    public bool TetapkanAtasan(int? atasanId, MasalahAtasan masalah)
    {
        if (AtasanLangsungId == atasanId && MasalahAtasan == masalah)
        {
            return false;
        }

        AtasanLangsungId = atasanId;
        MasalahAtasan = masalah;
        return true;
    }
}
