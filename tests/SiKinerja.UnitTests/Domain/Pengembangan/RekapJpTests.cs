using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.UnitTests.Domain.Pengembangan;

/// <summary>How the JP recap counts one employee's year (<see cref="RekapJp"/>).</summary>
public class RekapJpTests
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void VerifiedCount_PendingApart_RefusedNot_InTheYearTheActivityEnded()
    {
        // A diklat from December 2025 to January 2026 counts in 2026.
        var lintasTahun = Kegiatan(new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 10), 12);
        lintasTahun.Verifikasi("penilai", Waktu);
        var tahunLalu = Kegiatan(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 2), 8);
        tahunLalu.Verifikasi("penilai", Waktu);
        var tertunda = Kegiatan(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), 5);
        var ditolak = Kegiatan(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), 30);
        ditolak.Tolak("Sertifikat tidak terbaca", "penilai", Waktu);
        var semua = new[] { lintasTahun, tahunLalu, tertunda, ditolak }.Select(k => (k.Tahun, k.Status, k.Jp)).ToList();

        Assert.Equal(2026, lintasTahun.Tahun);
        Assert.Equal(12, RekapJp.JpTerverifikasi(semua, 2026));
        Assert.Equal(5, RekapJp.JpTertunda(semua, 2026));
        Assert.Equal(8, RekapJp.JpTerverifikasi(semua, 2025));
        Assert.Equal(0, RekapJp.JpTertunda(semua, 2025));
    }

    [Theory]
    [InlineData(0, 20, false, 20)]
    [InlineData(19, 20, false, 1)]
    [InlineData(20, 20, true, 0)]
    [InlineData(35, 20, true, 0)]
    public void Target_AndShortfall(int jp, int target, bool tercapai, int kekurangan)
    {
        Assert.Equal(tercapai, RekapJp.Tercapai(jp, target));
        Assert.Equal(kekurangan, RekapJp.Kekurangan(jp, target));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(50, 5, 10)]
    [InlineData(10, 3, 3.3)]
    [InlineData(5, 2, 2.5)]
    public void Average_OneDecimal(int jumlah, int pegawai, double rata) =>
        Assert.Equal((decimal)rata, RekapJp.RataRata(jumlah, pegawai));

    private static KegiatanPengembangan Kegiatan(DateOnly mulai, DateOnly selesai, int jp) =>
        KegiatanPengembangan.Catat(1, new DataKegiatan(JenisKegiatanPengembangan.Diklat, JenisKompetensi.Teknis, "Diklat", null, mulai, selesai, jp, null, null), "pegawai", Waktu);
}
