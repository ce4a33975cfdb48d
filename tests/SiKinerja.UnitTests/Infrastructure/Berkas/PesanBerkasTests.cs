using System.Globalization;
using System.Reflection;
using System.Resources;
using SiKinerja.Infrastructure.Berkas;
using SiKinerja.Web;

namespace SiKinerja.UnitTests.Infrastructure.Berkas;

public class PesanBerkasTests
{
    private static readonly ResourceManager Sumber = new("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string, int> Kunci() => new()
    {
        { HasilPeriksaBerkas.JenisTidakDiizinkan, 0 },
        { HasilPeriksaBerkas.EkstensiTidakSesuai, 2 },
        { HasilPeriksaBerkas.TerlaluBesar, 1 },
        { HasilPeriksaBerkas.Kosong, 0 },
        { HasilPeriksaBerkas.NamaTidakValid, 0 },
        { HasilPeriksaBerkas.Rusak, 0 },
    };

    [Fact]
    public void EveryRefusalKey_IsListedHere()
    {
        var konstanta = typeof(HasilPeriksaBerkas).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(konstanta.Order(), Kunci().Select(k => (string)k[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Kunci))]
    public void RefusalKey_HasIndonesianAndEnglishTextTakingItsArguments(string kunci, int argumen)
    {
        foreach (var budaya in new[] { CultureInfo.InvariantCulture, new CultureInfo("en") })
        {
            var teks = Sumber.GetString(kunci, budaya);
            Assert.False(string.IsNullOrWhiteSpace(teks), $"{kunci} ({budaya.Name})");
            for (var i = 0; i < argumen; i++)
            {
                Assert.Contains("{" + i + "}", teks, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("{" + argumen + "}", teks, StringComparison.Ordinal);
        }

        Assert.NotEqual(Sumber.GetString(kunci, CultureInfo.InvariantCulture), Sumber.GetString(kunci, new CultureInfo("en")));
    }
}
