using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5: the EVALUASI KINERJA PEGAWAI of one period as PDF (text read back with pdftotext): header, organisation
/// predikat, the unit's distribution, Hasil Kerja with realisasi and feedback, Perilaku, ratings, predikat, signatures;
/// who may print it; only a decided evaluation prints; the print buttons.
/// </summary>
public abstract class DokumenEvaluasiPeriodikTests(SiKinerjaAppFactory factory)
{
    private sealed record Data(OrganisasiUji Org, AkunUji Pegawai, Tahun Tahun, int SkpId, int PeriodeId, int EvaluasiId, string Url);

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    /// <summary>
    /// A staff member's SKP with realisasi, feedback per RHK and per value, and an evaluation in <paramref name="status"/>
    /// (Di Atas / Di Atas → Sangat Baik) finalised on 3 July 20:00 UTC (4 July WIB); the unit's organisation predikat is
    /// Istimewa; in the same unit and period one colleague is final Baik and one is still a draft (not counted).
    /// </summary>
    private async Task<Data> DataAsync(StatusEvaluasi status = StatusEvaluasi.Final)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync(factory);
        var penilai = Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji");
        var atasan = Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji");
        var skpId = await SkpDisetujuiAsync(factory, tahun, Pejabat(pegawai, "Pengadministrasi Perkantoran", "Bidang Uji"), penilai, atasan);
        var periodeId = tahun.PeriodeId[0];
        var final = new DateTime(tahun.Nomor, 7, 3, 20, 0, 0, DateTimeKind.Utc);
        var evaluasiId = await DenganDbAsync(async db =>
        {
            var skp = await db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == skpId);
            var rhk = skp.Rhk.OrderBy(r => r.Urutan).ToList();
            var realisasi = RealisasiPeriode.Buat(skpId, periodeId);
            realisasi.Isi(rhk[0].Indikator[0].Kunci, "Menyusun laporan", 7m, null, "Tujuh laporan selesai");
            realisasi.Isi(rhk[1].Indikator[0].Kunci, null, 11m, null, null);
            db.RealisasiPeriode.Add(realisasi);

            var e = EvaluasiPeriode.Buat(skpId, periodeId, org.UnitBidangId);
            e.Nilai(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, "Catatan penilai", org.Kabid.Login, final.AddHours(-2),
                [new NilaiRhk(rhk[0].Kunci, Rating.DiAtasEkspektasi, "Laporan <b>tepat waktu</b> & rapi"), new NilaiRhk(rhk[2].Kunci, null, "Perlu dipercepat")],
                [new NilaiPerilaku(NilaiBerakhlak.BerorientasiPelayanan, Rating.DiAtasEkspektasi, "Melayani <script>alert(1)</script> dengan ramah"),
                 new NilaiPerilaku(NilaiBerakhlak.Akuntabel, Rating.SesuaiEkspektasi, null)]);
            if (status is StatusEvaluasi.Final or StatusEvaluasi.Diterima or StatusEvaluasi.Keberatan)
            {
                e.Finalkan(org.Kabid.Login, final);
            }

            if (status == StatusEvaluasi.Keberatan)
            {
                e.AjukanKeberatan("Belum dihitung", pegawai.Login, final.AddMinutes(30));
            }

            db.EvaluasiPeriode.Add(e);
            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(org.UnitBidangId, periodeId, PredikatOrganisasi.Istimewa, null, org.AdminBkd.Login, final.AddDays(-1)));
            await db.SaveChangesAsync();
            return e.Id;
        });

        foreach (var (st, hasil) in new[] { (StatusEvaluasi.Final, Rating.SesuaiEkspektasi), (StatusEvaluasi.Dinilai, Rating.DiBawahEkspektasi) })
        {
            var rekan = await TestData.BuatPegawaiDenganAkunAsync(factory);
            var skpRekan = await SkpDisetujuiAsync(factory, tahun, Pejabat(rekan, "Pengadministrasi Perkantoran", "Bidang Uji"), penilai, atasan);
            await EvaluasiAsync(factory, skpRekan, periodeId, org.UnitBidangId, st, hasil, hasil, final);
        }

        return new Data(org, pegawai, tahun, skpId, periodeId, evaluasiId, $"/Dokumen/EvaluasiPeriodik/{skpId}/{periodeId}");
    }

    private static async Task<string> TeksAsync(HttpResponseMessage response, string? simpan = null)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        if (simpan is not null)
        {
            PdfUji.Simpan(pdf, simpan);
        }

        return await PdfUji.TeksRataAsync(pdf);
    }

    [Fact]
    public async Task Evaluasi_pdf_memuat_kepala_kurva_hasil_kerja_perilaku_rating_predikat_dan_tanda_tangan()
    {
        var d = await DataAsync();
        var sesi = await MasukAsync(factory, d.Pegawai);

        var teks = await TeksAsync(await sesi.Client.Http.GetAsync(d.Url), "evaluasi-periodik");

        Assert.Contains("EVALUASI KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("PENDEKATAN HASIL KERJA KUANTITATIF", teks, StringComparison.Ordinal);
        Assert.Contains("PERIODE: SEMESTER I", teks, StringComparison.Ordinal);
        Assert.Contains($"1 Januari {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains($"30 Juni {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains(d.Pegawai.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Pegawai.Login), teks, StringComparison.Ordinal);
        Assert.Contains(d.Org.Kabid.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(d.Org.Kabid.Login), teks, StringComparison.Ordinal);

        Assert.Contains("CAPAIAN KINERJA ORGANISASI: Istimewa", teks, StringComparison.Ordinal);
        Assert.Contains("POLA DISTRIBUSI:", teks, StringComparison.Ordinal);
        // The unit's decided predikat in the period, worst first: this one (Sangat Baik) and the final colleague (Baik);
        // the draft colleague is not counted.
        Assert.Contains("Jumlah pegawai Sangat Baik 1 Baik 1 Butuh Perbaikan 0 Kurang/Misconduct 0 Sangat Kurang 0 Jumlah 2", teks, StringComparison.Ordinal);

        Assert.Contains("Rencana hasil kerja 1", teks, StringComparison.Ordinal);
        Assert.Contains("Rencana hasil kerja 3", teks, StringComparison.Ordinal);
        Assert.Contains("12 dokumen", teks, StringComparison.Ordinal);
        Assert.Contains("7 dokumen — Tujuh laporan selesai", teks, StringComparison.Ordinal);
        Assert.Contains("11 dokumen", teks, StringComparison.Ordinal);
        Assert.Contains("Laporan <b>tepat waktu</b> & rapi", teks, StringComparison.Ordinal);
        Assert.Contains("Kategori: Di Atas Ekspektasi", teks, StringComparison.Ordinal);
        Assert.Contains("Perlu dipercepat", teks, StringComparison.Ordinal);
        Assert.Contains("RATING HASIL KERJA: Di Atas Ekspektasi", teks, StringComparison.Ordinal);

        Assert.Contains("Berorientasi Pelayanan", teks, StringComparison.Ordinal);
        Assert.Contains("Ekspektasi Akuntabel", teks, StringComparison.Ordinal);
        Assert.Contains("Melayani <script>alert(1)</script> dengan ramah", teks, StringComparison.Ordinal);
        Assert.Contains("Di Atas Ekspektasi (3)", teks, StringComparison.Ordinal);
        Assert.Contains("Sesuai Ekspektasi (2)", teks, StringComparison.Ordinal);
        Assert.Contains("RATING PERILAKU KERJA: Di Atas Ekspektasi", teks, StringComparison.Ordinal);
        Assert.Contains("PREDIKAT KINERJA PEGAWAI: Sangat Baik", teks, StringComparison.Ordinal);

        // Signed on the day it was finalised, in WIB (20:00 UTC on 3 July is 4 July).
        Assert.Contains($"4 Juli {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains("Pegawai yang Dinilai", teks, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"Halaman 1 dari \d", teks);
        Assert.Contains("Kode verifikasi:", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifikasi_sah_lalu_berubah_setelah_evaluasi_dibuka_kembali()
    {
        var d = await DataAsync();
        var sesi = await MasukAsync(factory, d.Pegawai);
        var teks = await TeksAsync(await sesi.Client.Http.GetAsync(d.Url));
        var kode = System.Text.RegularExpressions.Regex.Match(teks, @"Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;
        Assert.NotEmpty(kode);

        using var anonim = factory.CreateHtmlClient();
        Assert.Equal("Sah", (await anonim.GetDocumentAsync($"/Verifikasi/{kode}")).QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));

        await DenganDbAsync(async db =>
        {
            var e = await db.EvaluasiPeriode.DenganRiwayat().SingleAsync(x => x.Id == d.EvaluasiId);
            e.BukaKembali("Salah hitung", d.Org.AdminBkd.Login, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.Equal("Berubah", (await anonim.GetDocumentAsync($"/Verifikasi/{kode}")).QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));
        Assert.Equal(HttpStatusCode.NotFound, (await sesi.Client.Http.GetAsync(d.Url)).StatusCode);
    }

    [Fact]
    public async Task Rekan_yang_difinalkan_kemudian_tidak_mengubah_kurva_dan_kode_tetap_sah()
    {
        var d = await DataAsync();
        var sesi = await MasukAsync(factory, d.Pegawai);
        var teks = await TeksAsync(await sesi.Client.Http.GetAsync(d.Url));
        var kode = System.Text.RegularExpressions.Regex.Match(teks, @"Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;

        // A week later another colleague of the unit is finalised Sangat Kurang.
        var rekan = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var skpRekan = await SkpDisetujuiAsync(factory, d.Tahun, Pejabat(rekan, "Pengadministrasi Perkantoran", "Bidang Uji"),
            Pejabat(d.Org.Kabid, "Kepala Bidang Uji", "Bidang Uji"), Pejabat(d.Org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
        await EvaluasiAsync(factory, skpRekan, d.PeriodeId, d.Org.UnitBidangId, StatusEvaluasi.Final, Rating.DiBawahEkspektasi, Rating.DiBawahEkspektasi,
            new DateTime(d.Tahun.Nomor, 7, 10, 1, 0, 0, DateTimeKind.Utc));

        using var anonim = factory.CreateHtmlClient();
        Assert.Equal("Sah", (await anonim.GetDocumentAsync($"/Verifikasi/{kode}")).QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));
        var lagi = await TeksAsync(await sesi.Client.Http.GetAsync(d.Url));
        Assert.Contains("Sangat Kurang 0 Jumlah 2", lagi, StringComparison.Ordinal);
        Assert.Contains(kode, lagi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daftar_batch_memuat_evaluasi_final_unit_urut_dan_susun_massal_memuat_semuanya()
    {
        var d = await DataAsync();

        var (daftar, isi) = await factory.WithScopeAsync(async sp =>
        {
            var penyusun = sp.GetServices<SiKinerja.Web.Features.Dokumen.IPenyusunDokumen>()
                .Single(p => p.Jenis == SiKinerja.Web.Features.Dokumen.JenisDokumen.EvaluasiPeriodik);
            var daftar = await penyusun.DaftarAsync(
                new(SiKinerja.Web.Features.Dokumen.JenisDokumen.EvaluasiPeriodik, d.Tahun.Nomor, d.PeriodeId, [d.Org.UnitBidangId]), CancellationToken.None);
            return (daftar, await penyusun.SusunAsync(daftar, CancellationToken.None));
        });

        // This evaluation and the final colleague's (same name: by id); the draft colleague's is left out.
        Assert.Equal(2, daftar.Count);
        Assert.Equal((d.SkpId, d.PeriodeId), (daftar[0].Id1, daftar[0].Id2));
        Assert.Equal(2, isi.Count);
        var model = Assert.IsType<SiKinerja.Web.Features.Dokumen.DokumenEvaluasiPeriodikModel>(isi[daftar[1]].Model);
        Assert.Equal(("Baik", "Istimewa"), (model.Predikat, model.CapaianOrganisasi));
        Assert.Equal([0, 0, 0, 1, 1], model.Distribusi.Select(x => x.Jumlah));
    }

    [Fact]
    public async Task Pegawai_penilai_dan_admin_mencetak_atasan_penilai_403_pegawai_lain_404()
    {
        var d = await DataAsync(StatusEvaluasi.Diterima);
        var lain = await TestData.BuatPegawaiDenganAkunAsync(factory);

        foreach (var (akun, harap) in new[]
                 {
                     (d.Pegawai, HttpStatusCode.OK), (d.Org.Kabid, HttpStatusCode.OK), (d.Org.AdminBkd, HttpStatusCode.OK),
                     (d.Org.Kadis, HttpStatusCode.Forbidden), (lain, HttpStatusCode.NotFound),
                 })
        {
            var sesi = await MasukAsync(factory, akun);
            Assert.Equal((akun.Login, harap), (akun.Login, (await sesi.Client.Http.GetAsync(d.Url)).StatusCode));
        }

        // A period of another year does not fit the SKP.
        var admin = await MasukAsync(factory, d.Org.AdminBkd);
        var tahunLain = await TahunAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.Http.GetAsync($"/Dokumen/EvaluasiPeriodik/{d.SkpId}/{tahunLain.PeriodeId[0]}")).StatusCode);
    }

    [Fact]
    public async Task Evaluasi_belum_final_tidak_tercetak_dan_tanpa_tombol()
    {
        var d = await DataAsync(StatusEvaluasi.Dinilai);

        foreach (var akun in new[] { d.Pegawai, d.Org.Kabid, d.Org.AdminBkd, d.Org.Kadis })
        {
            var sesi = await MasukAsync(factory, akun);
            Assert.Equal((akun.Login, HttpStatusCode.NotFound), (akun.Login, (await sesi.Client.Http.GetAsync(d.Url)).StatusCode));
        }

        var penilai = await MasukAsync(factory, d.Org.Kabid);
        var nilai = await penilai.Client.GetDocumentAsync($"/Evaluasi/Nilai/{d.SkpId}/{d.PeriodeId}");
        Assert.NotNull(nilai.QuerySelector("[data-testid=status-evaluasi]"));
        Assert.Null(nilai.QuerySelector("[data-testid=cetak-evaluasi]"));
        var hasil = await penilai.Client.GetDocumentAsync($"/HasilEvaluasi/{d.EvaluasiId}");
        Assert.NotNull(hasil.QuerySelector("[data-testid=status-evaluasi]"));
        Assert.Null(hasil.QuerySelector("[data-testid=cetak-evaluasi]"));
    }

    [Fact]
    public async Task Keberatan_tetap_tercetak_dan_tombol_cetak_hanya_untuk_yang_boleh()
    {
        var d = await DataAsync(StatusEvaluasi.Keberatan);
        var url = $"/HasilEvaluasi/{d.EvaluasiId}";

        var pegawai = await MasukAsync(factory, d.Pegawai);
        var tombol = (await pegawai.Client.GetDocumentAsync(url)).QuerySelector("a[data-testid=cetak-evaluasi]");
        Assert.NotNull(tombol);
        Assert.Equal(d.Url, tombol!.GetAttribute("href"));
        Assert.Equal("_blank", tombol.GetAttribute("target"));
        Assert.Equal("Cetak PDF", tombol.TextContent.Trim());
        Assert.Contains("PREDIKAT KINERJA PEGAWAI: Sangat Baik", await TeksAsync(await pegawai.Client.Http.GetAsync(d.Url)), StringComparison.Ordinal);

        var penilai = await MasukAsync(factory, d.Org.Kabid);
        var nilai = await penilai.Client.GetDocumentAsync($"/Evaluasi/Nilai/{d.SkpId}/{d.PeriodeId}");
        Assert.Equal(d.Url, nilai.QuerySelector("a[data-testid=cetak-evaluasi]")?.GetAttribute("href"));

        // The atasan pejabat penilai reads the page (and decides the keberatan) but may not print: no button.
        var atasan = await MasukAsync(factory, d.Org.Kadis);
        var halamanAtasan = await atasan.Client.GetDocumentAsync(url);
        Assert.NotNull(halamanAtasan.QuerySelector("[data-testid=status-evaluasi]"));
        Assert.Null(halamanAtasan.QuerySelector("[data-testid=cetak-evaluasi]"));
    }
}

public sealed class DokumenEvaluasiPeriodikTestsSqlite(SqliteAppFactory f) : DokumenEvaluasiPeriodikTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenEvaluasiPeriodikTestsPostgres(PostgresAppFactory f) : DokumenEvaluasiPeriodikTests(f), IClassFixture<PostgresAppFactory>;
