using SiKinerja.Domain.Organisasi;

namespace SiKinerja.UnitTests.Domain;

public class KlasifikasiJabatanTests
{
    [Theory]
    [InlineData("Struktural", "II.a", "Kepala Dinas Pendidikan", JenisJabatan.JptPratama)]
    [InlineData("Struktural", "III/b", "Sekretaris", JenisJabatan.Administrator)]
    [InlineData("Struktural", "IV.a", "Kepala Seksi Kurikulum", JenisJabatan.Pengawas)]
    [InlineData("Struktural", "I.b", "Sekretaris Daerah Provinsi", JenisJabatan.JptMadya)]
    [InlineData("Struktural", "", "Kepala Subbagian Umum dan Kepegawaian", JenisJabatan.Pengawas)]
    [InlineData("Struktural", "-", "Kepala Bagian Organisasi", JenisJabatan.Administrator)]
    [InlineData("Struktural", null, "Sekretaris Daerah", JenisJabatan.JptPratama)]
    [InlineData("Struktural", null, "Inspektur", JenisJabatan.JptPratama)]
    [InlineData("Struktural", null, "Inspektur Pembantu Wilayah I", JenisJabatan.Administrator)]
    [InlineData("Struktural", null, "Camat Sukamaju", JenisJabatan.Administrator)]
    [InlineData("Struktural", null, "Lurah Sukamaju Kidul", JenisJabatan.Pengawas)]
    [InlineData("Fungsional Umum", null, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana)]
    [InlineData("Pelaksana", null, "Pengolah Data dan Informasi", JenisJabatan.Pelaksana)]
    [InlineData("JPT Pratama", null, "Kepala Badan Kepegawaian", JenisJabatan.JptPratama)]
    [InlineData("Jabatan Pimpinan Tinggi Madya", null, "Sekretaris Daerah", JenisJabatan.JptMadya)]
    [InlineData("Administrator", null, "Kepala Bidang Mutasi", JenisJabatan.Administrator)]
    [InlineData("Pengawas", null, "Kepala Seksi Pemerintahan", JenisJabatan.Pengawas)]
    [InlineData(null, null, "Kepala Seksi Pemerintahan", JenisJabatan.Pengawas)]
    [InlineData(null, null, "Pengadministrasi Umum", JenisJabatan.Pelaksana)]
    public void Tentukan_ManajerialDanPelaksana(string? jenis, string? eselon, string nama, JenisJabatan harapan)
    {
        var hasil = KlasifikasiJabatan.Tentukan(jenis, eselon, nama);

        Assert.Null(hasil.Kesalahan);
        Assert.Equal(harapan, hasil.Jenis);
        Assert.Null(hasil.Jenjang);
    }

    [Theory]
    [InlineData("Fungsional Tertentu", "Analis SDM Aparatur Ahli Muda", JenisJabatan.FungsionalKeahlian, JenjangFungsional.AhliMuda)]
    [InlineData("Fungsional Tertentu", "Guru Ahli Pertama", JenisJabatan.FungsionalKeahlian, JenjangFungsional.AhliPertama)]
    [InlineData("Fungsional", "Perawat Terampil", JenisJabatan.FungsionalKeterampilan, JenjangFungsional.Terampil)]
    [InlineData("Fungsional Tertentu", "Pranata Komputer Penyelia", JenisJabatan.FungsionalKeterampilan, JenjangFungsional.Penyelia)]
    [InlineData("Fungsional Tertentu", "Auditor Madya", JenisJabatan.FungsionalKeahlian, JenjangFungsional.AhliMadya)]
    [InlineData("Fungsional Tertentu", "Bidan Pelaksana Lanjutan", JenisJabatan.FungsionalKeterampilan, JenjangFungsional.Mahir)]
    [InlineData(null, "Dokter Ahli Utama", JenisJabatan.FungsionalKeahlian, JenjangFungsional.AhliUtama)]
    public void Tentukan_FungsionalDenganJenjangDariNama(string? jenis, string nama, JenisJabatan harapan, JenjangFungsional jenjang)
    {
        var hasil = KlasifikasiJabatan.Tentukan(jenis, null, nama);

        Assert.Null(hasil.Kesalahan);
        Assert.Equal(harapan, hasil.Jenis);
        Assert.Equal(jenjang, hasil.Jenjang);
        Assert.True(hasil.Jenis!.Value.CocokDengan(hasil.Jenjang));
    }

    [Theory]
    [InlineData("Fungsional Tertentu", null, "Guru", KesalahanKlasifikasi.JenjangTidakDikenal)]
    [InlineData("Struktural", null, "Koordinator Wilayah", KesalahanKlasifikasi.TingkatStrukturalTidakJelas)]
    [InlineData("Struktural", "VII.z", "Kepala Seksi", KesalahanKlasifikasi.EselonTidakDikenal)]
    [InlineData("Honorer", null, "Pengemudi", KesalahanKlasifikasi.JenisTidakDikenal)]
    public void Tentukan_YangTidakDapatDitentukan_MenyebutSebabnya(string? jenis, string? eselon, string nama, KesalahanKlasifikasi sebab)
    {
        var hasil = KlasifikasiJabatan.Tentukan(jenis, eselon, nama);

        Assert.Null(hasil.Jenis);
        Assert.Equal(sebab, hasil.Kesalahan);
    }
}
