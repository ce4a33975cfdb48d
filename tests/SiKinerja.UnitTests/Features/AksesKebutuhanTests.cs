using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.KebutuhanPengembangan;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features;

/// <summary>Who may read, record and cancel an employee's development needs.</summary>
public class AksesKebutuhanTests
{
    private const int Pemilik = 1;

    private static AksesKebutuhan Untuk(int? saya, bool penilai = false, bool admin = false) =>
        AksesKebutuhan.Untuk(new PenggunaSkp(saya, "nip", admin), Pemilik, penilai);

    [Fact]
    public void Owner_Reads_NeverManages_EvenAsAdminOrOwnSupervisor()
    {
        Assert.Equal(new AksesKebutuhan(true, false), Untuk(Pemilik));
        Assert.Equal(new AksesKebutuhan(true, false), Untuk(Pemilik, penilai: true, admin: true));
    }

    [Fact]
    public void Supervisor_And_Admin_ReadAndManage()
    {
        Assert.Equal(new AksesKebutuhan(true, true), Untuk(2, penilai: true));
        Assert.Equal(new AksesKebutuhan(true, true), Untuk(3, admin: true));
        Assert.Equal(new AksesKebutuhan(true, true), Untuk(null, admin: true));
    }

    [Fact]
    public void Anyone_Else_ReadsNothing()
    {
        Assert.Equal(new AksesKebutuhan(false, false), Untuk(3));
        Assert.Equal(new AksesKebutuhan(false, false), Untuk(null));
    }

    [Theory]
    [InlineData(StatusKebutuhan.Terbuka, true)]
    [InlineData(StatusKebutuhan.Selesai, false)]
    [InlineData(StatusKebutuhan.Dibatalkan, false)]
    public void CancelButton_OnlyForAnOpenNeed_ForWhoManages(StatusKebutuhan status, bool tampil)
    {
        Assert.Equal(tampil, Untuk(2, penilai: true).BolehDibatalkan(status));
        Assert.False(Untuk(Pemilik).BolehDibatalkan(status));
    }
}
