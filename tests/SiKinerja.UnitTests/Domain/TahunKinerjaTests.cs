using SiKinerja.Domain.Common;
using SiKinerja.Domain.Periode;

namespace SiKinerja.UnitTests.Domain;

public class TahunKinerjaTests
{
    private static readonly DateOnly Rencana = new(2027, 1, 31);
    private static readonly DateOnly Tahunan = new(2028, 1, 31);

    private static TahunKinerja Buka(JenisPeriode jenis = JenisPeriode.Semesteran) => TahunKinerja.Buka(2027, jenis, Rencana, Tahunan);

    private static void Menolak(string kode, Action aksi) => Assert.Equal(kode, Assert.Throws<DomainException>(aksi).Kode);

    [Theory]
    [InlineData(JenisPeriode.Semesteran, 2)]
    [InlineData(JenisPeriode.Triwulanan, 4)]
    [InlineData(JenisPeriode.Bulanan, 12)]
    public void Buka_CreatesPeriodsThatTileTheYearExactly(JenisPeriode jenis, int jumlah)
    {
        var tahun = TahunKinerja.Buka(2028, jenis, new DateOnly(2028, 1, 31), new DateOnly(2029, 1, 31)); // 2028 is a leap year

        var periode = tahun.Periode;
        Assert.Equal(jumlah, periode.Count);
        Assert.Equal(Enumerable.Range(1, jumlah), periode.Select(p => p.Nomor));
        Assert.Equal(new DateOnly(2028, 1, 1), periode[0].Mulai);
        Assert.Equal(new DateOnly(2028, 12, 31), periode[^1].Selesai);
        for (var i = 1; i < periode.Count; i++)
        {
            Assert.Equal(periode[i - 1].Selesai.AddDays(1), periode[i].Mulai);
        }

        Assert.Equal(366, periode.Sum(p => p.Selesai.DayNumber - p.Mulai.DayNumber + 1));
        Assert.All(periode, p => Assert.Equal(p.Selesai.AddDays(TahunKinerja.HariBatasBawaan), p.BatasEvaluasi));
        Assert.Equal((StatusTahunKinerja.Dibuka, jenis), (tahun.Status, tahun.JenisPeriode));
    }

    [Fact]
    public void Semesteran_SplitsAtTheEndOfJune()
    {
        var periode = Buka().Periode;

        Assert.Equal((new DateOnly(2027, 6, 30), new DateOnly(2027, 7, 1)), (periode[0].Selesai, periode[1].Mulai));
        Assert.Equal(["I", "II"], periode.Select(p => p.NomorRomawi));
    }

    [Fact]
    public void Triwulanan_AndBulanan_NumberTheirPeriods()
    {
        Assert.Equal(["I", "II", "III", "IV"], Buka(JenisPeriode.Triwulanan).Periode.Select(p => p.NomorRomawi));
        var februari = Buka(JenisPeriode.Bulanan).Periode[1];
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28), "II"), (februari.Mulai, februari.Selesai, februari.NomorRomawi));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(TahunKinerja.TahunMinimum - 1)]
    [InlineData(TahunKinerja.TahunMaksimum + 1)]
    public void Buka_YearOutsideThePlausibleRange_IsRefused(int tahun) =>
        Menolak("TahunKinerja.TahunDiLuarRentang", () => TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, Rencana, Tahunan));

    [Fact]
    public void Buka_UndefinedKind_IsRefused() =>
        Menolak("TahunKinerja.JenisPeriodeTidakValid", () => TahunKinerja.Buka(2027, (JenisPeriode)42, Rencana, Tahunan));

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("2029-01-01")]
    public void Buka_PlanDueDateBeforeTheYearOrAYearAfterItsEnd_IsRefused(string batas) =>
        Menolak("TahunKinerja.BatasPerencanaanTidakWajar", () => TahunKinerja.Buka(2027, JenisPeriode.Semesteran, DateOnly.Parse(batas, System.Globalization.CultureInfo.InvariantCulture), Tahunan));

    [Fact]
    public void Buka_AnnualDueDateOutOfRange_IsRefused() =>
        Menolak("TahunKinerja.BatasEvaluasiTahunanTidakWajar", () => TahunKinerja.Buka(2027, JenisPeriode.Semesteran, Rencana, new DateOnly(2030, 1, 1)));

    [Fact]
    public void Buka_DueDatesOnTheEdgesOfTheRange_AreAccepted()
    {
        var tahun = TahunKinerja.Buka(2027, JenisPeriode.Semesteran, new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31));

        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31)), (tahun.BatasPerencanaan, tahun.BatasEvaluasiTahunan));
    }

    [Fact]
    public void AturBatas_SetsEveryDueDate()
    {
        var tahun = Buka();

        tahun.AturBatas(new DateOnly(2027, 2, 15), new DateOnly(2028, 2, 15), new Dictionary<int, DateOnly> { [1] = new(2027, 7, 10), [2] = new(2028, 1, 10) });

        Assert.Equal((new DateOnly(2027, 2, 15), new DateOnly(2028, 2, 15)), (tahun.BatasPerencanaan, tahun.BatasEvaluasiTahunan));
        Assert.Equal([new DateOnly(2027, 7, 10), new DateOnly(2028, 1, 10)], tahun.Periode.Select(p => p.BatasEvaluasi));
    }

    [Fact]
    public void AturBatas_PeriodDueDateBeforeItsStart_IsRefused_AndNothingChanges()
    {
        var tahun = Buka();
        var sebelum = tahun.Periode.Select(p => p.BatasEvaluasi).ToList();

        var ex = Assert.Throws<DomainException>(() => tahun.AturBatas(
            new DateOnly(2027, 3, 1), Tahunan, new Dictionary<int, DateOnly> { [1] = new(2027, 7, 10), [2] = new(2027, 6, 30) }));

        Assert.Equal(("TahunKinerja.BatasEvaluasiTidakWajar", 2), (ex.Kode, (int)ex.Argumen[0]));
        Assert.Equal(Rencana, tahun.BatasPerencanaan);
        Assert.Equal(sebelum, tahun.Periode.Select(p => p.BatasEvaluasi));
    }

    [Fact]
    public void AturBatas_PeriodDueDateMoreThanAYearAfterItsEnd_IsRefused()
    {
        var periode = Buka().Periode[0];

        Assert.True(periode.BatasWajar(new DateOnly(2028, 6, 30)));
        Assert.False(periode.BatasWajar(new DateOnly(2028, 7, 1)));
        Menolak("TahunKinerja.BatasEvaluasiTidakWajar", () => Buka().AturBatas(Rencana, Tahunan, new Dictionary<int, DateOnly> { [1] = new(2028, 7, 1) }));
    }

    [Fact]
    public void AturBatas_UnknownPeriod_IsRefused() =>
        Menolak("TahunKinerja.PeriodeTidakDikenal", () => Buka().AturBatas(Rencana, Tahunan, new Dictionary<int, DateOnly> { [3] = new(2027, 12, 1) }));

    [Fact]
    public void UbahJenisPeriode_WhileOpen_RecreatesThePeriods()
    {
        var tahun = Buka();

        tahun.UbahJenisPeriode(JenisPeriode.Triwulanan);

        Assert.Equal(JenisPeriode.Triwulanan, tahun.JenisPeriode);
        Assert.Equal(4, tahun.Periode.Count);
        Assert.Equal(new DateOnly(2027, 3, 31), tahun.Periode[0].Selesai);
    }

    [Fact]
    public void Tutup_Twice_IsRefused()
    {
        var tahun = Buka();
        tahun.Tutup();

        Assert.Equal(StatusTahunKinerja.Ditutup, tahun.Status);
        Menolak("TahunKinerja.SudahDitutup", tahun.Tutup);
    }

    [Fact]
    public void ClosedYear_CannotBeEditedNorSplitDifferently()
    {
        var tahun = Buka();
        tahun.Tutup();

        Menolak("TahunKinerja.TahunDitutup", () => tahun.AturBatas(Rencana, Tahunan, new Dictionary<int, DateOnly>()));
        Menolak("TahunKinerja.TahunDitutup", () => tahun.UbahJenisPeriode(JenisPeriode.Bulanan));
        Assert.Equal(JenisPeriode.Semesteran, tahun.JenisPeriode);
    }

    [Fact]
    public void BukaKembali_ReopensAClosedYear_AndRefusesAnOpenOne()
    {
        var tahun = Buka();
        Menolak("TahunKinerja.MasihDibuka", tahun.BukaKembali);

        tahun.Tutup();
        tahun.BukaKembali();

        Assert.Equal(StatusTahunKinerja.Dibuka, tahun.Status);
        tahun.AturBatas(new DateOnly(2027, 2, 1), Tahunan, new Dictionary<int, DateOnly>());
        Assert.Equal(new DateOnly(2027, 2, 1), tahun.BatasPerencanaan);
    }

    [Fact]
    public void UbahJenisPeriode_OncePeriodsAreInUse_IsRefused_ButTheSameKindIsANoOp()
    {
        var tahun = Buka();

        Menolak("TahunKinerja.PeriodeSudahDipakai", () => tahun.UbahJenisPeriode(JenisPeriode.Triwulanan, periodeSudahDipakai: true));
        tahun.UbahJenisPeriode(JenisPeriode.Semesteran, periodeSudahDipakai: true);

        Assert.Equal((JenisPeriode.Semesteran, 2), (tahun.JenisPeriode, tahun.Periode.Count));
    }

    [Fact]
    public void TutupPeriode_ClosesOnePeriod_BukaPeriode_OpensIt_EachOnlyOnce()
    {
        var tahun = Buka(JenisPeriode.Triwulanan);
        var waktu = new DateTime(2027, 7, 10, 1, 0, 0, DateTimeKind.Utc);

        tahun.TutupPeriode(2, waktu);

        Assert.Equal([false, true, false, false], tahun.Periode.Select(p => p.Ditutup));
        Assert.Equal(waktu, tahun.Periode[1].DitutupUtc);
        Menolak("TahunKinerja.PeriodeSudahDitutup", () => tahun.TutupPeriode(2, waktu));
        Menolak("TahunKinerja.PeriodeTidakAda", () => tahun.TutupPeriode(5, waktu));
        tahun.BukaPeriode(2);
        Assert.False(tahun.Periode[1].Ditutup);
        Assert.Null(tahun.Periode[1].DitutupUtc);
        Menolak("TahunKinerja.PeriodeBelumDitutup", () => tahun.BukaPeriode(2));
    }

    [Fact]
    public void Meliputi_TrueWhenTheDatesOverlapThePeriod()
    {
        var semester = Buka().Periode;

        Assert.True(semester[0].Meliputi(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)));
        Assert.True(semester[1].Meliputi(new DateOnly(2027, 6, 30), new DateOnly(2027, 7, 1)));
        Assert.False(semester[1].Meliputi(new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)));
        Assert.False(semester[0].Meliputi(new DateOnly(2027, 7, 1), new DateOnly(2027, 12, 31)));
    }
}
