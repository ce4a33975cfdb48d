using SiKinerja.Domain.Organisasi;
using SiKinerja.Web.Features.Impor;

namespace SiKinerja.UnitTests.Features;

public class PerencanaImporTests
{
    [Fact]
    public void KodeJabatan_PerUnit_DenganIdAtauNamaTernormalisasi()
    {
        Assert.Equal("J1@U7", PerencanaImpor.KodeJabatan("J1", "Kepala Seksi", "U7"));
        Assert.Equal("PENGADMINISTRASI UMUM@U7", PerencanaImpor.KodeJabatan(null, "  Pengadministrasi   umum ", "U7"));
        Assert.NotEqual(PerencanaImpor.KodeJabatan("J1", "x", "U7"), PerencanaImpor.KodeJabatan("J1", "x", "U8"));
    }

    [Fact]
    public void KodeJabatan_TerlaluPanjang_DiringkasTetapSamaUntukMasukanSama()
    {
        var nama = new string('A', 150);

        var kode = PerencanaImpor.KodeJabatan(null, nama, "UNOR-PANJANG-SEKALI");

        Assert.True(kode.Length <= Jabatan.KodeMaxLength);
        Assert.Equal(kode, PerencanaImpor.KodeJabatan(null, nama.ToLowerInvariant(), "UNOR-PANJANG-SEKALI"));
        Assert.NotEqual(kode, PerencanaImpor.KodeJabatan(null, nama, "UNOR-LAIN"));
    }
}
