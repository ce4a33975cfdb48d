using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class RealisasiPeriodeTests
{
    private const string Pegawai = "199002022015022002";

    private static readonly DateTime T0 = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Iki1 = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Iki2 = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static RealisasiPeriode Baru() => RealisasiPeriode.Buat(7, 3);

    [Fact]
    public void Buat_IsEmptyForTheSkpAndPeriod()
    {
        var r = Baru();

        Assert.Equal((7, 3, null), (r.SkpId, r.PeriodeEvaluasiId, r.CatatanMandiri));
        Assert.Empty(r.Indikator);
        Assert.Null(r.Untuk(Iki1));
    }

    [Fact]
    public void Isi_FirstTime_AddsOneRowPerIki_TrimmedAndEmptyTextAsNull()
    {
        var r = Baru();

        var baris = r.Isi(Iki1, "  Menyusun laporan bulanan  ", 10.5m, new DateOnly(2026, 6, 30), "   ");

        Assert.Same(baris, Assert.Single(r.Indikator));
        Assert.Equal(Iki1, baris.IkiKunci);
        Assert.Equal(("Menyusun laporan bulanan", (decimal?)10.5m, (DateOnly?)new DateOnly(2026, 6, 30), (string?)null),
            (baris.RencanaAksi, baris.RealisasiAngka, baris.RealisasiTanggal, baris.RealisasiTeks));
        Assert.Same(baris, r.Untuk(Iki1));
    }

    [Fact]
    public void Isi_Again_ReplacesTheSameRow_NoDuplicate()
    {
        var r = Baru();
        r.Isi(Iki1, "Rencana", 3m, null, "tiga laporan");

        r.Isi(Iki1, null, null, null, null);
        r.Isi(Iki2, null, 0m, null, null);

        Assert.Equal(2, r.Indikator.Count);
        var satu = r.Untuk(Iki1)!;
        Assert.Null(satu.RencanaAksi);
        Assert.Null(satu.RealisasiAngka);
        Assert.Null(satu.RealisasiTeks);
        Assert.False(satu.Terisi);
        Assert.True(r.Untuk(Iki2)!.Terisi); // zero is a realisasi
    }

    [Fact]
    public void Isi_EmptyKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => Baru().Isi(Guid.Empty, null, 1m, null, null));
    }

    [Fact]
    public void Isi_Negative_IsRefusedWithItsCode()
    {
        var ex = Assert.Throws<DomainException>(() => Baru().Isi(Iki1, null, -0.01m, null, null));
        Assert.Equal(KodeEvaluasi.RealisasiNegatif, ex.Kode);
    }

    [Fact]
    public void Isi_BeyondWhatCanBeStored_IsRefusedWithItsCode()
    {
        var r = Baru();
        r.Isi(Iki1, null, Target.BatasNilai, null, null);

        var ex = Assert.Throws<DomainException>(() => r.Isi(Iki1, null, Target.BatasNilai + 1, null, null));

        Assert.Equal(KodeEvaluasi.RealisasiTerlaluBesar, ex.Kode);
        Assert.Equal(Target.BatasNilai, r.Untuk(Iki1)!.RealisasiAngka);
    }

    [Fact]
    public void Isi_TextOverItsLength_Throws()
    {
        var r = Baru();
        Assert.ThrowsAny<Exception>(() => r.Isi(Iki1, new string('a', RealisasiIki.RencanaAksiMaxLength + 1), null, null, null));
        Assert.ThrowsAny<Exception>(() => r.Isi(Iki1, null, null, null, new string('a', RealisasiIki.RealisasiTeksMaxLength + 1)));
        r.Isi(Iki1, new string('a', RealisasiIki.RencanaAksiMaxLength), null, null, new string('b', RealisasiIki.RealisasiTeksMaxLength));
        Assert.Equal(RealisasiIki.RencanaAksiMaxLength, r.Untuk(Iki1)!.RencanaAksi!.Length);
    }

    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData("1", null, null, true)]
    [InlineData(null, "2026-06-30", null, true)]
    [InlineData(null, null, "Selesai", true)]
    public void Terisi_AnyRealisasiCounts_RencanaAksiAloneDoesNot(string? angka, string? tanggal, string? teks, bool terisi)
    {
        var r = Baru();
        var baris = r.Isi(Iki1, "Rencana aksi saja", angka is null ? null : decimal.Parse(angka, System.Globalization.CultureInfo.InvariantCulture),
            tanggal is null ? null : DateOnly.Parse(tanggal, System.Globalization.CultureInfo.InvariantCulture), teks);

        Assert.Equal(terisi, baris.Terisi);
    }

    [Fact]
    public void JumlahTerisi_CountsOnlyTheGivenIkiWithARealisasi()
    {
        var r = Baru();
        r.Isi(Iki1, null, 5m, null, null);
        r.Isi(Iki2, "hanya rencana", null, null, null);
        var lain = Guid.NewGuid();
        r.Isi(lain, null, 1m, null, null); // an IKI no longer in the SKP

        Assert.Equal(1, r.JumlahTerisi([Iki1, Iki2, Guid.NewGuid()]));
        Assert.Equal(1, r.JumlahTerisi([Iki1, Iki1]));
        Assert.Equal(2, r.JumlahTerisi([Iki1, lain]));
    }

    [Fact]
    public void UbahCatatanMandiri_TrimsAndClears()
    {
        var r = Baru();
        r.UbahCatatanMandiri("  Target tercapai  ");
        Assert.Equal("Target tercapai", r.CatatanMandiri);
        r.UbahCatatanMandiri(" ");
        Assert.Null(r.CatatanMandiri);
        Assert.ThrowsAny<Exception>(() => r.UbahCatatanMandiri(new string('x', RealisasiPeriode.CatatanMandiriMaxLength + 1)));
    }

    [Theory]
    [InlineData("https://drive.example.go.id/berkas/1", "https://drive.example.go.id/berkas/1")]
    [InlineData("  http://contoh.id  ", "http://contoh.id/")]
    [InlineData("HTTPS://Contoh.ID/a b", "https://contoh.id/a%20b")]
    public void TambahTautan_HttpOrHttps_IsStoredNormalised(string url, string tersimpan)
    {
        var r = Baru();

        var bukti = r.TambahTautan(Iki1, url, " Folder bukti ", Pegawai, T0);

        Assert.Equal((JenisBuktiDukung.Tautan, tersimpan, "Folder bukti", Pegawai, T0), (bukti.Jenis, bukti.Url, bukti.Keterangan, bukti.DiunggahOlehNip, bukti.DiunggahUtc));
        Assert.Null(bukti.KunciBerkas);
        Assert.Null(bukti.NamaBerkas);
        Assert.Same(bukti, Assert.Single(r.Untuk(Iki1)!.Bukti));
        Assert.False(r.Untuk(Iki1)!.Terisi); // a bukti creates the row, not a realisasi
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://contoh.id/a")]
    [InlineData("/relatif/saja")]
    [InlineData("contoh.id/tanpa-skema")]
    [InlineData("https://")]
    public void TambahTautan_NotAnAbsoluteHttpAddress_IsRefused(string url)
    {
        var r = Baru();

        var ex = Assert.Throws<DomainException>(() => r.TambahTautan(Iki1, url, null, Pegawai, T0));

        Assert.Equal(KodeEvaluasi.TautanTidakValid, ex.Kode);
        Assert.True(r.Untuk(Iki1) is null || r.Untuk(Iki1)!.Bukti.Count == 0);
    }

    [Fact]
    public void TambahTautan_TooLong_IsRefused()
    {
        var url = "https://contoh.id/" + new string('a', BuktiDukung.UrlMaxLength);
        var ex = Assert.Throws<DomainException>(() => Baru().TambahTautan(Iki1, url, null, Pegawai, T0));
        Assert.Equal(KodeEvaluasi.TautanTidakValid, ex.Kode);
    }

    [Fact]
    public void TambahBerkas_StoresTheMetadata_KeepsTheRealisasi()
    {
        var r = Baru();
        r.Isi(Iki1, "Rencana", 4m, null, null);

        var bukti = r.TambahBerkas(Iki1, "ab/abcdef.pdf", "laporan.pdf", 1234, "application/pdf", null, Pegawai, T0);

        Assert.Equal((JenisBuktiDukung.Berkas, "ab/abcdef.pdf", "laporan.pdf", (long?)1234, "application/pdf"),
            (bukti.Jenis, bukti.KunciBerkas, bukti.NamaBerkas, bukti.UkuranByte, bukti.JenisKonten));
        Assert.Null(bukti.Url);
        Assert.Equal(4m, r.Untuk(Iki1)!.RealisasiAngka);
        Assert.Single(r.Indikator);
    }

    [Fact]
    public void TambahBerkas_EmptySizeOrMissingFields_Throws()
    {
        var r = Baru();
        Assert.Throws<ArgumentOutOfRangeException>(() => r.TambahBerkas(Iki1, "ab/x.pdf", "a.pdf", 0, "application/pdf", null, Pegawai, T0));
        Assert.ThrowsAny<Exception>(() => r.TambahBerkas(Iki1, " ", "a.pdf", 1, "application/pdf", null, Pegawai, T0));
        Assert.ThrowsAny<Exception>(() => r.TambahBerkas(Iki1, "ab/x.pdf", "", 1, "application/pdf", null, Pegawai, T0));
        Assert.ThrowsAny<Exception>(() => r.TambahBerkas(Iki1, "ab/x.pdf", "a.pdf", 1, "application/pdf", null, "", T0));
    }

    [Fact]
    public void Tambah_BeyondTheMaximumPerIki_IsRefused_OtherIkiUnaffected()
    {
        var r = Baru();
        for (var i = 0; i < RealisasiIki.BuktiMaksimum; i++)
        {
            r.TambahTautan(Iki1, $"https://contoh.id/{i}", null, Pegawai, T0);
        }

        var ex = Assert.Throws<DomainException>(() => r.TambahBerkas(Iki1, "ab/x.pdf", "a.pdf", 1, "application/pdf", null, Pegawai, T0));

        Assert.Equal(KodeEvaluasi.BuktiTerlaluBanyak, ex.Kode);
        Assert.Equal([RealisasiIki.BuktiMaksimum], ex.Argumen);
        Assert.Equal(RealisasiIki.BuktiMaksimum, r.Untuk(Iki1)!.Bukti.Count);
        r.TambahTautan(Iki2, "https://contoh.id/lain", null, Pegawai, T0);
        Assert.Single(r.Untuk(Iki2)!.Bukti);
    }

    [Fact]
    public void HapusBukti_UnknownOrUnsavedId_ReturnsNullAndRemovesNothing()
    {
        var r = Baru();
        r.TambahTautan(Iki1, "https://contoh.id/1", null, Pegawai, T0);
        r.TambahTautan(Iki1, "https://contoh.id/2", null, Pegawai, T0);

        // Unsaved bukti all have id 0: deleting "0" must not pick one of them at random.
        Assert.Null(r.HapusBukti(0));
        Assert.Null(r.HapusBukti(-1));
        Assert.Null(r.HapusBukti(99));
        Assert.Equal(2, r.Untuk(Iki1)!.Bukti.Count);
    }

    [Fact]
    public void HapusBukti_SavedId_RemovesAndReturnsIt()
    {
        var r = Baru();
        var a = r.TambahBerkas(Iki1, "ab/a.pdf", "a.pdf", 10, "application/pdf", null, Pegawai, T0);
        var b = r.TambahTautan(Iki2, "https://contoh.id/b", null, Pegawai, T0);
        SetId(a, 5);
        SetId(b, 6);

        var hapus = r.HapusBukti(6);

        Assert.Same(b, hapus);
        Assert.Empty(r.Untuk(Iki2)!.Bukti);
        Assert.Same(a, Assert.Single(r.Untuk(Iki1)!.Bukti));
        Assert.Null(r.HapusBukti(6));
    }

    [Fact]
    public void PindahKeSkp_MovesToTheNewRevision_KeepsTheRows()
    {
        var r = Baru();
        r.Isi(Iki1, null, 2m, null, null);

        r.PindahKeSkp(9);

        Assert.Equal((9, 3), (r.SkpId, r.PeriodeEvaluasiId));
        Assert.Equal(2m, r.Untuk(Iki1)!.RealisasiAngka);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.PindahKeSkp(0));
    }

    [Fact]
    public void EvaluasiPeriode_PindahKeSkp_KeepsStatusAndRatings()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, Pegawai, T0);

        e.PindahKeSkp(9);

        Assert.Equal((9, 3, 5, StatusEvaluasi.Dinilai, (PredikatKinerja?)PredikatKinerja.Baik), (e.SkpId, e.PeriodeEvaluasiId, e.UnitKerjaId, e.Status, e.Predikat));
        Assert.Throws<ArgumentOutOfRangeException>(() => e.PindahKeSkp(-1));
    }

    [Fact]
    public void CapaianIki_FromARealisasiRow_RatesAgainstTheTarget()
    {
        var r = Baru();
        var baris = r.Isi(Iki1, null, 12m, null, null);

        var (kategori, persen) = new CapaianIki(AspekIki.Kuantitas, Target.Angka(10, "laporan"), baris.RealisasiAngka, baris.RealisasiTanggal).Nilai();

        Assert.Equal((Rating.DiAtasEkspektasi, (decimal?)120m), (kategori, persen));
    }

    private static void SetId(BuktiDukung bukti, int id) =>
        typeof(BuktiDukung).GetProperty(nameof(BuktiDukung.Id))!.SetValue(bukti, id);
}
