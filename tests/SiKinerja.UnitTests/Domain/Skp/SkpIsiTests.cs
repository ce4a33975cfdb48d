using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

public class SkpIsiTests
{
    [Fact]
    public void TambahRhk_TrimsText_KeepsHtmlAsTyped_AndNumbersInOrder()
    {
        var skp = new SkpBuilder().WithRhk(0).Build();

        var a = skp.TambahRhk(JenisRhk.Utama, "  <script>alert(1)</script> Laporan  ", 5);
        var b = skp.TambahRhk(JenisRhk.Tambahan, "Kedua", null, 9);

        Assert.Equal("<script>alert(1)</script> Laporan", a.Teks);
        Assert.Equal([1, 2], skp.Rhk.Select(r => r.Urutan));
        Assert.Equal(5, a.RhkAtasanId);
        Assert.Equal(9, b.SasaranOrganisasiId);
        Assert.NotEqual(a.Kunci, b.Kunci);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void TambahRhk_BlankText_Throws(string? teks)
    {
        var skp = new SkpBuilder().WithRhk(0).Build();

        Assert.Equal(KodeSkp.TeksWajib, Assert.Throws<DomainException>(() => skp.TambahRhk(JenisRhk.Utama, teks!)).Kode);
        Assert.Empty(skp.Rhk);
    }

    [Fact]
    public void TambahRhk_TextAtLimit_IsAccepted_OverLimit_Throws()
    {
        var skp = new SkpBuilder().WithRhk(0).Build();

        skp.TambahRhk(JenisRhk.Utama, new string('a', RencanaHasilKerja.TeksMaxLength));
        var ex = Assert.Throws<DomainException>(() => skp.TambahRhk(JenisRhk.Utama, new string('a', RencanaHasilKerja.TeksMaxLength + 1)));

        Assert.Equal(KodeSkp.TeksTerlaluPanjang, ex.Kode);
        Assert.Equal(RencanaHasilKerja.TeksMaxLength, ex.Argumen[0]);
        Assert.Single(skp.Rhk);
    }

    [Fact]
    public void Rhk_LinkedToBothSupervisorAndOrganisation_Throws()
    {
        var skp = new SkpBuilder().Build();

        Assert.Equal(KodeSkp.TautanGanda, Assert.Throws<DomainException>(() => skp.TambahRhk(JenisRhk.Utama, "X", 1, 2)).Kode);
        Assert.Equal(KodeSkp.TautanGanda, Assert.Throws<DomainException>(() => skp.UbahRhk(skp.Rhk[0], JenisRhk.Utama, "X", 1, 2)).Kode);
    }

    [Fact]
    public void UbahRhk_ChangesTextKindAndLink()
    {
        var skp = new SkpBuilder().Build();
        var rhk = skp.Rhk[0];

        skp.UbahRhk(rhk, JenisRhk.Tambahan, " Baru ", null, 44);

        Assert.Equal(JenisRhk.Tambahan, rhk.Jenis);
        Assert.Equal("Baru", rhk.Teks);
        Assert.Null(rhk.RhkAtasanId);
        Assert.Equal(44, rhk.SasaranOrganisasiId);
    }

    [Fact]
    public void RhkOrIki_OfAnotherSkp_IsRefused()
    {
        var skp = new SkpBuilder().Build();
        var lain = new SkpBuilder().Build();
        var rhkLain = lain.Rhk[0];

        Assert.Equal(KodeSkp.RhkTidakDitemukan, Assert.Throws<DomainException>(() => skp.HapusRhk(rhkLain)).Kode);
        Assert.Equal(KodeSkp.RhkTidakDitemukan, Assert.Throws<DomainException>(() => skp.UbahRhk(rhkLain, JenisRhk.Utama, "x", null, null)).Kode);
        Assert.Equal(KodeSkp.RhkTidakDitemukan, Assert.Throws<DomainException>(() => skp.TambahIki(rhkLain, AspekIki.Waktu, "x", Target.Angka(1, "bulan"))).Kode);
        Assert.Equal(KodeSkp.IkiTidakDitemukan, Assert.Throws<DomainException>(() => skp.HapusIki(skp.Rhk[0], rhkLain.Indikator[0])).Kode);
        Assert.Equal(KodeSkp.IkiTidakDitemukan, Assert.Throws<DomainException>(
            () => skp.UbahIki(skp.Rhk[0], rhkLain.Indikator[0], AspekIki.Waktu, "x", Target.Angka(1, "bulan"))).Kode);
        Assert.Single(lain.Rhk);
    }

    [Fact]
    public void HapusRhk_RenumbersTheRest()
    {
        var skp = new SkpBuilder().WithRhk(3).Build();

        skp.HapusRhk(skp.Rhk[0]);

        Assert.Equal(["Rencana hasil kerja 2", "Rencana hasil kerja 3"], skp.Rhk.Select(r => r.Teks));
        Assert.Equal([1, 2], skp.Rhk.Select(r => r.Urutan));
    }

    [Theory]
    [InlineData(3, 1, "Rencana hasil kerja 3,Rencana hasil kerja 1,Rencana hasil kerja 2")]
    [InlineData(1, 3, "Rencana hasil kerja 2,Rencana hasil kerja 3,Rencana hasil kerja 1")]
    [InlineData(2, 2, "Rencana hasil kerja 1,Rencana hasil kerja 2,Rencana hasil kerja 3")]
    public void PindahkanRhk_MovesToPosition(int dari, int ke, string hasil)
    {
        var skp = new SkpBuilder().WithRhk(3).Build();

        skp.PindahkanRhk(skp.Rhk[dari - 1], ke);

        Assert.Equal(hasil.Split(','), skp.Rhk.Select(r => r.Teks));
        Assert.Equal([1, 2, 3], skp.Rhk.Select(r => r.Urutan));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void PindahkanRhk_OutOfRange_Throws(int ke)
    {
        var skp = new SkpBuilder().WithRhk(3).Build();

        Assert.Equal(KodeSkp.UrutanTidakValid, Assert.Throws<DomainException>(() => skp.PindahkanRhk(skp.Rhk[0], ke)).Kode);
    }

    [Fact]
    public void PindahkanIki_MovesWithinItsRhk_AndRefusesOutOfRangeOrSubmitted()
    {
        var skp = new SkpBuilder().Build();
        var rhk = skp.Rhk[0];
        skp.TambahIki(rhk, AspekIki.Waktu, "Kedua", Target.Angka(12, "bulan"));
        var ketiga = skp.TambahIki(rhk, AspekIki.Biaya, "Ketiga", Target.Angka(5, "juta"));

        skp.PindahkanIki(rhk, ketiga, 1);

        Assert.Equal(["Ketiga", "Jumlah dokumen 1", "Kedua"], rhk.Indikator.Select(i => i.Indikator));
        Assert.Equal([1, 2, 3], rhk.Indikator.Select(i => i.Urutan));
        Assert.Equal(KodeSkp.UrutanTidakValid, Assert.Throws<DomainException>(() => skp.PindahkanIki(rhk, ketiga, 4)).Kode);
        var diajukan = new SkpBuilder().Diajukan();
        var r = diajukan.Rhk[0];
        Assert.Equal(KodeSkp.TidakDapatDiubah, Assert.Throws<DomainException>(() => diajukan.PindahkanIki(r, r.Indikator[0], 1)).Kode);
    }

    [Fact]
    public void Iki_AddChangeRemove_KeepsOrder()
    {
        var skp = new SkpBuilder().Build();
        var rhk = skp.Rhk[0];

        var kedua = skp.TambahIki(rhk, AspekIki.Waktu, " Ketepatan waktu ", Target.Angka(12, "bulan"));
        var ketiga = skp.TambahIki(rhk, AspekIki.Biaya, "Anggaran", Target.Angka(50_000_000, "Rp"));
        skp.UbahIki(rhk, kedua, AspekIki.Kualitas, "Dokumen tanpa revisi", Target.Rentang(80, 100, "%"));
        skp.HapusIki(rhk, rhk.Indikator[0]);

        Assert.Equal(["Dokumen tanpa revisi", "Anggaran"], rhk.Indikator.Select(i => i.Indikator));
        Assert.Equal([1, 2], rhk.Indikator.Select(i => i.Urutan));
        Assert.Equal(AspekIki.Kualitas, kedua.Aspek);
        Assert.Equal(JenisTarget.Rentang, kedua.Target.Jenis);
        Assert.Equal(80, kedua.Target.Nilai);
        Assert.Equal(100, kedua.Target.NilaiMaksimum);
        Assert.Equal(2, ketiga.Urutan);
    }

    [Fact]
    public void Iki_BlankIndicator_Throws()
    {
        var skp = new SkpBuilder().Build();

        Assert.Equal(KodeSkp.TeksWajib, Assert.Throws<DomainException>(() => skp.TambahIki(skp.Rhk[0], AspekIki.Kuantitas, " ", Target.Angka(1, "x"))).Kode);
        Assert.Single(skp.Rhk[0].Indikator);
    }

    [Fact]
    public void Target_Factories_TrimUnit_AndKeepIncompleteValuesForTheCheck()
    {
        var angka = Target.Angka(null, "  ");
        var narasi = Target.Naratif("  Layanan tanpa keluhan  ");
        var tenggat = Target.Tenggat(new DateOnly(2026, 6, 30));

        Assert.Null(angka.Nilai);
        Assert.Null(angka.Satuan);
        Assert.Equal(JenisTarget.Narasi, narasi.Jenis);
        Assert.Equal("Layanan tanpa keluhan", narasi.Narasi);
        Assert.Equal(new DateOnly(2026, 6, 30), tenggat.Tanggal);
        Assert.Equal("dokumen", Target.Angka(3, " dokumen ").Satuan);
    }

    [Fact]
    public void Target_LimitsRefused()
    {
        Assert.Equal(KodeSkp.TeksWajib, Assert.Throws<DomainException>(() => Target.Naratif(" ")).Kode);
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => Target.Naratif(new string('n', Target.NarasiMaxLength + 1))).Kode);
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => Target.Angka(1, new string('s', Target.SatuanMaxLength + 1))).Kode);
        Assert.Equal(KodeSkp.TargetDiLuarBatas, Assert.Throws<DomainException>(() => Target.Angka(Target.BatasNilai + 1, "x")).Kode);
        Assert.Equal(KodeSkp.TargetDiLuarBatas, Assert.Throws<DomainException>(() => Target.Rentang(1, -Target.BatasNilai - 1, "x")).Kode);
        Assert.Equal(Target.BatasNilai, Target.Angka(Target.BatasNilai, "x").Nilai);
    }

    [Fact]
    public void UbahLampiran_ReplacesOneListInOrder_DroppingBlankLines()
    {
        var skp = new SkpBuilder().Build();

        skp.UbahLampiran(JenisLampiran.DukunganSumberDaya, ["Anggaran", " ", " Aplikasi SIASN "]);
        skp.UbahLampiran(JenisLampiran.Konsekuensi, ["Teguran"]);
        skp.UbahLampiran(JenisLampiran.DukunganSumberDaya, ["Laptop", "Anggaran", null]);

        Assert.Equal(["Laptop", "Anggaran"], skp.LampiranMenurut(JenisLampiran.DukunganSumberDaya));
        Assert.Empty(skp.LampiranMenurut(JenisLampiran.SkemaPertanggungjawaban));
        Assert.Equal(["Teguran"], skp.LampiranMenurut(JenisLampiran.Konsekuensi));
        Assert.Equal(3, skp.Lampiran.Count);
        Assert.Equal([1, 2], skp.Lampiran.Where(l => l.Jenis == JenisLampiran.DukunganSumberDaya).Select(l => l.Urutan));
    }

    [Fact]
    public void UbahLampiran_TooLongItem_Throws_AndKeepsTheOldList()
    {
        var skp = new SkpBuilder().Build();
        skp.UbahLampiran(JenisLampiran.Konsekuensi, ["Teguran"]);

        Assert.Throws<DomainException>(() => skp.UbahLampiran(JenisLampiran.Konsekuensi, ["ok", new string('x', LampiranSkp.TeksMaxLength + 1)]));

        Assert.Equal(["Teguran"], skp.LampiranMenurut(JenisLampiran.Konsekuensi));
    }

    [Fact]
    public void Snapshot_TrimsAndRequiresFields_AndDropsAtasanWithoutPenilai()
    {
        var orang = new SnapshotPejabat(1, " 198503302010011002 ", " Budi ", "III/a", " ", "Analis", "Bidang");

        Assert.Equal("198503302010011002", orang.Nip);
        Assert.Equal("Budi", orang.NamaLengkap);
        Assert.Null(orang.Pangkat);
        Assert.Throws<DomainException>(() => new SnapshotPejabat(1, "1", "Budi", "III/a", null, " ", "Bidang"));
        Assert.Throws<DomainException>(() => new SnapshotPejabat(1, "1", new string('n', SnapshotPejabat.NamaLengkapMaxLength + 1), "III/a", null, "A", "B"));
        Assert.Null(new SnapshotSkp(orang, null, SkpBuilder.Orang(3)).AtasanPejabatPenilai);
    }

    [Fact]
    public void Snapshot_PenilaiIsTheEmployee_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => new SnapshotSkp(SkpBuilder.Orang(1), SkpBuilder.Orang(1), null));

        Assert.Equal(KodeSkp.PenilaiSamaDenganPegawai, ex.Kode);
    }

    [Fact]
    public void TeksSkp_Normalisasi_IgnoresCaseAndWhitespace()
    {
        Assert.Equal(TeksSkp.Normalisasi("Laporan  Kinerja\tBulanan"), TeksSkp.Normalisasi(" laporan kinerja BULANAN "));
    }
}
