using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features.Skp;

/// <summary>The authorization matrix of issue 3: role × status × superseded, for every action.</summary>
public class AksesSkpTests
{
    private const int Pemilik = 10;
    private const int Penilai = 20;
    private const int Atasan = 30;
    private const int Lain = 40;

    public enum Peran
    {
        Pemilik,
        Penilai,
        AtasanPenilai,
        AdminBkd,
        AdminBkdYangJugaPegawaiLain,
        PegawaiLain,
        AkunTanpaPegawai,
    }

    public static TheoryData<Peran, StatusSkp, bool> Semua()
    {
        var data = new TheoryData<Peran, StatusSkp, bool>();
        foreach (var peran in Enum.GetValues<Peran>())
        {
            foreach (var status in Enum.GetValues<StatusSkp>())
            {
                data.Add(peran, status, false);
                data.Add(peran, status, true);
            }
        }

        return data;
    }

    private static PenggunaSkp Pengguna(Peran peran) => peran switch
    {
        Peran.Pemilik => new(Pemilik, "p", false),
        Peran.Penilai => new(Penilai, "n", false),
        Peran.AtasanPenilai => new(Atasan, "a", false),
        Peran.AdminBkd => new(null, "admin", true),
        Peran.AdminBkdYangJugaPegawaiLain => new(Lain, "admin", true),
        Peran.PegawaiLain => new(Lain, "l", false),
        _ => new(null, "x", false),
    };

    [Theory]
    [MemberData(nameof(Semua))]
    public void Matrix(Peran peran, StatusSkp status, bool direvisi)
    {
        var akses = AksesSkp.Untuk(Pengguna(peran), new DataAksesSkp(Pemilik, Penilai, Atasan, status, direvisi));

        var pembaca = peran is Peran.Pemilik or Peran.Penilai or Peran.AtasanPenilai or Peran.AdminBkd or Peran.AdminBkdYangJugaPegawaiLain;
        var draf = status is StatusSkp.Draft or StatusSkp.Dikembalikan && !direvisi;
        Assert.Equal(pembaca, akses.Baca);
        Assert.Equal(peran == Peran.Pemilik && draf, akses.Ubah);
        Assert.Equal(peran == Peran.Pemilik && draf, akses.Ajukan);
        Assert.Equal(peran == Peran.Penilai && status == StatusSkp.Diajukan && !direvisi, akses.Nilai);
        Assert.Equal(peran == Peran.Pemilik && status == StatusSkp.Disetujui && !direvisi, akses.MulaiRevisi);
    }

    [Fact]
    public void TopOfTheTree_WithoutPenilai_OnlyOwnerAndAdminRead()
    {
        var skp = new DataAksesSkp(Pemilik, null, null, StatusSkp.Diajukan, false);

        Assert.True(AksesSkp.Untuk(new PenggunaSkp(Pemilik, "p", false), skp).Baca);
        Assert.True(AksesSkp.Untuk(new PenggunaSkp(null, "admin", true), skp).Baca);
        var lain = AksesSkp.Untuk(new PenggunaSkp(Lain, "l", false), skp);
        Assert.Equal(new AksesSkp(false, false, false, false, false), lain);
        Assert.False(AksesSkp.Untuk(new PenggunaSkp(null, "x", false), skp).Baca);
    }

    [Fact]
    public void FromTheAggregate_UsesTheSnapshotsAtasan()
    {
        var skp = new SiKinerja.UnitTests.Domain.SkpBuilder().Diajukan();

        Assert.True(AksesSkp.Untuk(new PenggunaSkp(30, "a", false), skp).Baca);
        Assert.True(AksesSkp.Untuk(new PenggunaSkp(20, "n", false), skp).Nilai);
        Assert.False(AksesSkp.Untuk(new PenggunaSkp(10, "p", false), skp).Ubah);
    }
}
