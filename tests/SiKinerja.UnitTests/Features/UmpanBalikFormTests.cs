using Microsoft.Extensions.Localization;
using Moq;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Web;
using SiKinerja.Web.Features.UmpanBalik;

namespace SiKinerja.UnitTests.Features;

public class UmpanBalikFormTests
{
    private static IStringLocalizer<SharedResource> T()
    {
        var t = new Mock<IStringLocalizer<SharedResource>>();
        t.Setup(x => x[It.IsAny<string>()]).Returns((string k) => new LocalizedString(k, k));
        t.Setup(x => x[It.IsAny<string>(), It.IsAny<object[]>()]).Returns((string k, object[] _) => new LocalizedString(k, k));
        return t.Object;
    }

    [Fact]
    public void Sasaran_RoundTripsAnRhkKeyAndAValue()
    {
        var kunci = Guid.NewGuid();

        Assert.True(SasaranUmpanBalik.TryParse(SasaranUmpanBalik.Rhk(kunci), out var rhk));
        Assert.Equal(new SasaranUmpanBalik(kunci, null), rhk);
        Assert.True(SasaranUmpanBalik.TryParse(SasaranUmpanBalik.Perilaku(NilaiBerakhlak.Loyal), out var nilai));
        Assert.Equal(new SasaranUmpanBalik(null, NilaiBerakhlak.Loyal), nilai);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("rhk:")]
    [InlineData("rhk:00000000-0000-0000-0000-000000000000")]
    [InlineData("rhk:bukan-guid")]
    [InlineData("nilai:Jujur")]
    [InlineData("nilai:3")]
    [InlineData("nilai:99")]
    [InlineData("nilai:loyal")]
    [InlineData("Loyal")]
    public void Sasaran_AnythingElse_IsRefused(string? teks) => Assert.False(SasaranUmpanBalik.TryParse(teks, out _));

    [Fact]
    public void Tambah_BlankTooLongOrNoTarget_AreErrorsOnTheirFields()
    {
        var v = new TambahUmpanBalikFormValidator(T());
        var sasaran = SasaranUmpanBalik.Perilaku(NilaiBerakhlak.Adaptif);

        Assert.True(v.Validate(new TambahUmpanBalikForm { Sasaran = sasaran, Teks = "Baik" }).IsValid);
        Assert.Equal("UmpanBalik.TeksWajib", Assert.Single(v.Validate(new TambahUmpanBalikForm { Sasaran = sasaran, Teks = "  " }).Errors).ErrorMessage);
        Assert.Equal("Umum.TerlaluPanjang", Assert.Single(v.Validate(new TambahUmpanBalikForm { Sasaran = sasaran, Teks = new string('x', UmpanBalik.TeksMaxLength + 1) }).Errors).ErrorMessage);
        Assert.True(v.Validate(new TambahUmpanBalikForm { Sasaran = sasaran, Teks = $"  {new string('x', UmpanBalik.TeksMaxLength)}  " }).IsValid);
        var tanpa = Assert.Single(v.Validate(new TambahUmpanBalikForm { Sasaran = "x", Teks = "Baik" }).Errors);
        Assert.Equal((nameof(TambahUmpanBalikForm.Sasaran), "UmpanBalik.SasaranWajib"), (tanpa.PropertyName, tanpa.ErrorMessage));
    }

    [Fact]
    public void Minta_NeedsAPeer_AndAMessageWithinItsLength()
    {
        var v = new MintaMasukanFormValidator(T());

        Assert.True(v.Validate(new MintaMasukanForm { RekanPegawaiId = 5 }).IsValid);
        Assert.Equal("UmpanBalik.RekanWajib", Assert.Single(v.Validate(new MintaMasukanForm()).Errors).ErrorMessage);
        Assert.Equal("Umum.TerlaluPanjang", Assert.Single(v.Validate(new MintaMasukanForm { RekanPegawaiId = 5, Pesan = new string('p', PermintaanMasukan.PesanMaxLength + 1) }).Errors).ErrorMessage);
    }

    [Fact]
    public void Jawab_NeedsAtLeastOneText_AndEachWithinItsLength_OnItsField()
    {
        var v = new JawabPermintaanFormValidator(T());
        var kunci = Guid.NewGuid();

        var kosong = Assert.Single(v.Validate(new JawabPermintaanForm { Rhk = { [kunci] = " " }, Nilai = { [NilaiBerakhlak.Loyal] = null } }).Errors);
        Assert.Equal((string.Empty, KodeEvaluasi.MasukanWajib), (kosong.PropertyName, kosong.ErrorMessage));
        Assert.True(v.Validate(new JawabPermintaanForm { Nilai = { [NilaiBerakhlak.Loyal] = "Setia" } }).IsValid);
        var panjang = Assert.Single(v.Validate(new JawabPermintaanForm { Rhk = { [kunci] = new string('x', UmpanBalik.TeksMaxLength + 1) } }).Errors);
        Assert.Equal(JawabPermintaanForm.KunciRhk(kunci), panjang.PropertyName);
    }
}
