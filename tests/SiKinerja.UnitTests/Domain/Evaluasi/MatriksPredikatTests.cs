using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class MatriksPredikatTests
{
    [Theory]
    [InlineData(Rating.DiAtasEkspektasi, Rating.DiBawahEkspektasi, PredikatKinerja.Kurang)]
    [InlineData(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.Baik)]
    [InlineData(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, PredikatKinerja.SangatBaik)]
    [InlineData(Rating.SesuaiEkspektasi, Rating.DiBawahEkspektasi, PredikatKinerja.Kurang)]
    [InlineData(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.Baik)]
    [InlineData(Rating.SesuaiEkspektasi, Rating.DiAtasEkspektasi, PredikatKinerja.Baik)]
    [InlineData(Rating.DiBawahEkspektasi, Rating.DiBawahEkspektasi, PredikatKinerja.SangatKurang)]
    [InlineData(Rating.DiBawahEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.ButuhPerbaikan)]
    [InlineData(Rating.DiBawahEkspektasi, Rating.DiAtasEkspektasi, PredikatKinerja.ButuhPerbaikan)]
    public void Dari_GivesTheCellOfDomainMatrix(Rating hasil, Rating perilaku, PredikatKinerja predikat) =>
        Assert.Equal(predikat, MatriksPredikat.Dari(hasil, perilaku));

    [Fact]
    public void Dari_CoversAllNineCellsWithEveryPredikat()
    {
        var semua = from h in Enum.GetValues<Rating>() from p in Enum.GetValues<Rating>() select MatriksPredikat.Dari(h, p);
        Assert.Equal(9, semua.Count());
        Assert.Equal(Enum.GetValues<PredikatKinerja>().Order(), semua.Distinct().Order());
    }

    [Fact]
    public void Dari_RefusesAnUndefinedRating()
    {
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() => MatriksPredikat.Dari((Rating)0, Rating.SesuaiEkspektasi)).Kode);
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() => MatriksPredikat.Dari(Rating.SesuaiEkspektasi, (Rating)4)).Kode);
    }
}
