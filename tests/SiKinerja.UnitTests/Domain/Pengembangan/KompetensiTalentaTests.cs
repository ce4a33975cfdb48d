using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.UnitTests.Domain.Pengembangan;

public class KesenjanganKompetensiTests
{
    [Fact]
    public void Hitung_GivesStandardAssessedGapAndNotAssessed()
    {
        var standar = new Dictionary<int, int> { [1] = 3, [2] = 4, [3] = 2 };
        var level = new Dictionary<int, int> { [1] = 2, [3] = 4, [9] = 5 };

        var hasil = KesenjanganKompetensi.Hitung(standar, level);

        Assert.Equal([1, 2, 3], hasil.Select(h => h.KompetensiId));
        Assert.Equal(1, hasil[0].Selisih);
        Assert.True(hasil[0].DiBawahStandar);
        Assert.True(hasil[1].BelumDiases);
        Assert.Null(hasil[1].Selisih);
        Assert.False(hasil[1].DiBawahStandar);
        Assert.Equal(0, hasil[2].Selisih);
        Assert.False(hasil[2].DiBawahStandar);
    }

    [Fact]
    public void LevelTerakhir_TakesTheLatestAssessmentThatAssessedTheCompetency()
    {
        var baris = new[]
        {
            (1, new DateOnly(2024, 1, 1), 10, 2),
            (1, new DateOnly(2025, 6, 1), 11, 4),
            (2, new DateOnly(2024, 1, 1), 10, 3),
            (3, new DateOnly(2025, 6, 1), 11, 1),
            (3, new DateOnly(2025, 6, 1), 12, 5),
        };

        var level = KesenjanganKompetensi.LevelTerakhir(baris);

        Assert.Equal(4, level[1]);
        Assert.Equal(3, level[2]);
        Assert.Equal(5, level[3]);
    }
}

public class KotakTalentaTests
{
    private static readonly AturanTalenta Bawaan = new();

    [Theory]
    [InlineData(0, TingkatPotensi.Rendah)]
    [InlineData(40, TingkatPotensi.Rendah)]
    [InlineData(41, TingkatPotensi.Menengah)]
    [InlineData(80, TingkatPotensi.Menengah)]
    [InlineData(81, TingkatPotensi.Tinggi)]
    [InlineData(100, TingkatPotensi.Tinggi)]
    public void Potensi_ThresholdsAreInclusiveUpperBounds(int nilai, TingkatPotensi tingkat) => Assert.Equal(tingkat, Bawaan.Potensi(nilai));

    [Theory]
    [InlineData(PredikatKinerja.SangatBaik, 0, 4)]
    [InlineData(PredikatKinerja.SangatBaik, 41, 7)]
    [InlineData(PredikatKinerja.SangatBaik, 100, 9)]
    [InlineData(PredikatKinerja.Baik, 40, 2)]
    [InlineData(PredikatKinerja.Baik, 80, 5)]
    [InlineData(PredikatKinerja.Baik, 81, 8)]
    [InlineData(PredikatKinerja.ButuhPerbaikan, 40, 1)]
    [InlineData(PredikatKinerja.Kurang, 41, 3)]
    [InlineData(PredikatKinerja.SangatKurang, 81, 6)]
    [InlineData(PredikatKinerja.SangatKurang, 0, 1)]
    public void Tempatkan_GivesTheBoxNumber(PredikatKinerja predikat, int nilai, int kotak) =>
        Assert.Equal(kotak, KotakTalenta.Tempatkan(predikat, nilai, Bawaan).Nomor);

    [Fact]
    public void Boxes_MatchTheDomainLabels()
    {
        Assert.Equal(9, KotakTalenta.Semua.Select(k => (k.Kinerja, k.Potensi)).Distinct().Count());
        Assert.Equal(new KotakTalenta(1, TingkatKinerja.DiBawahEkspektasi, TingkatPotensi.Rendah), KotakTalenta.Semua[0]);
        Assert.Equal(new KotakTalenta(6, TingkatKinerja.DiBawahEkspektasi, TingkatPotensi.Tinggi), KotakTalenta.Semua[5]);
        Assert.Equal(new KotakTalenta(9, TingkatKinerja.DiAtasEkspektasi, TingkatPotensi.Tinggi), KotakTalenta.Semua[8]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Tempatkan_RefusesAScoreOutOfRange(int nilai) =>
        Assert.Equal(KodePengembangan.NilaiPotensiTidakValid,
            Assert.Throws<DomainException>(() => KotakTalenta.Tempatkan(PredikatKinerja.Baik, nilai, Bawaan)).Kode);

    [Theory]
    [InlineData(40, 80, true)]
    [InlineData(0, 99, true)]
    [InlineData(80, 40, false)]
    [InlineData(50, 50, false)]
    [InlineData(-1, 80, false)]
    [InlineData(40, 100, false)]
    public void Settings_AreValidated(int rendah, int tinggi, bool sah) =>
        Assert.Equal(sah, new AturanTalenta { PotensiBatasRendah = rendah, PotensiBatasTinggi = tinggi }.Sah);

    [Fact]
    public void Tempatkan_UsesCustomThresholds()
    {
        var aturan = new AturanTalenta { PotensiBatasRendah = 50, PotensiBatasTinggi = 70 };
        Assert.Equal(2, KotakTalenta.Tempatkan(PredikatKinerja.Baik, 50, aturan).Nomor);
        Assert.Equal(8, KotakTalenta.Tempatkan(PredikatKinerja.Baik, 71, aturan).Nomor);
    }
}
