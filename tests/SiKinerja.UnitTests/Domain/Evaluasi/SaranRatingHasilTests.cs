using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class CapaianIkiTests
{
    [Theory]
    [InlineData(11, Rating.DiAtasEkspektasi, 110)]
    [InlineData(10, Rating.SesuaiEkspektasi, 100)]
    [InlineData(9, Rating.SesuaiEkspektasi, 90)]
    [InlineData(8.9, Rating.DiBawahEkspektasi, 89)]
    [InlineData(0, Rating.DiBawahEkspektasi, 0)]
    public void Angka_IsAPercentageOfTheTarget(decimal realisasi, Rating kategori, decimal persen)
    {
        var (k, p) = new CapaianIki(AspekIki.Kuantitas, Target.Angka(10, "laporan"), realisasi).Nilai();
        Assert.Equal(kategori, k);
        Assert.Equal(persen, p);
    }

    [Theory]
    [InlineData(AspekIki.Waktu, 2, Rating.DiAtasEkspektasi, 150)]
    [InlineData(AspekIki.Waktu, 3, Rating.SesuaiEkspektasi, 100)]
    [InlineData(AspekIki.Waktu, 4, Rating.DiBawahEkspektasi, 75)]
    [InlineData(AspekIki.Biaya, 2.5, Rating.DiAtasEkspektasi, 120)]
    public void Angka_WhereLessIsBetter_IsTargetOverRealisasi(AspekIki aspek, decimal realisasi, Rating kategori, decimal persen)
    {
        var (k, p) = new CapaianIki(aspek, Target.Angka(3, "bulan"), realisasi).Nilai();
        Assert.Equal(kategori, k);
        Assert.Equal(persen, p);
    }

    [Fact]
    public void Angka_PercentageIsRoundedToTwoDecimals()
    {
        Assert.Equal(66.67m, new CapaianIki(AspekIki.Kuantitas, Target.Angka(3, "laporan"), 2).Nilai().Persen);
    }

    [Fact]
    public void Angka_WhereLessIsBetter_NothingSpentIsAbove()
    {
        Assert.Equal((Rating.DiAtasEkspektasi, (decimal?)null), new CapaianIki(AspekIki.Biaya, Target.Angka(1000, "rupiah"), 0).Nilai());
    }

    [Theory]
    [InlineData(AspekIki.Kualitas, 0, Rating.SesuaiEkspektasi)]
    [InlineData(AspekIki.Kualitas, 1, Rating.DiAtasEkspektasi)]
    [InlineData(AspekIki.Biaya, 0, Rating.SesuaiEkspektasi)]
    [InlineData(AspekIki.Biaya, 5, Rating.DiBawahEkspektasi)]
    public void Angka_TargetZero_ComparesWithoutPercentage(AspekIki aspek, decimal realisasi, Rating kategori)
    {
        Assert.Equal((kategori, (decimal?)null), new CapaianIki(aspek, Target.Angka(0, "temuan"), realisasi).Nilai());
    }

    [Fact]
    public void Angka_WithoutNumbers_IsNotAssessable()
    {
        Assert.Null(new CapaianIki(AspekIki.Kuantitas, Target.Angka(10, "laporan"), null).Nilai().Kategori);
        Assert.Null(new CapaianIki(AspekIki.Kuantitas, Target.Angka(null, "laporan"), 5).Nilai().Kategori);
        Assert.Null(new CapaianIki(AspekIki.Kuantitas, Target.Angka(-1, "laporan"), 5).Nilai().Kategori);
        Assert.Null(new CapaianIki(AspekIki.Kuantitas, Target.Angka(10, "laporan"), -5).Nilai().Kategori);
    }

    [Theory]
    [InlineData(85, Rating.SesuaiEkspektasi)]
    [InlineData(80, Rating.SesuaiEkspektasi)]
    [InlineData(100, Rating.SesuaiEkspektasi)]
    [InlineData(100.5, Rating.DiAtasEkspektasi)]
    [InlineData(79, Rating.DiBawahEkspektasi)]
    public void Rentang_InsideMeets_AboveAndBelow(decimal realisasi, Rating kategori)
    {
        Assert.Equal((kategori, (decimal?)null), new CapaianIki(AspekIki.Kualitas, Target.Rentang(80, 100, "%"), realisasi).Nilai());
    }

    [Theory]
    [InlineData(1, Rating.DiAtasEkspektasi)]
    [InlineData(2.5, Rating.SesuaiEkspektasi)]
    [InlineData(4, Rating.DiBawahEkspektasi)]
    public void Rentang_WhereLessIsBetter_IsReversed(decimal realisasi, Rating kategori)
    {
        Assert.Equal(kategori, new CapaianIki(AspekIki.Waktu, Target.Rentang(2, 3, "bulan"), realisasi).Nilai().Kategori);
    }

    [Fact]
    public void Rentang_Incomplete_IsNotAssessable()
    {
        Assert.Null(new CapaianIki(AspekIki.Kualitas, Target.Rentang(80, null, "%"), 90).Nilai().Kategori);
        Assert.Null(new CapaianIki(AspekIki.Kualitas, Target.Rentang(100, 80, "%"), 90).Nilai().Kategori);
        Assert.Null(new CapaianIki(AspekIki.Kualitas, Target.Rentang(80, 100, "%"), null).Nilai().Kategori);
    }

    [Theory]
    [InlineData(6, 29, Rating.SesuaiEkspektasi)]
    [InlineData(6, 30, Rating.SesuaiEkspektasi)]
    [InlineData(7, 1, Rating.DiBawahEkspektasi)]
    public void Tanggal_OnTimeMeets_LateIsBelow(int bulan, int hari, Rating kategori)
    {
        var capaian = new CapaianIki(AspekIki.Waktu, Target.Tenggat(new DateOnly(2026, 6, 30)), null, new DateOnly(2026, bulan, hari));
        Assert.Equal((kategori, (decimal?)null), capaian.Nilai());
    }

    [Fact]
    public void Tanggal_NotDoneYet_AndNarasi_AreNotAssessable()
    {
        Assert.Null(new CapaianIki(AspekIki.Waktu, Target.Tenggat(new DateOnly(2026, 6, 30)), null).Nilai().Kategori);
        Assert.Null(new CapaianIki(AspekIki.Kualitas, Target.Naratif("Laporan diterima tanpa revisi"), 100).Nilai().Kategori);
    }

    [Fact]
    public void Thresholds_AreSettings()
    {
        var aturan = new AturanRating { PersenSesuai = 80, PersenDiAtas = 110, AspekMakinKecilMakinBaik = new HashSet<AspekIki>() };
        Assert.Equal(Rating.SesuaiEkspektasi, new CapaianIki(AspekIki.Kuantitas, Target.Angka(100, "dokumen"), 85).Nilai(aturan).Kategori);
        Assert.Equal(Rating.SesuaiEkspektasi, new CapaianIki(AspekIki.Kuantitas, Target.Angka(100, "dokumen"), 110).Nilai(aturan).Kategori);
        Assert.Equal(Rating.DiAtasEkspektasi, new CapaianIki(AspekIki.Kuantitas, Target.Angka(100, "dokumen"), 111).Nilai(aturan).Kategori);
        Assert.Equal((Rating.DiBawahEkspektasi, 66.67m), new CapaianIki(AspekIki.Waktu, Target.Angka(3, "bulan"), 2).Nilai(aturan));
    }

    [Fact]
    public void Rhk_AnyIkiBelowIsBelow_AllAboveIsAbove_OtherwiseMeets()
    {
        var atas = Iki(12);
        var sesuai = Iki(10);
        var bawah = Iki(5);
        var narasi = new CapaianIki(AspekIki.Kualitas, Target.Naratif("Tepat"), null);

        Assert.Equal(Rating.DiBawahEkspektasi, new CapaianRhk(JenisRhk.Utama, [atas, atas, bawah]).Kategori());
        Assert.Equal(Rating.DiAtasEkspektasi, new CapaianRhk(JenisRhk.Utama, [atas, atas, narasi]).Kategori());
        Assert.Equal(Rating.SesuaiEkspektasi, new CapaianRhk(JenisRhk.Utama, [atas, sesuai]).Kategori());
        Assert.Null(new CapaianRhk(JenisRhk.Utama, [narasi]).Kategori());
        Assert.Null(new CapaianRhk(JenisRhk.Utama, []).Kategori());
    }

    internal static CapaianIki Iki(decimal realisasi) => new(AspekIki.Kuantitas, Target.Angka(10, "laporan"), realisasi);
}

public class SaranRatingHasilTests
{
    private static CapaianRhk Utama(decimal realisasi) => new(JenisRhk.Utama, [CapaianIkiTests.Iki(realisasi)]);

    private static CapaianRhk Tambahan(decimal realisasi) => new(JenisRhk.Tambahan, [CapaianIkiTests.Iki(realisasi)]);

    private static readonly CapaianRhk Narasi = new(JenisRhk.Utama, [new CapaianIki(AspekIki.Kualitas, Target.Naratif("Tepat"), null)]);

    [Fact]
    public void NothingAssessable_NoSuggestion()
    {
        Saran.Sama(SaranRatingHasil.Dari([]), null, KodeEvaluasi.SaranHasilTanpaData);
        Assert.Null(SaranRatingHasil.Dari([Narasi, Narasi]).Rating);
    }

    [Fact]
    public void MostAbove_NoUtamaBelow_IsAbove()
    {
        var saran = SaranRatingHasil.Dari([Utama(12), Utama(11), Utama(10)]);
        Assert.Equal(Rating.DiAtasEkspektasi, saran.Rating);
        Assert.Equal(KodeEvaluasi.SaranHasilSebagianBesarDiAtas, saran.Kode);
        Assert.Equal(new object[] { 2, 3 }, saran.Argumen);
    }

    [Fact]
    public void AllAbove_IsAbove() =>
        Assert.Equal(Rating.DiAtasEkspektasi, SaranRatingHasil.Dari([Utama(12), Tambahan(15)]).Rating);

    [Fact]
    public void MostAbove_ButAnUtamaBelow_IsOnlyMeets()
    {
        var saran = SaranRatingHasil.Dari([Utama(12), Utama(11), Utama(5)]);
        Assert.Equal(Rating.SesuaiEkspektasi, saran.Rating);
        Assert.Equal(KodeEvaluasi.SaranHasilUtamaDiBawah, saran.Kode);
        Assert.Equal(new object[] { 2, 3, 1 }, saran.Argumen);
    }

    [Fact]
    public void MostAbove_WithATambahanBelow_IsStillAbove() =>
        Assert.Equal(Rating.DiAtasEkspektasi, SaranRatingHasil.Dari([Utama(12), Utama(11), Tambahan(5)]).Rating);

    [Fact]
    public void MostBelow_IsBelow_EvenWithTheRestAbove()
    {
        var saran = SaranRatingHasil.Dari([Utama(5), Tambahan(2), Utama(12)]);
        Assert.Equal(Rating.DiBawahEkspektasi, saran.Rating);
        Assert.Equal(KodeEvaluasi.SaranHasilSebagianBesarDiBawah, saran.Kode);
        Assert.Equal(new object[] { 2, 3 }, saran.Argumen);
    }

    [Fact]
    public void HalfIsNotMost_SoAnEvenSplitMeets()
    {
        Assert.Equal(Rating.SesuaiEkspektasi, SaranRatingHasil.Dari([Utama(12), Utama(12), Utama(10), Utama(10)]).Rating);
        var saran = SaranRatingHasil.Dari([Utama(12), Utama(12), Utama(5), Utama(5)]);
        Assert.Equal(Rating.SesuaiEkspektasi, saran.Rating);
        Assert.Equal(KodeEvaluasi.SaranHasilSesuai, saran.Kode);
        Assert.Equal(new object[] { 0, 4 }, saran.Argumen);
    }

    [Fact]
    public void AllMeet_Meets()
    {
        var saran = SaranRatingHasil.Dari([Utama(10), Utama(9.5m), Tambahan(9)]);
        Saran.Sama(saran, Rating.SesuaiEkspektasi, KodeEvaluasi.SaranHasilSesuai, 3, 3);
    }

    [Fact]
    public void RhkWithoutAssessableIki_AreLeftOutOfTheCount()
    {
        var saran = SaranRatingHasil.Dari([Utama(12), Narasi, Narasi]);
        Assert.Equal(Rating.DiAtasEkspektasi, saran.Rating);
        Assert.Equal(new object[] { 1, 1 }, saran.Argumen);
    }

    [Fact]
    public void Settings_TambahanCanBeLeftOut_AndMostCanBeStricter()
    {
        Assert.Equal(Rating.DiBawahEkspektasi, SaranRatingHasil.Dari([Utama(12), Tambahan(5), Tambahan(5)]).Rating);
        Assert.Equal(Rating.DiAtasEkspektasi, SaranRatingHasil.Dari([Utama(12), Tambahan(5), Tambahan(5)], new AturanRating { SertakanRhkTambahan = false }).Rating);
        Assert.Equal(Rating.SesuaiEkspektasi, SaranRatingHasil.Dari([Utama(12), Utama(12), Utama(10)], new AturanRating { PorsiSebagianBesar = 0.75m }).Rating);
    }
}

internal static class Saran
{
    public static void Sama(SaranRating saran, Rating? rating, string kode, params object[] argumen)
    {
        Assert.Equal(rating, saran.Rating);
        Assert.Equal(kode, saran.Kode);
        Assert.Equal(argumen, saran.Argumen);
    }
}
