using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

public class PeranHasilTests
{
    private static PeranHasil Sel(int rhkAtasanId = 555, int pegawaiId = 10, string teks = "Laporan bidang tersusun") =>
        new(rhkAtasanId, pegawaiId, teks, SkpBuilder.NipPenilai, SkpBuilder.Waktu);

    [Fact]
    public void TerapkanKe_EditableSkp_AddsAnRhkUtamaLinkedToTheSupervisorRhk()
    {
        var skp = new SkpBuilder().WithRhk(2).Build();

        var hasil = Sel().TerapkanKe(skp);

        Assert.Equal(HasilPeranHasil.Ditambahkan, hasil);
        var baru = skp.Rhk[^1];
        Assert.Equal((3, JenisRhk.Utama, "Laporan bidang tersusun", (int?)555), (baru.Urutan, baru.Jenis, baru.Teks, baru.RhkAtasanId));
    }

    [Fact]
    public void TerapkanKe_Twice_DoesNotDuplicate()
    {
        var skp = new SkpBuilder().Dikembalikan();
        var sel = Sel();

        Assert.Equal(HasilPeranHasil.Ditambahkan, sel.TerapkanKe(skp));
        Assert.Equal(HasilPeranHasil.SudahAda, sel.TerapkanKe(skp));
        Assert.Single(skp.Rhk, r => r.RhkAtasanId == 555);
    }

    [Fact]
    public void TerapkanKe_AnRhkAlreadyLinkedByTheEmployee_IsSudahAda()
    {
        var skp = new SkpBuilder().WithRhk(1).Build(); // its RHK links to 101

        Assert.Equal(HasilPeranHasil.SudahAda, Sel(rhkAtasanId: 101).TerapkanKe(skp));
        Assert.Single(skp.Rhk);
    }

    [Fact]
    public void TerapkanKe_NoSkp_IsPending()
    {
        Assert.Equal(HasilPeranHasil.MenungguSkpDibuat, Sel().TerapkanKe(null));
    }

    [Fact]
    public void TerapkanKe_SubmittedOrApprovedSkp_ChangesNothing()
    {
        var diajukan = new SkpBuilder().Diajukan();
        var disetujui = new SkpBuilder().Disetujui();

        Assert.Equal(HasilPeranHasil.SkpDiajukan, Sel().TerapkanKe(diajukan));
        Assert.Equal(HasilPeranHasil.SkpDisetujui, Sel().TerapkanKe(disetujui));
        Assert.Single(diajukan.Rhk);
        Assert.Single(disetujui.Rhk);
    }

    [Fact]
    public void TerapkanKe_SkpOfAnotherEmployee_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => Sel(pegawaiId: 99).TerapkanKe(new SkpBuilder().Build()));
        Assert.Equal(KodeSkp.PegawaiBerbeda, ex.Kode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Buat_WithoutText_Throws(string teks)
    {
        Assert.Equal(KodeSkp.TeksWajib, Assert.Throws<DomainException>(() => Sel(teks: teks)).Kode);
    }

    [Fact]
    public void UbahTeks_TooLong_Throws()
    {
        var sel = Sel();
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => sel.UbahTeks(new string('x', PeranHasil.TeksMaxLength + 1))).Kode);
        sel.UbahTeks("  Teks baru  ");
        Assert.Equal("Teks baru", sel.Teks);
    }
}
