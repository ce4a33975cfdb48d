using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

/// <summary>Closing mid-year and the next segment, copying last year's SKP, revisions and their diff.</summary>
public class SkpSiklusTests
{
    private static readonly DateTime Waktu = SkpBuilder.Waktu;

    [Fact]
    public void PejabatPenilaiId_IsThePenilaiOfTheSnapshot_AndSurvivesARevision()
    {
        var skp = new SkpBuilder().Disetujui();

        var revisi = skp.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null);

        Assert.Equal(20, skp.PejabatPenilaiId);
        Assert.Equal(20, revisi.PejabatPenilaiId);
        Assert.Null(new SkpBuilder().TanpaPenilai().Build().PejabatPenilaiId);
    }

    [Fact]
    public void Tutup_EndsThePeriodAtTheDate()
    {
        var skp = new SkpBuilder().Disetujui();

        skp.Tutup(new DateOnly(2026, 6, 14));

        Assert.True(skp.Ditutup);
        Assert.Equal(new DateOnly(2026, 1, 1), skp.TanggalMulai);
        Assert.Equal(new DateOnly(2026, 6, 14), skp.TanggalSelesai);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
    }

    [Fact]
    public void Tutup_OnTheFirstDay_LeavesAOneDaySegment()
    {
        var skp = new SkpBuilder().Build();

        skp.Tutup(new DateOnly(2026, 1, 1));

        Assert.Equal(skp.TanggalMulai, skp.TanggalSelesai);
    }

    [Theory]
    [InlineData("2025-12-31")] // before the start
    [InlineData("2026-12-31")] // the planned end: nothing left to close
    [InlineData("2027-01-15")]
    public void Tutup_DateOutsideThePeriod_Throws(string tanggal)
    {
        var skp = new SkpBuilder().Build();

        Assert.Equal(KodeSkp.TanggalTutupTidakValid, Assert.Throws<DomainException>(() => skp.Tutup(DateOnly.Parse(tanggal))).Kode);
        Assert.False(skp.Ditutup);
    }

    [Fact]
    public void Tutup_Twice_Throws()
    {
        var skp = new SkpBuilder().Build();
        skp.Tutup(new DateOnly(2026, 6, 30));

        Assert.Equal(KodeSkp.SudahDitutup, Assert.Throws<DomainException>(() => skp.Tutup(new DateOnly(2026, 3, 31))).Kode);
        Assert.Equal(new DateOnly(2026, 6, 30), skp.TanggalSelesai);
    }

    [Fact]
    public void ClosedDraft_CanStillBeSubmittedAndApproved()
    {
        var skp = new SkpBuilder().Build();
        skp.Tutup(new DateOnly(2026, 6, 30));

        skp.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Waktu);
        skp.Setujui(SkpBuilder.EkspektasiLengkap(), SkpBuilder.NipPenilai, Waktu);

        Assert.Equal(StatusSkp.Disetujui, skp.Status);
    }

    [Fact]
    public void MulaiLanjutan_StartsTheDayAfter_WithTheNewSnapshot_Empty()
    {
        var lama = new SkpBuilder().Disetujui();
        lama.Tutup(new DateOnly(2026, 6, 14));
        var penilaiBaru = new SnapshotSkp(SkpBuilder.Orang(10), SkpBuilder.Orang(21, "197202021996032002"), null);

        var baru = Skp.MulaiLanjutan(lama, penilaiBaru, PendekatanSkp.Kualitatif, SkpBuilder.NipPegawai, Waktu);

        Assert.Equal(new DateOnly(2026, 6, 15), baru.TanggalMulai);
        Assert.Equal(new DateOnly(2026, 12, 31), baru.TanggalSelesai);
        Assert.Equal(lama.PegawaiId, baru.PegawaiId);
        Assert.Equal(lama.TahunKinerjaId, baru.TahunKinerjaId);
        Assert.Equal(2026, baru.Tahun);
        Assert.Equal(21, baru.Snapshot.PejabatPenilai!.PegawaiId);
        Assert.Equal(PendekatanSkp.Kualitatif, baru.Pendekatan);
        Assert.Equal(StatusSkp.Draft, baru.Status);
        Assert.Equal(1, baru.Revisi);
        Assert.False(baru.Ditutup);
        Assert.Empty(baru.Rhk);
    }

    [Fact]
    public void MulaiLanjutan_WithAnExplicitEnd()
    {
        var lama = new SkpBuilder().Build();
        lama.Tutup(new DateOnly(2026, 3, 31));

        var baru = Skp.MulaiLanjutan(lama, SkpBuilder.Snapshot(), PendekatanSkp.Kuantitatif, SkpBuilder.NipPegawai, Waktu, new DateOnly(2026, 9, 30));

        Assert.Equal(new DateOnly(2026, 4, 1), baru.TanggalMulai);
        Assert.Equal(new DateOnly(2026, 9, 30), baru.TanggalSelesai);
    }

    [Fact]
    public void MulaiLanjutan_FromAnOpenSkp_Throws()
    {
        var lama = new SkpBuilder().Build();

        var ex = Assert.Throws<DomainException>(() => Skp.MulaiLanjutan(lama, SkpBuilder.Snapshot(), PendekatanSkp.Kuantitatif, SkpBuilder.NipPegawai, Waktu));

        Assert.Equal(KodeSkp.BelumDitutup, ex.Kode);
    }

    [Fact]
    public void MulaiLanjutan_ForAnotherEmployee_Throws()
    {
        var lama = new SkpBuilder().Build();
        lama.Tutup(new DateOnly(2026, 6, 30));

        var ex = Assert.Throws<DomainException>(() => Skp.MulaiLanjutan(lama, SkpBuilder.Snapshot(pegawaiId: 99), PendekatanSkp.Kuantitatif, SkpBuilder.NipPegawai, Waktu));

        Assert.Equal(KodeSkp.PegawaiBerbeda, ex.Kode);
    }

    [Fact]
    public void SalinDari_CopiesRhkIkiAndLampiran_NotLinksStatusHistoryOrEkspektasi()
    {
        var lalu = new SkpBuilder().WithRhk(2).Build();
        var rhk = lalu.Rhk[1];
        TambahIkiWaktu(lalu, rhk);
        lalu.UbahRhk(rhk, JenisRhk.Tambahan, rhk.Teks, null, 55);
        lalu.UbahLampiran(JenisLampiran.SkemaPertanggungjawaban, ["Laporan bulanan", "Rapat evaluasi"]);
        lalu.Ajukan(new AturanSkp { WajibIntervensi = false }, true, SkpBuilder.NipPegawai, Waktu);
        lalu.Setujui(SkpBuilder.EkspektasiLengkap(), SkpBuilder.NipPenilai, Waktu);

        var baru = Skp.SalinDari(lalu, 8, 2027, new(2027, 1, 1), new(2027, 12, 31), PendekatanSkp.Kuantitatif, Snapshot2027(), SkpBuilder.NipPegawai, Waktu);

        Assert.Equal(StatusSkp.Draft, baru.Status);
        Assert.Single(baru.Riwayat);
        Assert.Empty(baru.Ekspektasi);
        Assert.Equal(8, baru.TahunKinerjaId);
        Assert.Equal(lalu.Rhk.Select(r => (r.Jenis, r.Teks, r.Urutan)), baru.Rhk.Select(r => (r.Jenis, r.Teks, r.Urutan)));
        Assert.All(baru.Rhk, r => Assert.Null(r.RhkAtasanId));
        Assert.All(baru.Rhk, r => Assert.Null(r.SasaranOrganisasiId));
        Assert.Equal(
            lalu.Rhk.SelectMany(r => r.Indikator).Select(i => (i.Aspek, i.Indikator, i.Target.Jenis, i.Target.Nilai, i.Target.Satuan, i.Target.Tanggal?.AddYears(1))),
            baru.Rhk.SelectMany(r => r.Indikator).Select(i => (i.Aspek, i.Indikator, i.Target.Jenis, i.Target.Nilai, i.Target.Satuan, i.Target.Tanggal)));
        Assert.Equal(["Laporan bulanan", "Rapat evaluasi"], baru.LampiranMenurut(JenisLampiran.SkemaPertanggungjawaban));
        Assert.DoesNotContain(baru.Rhk, r => lalu.Rhk.Any(l => l.Kunci == r.Kunci));
        Assert.NotSame(lalu.Rhk[0].Indikator[0].Target, baru.Rhk[0].Indikator[0].Target);

        // Last year's SKP is untouched and the copy is editable on its own.
        baru.HapusRhk(baru.Rhk[0]);
        Assert.Equal(2, lalu.Rhk.Count);
        Assert.Equal(StatusSkp.Disetujui, lalu.Status);
    }

    [Fact]
    public void SalinDari_LastYearsDateTarget_MovesToTheSameDayOfTheNewYear()
    {
        var lalu = new SkpBuilder().Build();
        TambahIkiWaktu(lalu, lalu.Rhk[0]);

        var baru = Skp.SalinDari(lalu, 8, lalu.Tahun + 1, new(lalu.Tahun + 1, 1, 1), new(lalu.Tahun + 1, 12, 31), PendekatanSkp.Kuantitatif, Snapshot2027(), SkpBuilder.NipPegawai, Waktu);

        Assert.Equal(new DateOnly(lalu.Tahun + 1, 11, 30), baru.Rhk[0].Indikator[^1].Target.Tanggal);
        Assert.Equal(new DateOnly(lalu.Tahun, 11, 30), lalu.Rhk[0].Indikator[^1].Target.Tanggal);
        Assert.DoesNotContain(PemeriksaSkp.Periksa(baru, AturanSkp.Bawaan, true), t => t.Kode == KodeSkp.TargetWaktuDiLuarPeriode);
    }

    [Fact]
    public void SalinDari_LeapDayDeadline_BecomesTheLastDayOfFebruary()
    {
        var lalu = new SkpBuilder().Build();
        var kabisat = Skp.SalinDari(lalu, 7, 2028, new(2028, 1, 1), new(2028, 12, 31), PendekatanSkp.Kuantitatif, Snapshot2027(), SkpBuilder.NipPegawai, Waktu);
        kabisat.TambahIki(kabisat.Rhk[0], AspekIki.Waktu, "Ketepatan waktu", Target.Tenggat(new DateOnly(2028, 2, 29)));

        var baru = Skp.SalinDari(kabisat, 8, 2029, new(2029, 1, 1), new(2029, 12, 31), PendekatanSkp.Kuantitatif, Snapshot2027(), SkpBuilder.NipPegawai, Waktu);

        Assert.Equal(new DateOnly(2029, 2, 28), baru.Rhk[0].Indikator[^1].Target.Tanggal);
    }

    [Fact]
    public void MulaiRevisi_FromApproved_CreatesLinkedDraftCopy_AndKeepsThePreviousReadable()
    {
        var lama = new SkpBuilder().WithRhk(2).Disetujui();
        Assert.Throws<DomainException>(() => lama.UbahLampiran(JenisLampiran.Konsekuensi, ["x"]));

        var baru = lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu.AddDays(30), "Perubahan tugas");

        Assert.Equal(StatusSkp.Draft, baru.Status);
        Assert.Equal(2, baru.Revisi);
        Assert.Same(lama, baru.RevisiSebelumnya);
        Assert.Equal(lama.PegawaiId, baru.PegawaiId);
        Assert.Equal((lama.TanggalMulai, lama.TanggalSelesai), (baru.TanggalMulai, baru.TanggalSelesai));
        Assert.Equal(lama.Rhk.Select(r => (r.Kunci, r.Teks, r.RhkAtasanId)), baru.Rhk.Select(r => (r.Kunci, r.Teks, r.RhkAtasanId)));
        Assert.Equal(lama.Rhk[0].Indikator[0].Kunci, baru.Rhk[0].Indikator[0].Kunci);
        Assert.Equal(7, baru.Ekspektasi.Count);
        Assert.NotSame(lama.Snapshot, baru.Snapshot);
        Assert.Equal(lama.Snapshot.PejabatPenilai!.Nip, baru.Snapshot.PejabatPenilai!.Nip);
        var r = Assert.Single(baru.Riwayat);
        Assert.Null(r.Dari);
        Assert.Equal("Perubahan tugas", r.Catatan);

        Assert.Equal(StatusSkp.Disetujui, lama.Status);
        Assert.True(lama.Direvisi);
        Assert.False(lama.DapatDiubah);
        Assert.Equal(2, lama.Rhk.Count);
    }

    [Fact]
    public void Revision_MustBeApprovedAgain_WithExpectations()
    {
        var lama = new SkpBuilder().Disetujui();
        var baru = lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null);

        baru.TambahRhk(JenisRhk.Tambahan, "Tugas baru", 150);
        TambahIkiWaktu(baru, baru.Rhk[1]);
        baru.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Waktu);
        Assert.Throws<DomainException>(() => baru.Setujui(new Dictionary<NilaiBerakhlak, string>(), SkpBuilder.NipPenilai, Waktu));
        baru.Setujui(SkpBuilder.EkspektasiLengkap(), SkpBuilder.NipPenilai, Waktu);

        Assert.Equal(StatusSkp.Disetujui, baru.Status);
        Assert.Single(lama.Rhk);
        Assert.Equal(2, baru.Rhk.Count);
        var revisi3 = baru.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null);
        Assert.Equal(3, revisi3.Revisi);
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Diajukan")]
    [InlineData("Dikembalikan")]
    public void MulaiRevisi_FromNotApproved_Throws(string status)
    {
        var skp = status switch
        {
            "Draft" => new SkpBuilder().Build(),
            "Diajukan" => new SkpBuilder().Diajukan(),
            _ => new SkpBuilder().Dikembalikan(),
        };

        Assert.Equal(KodeSkp.RevisiHanyaDariDisetujui, Assert.Throws<DomainException>(() => skp.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null)).Kode);
    }

    [Fact]
    public void MulaiRevisi_Twice_Throws()
    {
        var lama = new SkpBuilder().Disetujui();
        lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null);

        Assert.Equal(KodeSkp.SudahDirevisi, Assert.Throws<DomainException>(() => lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null)).Kode);
    }

    [Fact]
    public void Bandingkan_UnchangedRevision_HasNoDifferences()
    {
        var lama = new SkpBuilder().WithRhk(3).Disetujui();

        Assert.Empty(PerbandinganRevisi.Bandingkan(lama, lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null)));
    }

    [Fact]
    public void Bandingkan_ReportsAddedRemovedAndChangedRhkIkiLampiranAndApproach()
    {
        var lama = new SkpBuilder().WithRhk(3).Disetujui();
        var baru = lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null);

        baru.HapusRhk(baru.Rhk[2]); // removed RHK 3
        baru.UbahRhk(baru.Rhk[0], JenisRhk.Utama, "Rencana hasil kerja 1 (diperbarui)", 999, null);
        var rhk2 = baru.Rhk[1];
        TambahIkiWaktu(baru, rhk2); // added IKI
        baru.UbahIki(rhk2, rhk2.Indikator[0], AspekIki.Kuantitas, rhk2.Indikator[0].Indikator, Target.Angka(24, "dokumen"));
        var tambahan = baru.TambahRhk(JenisRhk.Tambahan, "Tugas tambahan", 160);
        baru.TambahIki(tambahan, AspekIki.Kuantitas, "Jumlah", Target.Angka(1, "kegiatan"));
        baru.UbahLampiran(JenisLampiran.Konsekuensi, ["Teguran tertulis"]);
        baru.UbahPendekatan(PendekatanSkp.Kualitatif);

        var d = PerbandinganRevisi.Bandingkan(lama, baru);

        Assert.Contains(d, p => p is { Jenis: JenisPerubahan.Dihapus, Objek: ObjekPerubahan.Rhk, RhkTeks: "Rencana hasil kerja 3" });
        Assert.Contains(d, p => p is { Jenis: JenisPerubahan.Ditambah, Objek: ObjekPerubahan.Rhk, RhkTeks: "Tugas tambahan" });
        var ubah = Assert.Single(d, p => p is { Jenis: JenisPerubahan.Diubah, Objek: ObjekPerubahan.Rhk });
        Assert.Equal("Rencana hasil kerja 1 (diperbarui)", ubah.RhkTeks);
        Assert.Equal([nameof(RencanaHasilKerja.Teks), nameof(RencanaHasilKerja.RhkAtasanId)], ubah.Bidang);
        Assert.Contains(d, p => p is { Jenis: JenisPerubahan.Ditambah, Objek: ObjekPerubahan.Iki, RhkTeks: "Rencana hasil kerja 2", IkiIndikator: "Ketepatan waktu" });
        var ikiUbah = Assert.Single(d, p => p is { Jenis: JenisPerubahan.Diubah, Objek: ObjekPerubahan.Iki });
        Assert.Equal([nameof(IndikatorKinerjaIndividu.Target)], ikiUbah.Bidang);
        Assert.Contains(d, p => p is { Objek: ObjekPerubahan.Lampiran, Lampiran: JenisLampiran.Konsekuensi });
        Assert.Contains(d, p => p.Objek == ObjekPerubahan.Pendekatan);
        // The new RHK's IKI belongs to an added RHK: reported once, as the RHK.
        Assert.DoesNotContain(d, p => p.Objek == ObjekPerubahan.Iki && p.RhkTeks == "Tugas tambahan");
        Assert.Equal(7, d.Count);
    }

    [Fact]
    public void Bandingkan_RemovedIki_AndReorderedRhk()
    {
        var lama = new SkpBuilder().WithRhk(2).Build();
        TambahIkiWaktu(lama, lama.Rhk[0]);
        lama.Ajukan(AturanSkp.Bawaan, true, SkpBuilder.NipPegawai, Waktu);
        lama.Setujui(SkpBuilder.EkspektasiLengkap(), SkpBuilder.NipPenilai, Waktu);
        var baru = lama.MulaiRevisi(SkpBuilder.NipPegawai, Waktu, null);

        baru.HapusIki(baru.Rhk[0], baru.Rhk[0].Indikator[1]);
        baru.PindahkanRhk(baru.Rhk[1], 1);

        var d = PerbandinganRevisi.Bandingkan(lama, baru);

        Assert.Contains(d, p => p is { Jenis: JenisPerubahan.Dihapus, Objek: ObjekPerubahan.Iki, IkiIndikator: "Ketepatan waktu" });
        Assert.Equal(2, d.Count(p => p.Objek == ObjekPerubahan.Rhk && p.Bidang.SequenceEqual([nameof(RencanaHasilKerja.Urutan)])));
    }

    private static void TambahIkiWaktu(Skp skp, RencanaHasilKerja rhk) =>
        skp.TambahIki(rhk, AspekIki.Waktu, "Ketepatan waktu", Target.Tenggat(new DateOnly(skp.Tahun, 11, 30)));

    private static SnapshotSkp Snapshot2027() => SkpBuilder.Snapshot();
}
