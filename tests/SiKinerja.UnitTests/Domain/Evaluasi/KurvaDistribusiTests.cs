using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class KurvaDistribusiTests
{
    private static Dictionary<PredikatKinerja, int> J(int sb = 0, int b = 0, int bp = 0, int k = 0, int sk = 0) => new()
    {
        [PredikatKinerja.SangatBaik] = sb,
        [PredikatKinerja.Baik] = b,
        [PredikatKinerja.ButuhPerbaikan] = bp,
        [PredikatKinerja.Kurang] = k,
        [PredikatKinerja.SangatKurang] = sk,
    };

    private static IReadOnlyList<TemuanKurva> Periksa(PredikatOrganisasi org, Dictionary<PredikatKinerja, int> jumlah, AturanKurva? aturan = null) =>
        KurvaDistribusi.Periksa(org, jumlah, aturan);

    private static void Satu(IReadOnlyList<TemuanKurva> temuan, string kode, bool memblokir, params object[] argumen)
    {
        var t = Assert.Single(temuan, x => x.Kode == kode);
        Assert.Equal(memblokir, t.Memblokir);
        Assert.Equal(argumen, t.Argumen);
    }

    [Fact]
    public void EmptyUnit_HasNoFindings()
    {
        foreach (var org in Enum.GetValues<PredikatOrganisasi>())
        {
            Assert.Empty(Periksa(org, J()));
            Assert.Empty(KurvaDistribusi.Periksa(org, new Dictionary<PredikatKinerja, int>()));
        }
    }

    [Fact]
    public void MissingKeysCountZero_NegativeCountsAreRefused()
    {
        Assert.Empty(KurvaDistribusi.Periksa(PredikatOrganisasi.Istimewa, new Dictionary<PredikatKinerja, int> { [PredikatKinerja.Baik] = 3 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Periksa(PredikatOrganisasi.Istimewa, J(b: -1)));
    }

    // ---- Istimewa: Sangat Baik at most 70 % ----------------------------------------------------------

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    [InlineData(10, 7)]
    [InlineData(40, 28)]
    public void Istimewa_SangatBaikAtMost70Percent_OnTheExactCount(int n, int maks)
    {
        Assert.Empty(Periksa(PredikatOrganisasi.Istimewa, J(sb: maks, b: n - maks)));

        // Over the exact count: a warning while within the rounded-up count (a fraction of a person), else a refusal.
        var pecahan = 70 * n % 100 != 0;
        var temuan = Periksa(PredikatOrganisasi.Istimewa, J(sb: maks + 1, b: n - maks - 1));
        Satu(temuan, KodeEvaluasi.KurvaMaksSangatBaik, !pecahan, maks + 1, 70m, maks, n);
        Assert.Single(temuan);
        if (pecahan && maks + 2 <= n)
        {
            Satu(Periksa(PredikatOrganisasi.Istimewa, J(sb: maks + 2, b: n - maks - 2)), KodeEvaluasi.KurvaMaksSangatBaik, true, maks + 2, 70m, maks, n);
        }

        // The strict setting blocks at once.
        var tepat = Periksa(PredikatOrganisasi.Istimewa, J(sb: maks + 1, b: n - maks - 1), new AturanKurva { PembulatanMaksimum = PembulatanMaksimum.Tepat });
        Satu(tepat, KodeEvaluasi.KurvaMaksSangatBaik, true, maks + 1, 70m, maks, n);
    }

    [Fact]
    public void Istimewa_TheRestMayBeAnything()
    {
        Assert.Empty(Periksa(PredikatOrganisasi.Istimewa, J(sb: 5, b: 1, bp: 1, k: 1, sk: 2)));
        Assert.Empty(Periksa(PredikatOrganisasi.Istimewa, J(sk: 10)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    [InlineData(10, 7)]
    public void RoundingUpTheMaximum_IsASetting(int n, int maks)
    {
        var aturan = new AturanKurva { PembulatanMaksimum = PembulatanMaksimum.KeAtas };
        Assert.Empty(Periksa(PredikatOrganisasi.Istimewa, J(sb: maks, b: n - maks), aturan));
        if (maks < n)
        {
            Assert.NotEmpty(Periksa(PredikatOrganisasi.Istimewa, J(sb: maks + 1, b: n - maks - 1), aturan));
        }
    }

    // ---- Baik: Baik at most 70 %, and some Butuh Perbaikan and/or Kurang ---------------------------

    [Fact]
    public void Baik_BaikAtMost70Percent()
    {
        Assert.Empty(Periksa(PredikatOrganisasi.Baik, J(sb: 2, b: 7, bp: 1)));
        Satu(Periksa(PredikatOrganisasi.Baik, J(b: 8, k: 2)), KodeEvaluasi.KurvaMaksBaik, true, 8, 70m, 7, 10);
        Assert.Empty(Periksa(PredikatOrganisasi.Baik, J(sb: 8, b: 28, k: 2, bp: 1, sk: 1)));
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(40, true)]
    [InlineData(9, false)]
    [InlineData(5, false)]
    [InlineData(2, false)]
    public void Baik_MustIncludeButuhPerbaikanOrKurang_BlocksFromTenEmployees(int n, bool memblokir)
    {
        var sb = n - (n * 7 / 10);
        var temuan = Periksa(PredikatOrganisasi.Baik, J(sb: sb, b: n - sb));
        Satu(temuan, KodeEvaluasi.KurvaWajibAdaButuhPerbaikanAtauKurang, memblokir, 0, 0m, 1, n);
        Assert.Single(temuan);

        Assert.Empty(Periksa(PredikatOrganisasi.Baik, J(sb: sb - 1, b: n - sb, k: 1)));
        Assert.Empty(Periksa(PredikatOrganisasi.Baik, J(sb: sb - 1, b: n - sb, bp: 1)));
    }

    [Fact]
    public void Baik_UnitOfOne()
    {
        // A one-person unit rated Baik: "Baik at most 70 %" is 0.7 of a person, so only a warning (Tepat would refuse it).
        var temuan = Periksa(PredikatOrganisasi.Baik, J(b: 1));
        Satu(temuan, KodeEvaluasi.KurvaMaksBaik, false, 1, 70m, 0, 1);
        Assert.DoesNotContain(temuan, t => t.Memblokir);
        Assert.True(Assert.Single(Periksa(PredikatOrganisasi.Baik, J(b: 1), new AturanKurva { PembulatanMaksimum = PembulatanMaksimum.Tepat }), t => t.Kode == KodeEvaluasi.KurvaMaksBaik).Memblokir);
        Satu(temuan, KodeEvaluasi.KurvaWajibAdaButuhPerbaikanAtauKurang, false, 0, 0m, 1, 1);
        Assert.Empty(Periksa(PredikatOrganisasi.Baik, J(bp: 1)));
        Assert.Single(Periksa(PredikatOrganisasi.Baik, J(b: 1), new AturanKurva { PembulatanMaksimum = PembulatanMaksimum.KeAtas }));
        Assert.True(Assert.Single(Periksa(PredikatOrganisasi.Baik, J(sb: 1), new AturanKurva { UkuranBlokirWajibAda = 1 })).Memblokir);
    }

    // ---- Butuh Perbaikan: BP at least 60 %, SB at most 10 % -----------------------------------------

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 2, true)]
    [InlineData(3, 2, true)]
    [InlineData(5, 3, true)]
    [InlineData(10, 6, true)]
    [InlineData(40, 24, true)]
    public void ButuhPerbaikan_AtLeast60Percent_RoundedUpToWholePeople(int n, int minimum, bool memblokir)
    {
        Assert.Empty(Periksa(PredikatOrganisasi.ButuhPerbaikan, J(bp: minimum, b: n - minimum)));
        var temuan = Periksa(PredikatOrganisasi.ButuhPerbaikan, J(bp: minimum - 1, b: n - minimum + 1));
        Satu(temuan, KodeEvaluasi.KurvaMinButuhPerbaikan, memblokir, minimum - 1, 60m, minimum, n);
        Assert.Single(temuan);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 0)]
    [InlineData(10, 1)]
    [InlineData(40, 4)]
    public void ButuhPerbaikan_SangatBaikAtMost10Percent(int n, int maks)
    {
        var bp = n - maks - 1;
        var temuan = Periksa(PredikatOrganisasi.ButuhPerbaikan, J(sb: maks + 1, bp: bp));
        Satu(temuan, KodeEvaluasi.KurvaMaksSangatBaik, 10 * n % 100 == 0, maks + 1, 10m, maks, n);
        var tepat = Periksa(PredikatOrganisasi.ButuhPerbaikan, J(sb: maks + 1, bp: bp), new AturanKurva { PembulatanMaksimum = PembulatanMaksimum.Tepat });
        Satu(tepat, KodeEvaluasi.KurvaMaksSangatBaik, true, maks + 1, 10m, maks, n);
        Assert.Empty(Periksa(PredikatOrganisasi.ButuhPerbaikan, J(sb: maks, bp: n - maks)));
    }

    [Fact]
    public void AFractionalMinimumCanBeMadeToBlock()
    {
        var temuan = Periksa(PredikatOrganisasi.ButuhPerbaikan, J(b: 1), new AturanKurva { MinimumPecahanHanyaPeringatan = false });
        Assert.True(Assert.Single(temuan).Memblokir);
    }

    // ---- Kurang: K at least 60 %, BP at least 10 %, SB at most 10 % ---------------------------------

    [Fact]
    public void Kurang_AllThreeRules()
    {
        Assert.Empty(Periksa(PredikatOrganisasi.Kurang, J(k: 6, bp: 1, sb: 1, b: 1, sk: 1)));
        Assert.Empty(Periksa(PredikatOrganisasi.Kurang, J(k: 24, bp: 4, sb: 4, b: 8)));

        var temuan = Periksa(PredikatOrganisasi.Kurang, J(k: 5, sb: 2, b: 3));
        Satu(temuan, KodeEvaluasi.KurvaMinKurang, true, 5, 60m, 6, 10);
        Satu(temuan, KodeEvaluasi.KurvaMinButuhPerbaikan, true, 0, 10m, 1, 10);
        Satu(temuan, KodeEvaluasi.KurvaMaksSangatBaik, true, 2, 10m, 1, 10);
        Assert.Equal(3, temuan.Count);

        temuan = Periksa(PredikatOrganisasi.Kurang, J(k: 24, bp: 3, sb: 5, b: 8));
        Satu(temuan, KodeEvaluasi.KurvaMinButuhPerbaikan, true, 3, 10m, 4, 40);
        Satu(temuan, KodeEvaluasi.KurvaMaksSangatBaik, true, 5, 10m, 4, 40);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Kurang_SmallUnits_TenPercentOfButuhPerbaikanIsOnlyAWarning(int n)
    {
        var temuan = Periksa(PredikatOrganisasi.Kurang, J(k: n));
        Satu(temuan, KodeEvaluasi.KurvaMinButuhPerbaikan, false, 0, 10m, 1, n);
        Assert.Single(temuan);
        Assert.DoesNotContain(temuan, t => t.Memblokir);
    }

    [Fact]
    public void Kurang_UnitOfThree_SixtyPercentIsTwoPeopleAndBlocks()
    {
        var temuan = Periksa(PredikatOrganisasi.Kurang, J(k: 1, bp: 1, b: 1));
        Satu(temuan, KodeEvaluasi.KurvaMinKurang, true, 1, 60m, 2, 3);
        Assert.Single(temuan);
        Assert.Empty(Periksa(PredikatOrganisasi.Kurang, J(k: 2, bp: 1)));
    }

    // ---- Sangat Kurang: SK at least 60 %, K and/or BP at least 10 %, no SB -------------------------

    [Fact]
    public void SangatKurang_AllThreeRules()
    {
        Assert.Empty(Periksa(PredikatOrganisasi.SangatKurang, J(sk: 6, k: 1, b: 3)));
        Assert.Empty(Periksa(PredikatOrganisasi.SangatKurang, J(sk: 6, bp: 1, b: 3)));
        Assert.Empty(Periksa(PredikatOrganisasi.SangatKurang, J(sk: 24, k: 2, bp: 2, b: 12)));

        var temuan = Periksa(PredikatOrganisasi.SangatKurang, J(sk: 5, sb: 1, b: 4));
        Satu(temuan, KodeEvaluasi.KurvaMinSangatKurang, true, 5, 60m, 6, 10);
        Satu(temuan, KodeEvaluasi.KurvaMinKurangAtauButuhPerbaikan, true, 0, 10m, 1, 10);
        Satu(temuan, KodeEvaluasi.KurvaTanpaSangatBaik, true, 1, 0m, 0, 10);
        Assert.Equal(3, temuan.Count);

        Satu(Periksa(PredikatOrganisasi.SangatKurang, J(sk: 36, k: 1, bp: 2, b: 1)), KodeEvaluasi.KurvaMinKurangAtauButuhPerbaikan, true, 3, 10m, 4, 40);
    }

    [Fact]
    public void SangatKurang_UnitOfOne_NoSangatBaikStillBlocks()
    {
        var temuan = Periksa(PredikatOrganisasi.SangatKurang, J(sb: 1));
        Satu(temuan, KodeEvaluasi.KurvaTanpaSangatBaik, true, 1, 0m, 0, 1);
        Satu(temuan, KodeEvaluasi.KurvaMinSangatKurang, false, 0, 60m, 1, 1);
        Satu(temuan, KodeEvaluasi.KurvaMinKurangAtauButuhPerbaikan, false, 0, 10m, 1, 1);

        temuan = Periksa(PredikatOrganisasi.SangatKurang, J(sk: 1));
        Assert.False(Assert.Single(temuan).Memblokir);
    }

    [Fact]
    public void EveryOrganisationPredikat_HasItsRules()
    {
        Assert.Single(KurvaDistribusi.Aturan(PredikatOrganisasi.Istimewa));
        Assert.Equal(2, KurvaDistribusi.Aturan(PredikatOrganisasi.Baik).Count);
        Assert.Equal(2, KurvaDistribusi.Aturan(PredikatOrganisasi.ButuhPerbaikan).Count);
        Assert.Equal(3, KurvaDistribusi.Aturan(PredikatOrganisasi.Kurang).Count);
        Assert.Equal(3, KurvaDistribusi.Aturan(PredikatOrganisasi.SangatKurang).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => KurvaDistribusi.Aturan((PredikatOrganisasi)9));
    }

    // ---- live display: allowed counts per predikat ---------------------------------------------------

    private static (int, int)[] Batas(PredikatOrganisasi org, int n) =>
        [.. KurvaDistribusi.BatasPerPredikat(org, n).Select(b => (b.Minimum, b.Maksimum))];

    [Fact]
    public void BatasPerPredikat_InPredikatOrder()
    {
        Assert.Equal(Enum.GetValues<PredikatKinerja>(), KurvaDistribusi.BatasPerPredikat(PredikatOrganisasi.Baik, 10).Select(b => b.Predikat));
    }

    [Fact]
    public void BatasPerPredikat_Istimewa() =>
        Assert.Equal([(0, 28), (0, 40), (0, 40), (0, 40), (0, 40)], Batas(PredikatOrganisasi.Istimewa, 40));

    [Fact]
    public void BatasPerPredikat_Baik_TheRequiredOneLeavesRoom() =>
        Assert.Equal([(0, 9), (0, 7), (0, 10), (0, 10), (0, 9)], Batas(PredikatOrganisasi.Baik, 10));

    [Fact]
    public void BatasPerPredikat_Baik_SmallUnitOnlyWarns() =>
        Assert.Equal([(0, 3), (0, 3), (0, 3), (0, 3), (0, 3)], Batas(PredikatOrganisasi.Baik, 3));

    [Fact]
    public void BatasPerPredikat_ButuhPerbaikan() =>
        Assert.Equal([(0, 1), (0, 4), (6, 10), (0, 4), (0, 4)], Batas(PredikatOrganisasi.ButuhPerbaikan, 10));

    [Fact]
    public void BatasPerPredikat_Kurang() =>
        Assert.Equal([(0, 1), (0, 3), (1, 4), (6, 9), (0, 3)], Batas(PredikatOrganisasi.Kurang, 10));

    [Fact]
    public void BatasPerPredikat_Kurang_UnitOfThree() =>
        Assert.Equal([(0, 1), (0, 1), (0, 1), (2, 3), (0, 1)], Batas(PredikatOrganisasi.Kurang, 3));

    [Fact]
    public void ZeroPercentMaximum_AlwaysBlocks_EvenInAUnitOfOne() =>
        Satu(Periksa(PredikatOrganisasi.SangatKurang, J(sb: 1)), KodeEvaluasi.KurvaTanpaSangatBaik, true, 1, 0m, 0, 1);

    [Fact]
    public void BatasPerPredikat_SangatKurang() =>
        Assert.Equal([(0, 0), (0, 3), (0, 4), (0, 4), (6, 9)], Batas(PredikatOrganisasi.SangatKurang, 10));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(40)]
    public void BatasPerPredikat_AreConsistentWithPeriksa(int n)
    {
        foreach (var org in Enum.GetValues<PredikatOrganisasi>())
        {
            var batas = KurvaDistribusi.BatasPerPredikat(org, n);
            Assert.All(batas, b => Assert.InRange(b.Minimum, 0, b.Maksimum));
            Assert.All(batas, b => Assert.InRange(b.Maksimum, 0, n));
            Assert.InRange(batas.Sum(b => b.Minimum), 0, n);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => KurvaDistribusi.BatasPerPredikat(PredikatOrganisasi.Baik, -1));
    }
}
