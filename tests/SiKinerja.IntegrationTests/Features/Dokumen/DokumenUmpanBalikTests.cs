using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web;
using SiKinerja.Web.Features.SasaranOrganisasi;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Dokumen;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;
using static SiKinerja.IntegrationTests.Features.Dokumen.DataDokumen;
using Entri = SiKinerja.Domain.Evaluasi.UmpanBalik;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5: the UMPAN BALIK of one period as PDF (pdftotext): header, RHK, targets, the employee's realisasi, the pejabat
/// penilai's feedback per RHK and per value, signatures; a peer's input is never printed. The Kualitatif SKP's narrative
/// target; HTML in user text printed as text in both documents; the batch list of a unit.
/// </summary>
public abstract class DokumenUmpanBalikTests(SiKinerjaAppFactory factory)
{
    private const string RhkSatu = "Tersusunnya laporan keuangan bulanan bidang";
    private const string RhkDua = "Terlaksananya pendampingan aplikasi kepegawaian";
    private const string TeksRealisasi = "Enam laporan bulanan selesai dan diserahkan tepat waktu";
    private const string TeksBukti = "Arsip laporan Januari sampai Juni";
    private const string TeksPenilai = "Pertahankan ketepatan waktu penyerahan laporan";
    private const string TeksPenilaiNilai = "Sigap menanggapi permintaan data dari sekolah";
    private const string TeksRekan = "Masukan rahasia rekan kerja tentang laporan";

    private static async Task<SkpUji> SkpDuaRhkAsync(SiKinerjaAppFactory factory, string rhkSatu = RhkSatu) =>
        await SkpAsync(factory, skp =>
        {
            var a = skp.TambahRhk(JenisRhk.Utama, rhkSatu);
            skp.TambahIki(a, AspekIki.Kuantitas, "Jumlah laporan keuangan yang disusun", Target.Angka(12, "laporan"));
            skp.TambahIki(a, AspekIki.Kualitas, "Persentase laporan tanpa koreksi", Target.Rentang(80, 100, "%"));
            var b = skp.TambahRhk(JenisRhk.Tambahan, RhkDua);
            skp.TambahIki(b, AspekIki.Waktu, "Pendampingan selesai", Target.Tenggat(new DateOnly(skp.Tahun, 11, 30)));
        });

    [Fact]
    public async Task UmpanBalik_pdf_memuat_kepala_rhk_target_realisasi_umpan_balik_dan_tanda_tangan_tanpa_masukan_rekan()
    {
        var d = await SkpDuaRhkAsync(factory);
        var periode = d.Tahun.PeriodeId[0];
        var waktu = new DateTime(d.Tahun.Nomor, 3, 10, 3, 0, 0, DateTimeKind.Utc);
        await TambahAsync(factory, db =>
        {
            var r = RealisasiPeriode.Buat(d.SkpId, periode);
            r.Isi(d.Iki[0], "Menyusun laporan tiap akhir bulan", 6, null, TeksRealisasi);
            r.TambahTautan(d.Iki[0], "https://arsip.contoh.go.id/laporan", TeksBukti, d.Pegawai.Login, waktu);
            db.RealisasiPeriode.Add(r);
            db.UmpanBalik.Add(Entri.OlehPenilai(d.SkpId, periode, d.Rhk[0], null, TeksPenilai, d.Org.Kabid.PegawaiId!.Value, d.Org.Kabid.Login, waktu));
            db.UmpanBalik.Add(Entri.OlehPenilai(d.SkpId, periode, null, NilaiBerakhlak.Akuntabel, TeksPenilaiNilai, d.Org.Kabid.PegawaiId!.Value, d.Org.Kabid.Login, waktu.AddDays(5)));
        });
        await MasukanRekanAsync(factory, d, periode, d.Rhk[0], TeksRekan, waktu.AddDays(20));

        var sesi = await MasukAsync(factory, d.Pegawai);
        var pdf = await PdfAsync(sesi, $"/Dokumen/UmpanBalik/{d.SkpId}/{periode}", "umpan-balik");
        var teks = await PdfUji.TeksRataAsync(pdf);

        Assert.Contains("UMPAN BALIK", teks, StringComparison.Ordinal);
        Assert.Contains("PENDEKATAN HASIL KERJA KUANTITATIF", teks, StringComparison.Ordinal);
        Assert.Contains($"Semester I {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains($"1 Januari {d.Tahun.Nomor} s.d. 30 Juni {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains(d.Pegawai.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(d.Org.Kabid.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Pegawai.Login), teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Org.Kabid.Login), teks, StringComparison.Ordinal);
        Assert.Contains("REALISASI BERDASARKAN BUKTI DUKUNG", teks, StringComparison.Ordinal);
        MemuatBerurutan(teks, "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");
        MemuatBerurutan(teks, RhkSatu);
        MemuatBerurutan(teks, RhkDua);
        Assert.Contains("12 laporan", teks, StringComparison.Ordinal);
        Assert.Contains("80–100 %", teks, StringComparison.Ordinal);
        Assert.Contains($"30 November {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains("6 laporan", teks, StringComparison.Ordinal);
        MemuatBerurutan(teks, TeksRealisasi);
        MemuatBerurutan(teks, TeksBukti);
        MemuatBerurutan(teks, TeksPenilai);
        Assert.Contains($"10 Maret {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        MemuatBerurutan(teks, TeksPenilaiNilai);
        Assert.Contains("Ekspektasi Akuntabel", teks, StringComparison.Ordinal);
        Assert.Contains("Berorientasi Pelayanan", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia rekan", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("(kolaboratif)", teks, StringComparison.Ordinal);
        Assert.DoesNotContain(d.Org.Staf2.Nama, teks, StringComparison.Ordinal);

        // Signatures: the latest feedback (15 March) dates the right block; both names with their NIPs under them.
        var ttd = teks[teks.LastIndexOf("PEJABAT PENILAI KINERJA", StringComparison.Ordinal)..];
        Assert.Contains($"15 Maret {d.Tahun.Nomor}", teks[..teks.LastIndexOf("PEJABAT PENILAI KINERJA", StringComparison.Ordinal)][^40..], StringComparison.Ordinal);
        Assert.Contains(d.Org.Kabid.Nama, ttd, StringComparison.Ordinal);
        Assert.Contains($"NIP {Domain.Kepegawaian.Nip.Format(d.Org.Kabid.Login)}", ttd, StringComparison.Ordinal);
        Assert.Contains($"NIP {Domain.Kepegawaian.Nip.Format(d.Pegawai.Login)}", teks, StringComparison.Ordinal);
        Assert.Matches(@"Halaman 1 dari \d", teks);
        Assert.Contains("Kode verifikasi:", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UmpanBalik_tanpa_umpan_balik_ditandatangani_pada_akhir_periode()
    {
        var d = await SkpDuaRhkAsync(factory);
        var sesi = await MasukAsync(factory, d.Org.Kabid);

        var teks = await PdfUji.TeksRataAsync(await PdfAsync(sesi, $"/Dokumen/UmpanBalik/{d.SkpId}/{d.Tahun.PeriodeId[1]}"));

        Assert.Contains($"Semester II {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains($"31 Desember {d.Tahun.Nomor} PEJABAT PENILAI KINERJA", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skp_kualitatif_mencetak_target_naratif()
    {
        const string narasi = "Laporan diterima pimpinan tanpa catatan perbaikan";
        var d = await SkpAsync(factory, skp =>
        {
            var a = skp.TambahRhk(JenisRhk.Utama, "Terwujudnya layanan konsultasi kepegawaian yang responsif");
            skp.TambahIki(a, AspekIki.Kualitas, "Kepuasan pimpinan atas laporan", Target.Naratif(narasi));
        }, PendekatanSkp.Kualitatif);
        var sesi = await MasukAsync(factory, d.Pegawai);

        var skpTeks = await PdfUji.TeksRataAsync(await PdfAsync(sesi, $"/Dokumen/Skp/{d.SkpId}", "skp-kualitatif"));
        var umpanTeks = await PdfUji.TeksRataAsync(await PdfAsync(sesi, $"/Dokumen/UmpanBalik/{d.SkpId}/{d.Tahun.PeriodeId[0]}"));

        foreach (var teks in new[] { skpTeks, umpanTeks })
        {
            Assert.Contains("PENDEKATAN HASIL KERJA KUALITATIF", teks, StringComparison.Ordinal);
            MemuatBerurutan(teks, narasi);
        }
    }

    [Fact]
    public async Task Html_dalam_rhk_dan_umpan_balik_dicetak_sebagai_teks()
    {
        const string skrip = "<script>alert(1)</script>";
        var d = await SkpDuaRhkAsync(factory, $"Laporan {skrip} <b>tebal</b>");
        var periode = d.Tahun.PeriodeId[0];
        await TambahAsync(factory, db => db.UmpanBalik.Add(Entri.OlehPenilai(
            d.SkpId, periode, d.Rhk[0], null, $"Catatan {skrip} & <i>miring</i>", d.Org.Kabid.PegawaiId!.Value, d.Org.Kabid.Login,
            new DateTime(d.Tahun.Nomor, 2, 1, 3, 0, 0, DateTimeKind.Utc))));
        var sesi = await MasukAsync(factory, d.Pegawai);

        var skp = await PdfUji.TeksRataAsync(await PdfAsync(sesi, $"/Dokumen/Skp/{d.SkpId}"));
        var umpan = await PdfUji.TeksRataAsync(await PdfAsync(sesi, $"/Dokumen/UmpanBalik/{d.SkpId}/{periode}", "umpan-balik-html"));

        // A narrow cell may wrap the text anywhere (even after "alert(1)"): compare without whitespace.
        static string Rapat(string teks) => System.Text.RegularExpressions.Regex.Replace(teks, @"\s+", string.Empty);
        Assert.Contains($"Laporan{skrip}<b>tebal</b>", Rapat(skp), StringComparison.Ordinal);
        Assert.Contains($"Laporan{skrip}<b>tebal</b>", Rapat(umpan), StringComparison.Ordinal);
        Assert.Contains($"Catatan{skrip}&<i>miring</i>", Rapat(umpan), StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", skp + umpan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daftar_batch_berisi_skp_dievaluasi_unit_yang_dipilih_dan_tidak_ada_tanpa_periode()
    {
        var d = await SkpDuaRhkAsync(factory);
        var periode = d.Tahun.PeriodeId[0];

        var (unitStaf, lain, tanpaPeriode, isi) = await factory.WithScopeAsync(async sp =>
        {
            var layanan = sp.GetRequiredService<LayananDokumen>();
            var penyusun = layanan.Penyusun(JenisDokumen.UmpanBalik);
            var unit = await penyusun.DaftarAsync(new PilihanCetak(JenisDokumen.UmpanBalik, d.Tahun.Nomor, periode, [d.Org.UnitBidangId]), CancellationToken.None);
            var lain = await penyusun.DaftarAsync(new PilihanCetak(JenisDokumen.UmpanBalik, d.Tahun.Nomor, periode, [d.Org.UnitRootId]), CancellationToken.None);
            var tanpa = await penyusun.DaftarAsync(new PilihanCetak(JenisDokumen.UmpanBalik, d.Tahun.Nomor, null, [d.Org.UnitBidangId]), CancellationToken.None);
            var isi = await layanan.SusunAsync([.. unit, new KunciDokumen(JenisDokumen.UmpanBalik, d.SkpId, 0)], CancellationToken.None);
            return (unit, lain, tanpa, isi);
        });

        var kunci = new KunciDokumen(JenisDokumen.UmpanBalik, d.SkpId, periode);
        Assert.Contains(kunci, unitStaf);
        Assert.DoesNotContain(kunci, lain);
        Assert.Empty(tanpaPeriode);
        Assert.Equal(unitStaf.Count, isi.Count);
        Assert.Equal(PenyusunUmpanBalik.Tampilan, isi[kunci].Tampilan);
        Assert.True(isi[kunci].Lanskap);
    }

    [Fact]
    public async Task Susun_banyak_dokumen_dengan_jumlah_query_tetap()
    {
        var data = new List<SkpUji>();
        for (var i = 0; i < 3; i++)
        {
            var d = await SkpDuaRhkAsync(factory);
            var periode = d.Tahun.PeriodeId[0];
            var waktu = new DateTime(d.Tahun.Nomor, 3, 10, 3, 0, 0, DateTimeKind.Utc);
            await TambahAsync(factory, db =>
            {
                var r = RealisasiPeriode.Buat(d.SkpId, periode);
                r.Isi(d.Iki[0], null, 6, null, TeksRealisasi);
                r.TambahTautan(d.Iki[1], "https://arsip.contoh.go.id/laporan", null, d.Pegawai.Login, waktu);
                db.RealisasiPeriode.Add(r);
                db.UmpanBalik.Add(Entri.OlehPenilai(d.SkpId, periode, d.Rhk[0], null, TeksPenilai, d.Org.Kabid.PegawaiId!.Value, d.Org.Kabid.Login, waktu));
                db.UmpanBalik.Add(Entri.OlehPenilai(d.SkpId, periode, null, NilaiBerakhlak.Adaptif, TeksPenilaiNilai, d.Org.Kabid.PegawaiId!.Value, d.Org.Kabid.Login, waktu));
            });
            data.Add(d);
        }

        var kunci = data.Select(d => new KunciDokumen(JenisDokumen.UmpanBalik, d.SkpId, d.Tahun.PeriodeId[0])).ToList();
        var (satu, _) = await HitungAsync(kunci[..1]);
        var (tiga, isi) = await HitungAsync(kunci);

        Assert.Equal(satu, tiga);
        Assert.True(tiga <= 12, $"{tiga} queries");
        Assert.Equal(3, isi.Count);
        var model = Assert.IsType<DokumenUmpanBalikModel>(isi[kunci[2]].Model);
        Assert.Equal("6 laporan", model.HasilKerja[0].Rhk[0].Realisasi[0].Nilai);
        Assert.Equal(["https://arsip.contoh.go.id/laporan"], model.HasilKerja[0].Rhk[0].Realisasi[1].Bukti);
        Assert.Equal(TeksPenilai, Assert.Single(model.HasilKerja[0].Rhk[0].UmpanBalik).Teks);
        Assert.Equal(TeksPenilaiNilai, Assert.Single(model.Perilaku.Single(p => p.Perilaku.Nilai == NilaiBerakhlak.Adaptif).UmpanBalik).Teks);
    }

    private Task<(int Jumlah, IReadOnlyDictionary<KunciDokumen, IsiDokumen> Isi)> HitungAsync(IReadOnlyList<KunciDokumen> kunci) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var penyusun = new PenyusunUmpanBalik(db, new SasaranOrganisasiQueries(db), sp.GetRequiredService<IStringLocalizer<SharedResource>>());
        var isi = await penyusun.SusunAsync(kunci, CancellationToken.None);
        return (penghitung.Jumlah, isi);
    });
}

public sealed class DokumenUmpanBalikTestsSqlite(SqliteAppFactory f) : DokumenUmpanBalikTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenUmpanBalikTestsPostgres(PostgresAppFactory f) : DokumenUmpanBalikTests(f), IClassFixture<PostgresAppFactory>;
