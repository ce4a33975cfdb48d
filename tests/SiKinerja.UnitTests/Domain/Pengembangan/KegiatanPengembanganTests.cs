using SiKinerja.Domain.Common;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.UnitTests.Domain.Pengembangan;

/// <summary>The development record: its year, its transitions and what a verified record still allows.</summary>
public class KegiatanPengembanganTests
{
    private static readonly DateTime Waktu = new(2030, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    private static DataKegiatan Data(
        DateOnly? mulai = null, DateOnly? selesai = null, int jp = 24, JenisKegiatanPengembangan jenis = JenisKegiatanPengembangan.Diklat, int? kebutuhan = null) =>
        new(jenis, JenisKompetensi.Teknis, "Pelatihan pengelolaan data", "BPSDM", mulai ?? new DateOnly(2030, 3, 1), selesai ?? new DateOnly(2030, 3, 3), jp, "SRT-1", kebutuhan);

    private static KegiatanPengembangan Baru(DataKegiatan? data = null) => KegiatanPengembangan.Catat(7, data ?? Data(), "199005142014031004", Waktu);

    [Fact]
    public void Catat_IsDiajukan_WithTheYearItEnded()
    {
        var k = Baru();

        Assert.Equal(StatusKegiatan.Diajukan, k.Status);
        Assert.Equal(2030, k.Tahun);
        Assert.Equal(JalurPengembangan.Klasikal, k.Jalur);
        Assert.Equal("199005142014031004", k.DicatatOlehNip);
    }

    [Fact]
    public void Tahun_AcrossAYearBoundary_CountsInTheYearItEnded()
    {
        var k = Baru(Data(new DateOnly(2029, 12, 28), new DateOnly(2030, 1, 3)));

        Assert.Equal(2030, k.Tahun);
        k.Ubah(Data(new DateOnly(2029, 12, 1), new DateOnly(2029, 12, 31)));
        Assert.Equal(2029, k.Tahun);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(AturanJp.JpMaksimum + 1)]
    public void Jp_OutOfRange_Refused(int jp) =>
        Assert.Equal(KodePengembangan.JpTidakValid, Assert.Throws<DomainException>(() => Baru(Data(jp: jp))).Kode);

    [Fact]
    public void TanggalTerbalik_Refused() =>
        Assert.Equal(KodePengembangan.TanggalTerbalik, Assert.Throws<DomainException>(() => Baru(Data(new DateOnly(2030, 3, 5), new DateOnly(2030, 3, 1)))).Kode);

    [Fact]
    public void Verifikasi_ThenOwnerChangeAndCertificate_Refused()
    {
        var k = Baru();
        k.Verifikasi("198001012005011001", Waktu);

        Assert.True(k.Terverifikasi);
        Assert.Equal("198001012005011001", k.DiverifikasiOlehNip);
        Assert.Equal(KodePengembangan.SudahDiverifikasi, Assert.Throws<DomainException>(() => k.Ubah(Data())).Kode);
        Assert.Equal(KodePengembangan.SudahDiverifikasi, Assert.Throws<DomainException>(() => k.AturSertifikat("ab/x.pdf", "x.pdf", "application/pdf", 10)).Kode);
        Assert.Equal(KodePengembangan.SudahDiverifikasi, Assert.Throws<DomainException>(k.PastikanBelumDiverifikasi).Kode);
        Assert.Equal(KodePengembangan.StatusTidakSesuai, Assert.Throws<DomainException>(() => k.Verifikasi("x", Waktu)).Kode);
    }

    [Fact]
    public void Tolak_NeedsAReason_ChangeGoesBackToDiajukan()
    {
        var k = Baru();
        Assert.Equal(KodePengembangan.AlasanWajib, Assert.Throws<DomainException>(() => k.Tolak(" ", "198001012005011001", Waktu)).Kode);

        k.Tolak("Sertifikat tidak terbaca", "198001012005011001", Waktu);
        Assert.Equal(StatusKegiatan.Ditolak, k.Status);
        Assert.Equal("Sertifikat tidak terbaca", k.AlasanPenolakan);

        k.Ubah(Data(jp: 30));
        Assert.Equal(StatusKegiatan.Diajukan, k.Status);
        Assert.Null(k.DiverifikasiOlehNip);
        Assert.Equal(30, k.Jp);
    }

    [Fact]
    public void Sertifikat_ReplaceReturnsTheOldKey_RemoveClears()
    {
        var k = Baru();
        Assert.Null(k.AturSertifikat("ab/1.pdf", "a.pdf", "application/pdf", 10));
        Assert.Equal("ab/1.pdf", k.AturSertifikat("cd/2.png", "b.png", "image/png", 20));
        Assert.Equal("cd/2.png", k.HapusSertifikat());
        Assert.Null(k.KunciBerkas);
        Assert.Null(k.NamaBerkas);
    }

    [Fact]
    public void Koreksi_OnlyVerified_WithReason_StaysVerified()
    {
        var k = Baru();
        Assert.Equal(KodePengembangan.BelumDiverifikasi, Assert.Throws<DomainException>(() => k.Koreksi(Data(), "alasan")).Kode);
        k.Verifikasi("198001012005011001", Waktu);
        Assert.Equal(KodePengembangan.AlasanWajib, Assert.Throws<DomainException>(() => k.Koreksi(Data(), null)).Kode);

        k.Koreksi(Data(jp: 16), "JP sesuai sertifikat 16");

        Assert.True(k.Terverifikasi);
        Assert.Equal(16, k.Jp);
        Assert.Equal("JP sesuai sertifikat 16", k.AlasanKoreksi);
    }

    [Fact]
    public void BatalkanVerifikasi_BackToDiajukan_WithReason()
    {
        var k = Baru();
        Assert.Equal(KodePengembangan.BelumDiverifikasi, Assert.Throws<DomainException>(() => k.BatalkanVerifikasi("x")).Kode);
        k.Verifikasi("198001012005011001", Waktu);

        k.BatalkanVerifikasi("Sertifikat palsu");

        Assert.Equal(StatusKegiatan.Diajukan, k.Status);
        Assert.Null(k.DiverifikasiOlehNip);
        Assert.Equal("Sertifikat palsu", k.AlasanKoreksi);
    }

    [Fact]
    public void Kebutuhan_SelesaikanThenBukaKembali()
    {
        var n = KebutuhanPengembangan.Catat(7, 2030, JenisKompetensi.Teknis, "Analisis data", null, "198001012005011001", Waktu);
        n.Selesaikan(5, Waktu);
        Assert.Equal(StatusKebutuhan.Selesai, n.Status);
        Assert.Equal(5, n.SelesaiOlehKegiatanId);
        Assert.Equal(KodePengembangan.KebutuhanTidakTerbuka, Assert.Throws<DomainException>(() => n.Selesaikan(6, Waktu)).Kode);

        n.BukaKembali();
        Assert.Equal(StatusKebutuhan.Terbuka, n.Status);
        Assert.Null(n.SelesaiOlehKegiatanId);
    }

    [Theory]
    [InlineData(JenisKegiatanPengembangan.Seminar, JalurPengembangan.Klasikal)]
    [InlineData(JenisKegiatanPengembangan.ELearning, JalurPengembangan.NonKlasikal)]
    [InlineData(JenisKegiatanPengembangan.Coaching, JalurPengembangan.NonKlasikal)]
    public void Jalur_FromTheKind(JenisKegiatanPengembangan jenis, JalurPengembangan jalur) => Assert.Equal(jalur, Baru(Data(jenis: jenis)).Jalur);
}
