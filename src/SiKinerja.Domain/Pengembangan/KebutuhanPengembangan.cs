using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// The evaluation page a need was recorded on: a period of an SKP (<see cref="Periodik"/>) or the annual evaluation of the
/// need's year (<see cref="Tahunan"/>), with the evaluation row when it already existed (it may not be scored yet).
/// </summary>
public sealed record SumberEvaluasi(AsalKebutuhan Asal, int? SkpId, int? PeriodeEvaluasiId, int? EvaluasiPeriodeId, int? EvaluasiTahunanId)
{
    public static SumberEvaluasi Periodik(int skpId, int periodeEvaluasiId, int? evaluasiPeriodeId) =>
        new(AsalKebutuhan.EvaluasiPeriodik, skpId, periodeEvaluasiId, evaluasiPeriodeId, null);

    public static SumberEvaluasi Tahunan(int? evaluasiTahunanId) => new(AsalKebutuhan.EvaluasiTahunan, null, null, null, evaluasiTahunanId);
}

/// <summary>
/// A development need (rekomendasi pengembangan) recorded for an employee, usually by the pejabat penilai from a periodic or
/// annual evaluation. It stays open until a verified <see cref="KegiatanPengembangan"/> naming it completes it. Audited
/// and versioned.
/// </summary>
public class KebutuhanPengembangan : IAuditable
{
    public const int UraianMaxLength = 1000;
    public const int AlasanMaxLength = 2000;

    private KebutuhanPengembangan()
    {
        Uraian = string.Empty;
        DicatatOlehNip = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    /// <summary>The performance year the need was found in.</summary>
    public int Tahun { get; private set; }

    public JenisKompetensi JenisKompetensi { get; private set; }

    public string Uraian { get; private set; }

    public AsalKebutuhan Asal { get; private set; }

    /// <summary>The SKP of the periodic evaluation page it was recorded on.</summary>
    public int? SkpId { get; private set; }

    /// <summary>The evaluation period of that page.</summary>
    public int? PeriodeEvaluasiId { get; private set; }

    /// <summary>The periodic evaluation row, when it existed when the need was recorded.</summary>
    public int? EvaluasiPeriodeId { get; private set; }

    /// <summary>The annual evaluation row, when it existed when the need was recorded.</summary>
    public int? EvaluasiTahunanId { get; private set; }

    public StatusKebutuhan Status { get; private set; }

    public string DicatatOlehNip { get; private set; }

    public DateTime DicatatUtc { get; private set; }

    /// <summary>The verified activity that completed it.</summary>
    public int? SelesaiOlehKegiatanId { get; private set; }

    public DateTime? SelesaiUtc { get; private set; }

    public string? AlasanPembatalan { get; private set; }

    public int Version { get; set; }

    public static KebutuhanPengembangan Catat(
        int pegawaiId, int tahun, JenisKompetensi jenis, string uraian, SumberEvaluasi? sumber, string pelakuNip, DateTime waktuUtc) =>
        new()
        {
            PegawaiId = pegawaiId,
            Tahun = tahun,
            JenisKompetensi = Teks.Enum(jenis),
            Uraian = Teks.Wajib(uraian, UraianMaxLength),
            Asal = sumber?.Asal ?? AsalKebutuhan.Lainnya,
            SkpId = sumber?.SkpId,
            PeriodeEvaluasiId = sumber?.PeriodeEvaluasiId,
            EvaluasiPeriodeId = sumber?.EvaluasiPeriodeId,
            EvaluasiTahunanId = sumber?.EvaluasiTahunanId,
            Status = StatusKebutuhan.Terbuka,
            DicatatOlehNip = Teks.Wajib(pelakuNip, KegiatanPengembangan.PelakuMaxLength),
            DicatatUtc = waktuUtc,
        };

    public void Ubah(JenisKompetensi jenis, string uraian)
    {
        PastikanTerbuka();
        JenisKompetensi = Teks.Enum(jenis);
        Uraian = Teks.Wajib(uraian, UraianMaxLength);
    }

    /// <summary>Called when the activity naming this need is verified.</summary>
    public void Selesaikan(int kegiatanId, DateTime waktuUtc)
    {
        PastikanTerbuka();
        Status = StatusKebutuhan.Selesai;
        SelesaiOlehKegiatanId = kegiatanId;
        SelesaiUtc = waktuUtc;
    }

    /// <summary>An activity's verification was withdrawn: the need it completed is open again.</summary>
    public void BukaKembali()
    {
        if (Status == StatusKebutuhan.Selesai)
        {
            Status = StatusKebutuhan.Terbuka;
            SelesaiOlehKegiatanId = null;
            SelesaiUtc = null;
        }
    }

    public void Batalkan(string? alasan)
    {
        PastikanTerbuka();
        AlasanPembatalan = string.IsNullOrWhiteSpace(alasan)
            ? throw new DomainException(KodePengembangan.AlasanWajib)
            : Teks.Wajib(alasan, AlasanMaxLength);
        Status = StatusKebutuhan.Dibatalkan;
    }

    public void PastikanTerbuka()
    {
        if (Status != StatusKebutuhan.Terbuka)
        {
            throw new DomainException(KodePengembangan.KebutuhanTidakTerbuka);
        }
    }
}
