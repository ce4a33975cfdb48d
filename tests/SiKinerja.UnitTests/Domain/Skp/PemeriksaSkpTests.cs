using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

public class PemeriksaSkpTests
{
    private static IReadOnlyList<TemuanSkp> Periksa(Skp skp, AturanSkp? aturan = null, bool penilaiDisetujui = true) =>
        PemeriksaSkp.Periksa(skp, aturan ?? AturanSkp.Bawaan, penilaiDisetujui);

    private static Skp DenganTarget(Target target, AspekIki aspek = AspekIki.Kuantitas, SkpBuilder? builder = null)
    {
        var skp = (builder ?? new SkpBuilder()).Build();
        var rhk = skp.Rhk[0];
        skp.UbahIki(rhk, rhk.Indikator[0], aspek, "Indikator", target);
        return skp;
    }

    private static TemuanSkp Satu(Skp skp, string kode) => Assert.Single(Periksa(skp), t => t.Kode == kode);

    private static void Tidak(Skp skp, string kode) => Assert.DoesNotContain(Periksa(skp), t => t.Kode == kode);

    [Fact]
    public void CompleteSkp_HasNoFindings()
    {
        Assert.Empty(Periksa(new SkpBuilder().WithRhk(3).Build()));
        Assert.Empty(Periksa(new SkpBuilder().Kualitatif().Build()));
        Assert.Empty(Periksa(new SkpBuilder().TanpaPenilai().Build()));
    }

    [Fact]
    public void TargetWithoutNumber_IsError_PointingAtRhkAndIki()
    {
        var skp = new SkpBuilder().WithRhk(2).Build();
        var rhk = skp.Rhk[1];
        skp.TambahIki(rhk, AspekIki.Kualitas, "Mutu", Target.Angka(null, "%"));

        var t = Satu(skp, KodeSkp.TargetTanpaAngka);

        Assert.Equal(TingkatTemuan.Galat, t.Tingkat);
        Assert.Equal(1, t.RhkIndex);
        Assert.Equal(1, t.IkiIndex);
        Assert.Null(t.RhkId); // not saved yet
    }

    [Fact]
    public void RangeWithoutUpperBound_IsError()
    {
        Satu(DenganTarget(Target.Rentang(80, null, "%")), KodeSkp.TargetTanpaAngka);
        Tidak(DenganTarget(Target.Rentang(80, 100, "%")), KodeSkp.TargetTanpaAngka);
    }

    [Fact]
    public void TargetWithoutUnit_IsError()
    {
        Assert.True(Satu(DenganTarget(Target.Angka(5, " ")), KodeSkp.TargetTanpaSatuan).Galat);
        Satu(DenganTarget(Target.Rentang(1, 2, null)), KodeSkp.TargetTanpaSatuan);
        Tidak(DenganTarget(Target.Angka(5, "laporan")), KodeSkp.TargetTanpaSatuan);
    }

    [Fact]
    public void RangeMinAboveMax_IsError()
    {
        Assert.True(Satu(DenganTarget(Target.Rentang(100, 80, "%")), KodeSkp.RentangTerbalik).Galat);
        Tidak(DenganTarget(Target.Rentang(80, 80, "%")), KodeSkp.RentangTerbalik);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(1, -0.5)]
    public void NegativeTarget_IsError(double nilai, double? maks)
    {
        var target = maks is null ? Target.Angka((decimal)nilai, "dokumen") : Target.Rentang((decimal)nilai, (decimal)maks, "dokumen");

        Assert.True(Satu(DenganTarget(target), KodeSkp.TargetNegatif).Galat);
    }

    [Fact]
    public void ZeroTarget_IsNotNegative()
    {
        Tidak(DenganTarget(Target.Angka(0, "keluhan")), KodeSkp.TargetNegatif);
    }

    [Fact]
    public void AbsurdTarget_IsError_AtTheConfiguredLimit()
    {
        var aturan = new AturanSkp { NilaiTargetMaksimum = 1000 };

        var t = Assert.Single(Periksa(DenganTarget(Target.Angka(1001, "dokumen")), aturan));
        Assert.Equal(KodeSkp.TargetTidakWajar, t.Kode);
        Assert.Equal(1000m, t.Argumen[0]);
        Assert.Empty(Periksa(DenganTarget(Target.Angka(1000, "dokumen")), aturan));
        Satu(DenganTarget(Target.Angka(AturanSkp.Bawaan.NilaiTargetMaksimum + 1, "Rp"), AspekIki.Biaya), KodeSkp.TargetTidakWajar);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("Persen")]
    public void PercentAbove100_IsWarning(string satuan)
    {
        Assert.Equal(TingkatTemuan.Peringatan, Satu(DenganTarget(Target.Angka(120, satuan)), KodeSkp.PersenLebihDari100).Tingkat);
        Tidak(DenganTarget(Target.Angka(100, satuan)), KodeSkp.PersenLebihDari100);
    }

    [Fact]
    public void Kuantitatif_NarrativeTarget_IsError_Kualitatif_NumberTarget_IsWarning()
    {
        Assert.True(Satu(DenganTarget(Target.Naratif("Baik")), KodeSkp.TargetHarusTerukur).Galat);
        var kualitatif = DenganTarget(Target.Angka(3, "dokumen"), builder: new SkpBuilder().Kualitatif());
        Assert.Equal(TingkatTemuan.Peringatan, Satu(kualitatif, KodeSkp.TargetBukanNarasi).Tingkat);
        Tidak(DenganTarget(Target.Naratif("Baik"), builder: new SkpBuilder().Kualitatif()), KodeSkp.TargetHarusTerukur);
    }

    [Fact]
    public void DateTarget_OnlyForAspekWaktu()
    {
        Assert.True(Satu(DenganTarget(Target.Tenggat(new(2026, 6, 30)), AspekIki.Kuantitas), KodeSkp.TargetTanggalBukanWaktu).Galat);
        Assert.Empty(Periksa(DenganTarget(Target.Tenggat(new(2026, 6, 30)), AspekIki.Waktu)));
    }

    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2027-01-01")]
    [InlineData("2026-07-01")] // after a Jan–Jun segment
    public void DateTarget_OutsideThePeriod_IsError(string tanggal)
    {
        var skp = DenganTarget(Target.Tenggat(DateOnly.Parse(tanggal)), AspekIki.Waktu, new SkpBuilder().Periode(new(2026, 1, 1), new(2026, 6, 30)));

        var t = Satu(skp, KodeSkp.TargetWaktuDiLuarPeriode);

        Assert.True(t.Galat);
        Assert.Equal(new DateOnly(2026, 1, 1), t.Argumen[0]);
        Assert.Equal(new DateOnly(2026, 6, 30), t.Argumen[1]);
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-06-30")]
    public void DateTarget_OnThePeriodBounds_IsFine(string tanggal)
    {
        var skp = DenganTarget(Target.Tenggat(DateOnly.Parse(tanggal)), AspekIki.Waktu, new SkpBuilder().Periode(new(2026, 1, 1), new(2026, 6, 30)));

        Assert.Empty(Periksa(skp));
    }

    [Theory]
    [InlineData(12, "bulan", false)]
    [InlineData(13, "bulan", true)]
    [InlineData(365, "hari", false)]
    [InlineData(366, "hari", true)] // 2026 has 365 days
    [InlineData(500, "dokumen", false)] // other units are not a duration
    public void MonthsOrDaysTarget_LongerThanThePeriod_IsError(int nilai, string satuan, bool galat)
    {
        var skp = DenganTarget(Target.Angka(nilai, satuan), AspekIki.Waktu);

        Assert.Equal(galat, Periksa(skp).Any(t => t.Kode == KodeSkp.TargetWaktuMelebihiPeriode && t.Galat));
    }

    [Fact]
    public void MonthsTarget_CountsTheMonthsOfAShortSegment()
    {
        var builder = new SkpBuilder().Periode(new(2026, 3, 15), new(2026, 12, 31));

        var t = Satu(DenganTarget(Target.Angka(11, "Bulan"), AspekIki.Waktu, builder), KodeSkp.TargetWaktuMelebihiPeriode);

        Assert.Equal(10, t.Argumen[0]);
        Assert.Empty(Periksa(DenganTarget(Target.Angka(10, "bulan"), AspekIki.Waktu, builder)));
    }

    [Fact]
    public void MonthsTarget_OnlyCheckedForAspekWaktu()
    {
        Tidak(DenganTarget(Target.Angka(24, "bulan"), AspekIki.Kuantitas), KodeSkp.TargetWaktuMelebihiPeriode);
    }

    [Fact]
    public void UnlinkedRhk_WithPenilaiAndApprovedSupervisorSkp_IsError()
    {
        var t = Satu(new SkpBuilder().TanpaTautan().Build(), KodeSkp.RhkBelumDiintervensi);

        Assert.True(t.Galat);
        Assert.Equal(0, t.RhkIndex);
        Assert.Null(t.IkiIndex);
    }

    [Fact]
    public void UnlinkedRhk_WhenInterventionNotRequired_IsWarning()
    {
        var t = Assert.Single(Periksa(new SkpBuilder().TanpaTautan().Build(), new AturanSkp { WajibIntervensi = false }));

        Assert.Equal(KodeSkp.RhkBelumDiintervensi, t.Kode);
        Assert.Equal(TingkatTemuan.Peringatan, t.Tingkat);
    }

    [Fact]
    public void UnlinkedRhk_WhileSupervisorSkpNotApproved_IsOnlyAWarning()
    {
        var t = Assert.Single(Periksa(new SkpBuilder().TanpaTautan().Build(), penilaiDisetujui: false));

        Assert.Equal(KodeSkp.RhkMenungguSkpAtasan, t.Kode);
        Assert.Equal(TingkatTemuan.Peringatan, t.Tingkat);
    }

    [Fact]
    public void LinkedRhk_HasNoLinkFinding_EvenWhileSupervisorSkpNotApproved()
    {
        Assert.Empty(Periksa(new SkpBuilder().Build(), penilaiDisetujui: false));
    }

    [Fact]
    public void TopOfOrganisation_UnlinkedToOrganisationTarget_IsWarning_NotSupervisorError()
    {
        var findings = Periksa(new SkpBuilder().TanpaPenilai().TanpaTautan().Build());

        var t = Assert.Single(findings);
        Assert.Equal(KodeSkp.RhkTanpaSasaranOrganisasi, t.Kode);
        Assert.Equal(TingkatTemuan.Peringatan, t.Tingkat);
    }

    [Theory]
    [InlineData("Rencana hasil kerja 1")]
    [InlineData("  RENCANA   hasil kerja 1 ")]
    [InlineData("rencana hasil\tkerja 1")]
    public void DuplicateRhkText_IsError_OnTheSecond(string teks)
    {
        var skp = new SkpBuilder().Build();
        var dup = skp.TambahRhk(JenisRhk.Tambahan, teks, 101);
        skp.TambahIki(dup, AspekIki.Kuantitas, "x", Target.Angka(1, "dokumen"));

        var t = Satu(skp, KodeSkp.RhkGanda);

        Assert.Equal(1, t.RhkIndex);
        Assert.True(t.Galat);
    }

    [Fact]
    public void DifferentRhkTexts_AreNotDuplicates()
    {
        Tidak(new SkpBuilder().WithRhk(2).Build(), KodeSkp.RhkGanda);
    }

    [Fact]
    public void OnlyTambahan_IsError_NoUtama()
    {
        var skp = new SkpBuilder().Build();
        skp.UbahRhk(skp.Rhk[0], JenisRhk.Tambahan, "T", 101, null);

        var t = Satu(skp, KodeSkp.TanpaRhkUtama);

        Assert.True(t.Galat);
        Assert.Null(t.RhkIndex);
        Tidak(new SkpBuilder().Build(), KodeSkp.TanpaRhkUtama);
    }

    [Fact]
    public void RhkWithoutIki_IsError()
    {
        var skp = new SkpBuilder().WithRhk(2).Build();
        skp.HapusIki(skp.Rhk[1], skp.Rhk[1].Indikator[0]);

        var t = Satu(skp, KodeSkp.RhkTanpaIki);

        Assert.Equal(1, t.RhkIndex);
        Tidak(new SkpBuilder().Build(), KodeSkp.RhkTanpaIki);
    }

    [Fact]
    public void FewerRhkThanMinimum_IsError()
    {
        var t = Satu(new SkpBuilder().WithRhk(0).Build(), KodeSkp.RhkKurang);
        Assert.Equal(1, t.Argumen[0]);

        var aturan = new AturanSkp { RhkMinimum = 3 };
        Assert.Contains(Periksa(new SkpBuilder().WithRhk(2).Build(), aturan), x => x.Kode == KodeSkp.RhkKurang);
        Assert.Empty(Periksa(new SkpBuilder().WithRhk(3).Build(), aturan));
    }

    [Fact]
    public void MoreRhkThanMaximum_IsError()
    {
        Assert.Empty(Periksa(new SkpBuilder().WithRhk(15).Build()));
        var t = Satu(new SkpBuilder().WithRhk(16).Build(), KodeSkp.RhkTerlaluBanyak);
        Assert.Equal(15, t.Argumen[0]);
        Assert.True(t.Galat);

        var aturan = new AturanSkp { RhkMaksimum = 2 };
        Assert.Contains(Periksa(new SkpBuilder().WithRhk(3).Build(), aturan), x => x.Kode == KodeSkp.RhkTerlaluBanyak);
    }

    [Fact]
    public void DocumentedDefaults()
    {
        Assert.Equal(1, AturanSkp.Bawaan.RhkMinimum);
        Assert.Equal(15, AturanSkp.Bawaan.RhkMaksimum);
        Assert.True(AturanSkp.Bawaan.WajibIntervensi);
    }
}
