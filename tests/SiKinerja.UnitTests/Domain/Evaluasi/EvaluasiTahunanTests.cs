using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class EvaluasiTahunanTests
{
    private static readonly DateTime Waktu = new(2026, 12, 20, 3, 0, 0, DateTimeKind.Utc);
    private const Rating B = Rating.DiBawahEkspektasi;
    private const Rating S = Rating.SesuaiEkspektasi;
    private const Rating A = Rating.DiAtasEkspektasi;

    private static RatingPeriode P(int bulan, Rating hasil, Rating perilaku) => new(new DateOnly(2026, bulan, 1), hasil, perilaku);

    [Theory]
    [InlineData(new[] { 3 }, 3)]
    [InlineData(new[] { 3, 3 }, 3)]
    [InlineData(new[] { 2, 3 }, 3)] // exact half: the latest period (above) decides
    [InlineData(new[] { 3, 2 }, 2)] // exact half: the latest period (meets) decides
    [InlineData(new[] { 1, 2 }, 2)]
    [InlineData(new[] { 2, 1 }, 1)]
    [InlineData(new[] { 1, 3 }, 2)] // average 2
    [InlineData(new[] { 3, 3, 2, 2 }, 2)] // 2.5, latest 2
    [InlineData(new[] { 2, 2, 3, 3 }, 3)] // 2.5, latest 3
    [InlineData(new[] { 3, 3, 3, 1 }, 2)] // 2.5, latest 1 → lower
    [InlineData(new[] { 3, 3, 2, 3 }, 3)] // 2.75
    [InlineData(new[] { 1, 1, 2, 3 }, 2)] // 1.75
    [InlineData(new[] { 1, 1, 1, 2 }, 1)] // 1.25
    public void Saran_AverageRoundedToNearest_HalfFollowsTheLatestPeriod(int[] skor, int diharapkan)
    {
        var periode = skor.Select((s, i) => P(i * 3 + 1, (Rating)s, (Rating)s)).Reverse().ToList(); // order of input must not matter

        var (hasil, perilaku) = SaranEvaluasiTahunan.Dari(periode, skor.Length);

        Assert.Equal((Rating)diharapkan, hasil.Rating);
        Assert.Equal((Rating)diharapkan, perilaku.Rating);
        Assert.Equal(KodeEvaluasiTahunan.SaranRataRata, hasil.Kode);
        Assert.Equal(skor.Length, hasil.Argumen[1]);
    }

    [Fact]
    public void Saran_HasilAndPerilakuAreIndependent()
    {
        var (hasil, perilaku) = SaranEvaluasiTahunan.Dari([P(1, A, B), P(7, A, S)], 2);

        Assert.Equal(A, hasil.Rating);
        Assert.Equal(S, perilaku.Rating);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(0, 0)]
    public void Saran_NotEveryPeriodFinal_NoSuggestion(int final, int jumlah)
    {
        var periode = Enumerable.Range(0, final).Select(i => P(1 + (6 * i), A, A)).ToList();

        var (hasil, perilaku) = SaranEvaluasiTahunan.Dari(periode, jumlah);

        Assert.Null(hasil.Rating);
        Assert.Null(perilaku.Rating);
        Assert.Equal(KodeEvaluasiTahunan.SaranBelumLengkap, hasil.Kode);
        Assert.Equal([final, jumlah], hasil.Argumen);
    }

    [Fact]
    public void Buat_AsSuggested_PredikatFromTheMatrix_NoReasonNeeded()
    {
        var e = EvaluasiTahunan.Buat(1, 2, 3, A, A, A, A, null, "Bagus", "198001012005011001", Waktu);

        Assert.Equal(PredikatKinerja.SangatBaik, e.Predikat);
        Assert.Equal(StatusEvaluasiTahunan.Dinilai, e.Status);
        Assert.Null(e.AlasanPenyesuaian);
        Assert.Equal("Bagus", e.Catatan);
        Assert.Equal(A, e.SaranHasil);
    }

    [Theory]
    [InlineData(Rating.SesuaiEkspektasi, Rating.DiAtasEkspektasi)]
    [InlineData(Rating.DiAtasEkspektasi, Rating.DiBawahEkspektasi)]
    public void Nilai_AdjustedWithoutReason_Refused(Rating hasil, Rating perilaku)
    {
        var ex = Assert.Throws<DomainException>(() => EvaluasiTahunan.Buat(1, 2, 3, hasil, perilaku, A, A, "  ", null, "x", Waktu));

        Assert.Equal(KodeEvaluasiTahunan.AlasanPenyesuaianWajib, ex.Kode);
    }

    [Fact]
    public void Nilai_AdjustedWithReason_Kept()
    {
        var e = EvaluasiTahunan.Buat(1, 2, 3, S, A, A, A, "Capaian semester II menurun", null, "x", Waktu);

        Assert.Equal(PredikatKinerja.Baik, e.Predikat);
        Assert.Equal("Capaian semester II menurun", e.AlasanPenyesuaian);
        Assert.True(EvaluasiTahunan.PerluAlasan(S, A, A, A));
        Assert.False(EvaluasiTahunan.PerluAlasan(S, A, null, null));
    }

    [Fact]
    public void Finalkan_RequiresEveryPeriodFinal_ThenLocks()
    {
        var e = EvaluasiTahunan.Buat(1, 2, 3, S, S, S, S, null, null, "x", Waktu);

        Assert.Equal(KodeEvaluasiTahunan.PeriodeBelumFinal, Assert.Throws<DomainException>(() => e.Finalkan(false, "x", Waktu)).Kode);
        e.Finalkan(true, "x", Waktu.AddHours(1));

        Assert.Equal(StatusEvaluasiTahunan.Final, e.Status);
        Assert.Equal(Waktu.AddHours(1), e.FinalUtc);
        Assert.Equal(KodeEvaluasiTahunan.SudahFinal, Assert.Throws<DomainException>(() => e.Nilai(3, A, A, A, A, null, null, "x", Waktu)).Kode);
        Assert.Equal(KodeEvaluasiTahunan.SudahFinal, Assert.Throws<DomainException>(() => e.Finalkan(true, "x", Waktu)).Kode);
    }

    [Fact]
    public void BukaKembali_NeedsReasonAndFinal_ThenEditable()
    {
        var e = EvaluasiTahunan.Buat(1, 2, 3, S, S, S, S, null, null, "x", Waktu);
        Assert.Equal(KodeEvaluasiTahunan.BelumFinal, Assert.Throws<DomainException>(() => e.BukaKembali("alasan", "admin", Waktu)).Kode);
        e.Finalkan(true, "x", Waktu);

        Assert.Equal(KodeEvaluasi.AlasanWajib, Assert.Throws<DomainException>(() => e.BukaKembali(" ", "admin", Waktu)).Kode);
        e.BukaKembali("Salah input rating", "admin", Waktu.AddDays(1));

        Assert.Equal(StatusEvaluasiTahunan.Dinilai, e.Status);
        Assert.Null(e.FinalUtc);
        Assert.Equal("Salah input rating", e.AlasanBukaKembali);
        e.Nilai(3, A, S, S, S, "Koreksi", null, "x", Waktu.AddDays(2));
        Assert.Equal(PredikatKinerja.Baik, e.Predikat);
    }

    [Fact]
    public void Nilai_InvalidRating_Refused()
    {
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() => EvaluasiTahunan.Buat(1, 2, 3, (Rating)9, S, null, null, null, null, "x", Waktu)).Kode);
    }
}
