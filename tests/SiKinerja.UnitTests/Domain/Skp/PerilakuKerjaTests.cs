using System.Globalization;
using System.Reflection;
using System.Resources;
using SiKinerja.Domain.Skp;
using SiKinerja.Web;

namespace SiKinerja.UnitTests.Domain;

public class PerilakuKerjaTests
{
    [Fact]
    public void Catalogue_HasSevenValuesInOrder_EachWithMeaningAndThreeIndicators()
    {
        Assert.Equal(7, PerilakuKerja.Semua.Count);
        Assert.Equal(Enum.GetValues<NilaiBerakhlak>(), PerilakuKerja.Semua.Select(p => p.Nilai));
        Assert.Equal(
            ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"],
            PerilakuKerja.Semua.Select(p => p.Nama));
        Assert.All(PerilakuKerja.Semua, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Makna));
            Assert.Equal(3, p.Indikator.Count);
            Assert.All(p.Indikator, i => Assert.False(string.IsNullOrWhiteSpace(i)));
        });
        Assert.Equal(21, PerilakuKerja.Semua.SelectMany(p => p.Indikator).Distinct().Count());
    }

    [Fact]
    public void Catalogue_TextIsTheRegulationsWording()
    {
        var loyal = PerilakuKerja.Dari(NilaiBerakhlak.Loyal);
        Assert.Equal("berdedikasi, mengutamakan kepentingan bangsa dan negara", loyal.Makna);
        Assert.Equal("Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah", loyal.Indikator[0]);
        Assert.Equal("Melakukan perbaikan tiada henti", PerilakuKerja.Dari(NilaiBerakhlak.BerorientasiPelayanan).Indikator[2]);
        Assert.Equal("Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama", PerilakuKerja.Dari(NilaiBerakhlak.Kolaboratif).Indikator[2]);
    }

    [Fact]
    public void Catalogue_CannotBeModifiedThroughTheInterface()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<PerilakuKerja>)PerilakuKerja.Semua).Add(PerilakuKerja.Semua[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)PerilakuKerja.Semua[0].Indikator).Add("x"));
    }

    [Fact]
    public void EveryDomainKey_HasIndonesianAndEnglishText()
    {
        var kunci = typeof(KodeSkp).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var rm = new ResourceManager("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

        Assert.NotEmpty(kunci);
        Assert.All(kunci, k =>
        {
            Assert.False(string.IsNullOrEmpty(rm.GetString(k, CultureInfo.InvariantCulture)), k);
            Assert.NotEqual(rm.GetString(k, CultureInfo.InvariantCulture), rm.GetString(k, new CultureInfo("en")));
        });
    }
}
