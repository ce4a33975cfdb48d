using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.UnitTests.Domain;

public class GolonganTests
{
    [Theory]
    [InlineData("I/a", "Juru Muda")]
    [InlineData("II/d", "Pengatur Tingkat I")]
    [InlineData("III/a", "Penata Muda")]
    [InlineData("III/d", "Penata Tingkat I")]
    [InlineData("IV/c", "Pembina Utama Muda")]
    [InlineData("IV/e", "Pembina Utama")]
    public void Pns_HasPangkatFromTable(string kode, string pangkat)
    {
        Assert.True(Golongan.TryParse(kode, JenisPegawai.Pns, out var g));
        Assert.Equal(pangkat, g.Pangkat);
        Assert.Equal($"{pangkat} ({kode})", g.Tampilan);
    }

    [Fact]
    public void Pns_TableHasSeventeenGradesInOrder()
    {
        Assert.Equal(17, Golongan.Pns.Count);
        Assert.Equal(Enumerable.Range(1, 17), Golongan.Pns.Select(g => g.Urutan));
    }

    [Theory]
    [InlineData("III/A", "III/a")]
    [InlineData("iii/b", "III/b")]
    [InlineData("3c", "III/c")]
    [InlineData("IV.a", "IV/a")]
    [InlineData("II a", "II/a")]
    public void Pns_AcceptsExportSpellings(string input, string kode)
    {
        Assert.True(Golongan.TryParse(input, JenisPegawai.Pns, out var g));
        Assert.Equal(kode, g.Kode);
    }

    [Theory]
    [InlineData("V/a")]
    [InlineData("IV/f")]
    [InlineData("IX")]
    [InlineData("")]
    public void Pns_RejectsUnknown(string input) => Assert.False(Golongan.TryParse(input, JenisPegawai.Pns, out _));

    [Theory]
    [InlineData("IX", "IX")]
    [InlineData("9", "IX")]
    [InlineData("09", "IX")]
    [InlineData("XVII", "XVII")]
    [InlineData("Golongan V", "V")]
    public void Pppk_GolonganIToXvii_HasNoPangkat(string input, string kode)
    {
        Assert.True(Golongan.TryParse(input, JenisPegawai.Pppk, out var g));
        Assert.Equal(kode, g.Kode);
        Assert.Null(g.Pangkat);
    }

    [Theory]
    [InlineData("XVIII")]
    [InlineData("18")]
    [InlineData("III/a")]
    public void Pppk_RejectsOutOfRange(string input) => Assert.False(Golongan.TryParse(input, JenisPegawai.Pppk, out _));
}
