using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class SaranRatingPerilakuTests
{
    private const Rating A = Rating.DiAtasEkspektasi;
    private const Rating S = Rating.SesuaiEkspektasi;
    private const Rating B = Rating.DiBawahEkspektasi;

    /// <summary>Ratings in the official order: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.</summary>
    private static Dictionary<NilaiBerakhlak, Rating> Nilai(params Rating[] rating) =>
        Enum.GetValues<NilaiBerakhlak>().Zip(rating).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public void NotAllSevenRated_NoSuggestion()
    {
        Saran.Sama(SaranRatingPerilaku.Dari(Nilai(A, A, A, A, A, A)), null, KodeEvaluasi.SaranPerilakuBelumLengkap, 6, 7);
        Saran.Sama(SaranRatingPerilaku.Dari(new Dictionary<NilaiBerakhlak, Rating>()), null, KodeEvaluasi.SaranPerilakuBelumLengkap, 0, 7);
    }

    [Fact]
    public void AnUndefinedRating_CountsAsNotRated()
    {
        var nilai = Nilai(A, A, A, A, A, A, A);
        nilai[NilaiBerakhlak.Loyal] = (Rating)9;
        Saran.Sama(SaranRatingPerilaku.Dari(nilai), null, KodeEvaluasi.SaranPerilakuBelumLengkap, 6, 7);
    }

    [Theory]
    [InlineData(new[] { S, S, S, S, S, S, S }, S, 7)]
    [InlineData(new[] { A, A, A, A, S, S, S }, A, 4)]
    [InlineData(new[] { B, S, B, A, B, B, A }, B, 4)]
    [InlineData(new[] { S, A, S, B, S, S, A }, S, 4)]
    public void AMajorityOfFourOrMore_IsSuggested(Rating[] rating, Rating saran, int jumlah) =>
        Saran.Sama(SaranRatingPerilaku.Dari(Nilai(rating)), saran, KodeEvaluasi.SaranPerilakuMayoritas, jumlah, 7);

    [Theory]
    [InlineData(new[] { A, A, A, S, S, S, B })]
    [InlineData(new[] { B, B, B, A, A, A, S })]
    [InlineData(new[] { A, A, B, B, B, A, S })]
    public void NoMajority_IsSesuai(Rating[] rating) =>
        Saran.Sama(SaranRatingPerilaku.Dari(Nilai(rating)), S, KodeEvaluasi.SaranPerilakuTanpaMayoritas, 7);

    [Fact]
    public void ADecisiveValueBelow_IsBelow_OnlyWhenConfigured()
    {
        var nilai = Nilai(A, B, A, A, A, A, A);
        Assert.Equal(A, SaranRatingPerilaku.Dari(nilai).Rating);

        var aturan = new AturanRating { NilaiPenentuDiBawah = new HashSet<NilaiBerakhlak> { NilaiBerakhlak.Akuntabel } };
        Saran.Sama(SaranRatingPerilaku.Dari(nilai, aturan), B, KodeEvaluasi.SaranPerilakuNilaiPenentu, "Akuntabel");
        Assert.Equal(A, SaranRatingPerilaku.Dari(Nilai(A, S, A, A, A, A, B), aturan).Rating);
    }
}
