using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

/// <summary>Change of position or supervisor (DOMAIN.md §1.7): refreshing a never-submitted header, closing with a note.</summary>
public class SkpMutasiTests
{
    private static readonly DateTime Waktu = SkpBuilder.Waktu;

    private static SnapshotSkp PenilaiBaru(int pegawaiId = 10) =>
        new(SkpBuilder.Orang(pegawaiId), SkpBuilder.Orang(21, "197202021996032002"), SkpBuilder.Orang(31, "196601011991031001"));

    [Fact]
    public void PerbaruiSnapshot_OnAFirstDraft_ReplacesTheHeaderAndThePenilaiColumn()
    {
        var skp = new SkpBuilder().Build();

        skp.PerbaruiSnapshot(PenilaiBaru());

        Assert.Equal(21, skp.PejabatPenilaiId);
        Assert.Equal(21, skp.Snapshot.PejabatPenilai!.PegawaiId);
        Assert.Equal(31, skp.Snapshot.AtasanPejabatPenilai!.PegawaiId);
        Assert.Equal(StatusSkp.Draft, skp.Status);
        Assert.Single(skp.Riwayat);
        Assert.Single(skp.Rhk); // content kept
    }

    [Fact]
    public void PerbaruiSnapshot_ToTheTopOfTheOrganisation_ClearsThePenilai()
    {
        var skp = new SkpBuilder().Build();

        skp.PerbaruiSnapshot(SkpBuilder.Snapshot(tanpaPenilai: true));

        Assert.Null(skp.PejabatPenilaiId);
        Assert.Null(skp.Snapshot.PejabatPenilai);
    }

    [Fact]
    public void PerbaruiSnapshot_OnAClosedFirstDraft_IsAllowed()
    {
        var skp = new SkpBuilder().Build();
        skp.Tutup(new DateOnly(2026, 6, 30));

        skp.PerbaruiSnapshot(PenilaiBaru());

        Assert.Equal(21, skp.PejabatPenilaiId);
    }

    public static TheoryData<string> SudahDisepakati => ["Diajukan", "Disetujui", "Dikembalikan", "RevisiDraft"];

    [Theory]
    [MemberData(nameof(SudahDisepakati))]
    public void PerbaruiSnapshot_OnceSubmittedOrForARevision_IsRefused(string keadaan)
    {
        var skp = keadaan switch
        {
            "Diajukan" => new SkpBuilder().Diajukan(),
            "Disetujui" => new SkpBuilder().Disetujui(),
            "Dikembalikan" => new SkpBuilder().Dikembalikan(),
            _ => new SkpBuilder().Disetujui().MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null),
        };

        var ex = Assert.Throws<DomainException>(() => skp.PerbaruiSnapshot(PenilaiBaru()));

        Assert.Equal(KodeSkp.SnapshotTidakDapatDiperbarui, ex.Kode);
        Assert.False(skp.BelumPernahDiajukan);
        Assert.Equal(20, skp.PejabatPenilaiId);
    }

    [Fact]
    public void PerbaruiSnapshot_OfAnotherEmployee_IsRefused()
    {
        var skp = new SkpBuilder().Build();

        var ex = Assert.Throws<DomainException>(() => skp.PerbaruiSnapshot(PenilaiBaru(pegawaiId: 99)));

        Assert.Equal(KodeSkp.PegawaiBerbeda, ex.Kode);
        Assert.Equal(10, skp.PegawaiId);
        Assert.Equal(20, skp.PejabatPenilaiId);
    }

    [Fact]
    public void BelumPernahDiajukan_OnlyForTheFirstDraft()
    {
        Assert.True(new SkpBuilder().Build().BelumPernahDiajukan);
        Assert.False(new SkpBuilder().Diajukan().BelumPernahDiajukan);
    }

    [Fact]
    public void TutupDenganCatatan_AddsANoteWithoutTransition_AndKeepsTheStatus()
    {
        var skp = new SkpBuilder().Disetujui();
        var waktu = Waktu.AddDays(30);

        skp.Tutup(new DateOnly(2026, 5, 31), "sistem", waktu, "Ditutup karena pergantian jabatan/pejabat penilai per 01-06-2026");

        Assert.True(skp.Ditutup);
        Assert.Equal(new DateOnly(2026, 5, 31), skp.TanggalSelesai);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        var catatan = skp.Riwayat[^1];
        Assert.Equal(StatusSkp.Disetujui, catatan.Dari);
        Assert.Equal(StatusSkp.Disetujui, catatan.Ke);
        Assert.Equal("sistem", catatan.PelakuNip);
        Assert.Equal(waktu, catatan.WaktuUtc);
        Assert.Contains("01-06-2026", catatan.Catatan, StringComparison.Ordinal);
    }

    [Fact]
    public void TutupDenganCatatan_InvalidDate_AddsNoNote()
    {
        var skp = new SkpBuilder().Disetujui();
        var sebelum = skp.Riwayat.Count;

        var ex = Assert.Throws<DomainException>(() => skp.Tutup(new DateOnly(2025, 12, 31), "sistem", Waktu, "catatan"));

        Assert.Equal(KodeSkp.TanggalTutupTidakValid, ex.Kode);
        Assert.Equal(sebelum, skp.Riwayat.Count);
        Assert.False(skp.Ditutup);
    }

    [Fact]
    public void MulaiLanjutan_WithANote_PutsItOnTheCreationEntry()
    {
        var lama = new SkpBuilder().Disetujui();
        lama.Tutup(new DateOnly(2026, 6, 14));

        var baru = Skp.MulaiLanjutan(lama, PenilaiBaru(), lama.Pendekatan, "sistem", Waktu, catatan: "Lanjutan per 15-06-2026");

        var awal = Assert.Single(baru.Riwayat);
        Assert.Null(awal.Dari);
        Assert.Equal(StatusSkp.Draft, awal.Ke);
        Assert.Equal("Lanjutan per 15-06-2026", awal.Catatan);
        Assert.Equal(new DateOnly(2026, 6, 15), baru.TanggalMulai);
        Assert.Equal(21, baru.PejabatPenilaiId);
    }
}
