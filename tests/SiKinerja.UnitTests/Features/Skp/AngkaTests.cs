using System.Globalization;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features.Skp;

public class AngkaTests
{
    [Theory]
    [InlineData("id-ID", "12", 12)]
    [InlineData("id-ID", " 12,5 ", 12.5)]
    [InlineData("id-ID", "12.5", 12.5)]
    [InlineData("id-ID", "12.500", 12500)]
    [InlineData("id-ID", "1.000.000", 1000000)]
    [InlineData("id-ID", "1.000,75", 1000.75)]
    [InlineData("id-ID", "0.125", 0.125)]
    [InlineData("id-ID", "-3", -3)]
    [InlineData("en", "12.125", 12.125)]
    [InlineData("en", "12,500", 12500)]
    [InlineData("en", "1,000.5", 1000.5)]
    public void TryParse_ReadsWhatPeopleType(string budaya, string teks, double diharapkan)
    {
        var lama = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(budaya);
        try
        {
            Assert.True(Angka.TryParse(teks, out var n));
            Assert.Equal((decimal)diharapkan, n);
        }
        finally
        {
            CultureInfo.CurrentCulture = lama;
        }
    }

    [Theory]
    [InlineData("dua belas")]
    [InlineData("Rp 50.000")]
    [InlineData("12 laporan")]
    [InlineData("1e5")]
    [InlineData("99999999999999999999999999999999999999999999")]
    public void TryParse_RefusesWhatIsNotANumber(string teks) => Assert.False(Angka.TryParse(teks, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Empty_IsNoNumber(string? teks)
    {
        Assert.True(Angka.TryParse(teks, out var n));
        Assert.Null(n);
    }

    [Fact]
    public void Tulis_ThenTryParse_RoundTripsInBothCultures()
    {
        var lama = CultureInfo.CurrentCulture;
        try
        {
            foreach (var budaya in new[] { "id-ID", "en" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(budaya);
                foreach (var nilai in new[] { 12.125m, 1000m, 0.5m, 12500m, 99_999_999_999_999m })
                {
                    Assert.True(Angka.TryParse(Angka.Tulis(nilai), out var n));
                    Assert.Equal(nilai, n);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = lama;
        }
    }
}
