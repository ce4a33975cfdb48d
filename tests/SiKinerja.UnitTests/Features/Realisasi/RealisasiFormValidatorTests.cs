using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Web;
using SiKinerja.Web.Features.Realisasi;

namespace SiKinerja.UnitTests.Features.Realisasi;

public class RealisasiFormValidatorTests
{
    private readonly RealisasiFormValidator _validator = new(new KunciSaja());

    private static RealisasiForm Satu(Action<RealisasiIkiForm> ubah)
    {
        var iki = new RealisasiIkiForm { Kunci = Guid.NewGuid() };
        ubah(iki);
        return new RealisasiForm { Iki = [iki] };
    }

    private List<(string Kunci, string Pesan)> Galat(RealisasiForm form) =>
        [.. _validator.Validate(form).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("12")]
    [InlineData("12,5")]
    [InlineData("12.5")]
    [InlineData("1.250")]
    [InlineData("99999999999999")]
    public void Angka_Valid(string? angka)
    {
        Assert.Empty(Galat(Satu(i => i.RealisasiAngka = angka)));
    }

    [Theory]
    [InlineData("dua belas", "Realisasi.AngkaTidakValid")]
    [InlineData("1e5", "Realisasi.AngkaTidakValid")]
    [InlineData("100000000000000", "Realisasi.AngkaTidakValid")]
    [InlineData("-1", KodeEvaluasi.RealisasiNegatif)]
    public void Angka_Invalid_KeyedToItsField(string angka, string kode)
    {
        Assert.Equal([("Iki[0].RealisasiAngka", kode)], Galat(Satu(i => i.RealisasiAngka = angka)));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-06-30", true)]
    [InlineData("30/6/2026", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("kemarin", false)]
    public void Tanggal(string? tanggal, bool valid)
    {
        Assert.Equal(valid, Galat(Satu(i => i.RealisasiTanggal = tanggal)).Count == 0);
    }

    [Fact]
    public void Texts_OverTheirLength_AreRefused_AtTheLimit_Accepted()
    {
        Assert.Empty(Galat(Satu(i =>
        {
            i.RencanaAksi = new string('a', RealisasiIki.RencanaAksiMaxLength);
            i.RealisasiTeks = new string('b', RealisasiIki.RealisasiTeksMaxLength);
        })));
        var galat = Galat(Satu(i =>
        {
            i.RencanaAksi = new string('a', RealisasiIki.RencanaAksiMaxLength + 1);
            i.RealisasiTeks = new string('b', RealisasiIki.RealisasiTeksMaxLength + 1);
        }));
        Assert.Equal(["Iki[0].RencanaAksi", "Iki[0].RealisasiTeks"], galat.Select(g => g.Kunci));
        var catatan = new RealisasiForm { CatatanMandiri = new string('c', RealisasiPeriode.CatatanMandiriMaxLength + 1) };
        Assert.Equal(["CatatanMandiri"], Galat(catatan).Select(g => g.Kunci));
    }

    [Fact]
    public void EmptyKey_IsRefused()
    {
        Assert.Equal(["Iki[0].Kunci"], Galat(Satu(i => i.Kunci = Guid.Empty)).Select(g => g.Kunci));
    }

    [Fact]
    public void BatasNilai_IsTheTargetsLimit()
    {
        Assert.Equal(99_999_999_999_999m, Target.BatasNilai);
    }

    private sealed class KunciSaja : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
