using System.Globalization;
using System.Resources;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Web;

namespace SiKinerja.UnitTests.Domain.Karier;

public class KelayakanSatyalancanaTests
{
    private static readonly DateOnly Cpns = new(2016, 3, 1);

    private static HasilSatyalancana? Periksa(int tahun, JenisPenghargaan[]? diterima = null, HukumanRingkas[]? hukuman = null, JenisPegawai jenis = JenisPegawai.Pns, DateOnly? cpns = null) =>
        KelayakanSatyalancana.Periksa(jenis, cpns ?? Cpns, tahun, diterima ?? [], hukuman ?? []);

    [Fact]
    public void TenYearsReachedInTheYear_EligibleThisYearForX()
    {
        var h = Periksa(2026)!;
        Assert.Equal((JenisPenghargaan.SatyalancanaX, 10, StatusSatyalancana.LayakTahunIni), (h.Tingkat, h.TahunTingkat, h.Status));
        Assert.Equal(new DateOnly(2026, 3, 1), h.TercapaiPada);
        Assert.Equal(10, h.MasaKerjaTahun);
        Assert.Empty(h.Alasan);
    }

    [Fact]
    public void NotYetTenYearsByDecember31_NothingDue()
    {
        Assert.Null(Periksa(2025));
        Assert.Null(Periksa(2026, cpns: new DateOnly(2017, 1, 1)));
    }

    [Fact]
    public void ReachedOnDecember31_CountsForThatYear()
    {
        Assert.Equal(StatusSatyalancana.LayakTahunIni, Periksa(2026, cpns: new DateOnly(2016, 12, 31))!.Status);
    }

    [Fact]
    public void ReachedEarlierAndNotAwarded_Tertunda()
    {
        var h = Periksa(2028)!;
        Assert.Equal((JenisPenghargaan.SatyalancanaX, StatusSatyalancana.Tertunda, 12), (h.Tingkat, h.Status, h.MasaKerjaTahun));
    }

    [Fact]
    public void XAwarded_NothingDueUntilTwentyYears_ThenXX()
    {
        Assert.Null(Periksa(2030, [JenisPenghargaan.SatyalancanaX]));
        var h = Periksa(2036, [JenisPenghargaan.SatyalancanaX])!;
        Assert.Equal((JenisPenghargaan.SatyalancanaXX, StatusSatyalancana.LayakTahunIni), (h.Tingkat, h.Status));
    }

    [Fact]
    public void HighestReachedNotReceived_IsDue_NotTheLowerOnes()
    {
        var h = Periksa(2047)!; // 31 years, nothing received
        Assert.Equal((JenisPenghargaan.SatyalancanaXXX, StatusSatyalancana.Tertunda), (h.Tingkat, h.Status));
        Assert.Equal(JenisPenghargaan.SatyalancanaXXX, Periksa(2046, [JenisPenghargaan.SatyalancanaX, JenisPenghargaan.SatyalancanaXX])!.Tingkat);
    }

    [Fact]
    public void HigherAwardReceived_SupersedesLowerTier()
    {
        Assert.Null(Periksa(2037, [JenisPenghargaan.SatyalancanaXX]));
        Assert.Null(Periksa(2050, [JenisPenghargaan.SatyalancanaXXX]));
    }

    [Fact]
    public void OtherAwards_DoNotCount()
    {
        Assert.Equal(JenisPenghargaan.SatyalancanaX, Periksa(2026, [JenisPenghargaan.PegawaiBerprestasi, JenisPenghargaan.Inovasi])!.Tingkat);
    }

    [Theory]
    [InlineData(TingkatHukuman.Sedang)]
    [InlineData(TingkatHukuman.Berat)]
    public void ModerateOrSevereSanctionInService_Refused_WithReason(TingkatHukuman tingkat)
    {
        var tmt = new DateOnly(2020, 5, 1);
        var h = Periksa(2026, hukuman: [new HukumanRingkas(tingkat, tmt, new DateOnly(2020, 10, 31))])!;
        Assert.Equal(StatusSatyalancana.TidakLayak, h.Status);
        var alasan = Assert.Single(h.Alasan);
        Assert.Equal(KodeKelayakan.HukumanSedangBerat, alasan.Kode);
        Assert.Equal([tingkat, tmt], alasan.Args);
        Assert.Equal(JenisPenghargaan.SatyalancanaX, h.Tingkat);
    }

    [Fact]
    public void LightSanction_DoesNotRefuse()
    {
        var h = Periksa(2026, hukuman: [new HukumanRingkas(TingkatHukuman.Ringan, new DateOnly(2020, 5, 1), null)])!;
        Assert.Equal(StatusSatyalancana.LayakTahunIni, h.Status);
    }

    [Fact]
    public void SanctionOutsideServiceWindow_DoesNotRefuse()
    {
        HukumanRingkas[] hukuman =
        [
            new(TingkatHukuman.Berat, new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31)), // before TMT CPNS
            new(TingkatHukuman.Sedang, new DateOnly(2027, 1, 1), null), // after the reference date
        ];
        Assert.Equal(StatusSatyalancana.LayakTahunIni, Periksa(2026, hukuman: hukuman)!.Status);
    }

    [Fact]
    public void SanctionOnTheBoundaries_Refuses()
    {
        Assert.Equal(StatusSatyalancana.TidakLayak, Periksa(2026, hukuman: [new(TingkatHukuman.Sedang, Cpns, null)])!.Status);
        Assert.Equal(StatusSatyalancana.TidakLayak, Periksa(2026, hukuman: [new(TingkatHukuman.Sedang, new DateOnly(2026, 12, 31), null)])!.Status);
    }

    [Fact]
    public void TertundaWithSanction_IsRefused_AllSanctionsListed()
    {
        var h = Periksa(2029, hukuman: [new(TingkatHukuman.Berat, new DateOnly(2024, 1, 1), null), new(TingkatHukuman.Sedang, new DateOnly(2018, 1, 1), null)])!;
        Assert.Equal(StatusSatyalancana.TidakLayak, h.Status);
        Assert.Equal([new DateOnly(2018, 1, 1), new DateOnly(2024, 1, 1)], h.Alasan.Select(a => (DateOnly)a.Args[1]));
    }

    [Fact]
    public void Pppk_RefusedAsNotPns()
    {
        var h = Periksa(2026, jenis: JenisPegawai.Pppk)!;
        Assert.Equal(StatusSatyalancana.TidakLayak, h.Status);
        Assert.Equal(KodeKelayakan.BukanPns, Assert.Single(h.Alasan).Kode);
    }

    [Theory]
    [InlineData("2016-03-01", "2026-02-28", 9)]
    [InlineData("2016-03-01", "2026-03-01", 10)]
    [InlineData("2016-02-29", "2026-02-28", 10)]
    [InlineData("2020-01-01", "2019-12-31", 0)]
    public void TahunPenuh_CountsFullYears(string mulai, string sampai, int tahun) =>
        Assert.Equal(tahun, KelayakanSatyalancana.TahunPenuh(DateOnly.Parse(mulai, CultureInfo.InvariantCulture), DateOnly.Parse(sampai, CultureInfo.InvariantCulture)));
}

public class KelayakanKenaikanPangkatTests
{
    private static readonly DateOnly April2027 = new(2027, 4, 1);

    private static readonly Dictionary<int, PredikatKinerja> DuaBaik = new() { [2025] = PredikatKinerja.Baik, [2026] = PredikatKinerja.SangatBaik };

    private static HasilKenaikanPangkat Periksa(
        DateOnly periode, string golongan = "III/a", DateOnly? tmt = null, Dictionary<int, PredikatKinerja>? predikat = null,
        HukumanRingkas[]? hukuman = null, JenisPegawai jenis = JenisPegawai.Pns, bool tanpaTmt = false) =>
        KelayakanKenaikanPangkat.Periksa(jenis, golongan, tanpaTmt ? null : tmt ?? new DateOnly(2023, 4, 1), predikat ?? DuaBaik, hukuman ?? [], periode);

    [Fact]
    public void FourYearsAndTwoGoodYears_Eligible_WithNextGolongan()
    {
        var h = Periksa(April2027);
        Assert.True(h.Layak);
        Assert.Empty(h.Alasan);
        Assert.Equal(("III/a", "III/b", 4), (h.Sekarang!.Kode, h.Berikutnya!.Kode, h.MasaPangkatTahun));
    }

    [Fact]
    public void OneMonthShortOfFourYears_Refused_WithTheDate()
    {
        var h = Periksa(new DateOnly(2027, 2, 1), predikat: DuaBaik);
        Assert.False(h.Layak);
        var alasan = Assert.Single(h.Alasan);
        Assert.Equal(KodeKelayakan.MasaPangkatKurang, alasan.Kode);
        Assert.Equal([3, new DateOnly(2027, 4, 1)], alasan.Args);
    }

    [Theory]
    [InlineData("IV/e")]
    public void TopGolongan_Refused(string golongan)
    {
        var h = Periksa(April2027, golongan);
        Assert.Equal(KodeKelayakan.GolonganPuncak, Assert.Single(h.Alasan).Kode);
        Assert.Null(h.Berikutnya);
    }

    [Fact]
    public void IVd_GoesToIVe() => Assert.Equal("IV/e", Periksa(April2027, "IV/d").Berikutnya!.Kode);

    [Fact]
    public void IId_GoesToIIIa() => Assert.Equal("III/a", Periksa(April2027, "II/d").Berikutnya!.Kode);

    [Fact]
    public void NoTmtGolongan_Refused()
    {
        var h = Periksa(April2027, tanpaTmt: true);
        Assert.Equal(KodeKelayakan.TmtGolonganKosong, Assert.Single(h.Alasan).Kode);
        Assert.Null(h.MasaPangkatTahun);
    }

    [Fact]
    public void MissingOrNotFinalYear_ReasonNamesTheYear()
    {
        var h = Periksa(April2027, predikat: new() { [2026] = PredikatKinerja.Baik });
        var alasan = Assert.Single(h.Alasan);
        Assert.Equal((KodeKelayakan.PredikatTidakAda, 2025), (alasan.Kode, (int)alasan.Args[0]));
    }

    [Theory]
    [InlineData(PredikatKinerja.ButuhPerbaikan)]
    [InlineData(PredikatKinerja.Kurang)]
    [InlineData(PredikatKinerja.SangatKurang)]
    public void PredikatBelowBaik_Refused(PredikatKinerja predikat)
    {
        var h = Periksa(April2027, predikat: new() { [2025] = PredikatKinerja.Baik, [2026] = predikat });
        var alasan = Assert.Single(h.Alasan);
        Assert.Equal(KodeKelayakan.PredikatKurang, alasan.Kode);
        Assert.Equal([2026, predikat], alasan.Args);
    }

    [Fact]
    public void TheTwoYearsBeforeThePeriodsYear_Count()
    {
        Assert.Equal((2025, 2026), KelayakanKenaikanPangkat.TahunPredikat(April2027));
        Assert.Equal((2025, 2026), KelayakanKenaikanPangkat.TahunPredikat(new DateOnly(2027, 12, 1)));
        // the 2027 predikat does not help a 2027 period
        var h = Periksa(April2027, predikat: new() { [2026] = PredikatKinerja.Baik, [2027] = PredikatKinerja.SangatBaik });
        Assert.Contains(h.Alasan, a => a.Kode == KodeKelayakan.PredikatTidakAda && (int)a.Args[0] == 2025);
    }

    [Fact]
    public void SanctionRunningOnThePeriodDate_Refused_LightOrEndedOrFutureNot()
    {
        var berjalan = new HukumanRingkas(TingkatHukuman.Sedang, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
        var h = Periksa(April2027, hukuman: [berjalan]);
        Assert.Equal(KodeKelayakan.HukumanBerjalan, Assert.Single(h.Alasan).Kode);

        HukumanRingkas[] lain =
        [
            new(TingkatHukuman.Ringan, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)),
            new(TingkatHukuman.Berat, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)),
            new(TingkatHukuman.Berat, new DateOnly(2027, 4, 2), null),
        ];
        Assert.True(Periksa(April2027, hukuman: lain).Layak);
    }

    [Fact]
    public void SanctionWithoutEnd_RunsOnlyOnItsFirstDay()
    {
        Assert.False(Periksa(April2027, hukuman: [new(TingkatHukuman.Berat, April2027, null)]).Layak);
        Assert.True(Periksa(April2027, hukuman: [new(TingkatHukuman.Berat, April2027.AddDays(-1), null)]).Layak);
    }

    [Fact]
    public void EveryReason_IsListed()
    {
        var h = Periksa(
            new DateOnly(2027, 2, 1), "IV/e", predikat: new() { [2026] = PredikatKinerja.Kurang },
            hukuman: [new(TingkatHukuman.Berat, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30))]);
        Assert.False(h.Layak);
        Assert.Equal(
            [KodeKelayakan.GolonganPuncak, KodeKelayakan.MasaPangkatKurang, KodeKelayakan.PredikatTidakAda, KodeKelayakan.PredikatKurang, KodeKelayakan.HukumanBerjalan],
            h.Alasan.Select(a => a.Kode));
    }

    [Fact]
    public void Pppk_RefusedAsNotPns()
    {
        var h = Periksa(April2027, "IX", jenis: JenisPegawai.Pppk);
        Assert.False(h.Layak);
        Assert.Equal(KodeKelayakan.BukanPns, Assert.Single(h.Alasan).Kode);
    }
}

public class PeriodeKenaikanPangkatTests
{
    [Theory]
    [InlineData("2026-12-02", "2027-02-01")]
    [InlineData("2027-01-31", "2027-02-01")]
    [InlineData("2027-02-01", "2027-04-01")]
    [InlineData("2027-11-30", "2027-12-01")]
    [InlineData("2027-12-01", "2028-02-01")]
    public void Berikutnya_IsStrictlyAfterToday(string hariIni, string periode) =>
        Assert.Equal(DateOnly.Parse(periode, CultureInfo.InvariantCulture), new PeriodeKenaikanPangkat().Berikutnya(DateOnly.Parse(hariIni, CultureInfo.InvariantCulture)));

    [Fact]
    public void Daftar_TheNextSix()
    {
        var d = new PeriodeKenaikanPangkat().Daftar(new DateOnly(2026, 12, 2), 6);
        Assert.Equal(
            [new(2027, 2, 1), new(2027, 4, 1), new(2027, 6, 1), new(2027, 8, 1), new(2027, 10, 1), new DateOnly(2027, 12, 1)], d);
    }

    [Fact]
    public void Setting_OtherMonths_SortedAndDistinct()
    {
        var p = new PeriodeKenaikanPangkat { BulanPeriodeKenaikanPangkat = [10, 4, 4] };
        Assert.True(p.Sah);
        Assert.Equal([new(2027, 4, 1), new(2027, 10, 1), new DateOnly(2028, 4, 1)], p.Daftar(new DateOnly(2027, 1, 1), 3));
        Assert.True(p.AdalahPeriode(new DateOnly(2027, 10, 1)));
        Assert.False(p.AdalahPeriode(new DateOnly(2027, 10, 2)));
        Assert.False(p.AdalahPeriode(new DateOnly(2027, 2, 1)));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0, 4 })]
    [InlineData(new[] { 13 })]
    public void Setting_OutOfRange_NotValid(int[] bulan) => Assert.False(new PeriodeKenaikanPangkat { BulanPeriodeKenaikanPangkat = bulan }.Sah);
}

public class KelayakanBerprestasiTests
{
    [Fact]
    public void SangatBaikWithoutSanction_Candidate()
    {
        var h = KelayakanBerprestasi.Periksa(PredikatKinerja.SangatBaik, 2026, [new(TingkatHukuman.Berat, new DateOnly(2025, 12, 31), null)])!;
        Assert.True(h.Layak);
        Assert.Empty(h.Alasan);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PredikatKinerja.Baik)]
    [InlineData(PredikatKinerja.ButuhPerbaikan)]
    public void NotSangatBaik_NotListed(PredikatKinerja? predikat) => Assert.Null(KelayakanBerprestasi.Periksa(predikat, 2026, []));

    [Fact]
    public void AnySanctionStartingInTheYear_RefusedWithReasons()
    {
        var h = KelayakanBerprestasi.Periksa(
            PredikatKinerja.SangatBaik, 2026, [new(TingkatHukuman.Ringan, new DateOnly(2026, 1, 1), null), new(TingkatHukuman.Sedang, new DateOnly(2026, 12, 31), null)])!;
        Assert.False(h.Layak);
        Assert.Equal(2, h.Alasan.Count);
        Assert.All(h.Alasan, a => Assert.Equal(KodeKelayakan.HukumanTahunIni, a.Kode));
    }
}

public class KodeKelayakanTests
{
    private static readonly ResourceManager Rm = new("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Kunci() =>
        [.. KodeKelayakan.Semua, .. Enum.GetNames<StatusSatyalancana>().Select(n => "StatusSatyalancana." + n)];

    [Theory]
    [MemberData(nameof(Kunci))]
    public void EveryReason_HasIndonesianAndEnglishText(string kunci)
    {
        Assert.False(string.IsNullOrEmpty(Rm.GetString(kunci, CultureInfo.InvariantCulture)), kunci);
        Assert.False(string.IsNullOrEmpty(Rm.GetString(kunci, new CultureInfo("en"))), kunci);
    }
}
