using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.UnitTests.Domain;

public class NipTests
{
    [Fact]
    public void Validate_ValidNip_DerivesBirthDateTmtGenderAndSequence()
    {
        var error = Nip.Validate("196608011988031001", out var nip);

        Assert.Equal(NipError.None, error);
        Assert.Equal(new DateOnly(1966, 8, 1), nip.TanggalLahir);
        Assert.Equal(new DateOnly(1988, 3, 1), nip.TmtCpns);
        Assert.Equal(JenisKelamin.Pria, nip.JenisKelamin);
        Assert.Equal(1, nip.NomorUrut);
    }

    [Fact]
    public void Validate_SpacesAsPrinted_AreIgnored()
    {
        Assert.Equal(NipError.None, Nip.Validate("19660801 198803 2 014", out var nip));
        Assert.Equal(JenisKelamin.Wanita, nip.JenisKelamin);
        Assert.Equal("19660801 198803 2 014", nip.ToString());
    }

    [Theory]
    [InlineData("196602301988031001", NipError.TanggalLahirTidakValid)] // 30 February
    [InlineData("196613011988031001", NipError.TanggalLahirTidakValid)] // birth month 13
    [InlineData("196608011988131001", NipError.TmtTidakValid)] // TMT month 13
    [InlineData("196608011988001001", NipError.TmtTidakValid)] // TMT month 00
    [InlineData("196608011960031001", NipError.TmtTidakValid)] // TMT before birth
    [InlineData("196608011988033001", NipError.JenisKelaminTidakValid)]
    [InlineData("196608011988030001", NipError.JenisKelaminTidakValid)]
    [InlineData("196608011988031000", NipError.NomorUrutTidakValid)]
    [InlineData("19660801198803100", NipError.PanjangSalah)] // 17 digits
    [InlineData("1966080119880310011", NipError.PanjangSalah)] // 19 digits
    [InlineData("19660801198803100A", NipError.BukanAngka)]
    [InlineData("NIP196608011988031", NipError.BukanAngka)]
    [InlineData("", NipError.Kosong)]
    [InlineData("   ", NipError.Kosong)]
    [InlineData(null, NipError.Kosong)]
    public void Validate_InvalidNip_SaysWhy(string? input, NipError expected)
    {
        Assert.Equal(expected, Nip.Validate(input, out _));
    }

    [Fact]
    public void Parse_InvalidNip_ThrowsDomainExceptionWithResourceKey()
    {
        var ex = Assert.Throws<DomainException>(() => Nip.Parse("196608011988033001"));
        Assert.Equal("Nip.JenisKelaminTidakValid", ex.Kode);
    }

    [Fact]
    public void TmtSebelumUsia18_IsOnlyAWarningFlag()
    {
        Assert.True(Nip.TryParse("200001012010011001", out var nip));
        Assert.True(nip!.Value.TmtSebelumUsia18);
        Assert.False(Nip.Parse("196608011988031001").TmtSebelumUsia18);
    }

    [Fact]
    public void Normalize_StripsSpreadsheetArtifacts()
    {
        Assert.Equal("196608011988031001", Nip.Normalize("'19660801.198803-1 001 "));
    }
}
