using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>One row of "Pengembangan kompetensi saya".</summary>
public sealed record KegiatanBaris(
    int Id, JenisKegiatanPengembangan Jenis, JenisKompetensi JenisKompetensi, string Nama, string? Penyelenggara,
    DateOnly TanggalMulai, DateOnly TanggalSelesai, int Jp, StatusKegiatan Status, bool AdaSertifikat);

/// <summary>Verified and pending JP of one group (a competency kind or a route).</summary>
public sealed record JpKelompok(int Terverifikasi, int Menunggu);

/// <summary>The year's progress towards the JP target; refused records do not count.</summary>
public sealed record ProgresJp(
    int Tahun, int Target, int Terverifikasi, int Menunggu,
    IReadOnlyDictionary<JenisKompetensi, JpKelompok> PerKompetensi, IReadOnlyDictionary<JalurPengembangan, JpKelompok> PerJalur)
{
    public int Persen => Target <= 0 ? 100 : Math.Min(100, Terverifikasi * 100 / Target);

    public bool Tercapai => Terverifikasi >= Target;
}

public sealed record PengembanganIndexViewModel(int Tahun, ProgresJp Progres, Halaman<KegiatanBaris> Halaman);

public sealed record PilihanKebutuhan(int Id, string Label);

public sealed record KegiatanFormViewModel(KegiatanForm Form, IReadOnlyList<PilihanKebutuhan> Kebutuhan, string? NamaBerkas, int UkuranMaksimumMb);

public sealed record KegiatanDetailViewModel(
    KegiatanPengembangan Kegiatan, string NipPemilik, string NamaPemilik, string? UraianKebutuhan, AksesKegiatan Akses,
    IReadOnlyList<AuditBaris> Riwayat);

/// <summary>One row of the verification inbox.</summary>
public sealed record VerifikasiBaris(
    int Id, string Nip, string? GelarDepan, string NamaPegawai, string? GelarBelakang, string? Unit, JenisKegiatanPengembangan Jenis,
    string Nama, DateOnly TanggalSelesai, int Jp, bool AdaSertifikat, int Version)
{
    public string NamaLengkap => SiKinerja.Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, NamaPegawai, GelarBelakang);
}

public sealed record PilihanUnit(int Id, string Nama);

public sealed record VerifikasiViewModel(Halaman<VerifikasiBaris> Halaman, bool AdminBkd, int? UnitId, IReadOnlyList<PilihanUnit> Unit);

/// <summary>The outcome of a form save: the record's id, or a refusal on a field (resource key with arguments).</summary>
public sealed record HasilKegiatan(StatusHasil Status, int Id = 0, string? Bidang = null, string? Kode = null, IReadOnlyList<object>? Argumen = null)
{
    public static HasilKegiatan Tolak(string bidang, string kode, params object[] argumen) => new(StatusHasil.Ditolak, 0, bidang, kode, argumen);
}

public sealed record UnduhanSertifikat(Stream Isi, string ContentType, string Nama);
