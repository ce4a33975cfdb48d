using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

public class SkpWorkflowTests
{
    private static readonly DateTime Nanti = SkpBuilder.Waktu.AddDays(2);

    [Fact]
    public void Buat_StartsAsDraftRevision1_WithCreationInHistory()
    {
        var skp = new SkpBuilder().Build();

        Assert.Equal(StatusSkp.Draft, skp.Status);
        Assert.Equal(1, skp.Revisi);
        Assert.Equal(10, skp.PegawaiId);
        Assert.Equal(7, skp.TahunKinerjaId);
        Assert.Equal(2026, skp.Tahun);
        var r = Assert.Single(skp.Riwayat);
        Assert.Null(r.Dari);
        Assert.Equal(StatusSkp.Draft, r.Ke);
        Assert.Equal(SkpBuilder.NipPegawai, r.PelakuNip);
        Assert.Equal(SkpBuilder.Waktu, r.WaktuUtc);
    }

    [Theory]
    [InlineData("2025-12-31", "2026-12-31")]
    [InlineData("2026-01-01", "2027-01-01")]
    [InlineData("2026-07-01", "2026-06-30")]
    public void Buat_PeriodOutsideYearOrReversed_Throws(string mulai, string selesai)
    {
        var ex = Assert.Throws<DomainException>(() => Skp.Buat(
            7, 2026, DateOnly.Parse(mulai), DateOnly.Parse(selesai), PendekatanSkp.Kuantitatif, SkpBuilder.Snapshot(), SkpBuilder.NipPegawai, SkpBuilder.Waktu));
        Assert.Equal(KodeSkp.PeriodeTidakValid, ex.Kode);
    }

    [Fact]
    public void Buat_LocalTime_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Skp.Buat(
            7, 2026, new(2026, 1, 1), new(2026, 12, 31), PendekatanSkp.Kuantitatif, SkpBuilder.Snapshot(), SkpBuilder.NipPegawai,
            new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Local)));
    }

    [Fact]
    public void Ajukan_FromDraft_MovesToDiajukan_AndRecordsWhoAndWhen()
    {
        var skp = new SkpBuilder().Build();

        var peringatan = skp.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Nanti);

        Assert.Empty(peringatan);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
        var r = skp.Riwayat[^1];
        Assert.Equal((StatusSkp?)StatusSkp.Draft, r.Dari);
        Assert.Equal(StatusSkp.Diajukan, r.Ke);
        Assert.Equal(Nanti, r.WaktuUtc);
        Assert.Equal(SkpBuilder.NipPegawai, r.PelakuNip);
    }

    [Fact]
    public void Ajukan_WithErrors_ThrowsWithErrorCount_AndChangesNothing()
    {
        var skp = new SkpBuilder().WithRhk(0).Build();
        skp.TambahRhk(JenisRhk.Tambahan, "Tanpa indikator", 1); // no Utama + no IKI = 2 errors

        var ex = Assert.Throws<DomainException>(() => skp.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Nanti));

        Assert.Equal(KodeSkp.MasihAdaGalat, ex.Kode);
        Assert.Equal(2, ex.Argumen[0]);
        var temuan = Assert.IsAssignableFrom<IReadOnlyList<TemuanSkp>>(ex.Argumen[1]);
        Assert.Equal([KodeSkp.TanpaRhkUtama, KodeSkp.RhkTanpaIki], temuan.Select(t => t.Kode));
        Assert.Equal(StatusSkp.Draft, skp.Status);
        Assert.Single(skp.Riwayat);
    }

    [Fact]
    public void Ajukan_WithOnlyWarnings_Succeeds_AndReturnsThem()
    {
        var skp = new SkpBuilder().TanpaTautan().Build();

        var peringatan = skp.Ajukan(AturanSkp.Bawaan, skpPenilaiSudahDisetujui: false, SkpBuilder.NipPegawai, Nanti);

        Assert.Equal(StatusSkp.Diajukan, skp.Status);
        var t = Assert.Single(peringatan);
        Assert.Equal(KodeSkp.RhkMenungguSkpAtasan, t.Kode);
    }

    [Fact]
    public void Kembalikan_FromDiajukan_RequiresNote_AndRecordsIt()
    {
        var skp = new SkpBuilder().Diajukan();

        skp.Kembalikan("  Target belum terukur  ", SkpBuilder.NipPenilai, Nanti);

        Assert.Equal(StatusSkp.Dikembalikan, skp.Status);
        var r = skp.Riwayat[^1];
        Assert.Equal((StatusSkp?)StatusSkp.Diajukan, r.Dari);
        Assert.Equal("Target belum terukur", r.Catatan);
        Assert.Equal(SkpBuilder.NipPenilai, r.PelakuNip);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Kembalikan_WithoutNote_Throws(string catatan)
    {
        var skp = new SkpBuilder().Diajukan();

        var ex = Assert.Throws<DomainException>(() => skp.Kembalikan(catatan, SkpBuilder.NipPenilai, Nanti));

        Assert.Equal(KodeSkp.CatatanWajib, ex.Kode);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
    }

    [Fact]
    public void Dikembalikan_EmployeeEditsAndResubmits()
    {
        var skp = new SkpBuilder().Dikembalikan();

        skp.UbahRhk(skp.Rhk[0], JenisRhk.Utama, "Rencana hasil kerja yang diperbaiki", 101, null);
        skp.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Nanti);

        Assert.Equal(StatusSkp.Diajukan, skp.Status);
        Assert.Equal(
            [StatusSkp.Draft, StatusSkp.Diajukan, StatusSkp.Dikembalikan, StatusSkp.Diajukan],
            skp.Riwayat.Select(r => r.Ke));
    }

    [Fact]
    public void Setujui_WithAllSevenExpectations_Approves_AndStoresThemTrimmed()
    {
        var skp = new SkpBuilder().Diajukan();
        var ekspektasi = SkpBuilder.EkspektasiLengkap();
        ekspektasi[NilaiBerakhlak.Loyal] = "  Menjaga rahasia jabatan  ";

        skp.Setujui(ekspektasi, SkpBuilder.NipPenilai, Nanti);

        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        Assert.Equal(7, skp.Ekspektasi.Count);
        Assert.Equal(Enum.GetValues<NilaiBerakhlak>(), skp.Ekspektasi.Select(e => e.Nilai));
        Assert.Equal("Menjaga rahasia jabatan", skp.Ekspektasi.Single(e => e.Nilai == NilaiBerakhlak.Loyal).Teks);
        Assert.Equal(SkpBuilder.NipPenilai, skp.Riwayat[^1].PelakuNip);
    }

    [Fact]
    public void Setujui_WithOneMissing_Throws_AndStaysSubmitted()
    {
        var skp = new SkpBuilder().Diajukan();
        var ekspektasi = SkpBuilder.EkspektasiLengkap();
        ekspektasi.Remove(NilaiBerakhlak.Kolaboratif);

        var ex = Assert.Throws<DomainException>(() => skp.Setujui(ekspektasi, SkpBuilder.NipPenilai, Nanti));

        Assert.Equal(KodeSkp.EkspektasiTidakLengkap, ex.Kode);
        Assert.Equal(1, ex.Argumen[0]);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
        Assert.Empty(skp.Ekspektasi);
    }

    [Fact]
    public void Setujui_WithBlankOnes_CountsThem()
    {
        var skp = new SkpBuilder().Diajukan();
        var ekspektasi = SkpBuilder.EkspektasiLengkap();
        ekspektasi[NilaiBerakhlak.Adaptif] = " ";
        ekspektasi[NilaiBerakhlak.Harmonis] = "";

        var ex = Assert.Throws<DomainException>(() => skp.Setujui(ekspektasi, SkpBuilder.NipPenilai, Nanti));

        Assert.Equal(2, ex.Argumen[0]);
    }

    [Fact]
    public void Setujui_WithTooLongExpectation_Throws_AndChangesNothing()
    {
        var skp = new SkpBuilder().Diajukan();
        var ekspektasi = SkpBuilder.EkspektasiLengkap();
        ekspektasi[NilaiBerakhlak.Akuntabel] = new string('x', EkspektasiPimpinan.TeksMaxLength + 1);

        var ex = Assert.Throws<DomainException>(() => skp.Setujui(ekspektasi, SkpBuilder.NipPenilai, Nanti));

        Assert.Equal(KodeSkp.TeksTerlaluPanjang, ex.Kode);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
    }

    public static TheoryData<string, string> IllegalMoves => new()
    {
        { "Draft", "Kembalikan" }, { "Draft", "Setujui" },
        { "Diajukan", "Ajukan" },
        { "Disetujui", "Ajukan" }, { "Disetujui", "Kembalikan" }, { "Disetujui", "Setujui" },
        { "Dikembalikan", "Kembalikan" }, { "Dikembalikan", "Setujui" },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void IllegalTransition_Throws_AndLeavesStatusAndHistory(string status, string aksi)
    {
        var skp = Dalam(status);
        var sebelum = skp.Status;
        var riwayat = skp.Riwayat.Count;

        var ex = Assert.Throws<DomainException>(() => Lakukan(skp, aksi));

        Assert.Equal(KodeSkp.StatusTidakSesuai, ex.Kode);
        Assert.Equal(sebelum, skp.Status);
        Assert.Equal(riwayat, skp.Riwayat.Count);
    }

    public static TheoryData<string, string, StatusSkp> LegalMoves => new()
    {
        { "Draft", "Ajukan", StatusSkp.Diajukan },
        { "Diajukan", "Kembalikan", StatusSkp.Dikembalikan },
        { "Diajukan", "Setujui", StatusSkp.Disetujui },
        { "Dikembalikan", "Ajukan", StatusSkp.Diajukan },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void LegalTransition_MovesAndAppendsOneHistoryRow(string status, string aksi, StatusSkp hasil)
    {
        var skp = Dalam(status);
        var riwayat = skp.Riwayat.Count;

        Lakukan(skp, aksi);

        Assert.Equal(hasil, skp.Status);
        Assert.Equal(riwayat + 1, skp.Riwayat.Count);
        Assert.Equal(hasil, skp.Riwayat[^1].Ke);
    }

    [Theory]
    [InlineData("Diajukan")]
    [InlineData("Disetujui")]
    public void Edits_OutsideDraftOrDikembalikan_AreRefused(string status)
    {
        var skp = Dalam(status);
        var rhk = skp.Rhk[0];
        var iki = rhk.Indikator[0];
        Action[] edits =
        [
            () => skp.UbahPendekatan(PendekatanSkp.Kualitatif),
            () => skp.TambahRhk(JenisRhk.Utama, "Baru"),
            () => skp.UbahRhk(rhk, JenisRhk.Utama, "Ubah", null, null),
            () => skp.HapusRhk(rhk),
            () => skp.PindahkanRhk(rhk, 1),
            () => skp.TambahIki(rhk, AspekIki.Kualitas, "Baru", Target.Angka(1, "x")),
            () => skp.UbahIki(rhk, iki, AspekIki.Kualitas, "Ubah", Target.Angka(1, "x")),
            () => skp.HapusIki(rhk, iki),
            () => skp.UbahLampiran(JenisLampiran.Konsekuensi, ["Teguran"]),
        ];

        foreach (var edit in edits)
        {
            Assert.Equal(KodeSkp.TidakDapatDiubah, Assert.Throws<DomainException>(edit).Kode);
        }

        Assert.Single(skp.Rhk);
        Assert.Equal("Rencana hasil kerja 1", skp.Rhk[0].Teks);
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Dikembalikan")]
    public void Edits_InDraftOrDikembalikan_AreAllowed(string status)
    {
        var skp = Dalam(status);

        skp.UbahPendekatan(PendekatanSkp.Kualitatif);
        skp.TambahRhk(JenisRhk.Tambahan, "Tambahan");

        Assert.Equal(PendekatanSkp.Kualitatif, skp.Pendekatan);
        Assert.Equal(2, skp.Rhk.Count);
    }

    private static Skp Dalam(string status) => status switch
    {
        "Draft" => new SkpBuilder().Build(),
        "Diajukan" => new SkpBuilder().Diajukan(),
        "Disetujui" => new SkpBuilder().Disetujui(),
        "Dikembalikan" => new SkpBuilder().Dikembalikan(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static void Lakukan(Skp skp, string aksi)
    {
        switch (aksi)
        {
            case "Ajukan":
                skp.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Nanti);
                break;
            case "Kembalikan":
                skp.Kembalikan("Catatan", SkpBuilder.NipPenilai, Nanti);
                break;
            case "Setujui":
                skp.Setujui(SkpBuilder.EkspektasiLengkap(), SkpBuilder.NipPenilai, Nanti);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(aksi));
        }
    }
}
