using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Dokumen;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;
using NipFormat = SiKinerja.Domain.Kepegawaian.Nip;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5: the DOKUMEN EVALUASI KINERJA PEGAWAI of a period and of the year as PDF (text read back with pdftotext):
/// the three people, capaian organisasi, predikat, note as text, keberatan sections, signature and date; who may print it.
/// </summary>
public abstract class DokumenEvaluasiTests(SiKinerjaAppFactory factory)
{
    private const string CatatanJahat = "Pertahankan <b>kinerja</b> & <script>alert(1)</script> baris pertama\nBaris kedua catatan";

    private sealed record Data(OrganisasiUji Org, AkunUji Pegawai, Tahun Tahun, int SkpId, int EvaluasiId, string Url);

    private static DateTime FinalUtc(Tahun tahun) => new(tahun.Nomor, 7, 3, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>A new employee's SKP (penilai Kabid, atasan Kadis) and an evaluation of Semester I in the given state.</summary>
    private async Task<Data> DataAsync(StatusEvaluasi status, Action<EvaluasiPeriode, Tahun>? lanjut = null)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync(factory);
        var skpId = await SkpDisetujuiAsync(
            factory, tahun, Pejabat(pegawai, "Pengadministrasi Perkantoran", "Bidang Uji"), Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"),
            Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
        var final = FinalUtc(tahun);
        var id = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var e = EvaluasiPeriode.Buat(skpId, tahun.PeriodeId[0], org.UnitBidangId);
            e.Nilai(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, CatatanJahat, org.Kabid.Login, final.AddHours(-1));
            if (status != StatusEvaluasi.Dinilai)
            {
                e.Finalkan(org.Kabid.Login, final);
            }

            lanjut?.Invoke(e, tahun);
            db.EvaluasiPeriode.Add(e);
            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(org.UnitBidangId, tahun.PeriodeId[0], PredikatOrganisasi.Baik, null, org.Kadis.Login, final.AddDays(-2)));
            await db.SaveChangesAsync();
            return e.Id;
        });
        return new Data(org, pegawai, tahun, skpId, id, $"/Dokumen/DokumenEvaluasi/{skpId}/{tahun.PeriodeId[0]}");
    }

    private async Task<(HttpStatusCode Status, byte[] Isi)> GetAsync(AkunUji akun, string url)
    {
        var sesi = await MasukAsync(factory, akun);
        var response = await sesi.Client.Http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private Task<T> ModelAsync<T>(KunciDokumen kunci) => factory.WithScopeAsync(async sp =>
    {
        var isi = await sp.GetRequiredService<LayananDokumen>().SusunAsync([kunci], CancellationToken.None);
        return Assert.IsType<T>(isi[kunci].Model);
    });

    [Fact]
    public async Task Dokumen_evaluasi_periodik_memuat_tiga_orang_capaian_predikat_catatan_sebagai_teks_dan_tanda_tangan()
    {
        var d = await DataAsync(StatusEvaluasi.Final);

        var (status, pdf) = await GetAsync(d.Pegawai, d.Url);

        Assert.Equal(HttpStatusCode.OK, status);
        PdfUji.Simpan(pdf, "dokumen-evaluasi");
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("DOKUMEN EVALUASI KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("PERIODE: SEMESTER I/II–AKHIR PEMERINTAH KABUPATEN SUKAMAJU", teks, StringComparison.Ordinal);
        Assert.Contains($"PERIODE PENILAIAN: 1 Januari {d.Tahun.Nomor} s.d. 30 Juni {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        // (pdftotext reads the section numbers as a column of their own, so they are not asserted in place.)
        foreach (var (judul, akun) in new[] { ("PEGAWAI YANG DINILAI", d.Pegawai), ("PEJABAT PENILAI KINERJA", d.Org.Kabid), ("ATASAN PEJABAT PENILAI KINERJA", d.Org.Kadis) })
        {
            Assert.Contains($"{judul} a. Nama {akun.Nama} b. NIP {NipFormat.Format(akun.Login)} c. Pangkat/Gol. ruang III/a", teks, StringComparison.Ordinal);
        }

        Assert.Contains("EVALUASI KINERJA a. CAPAIAN KINERJA ORGANISASI BAIK b. PREDIKAT KINERJA PEGAWAI SANGAT BAIK CATATAN/REKOMENDASI", teks, StringComparison.Ordinal);
        Assert.Contains("Pertahankan <b>kinerja</b> & <script>alert(1)</script> baris pertama", teks, StringComparison.Ordinal);
        Assert.Contains("Baris kedua catatan", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("KEBERATAN", teks, StringComparison.Ordinal);
        Assert.Contains($"Sukamaju, 3 Juli {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains("Kode verifikasi:", teks, StringComparison.Ordinal);

        // The struck-out parts of the PERIODE line (the text alone cannot show the strike).
        var model = await ModelAsync<DokumenEvaluasiModel>(new KunciDokumen(JenisDokumen.DokumenEvaluasi, d.SkpId, d.Tahun.PeriodeId[0]));
        Assert.True(model.Periode.Jenis.Berlaku);
        Assert.Equal([true, false], model.Periode.Nomor.Select(n => n.Berlaku));
        Assert.False(model.Periode.Akhir.Berlaku);
    }

    [Fact]
    public async Task Keberatan_yang_ditolak_mencetak_bagian_enam_sampai_delapan()
    {
        var d = await DataAsync(StatusEvaluasi.Final, (e, tahun) =>
        {
            e.AjukanKeberatan("Realisasi triwulan belum dihitung seluruhnya", "pegawai", FinalUtc(tahun).AddDays(1));
            e.TolakKeberatan("Penilaian sudah sesuai bukti dukung", "atasan", FinalUtc(tahun).AddDays(2));
        });

        var (status, pdf) = await GetAsync(d.Org.AdminBkd, d.Url);

        Assert.Equal(HttpStatusCode.OK, status);
        PdfUji.Simpan(pdf, "dokumen-evaluasi-keberatan");
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("KEBERATAN Realisasi triwulan belum dihitung seluruhnya", teks, StringComparison.Ordinal);
        Assert.Contains($"Diajukan 4 Juli {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        // pdftotext may read the section cells in either order: the headings and their contents, each in one piece.
        Assert.Contains("PENJELASAN PEJABAT PENILAI ATAS KEBERATAN", teks, StringComparison.Ordinal);
        Assert.Contains("KEPUTUSAN ATASAN PEJABAT PENILAI", teks, StringComparison.Ordinal);
        Assert.Contains("Keberatan ditolak Penilaian sudah sesuai bukti dukung", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keberatan_yang_menunggu_keputusan_dicetak_belum_diputuskan()
    {
        var d = await DataAsync(StatusEvaluasi.Final, (e, tahun) => e.AjukanKeberatan("Mohon ditinjau kembali", "pegawai", FinalUtc(tahun).AddDays(1)));

        var (status, pdf) = await GetAsync(d.Pegawai, d.Url);

        Assert.Equal(HttpStatusCode.OK, status);
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("KEBERATAN Mohon ditinjau kembali", teks, StringComparison.Ordinal);
        Assert.Contains("KEPUTUSAN ATASAN PEJABAT PENILAI", teks, StringComparison.Ordinal);
        Assert.Contains("Belum diputuskan", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dicetak_pegawai_penilai_admin_atasan_403_lainnya_404_anonim_ke_login()
    {
        var d = await DataAsync(StatusEvaluasi.Final);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Pegawai, d.Url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Org.Kabid, d.Url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Org.AdminBkd, d.Url)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(d.Org.Kadis, d.Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.Staf2, d.Url)).Status);
        using var anonim = factory.CreateHtmlClient();
        var response = await anonim.Http.GetAsync(d.Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Akun/Masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The period must fit the SKP: the second semester has no evaluation, another year's period does not fit at all.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.AdminBkd, $"/Dokumen/DokumenEvaluasi/{d.SkpId}/{d.Tahun.PeriodeId[1]}")).Status);
        var lain = await TahunAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.AdminBkd, $"/Dokumen/DokumenEvaluasi/{d.SkpId}/{lain.PeriodeId[0]}")).Status);

        // The print button on the evaluation page: for the employee, not for the atasan pejabat penilai.
        var pegawai = await MasukAsync(factory, d.Pegawai);
        var halaman = await pegawai.Client.GetDocumentAsync($"/HasilEvaluasi/{d.EvaluasiId}");
        Assert.Equal(d.Url, halaman.QuerySelector("[data-testid=cetak-dokumen-evaluasi]")?.GetAttribute("href"));
        var atasan = await MasukAsync(factory, d.Org.Kadis);
        Assert.Null((await atasan.Client.GetDocumentAsync($"/HasilEvaluasi/{d.EvaluasiId}")).QuerySelector("[data-testid=cetak-dokumen-evaluasi]"));
    }

    [Fact]
    public async Task Evaluasi_belum_final_tidak_ada()
    {
        var d = await DataAsync(StatusEvaluasi.Dinilai);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Pegawai, d.Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.AdminBkd, d.Url)).Status);
        var pegawai = await MasukAsync(factory, d.Pegawai);
        Assert.Null((await pegawai.Client.GetDocumentAsync($"/HasilEvaluasi/{d.EvaluasiId}")).QuerySelector("[data-testid=cetak-dokumen-evaluasi]"));
    }

    [Fact]
    public async Task Dokumen_evaluasi_tahunan_periode_akhir_dari_evaluasi_tahunan_final()
    {
        var d = await DataAsync(StatusEvaluasi.Final);
        var url = $"/Dokumen/DokumenEvaluasiTahunan/{d.Pegawai.PegawaiId}/{d.Tahun.Nomor}";
        var kunci = new KunciDokumen(JenisDokumen.DokumenEvaluasiTahunan, d.Pegawai.PegawaiId!.Value, d.Tahun.Nomor);
        var tahunanId = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var e = EvaluasiPeriode.Buat(d.SkpId, d.Tahun.PeriodeId[1], d.Org.UnitBidangId);
            e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, d.Org.Kabid.Login, new DateTime(d.Tahun.Nomor, 12, 20, 3, 0, 0, DateTimeKind.Utc));
            e.Finalkan(d.Org.Kabid.Login, new DateTime(d.Tahun.Nomor, 12, 21, 3, 0, 0, DateTimeKind.Utc));
            db.EvaluasiPeriode.Add(e);
            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(d.Org.UnitBidangId, d.Tahun.PeriodeId[1], PredikatOrganisasi.Istimewa, null, d.Org.Kadis.Login, new DateTime(d.Tahun.Nomor, 12, 15, 3, 0, 0, DateTimeKind.Utc)));
            var t = EvaluasiTahunan.Buat(
                d.Pegawai.PegawaiId!.Value, d.Tahun.Id, d.SkpId, Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi,
                "Perilaku semester kedua menurun", "Catatan <i>tahunan</i> pegawai", d.Org.Kabid.Login, new DateTime(d.Tahun.Nomor + 1, 1, 5, 3, 0, 0, DateTimeKind.Utc));
            db.EvaluasiTahunan.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });

        // Not final yet: no document.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.AdminBkd, url)).Status);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var t = await db.EvaluasiTahunan.FindAsync(tahunanId);
            t!.Finalkan(true, d.Org.Kabid.Login, new DateTime(d.Tahun.Nomor + 1, 1, 6, 3, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        });

        var (status, pdf) = await GetAsync(d.Org.Kabid, url);

        Assert.Equal(HttpStatusCode.OK, status);
        PdfUji.Simpan(pdf, "dokumen-evaluasi-tahunan");
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("DOKUMEN EVALUASI KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("PERIODE: SEMESTER I/II–AKHIR", teks, StringComparison.Ordinal);
        Assert.Contains($"PERIODE PENILAIAN: 1 Januari {d.Tahun.Nomor} s.d. 31 Desember {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        foreach (var akun in new[] { d.Pegawai, d.Org.Kabid, d.Org.Kadis })
        {
            Assert.Contains(akun.Nama, teks, StringComparison.Ordinal);
            Assert.Contains(NipFormat.Format(akun.Login), teks, StringComparison.Ordinal);
        }

        Assert.Contains("CAPAIAN KINERJA ORGANISASI ISTIMEWA", teks, StringComparison.Ordinal);
        Assert.Contains("PREDIKAT KINERJA PEGAWAI BAIK", teks, StringComparison.Ordinal);
        Assert.Contains("Catatan <i>tahunan</i> pegawai", teks, StringComparison.Ordinal);
        Assert.Contains("Alasan penyesuaian rating: Perilaku semester kedua menurun", teks, StringComparison.Ordinal);
        Assert.Contains($"Sukamaju, 6 Januari {d.Tahun.Nomor + 1}", teks, StringComparison.Ordinal);

        var model = await ModelAsync<DokumenEvaluasiModel>(kunci);
        Assert.False(model.Periode.Jenis.Berlaku);
        Assert.All(model.Periode.Nomor, n => Assert.False(n.Berlaku));
        Assert.True(model.Periode.Akhir.Berlaku);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Pegawai, url)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(d.Org.Kadis, url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.Staf2, url)).Status);
    }

    [Fact]
    public async Task Kode_verifikasi_sah_lalu_berubah_setelah_catatan_diubah()
    {
        var d = await DataAsync(StatusEvaluasi.Final);
        var (_, pdf) = await GetAsync(d.Pegawai, d.Url);
        var kode = Regex.Match(await PdfUji.TeksRataAsync(pdf), @"Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;
        Assert.NotEmpty(kode);

        using var anonim = factory.CreateHtmlClient();
        Assert.Equal("Sah", (await anonim.GetDocumentAsync($"/Verifikasi/{kode}")).QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));
        await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EvaluasiPeriode.Where(e => e.Id == d.EvaluasiId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Catatan, "Catatan diubah di luar aplikasi")));
        Assert.Equal("Berubah", (await anonim.GetDocumentAsync($"/Verifikasi/{kode}")).QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));
    }
}

public sealed class DokumenEvaluasiTestsSqlite(SqliteAppFactory f) : DokumenEvaluasiTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenEvaluasiTestsPostgres(PostgresAppFactory f) : DokumenEvaluasiTests(f), IClassFixture<PostgresAppFactory>;
