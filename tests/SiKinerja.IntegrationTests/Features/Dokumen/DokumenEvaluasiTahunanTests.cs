using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5: the annual EVALUASI KINERJA PEGAWAI (PERIODE: AKHIR) as PDF: the periods' ratings and predikat, the annual
/// rating with the adjustment and its reason, the organisation predikat, signatures; who may print; only a final one.
/// </summary>
public abstract class DokumenEvaluasiTahunanTests(SiKinerjaAppFactory factory)
{
    private sealed record Data(OrganisasiUji Org, AkunUji Pegawai, Tahun Tahun, string Url, string Halaman);

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    /// <summary>
    /// A staff member (pejabat penilai Kabid, atasan Kadis) with both semesters final (Sesuai/Sesuai, Di Atas/Sesuai:
    /// suggestion Di Atas/Sesuai), semester II's organisation predikat Butuh Perbaikan, and an annual evaluation
    /// adjusted to Di Atas/Di Atas (Sangat Baik) with a reason, final on 30 December 18:00 UTC (31 December WIB) when
    /// <paramref name="final"/>.
    /// </summary>
    private async Task<Data> DataAsync(bool final = true, bool puncak = false)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = puncak ? org.Kadis : await TestData.BuatPegawaiDenganAkunAsync(factory);
        var pemutus = puncak ? org.AdminBkd.Login : org.Kabid.Login;
        var tahun = await TahunAsync(factory);
        var waktu = new DateTime(tahun.Nomor, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        await DenganDbAsync(async db =>
        {
            var snapshot = (await PembuatSnapshotSkp.BuatAsync(db, pegawai.PegawaiId!.Value, CancellationToken.None))!;
            var skp = SkpEntity.Buat(tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), PendekatanSkp.Kuantitatif, snapshot, pegawai.Login, waktu);
            var rhk = skp.TambahRhk(JenisRhk.Utama, "Rencana hasil kerja tahunan");
            skp.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan", Target.Angka(12, "laporan"));
            skp.Ajukan(AturanSkp.Bawaan, false, pegawai.Login, waktu.AddHours(1));
            skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), pemutus, waktu.AddHours(2));
            db.Skp.Add(skp);
            await db.SaveChangesAsync();

            foreach (var (periodeId, hasil, perilaku) in new[]
                     {
                         (tahun.PeriodeId[0], Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi),
                         (tahun.PeriodeId[1], Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi),
                     })
            {
                var e = EvaluasiPeriode.Buat(skp.Id, periodeId, org.UnitBidangId);
                e.Nilai(hasil, perilaku, null, org.Kabid.Login, waktu.AddMonths(6));
                e.Finalkan(org.Kabid.Login, waktu.AddMonths(6).AddHours(1));
                db.EvaluasiPeriode.Add(e);
            }

            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(
                org.UnitBidangId, tahun.PeriodeId[1], PredikatOrganisasi.ButuhPerbaikan, null, org.AdminBkd.Login, waktu.AddMonths(6)));
            var tahunan = EvaluasiTahunan.Buat(
                pegawai.PegawaiId!.Value, tahun.Id, skp.Id, Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi,
                "Kinerja <i>meningkat</i> di akhir tahun", "Pertahankan", pemutus, new DateTime(tahun.Nomor, 12, 30, 10, 0, 0, DateTimeKind.Utc));
            if (final)
            {
                tahunan.Finalkan(true, pemutus, new DateTime(tahun.Nomor, 12, 30, 18, 0, 0, DateTimeKind.Utc));
            }

            db.EvaluasiTahunan.Add(tahunan);
            return await db.SaveChangesAsync();
        });
        return new Data(org, pegawai, tahun, $"/Dokumen/EvaluasiTahunan/{pegawai.PegawaiId}/{tahun.Nomor}", $"/EvaluasiTahunan/{pegawai.PegawaiId}/{tahun.Nomor}");
    }

    [Fact]
    public async Task Evaluasi_tahunan_pdf_memuat_periode_rating_tahunan_penyesuaian_dan_tanda_tangan()
    {
        var d = await DataAsync();
        var sesi = await MasukAsync(factory, d.Pegawai);

        var response = await sesi.Client.Http.GetAsync(d.Url);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        PdfUji.Simpan(pdf, "evaluasi-tahunan");
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("EVALUASI KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("PERIODE: AKHIR", teks, StringComparison.Ordinal);
        Assert.Contains($"1 Januari {d.Tahun.Nomor} s.d. 31 Desember {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains(d.Pegawai.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Pegawai.Login), teks, StringComparison.Ordinal);
        Assert.Contains(d.Org.Kabid.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Org.Kabid.Login), teks, StringComparison.Ordinal);
        Assert.Contains("CAPAIAN KINERJA ORGANISASI: Butuh Perbaikan (Cukup)", teks, StringComparison.Ordinal);
        Assert.Matches(@"SEMESTER I 1 Januari \d{4} s\.d\. 30 Juni \d{4} Sesuai Ekspektasi Sesuai Ekspektasi Baik —", teks);
        Assert.Matches(@"SEMESTER II 1 Juli \d{4} s\.d\. 31 Desember \d{4} Di Atas Ekspektasi Sesuai Ekspektasi Baik Butuh Perbaikan \(Cukup\)", teks);
        Assert.Contains("RATING HASIL KERJA: Di Atas Ekspektasi", teks, StringComparison.Ordinal);
        Assert.Contains("RATING PERILAKU KERJA: Di Atas Ekspektasi", teks, StringComparison.Ordinal);
        Assert.Contains("PREDIKAT KINERJA PEGAWAI: Sangat Baik", teks, StringComparison.Ordinal);
        Assert.Contains("Saran dari evaluasi periodik: rating hasil kerja Di Atas Ekspektasi, rating perilaku kerja Sesuai Ekspektasi", teks, StringComparison.Ordinal);
        Assert.Contains("Alasan penyesuaian: Kinerja <i>meningkat</i> di akhir tahun", teks, StringComparison.Ordinal);
        Assert.Contains("Catatan: Pertahankan", teks, StringComparison.Ordinal);
        Assert.Contains($"31 Desember {d.Tahun.Nomor} PEJABAT PENILAI KINERJA", teks, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kode verifikasi:", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pegawai_pemutus_dan_admin_mencetak_atasan_penilai_403_pegawai_lain_404_dan_tombol_cetak()
    {
        var d = await DataAsync();

        foreach (var (akun, harap) in new[]
                 {
                     (d.Pegawai, HttpStatusCode.OK), (d.Org.Kabid, HttpStatusCode.OK), (d.Org.AdminBkd, HttpStatusCode.OK),
                     (d.Org.Kadis, HttpStatusCode.Forbidden), (d.Org.Staf2, HttpStatusCode.NotFound),
                 })
        {
            var sesi = await MasukAsync(factory, akun);
            Assert.Equal((akun.Login, harap), (akun.Login, (await sesi.Client.Http.GetAsync(d.Url)).StatusCode));
        }

        foreach (var akun in new[] { d.Pegawai, d.Org.Kabid })
        {
            var sesi = await MasukAsync(factory, akun);
            var tombol = (await sesi.Client.GetDocumentAsync(d.Halaman)).QuerySelector("a[data-testid=cetak-evaluasi-tahunan]");
            Assert.Equal((akun.Login, d.Url, "_blank"), (akun.Login, tombol?.GetAttribute("href"), tombol?.GetAttribute("target")));
        }

        var atasan = await MasukAsync(factory, d.Org.Kadis);
        var halaman = await atasan.Client.GetDocumentAsync(d.Halaman);
        Assert.NotNull(halaman.QuerySelector("[data-testid=status-tahunan]"));
        Assert.Null(halaman.QuerySelector("[data-testid=cetak-evaluasi-tahunan]"));
    }

    [Fact]
    public async Task Di_puncak_organisasi_admin_bkd_yang_memutus_menandatangani()
    {
        var d = await DataAsync(puncak: true);

        var admin = await MasukAsync(factory, d.Org.AdminBkd);
        var response = await admin.Client.Http.GetAsync(d.Url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var teks = await PdfUji.TeksRataAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(d.Org.Kadis.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(d.Org.AdminBkd.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Org.AdminBkd.Login), teks, StringComparison.Ordinal);

        var kadis = await MasukAsync(factory, d.Org.Kadis);
        Assert.Equal(HttpStatusCode.OK, (await kadis.Client.Http.GetAsync(d.Url)).StatusCode);
        var kabid = await MasukAsync(factory, d.Org.Kabid);
        Assert.Equal(HttpStatusCode.NotFound, (await kabid.Client.Http.GetAsync(d.Url)).StatusCode);
    }

    [Fact]
    public async Task Evaluasi_tahunan_belum_final_tidak_tercetak_dan_tanpa_tombol()
    {
        var d = await DataAsync(final: false);

        foreach (var akun in new[] { d.Pegawai, d.Org.Kabid, d.Org.AdminBkd, d.Org.Kadis })
        {
            var sesi = await MasukAsync(factory, akun);
            Assert.Equal((akun.Login, HttpStatusCode.NotFound), (akun.Login, (await sesi.Client.Http.GetAsync(d.Url)).StatusCode));
        }

        var penilai = await MasukAsync(factory, d.Org.Kabid);
        var halaman = await penilai.Client.GetDocumentAsync(d.Halaman);
        Assert.NotNull(halaman.QuerySelector("[data-testid=status-tahunan]"));
        Assert.Null(halaman.QuerySelector("[data-testid=cetak-evaluasi-tahunan]"));
    }
}

public sealed class DokumenEvaluasiTahunanTestsSqlite(SqliteAppFactory f) : DokumenEvaluasiTahunanTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenEvaluasiTahunanTestsPostgres(PostgresAppFactory f) : DokumenEvaluasiTahunanTests(f), IClassFixture<PostgresAppFactory>;
