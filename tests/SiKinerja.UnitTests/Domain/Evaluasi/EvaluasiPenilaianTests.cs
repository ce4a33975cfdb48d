using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

/// <summary>The scoring parts of <see cref="EvaluasiPeriode"/>: per-RHK feedback, per-value ratings, finalising with a curve override reason.</summary>
public class EvaluasiPenilaianTests
{
    private const string Penilai = "198001012005011001";
    private static readonly DateTime T0 = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Rhk1 = Guid.NewGuid();
    private static readonly Guid Rhk2 = Guid.NewGuid();

    [Fact]
    public void Nilai_StoresFeedbackPerRhk_AndRatingsPerValue()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(Rating.SesuaiEkspektasi, null, null, Penilai, T0,
            [new NilaiRhk(Rhk1, Rating.DiAtasEkspektasi, "  Bagus  "), new NilaiRhk(Rhk2, null, "Perlu percepatan")],
            [new NilaiPerilaku(NilaiBerakhlak.Akuntabel, Rating.DiAtasEkspektasi, "Jujur"), new NilaiPerilaku(NilaiBerakhlak.Loyal, Rating.SesuaiEkspektasi, null)]);

        Assert.Equal(2, e.PenilaianRhk.Count);
        var r1 = e.PenilaianRhk.Single(r => r.RhkKunci == Rhk1);
        Assert.Equal((Rating.DiAtasEkspektasi, "Bagus"), (r1.Kategori, r1.UmpanBalik));
        Assert.Equal(2, e.RatingPerNilai.Count);
        Assert.Equal(Rating.DiAtasEkspektasi, e.RatingPerNilai[NilaiBerakhlak.Akuntabel]);
    }

    [Fact]
    public void Nilai_ReplacesTheSet_UpdatingInPlace_AndDropsEmptyEntries()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(null, null, null, Penilai, T0, [new NilaiRhk(Rhk1, null, "a"), new NilaiRhk(Rhk2, null, "b")], []);
        var baris = e.PenilaianRhk.Single(r => r.RhkKunci == Rhk1);

        e.Nilai(null, null, null, Penilai, T0, [new NilaiRhk(Rhk1, null, "a2"), new NilaiRhk(Rhk2, null, "   ")], []);
        var tetap = Assert.Single(e.PenilaianRhk);
        Assert.Same(baris, tetap);
        Assert.Equal("a2", tetap.UmpanBalik);

        e.Nilai(null, null, null, Penilai, T0);
        Assert.Single(e.PenilaianRhk);
    }

    [Fact]
    public void Nilai_RefusesBadParts_WithoutChangingAnything()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() =>
            e.Nilai(null, null, null, Penilai, T0, [new NilaiRhk(Rhk1, (Rating)9, null)])).Kode);
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() =>
            e.Nilai(null, null, null, Penilai, T0, null, [new NilaiPerilaku((NilaiBerakhlak)99, Rating.SesuaiEkspektasi, null)])).Kode);
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() =>
            e.Nilai(null, null, null, Penilai, T0, [new NilaiRhk(Rhk1, null, new string('x', EvaluasiPeriode.UmpanBalikMaxLength + 1))])).Kode);
        Assert.Equal(StatusEvaluasi.Belum, e.Status);
        Assert.Empty(e.PenilaianRhk);
        Assert.Empty(e.PenilaianPerilaku);
    }

    [Fact]
    public void Nilai_OfPartsIsRefusedOnceFinal()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, Penilai, T0, [new NilaiRhk(Rhk1, null, "a")]);
        e.Finalkan(Penilai, T0.AddHours(1));
        Assert.Equal(KodeEvaluasi.TidakDapatDiubah, Assert.Throws<DomainException>(() =>
            e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, Penilai, T0, [new NilaiRhk(Rhk1, null, "b")])).Kode);
        Assert.Equal("a", e.PenilaianRhk.Single().UmpanBalik);
    }

    [Fact]
    public void Finalkan_WithAnOverrideReason_WritesItInTheHistory()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, null, Penilai, T0);
        e.Finalkan(Penilai, T0.AddHours(1), "  Tim kecil, semua melampaui target  ");
        var r = e.Riwayat[^1];
        Assert.Equal((PeristiwaEvaluasi.Difinalkan, "Tim kecil, semua melampaui target"), (r.Peristiwa, r.Catatan));
    }

    [Fact]
    public void Finalkan_WithoutReason_HasNoNote()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, Penilai, T0);
        e.Finalkan(Penilai, T0.AddHours(1));
        Assert.Null(e.Riwayat[^1].Catatan);
    }
}

public class CapaianOrganisasiTests
{
    [Theory]
    [InlineData(Rating.DiAtasEkspektasi, PredikatOrganisasi.Istimewa)]
    [InlineData(Rating.SesuaiEkspektasi, PredikatOrganisasi.Baik)]
    [InlineData(Rating.DiBawahEkspektasi, PredikatOrganisasi.ButuhPerbaikan)]
    public void HeadsRatingAndOrganisationPredikat_CorrespondBothWays(Rating rating, PredikatOrganisasi organisasi)
    {
        Assert.Equal(organisasi, CapaianOrganisasi.PredikatDari(rating));
        Assert.Equal(rating, CapaianOrganisasi.RatingHasilDari(organisasi));
    }

    [Theory]
    [InlineData(PredikatOrganisasi.Kurang)]
    [InlineData(PredikatOrganisasi.SangatKurang)]
    public void WorseOrganisationPredikat_SuggestDiBawah(PredikatOrganisasi organisasi) =>
        Assert.Equal(Rating.DiBawahEkspektasi, CapaianOrganisasi.RatingHasilDari(organisasi));

    [Fact]
    public void UndefinedValues_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CapaianOrganisasi.PredikatDari((Rating)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CapaianOrganisasi.RatingHasilDari((PredikatOrganisasi)0));
    }
}
