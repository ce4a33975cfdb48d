using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.Pengembangan;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features;

/// <summary>Who may read, change, verify and correct a development record.</summary>
public class AksesKegiatanTests
{
    private const int Pemilik = 1;
    private const int Penilai = 2;
    private const int Lain = 3;

    private static AksesKegiatan Untuk(int? saya, StatusKegiatan status, bool admin = false, int? penilai = Penilai) =>
        AksesKegiatan.Untuk(new PenggunaSkp(saya, "nip", admin), new DataAksesKegiatan(Pemilik, penilai, status));

    [Fact]
    public void Owner_ReadsAndChangesUnverified_NeverVerifies()
    {
        var a = Untuk(Pemilik, StatusKegiatan.Diajukan);
        Assert.True(a.Baca);
        Assert.True(a.Ubah);
        Assert.True(a.BolehDiubah);
        Assert.False(a.Verifikasi);
        Assert.False(a.Koreksi);
    }

    [Fact]
    public void Owner_Verified_MayTryButTheButtonIsHidden()
    {
        var a = Untuk(Pemilik, StatusKegiatan.Terverifikasi);
        Assert.True(a.Ubah);
        Assert.False(a.BolehDiubah);
    }

    [Fact]
    public void OwnerWhoIsAdmin_StillCannotVerifyOrCorrectOwnRecord()
    {
        var a = Untuk(Pemilik, StatusKegiatan.Terverifikasi, admin: true);
        Assert.False(a.Verifikasi);
        Assert.False(a.Koreksi);
    }

    [Fact]
    public void Penilai_ReadsAndVerifies_DoesNotChangeOrCorrect()
    {
        var a = Untuk(Penilai, StatusKegiatan.Diajukan);
        Assert.True(a.Baca);
        Assert.True(a.Verifikasi);
        Assert.True(a.BolehDiverifikasi);
        Assert.False(a.Ubah);
        Assert.False(a.Koreksi);
        Assert.False(Untuk(Penilai, StatusKegiatan.Terverifikasi).BolehDiverifikasi);
    }

    [Fact]
    public void AdminBkd_ReadsVerifiesAndCorrects()
    {
        var a = Untuk(null, StatusKegiatan.Terverifikasi, admin: true);
        Assert.True(a.Baca);
        Assert.True(a.Verifikasi);
        Assert.True(a.Koreksi);
        Assert.True(a.BolehDikoreksi);
        Assert.False(a.Ubah);
        Assert.False(Untuk(null, StatusKegiatan.Diajukan, admin: true).BolehDikoreksi);
    }

    [Fact]
    public void Others_ReadNothing()
    {
        Assert.False(Untuk(Lain, StatusKegiatan.Diajukan).Baca);
        Assert.False(Untuk(null, StatusKegiatan.Diajukan).Baca);
        Assert.False(Untuk(Lain, StatusKegiatan.Diajukan, penilai: null).Verifikasi);
    }
}
