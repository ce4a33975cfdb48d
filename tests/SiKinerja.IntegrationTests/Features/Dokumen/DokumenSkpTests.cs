using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>Issue 5: the SKP as PDF (text read back with pdftotext), who may print it, and its verification code.</summary>
public abstract class DokumenSkpTests(SiKinerjaAppFactory factory)
{
    private async Task<(int SkpId, AkunUji Pegawai, OrganisasiUji Org)> SkpAsync(Action<Skp>? ubah = null)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync(factory);
        var skpId = await SkpDisetujuiAsync(
            factory, tahun, Pejabat(pegawai, "Pengadministrasi Perkantoran", "Bidang Uji"), Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"),
            Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
        return (skpId, pegawai, org);
    }

    [Fact]
    public async Task Skp_pdf_memuat_kepala_rhk_target_perilaku_lampiran_dan_tanda_tangan()
    {
        var (skpId, pegawai, org) = await SkpAsync();
        var sesi = await MasukAsync(factory, pegawai);

        var response = await sesi.Client.Http.GetAsync($"/Dokumen/Skp/{skpId}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        PdfUji.Simpan(pdf, "skp");
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("SASARAN KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains(pegawai.Nama, teks, StringComparison.Ordinal);
        Assert.Contains(Domain.Kepegawaian.Nip.Format(pegawai.Login), teks, StringComparison.Ordinal);
        Assert.Contains(org.Kabid.Nama, teks, StringComparison.Ordinal);
        Assert.Contains("Rencana hasil kerja 2", teks, StringComparison.Ordinal);
        Assert.Contains("12 dokumen", teks, StringComparison.Ordinal);
        Assert.Contains("Berorientasi Pelayanan", teks, StringComparison.Ordinal);
        Assert.Contains("Ekspektasi Akuntabel", teks, StringComparison.Ordinal);
        Assert.Contains("LAMPIRAN SASARAN KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Matches(@"Halaman 1 dari \d", teks);
        Assert.Contains("Kode verifikasi:", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifikasi_sah_lalu_berubah_setelah_skp_diubah_dan_kode_asing_tidak_dikenal()
    {
        var (skpId, pegawai, _) = await SkpAsync();
        var sesi = await MasukAsync(factory, pegawai);
        var pdf = await (await sesi.Client.Http.GetAsync($"/Dokumen/Skp/{skpId}")).Content.ReadAsByteArrayAsync();
        var teks = await PdfUji.TeksRataAsync(pdf);
        var kode = System.Text.RegularExpressions.Regex.Match(teks, @"Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;
        Assert.NotEmpty(kode);

        using var anonim = factory.CreateHtmlClient();
        var sah = await anonim.GetDocumentAsync($"/Verifikasi/{kode}");
        Assert.Equal("Sah", sah.QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));

        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            // A change behind the application's back (the approved plan cannot be edited through it).
            await db.Set<RencanaHasilKerja>().Where(r => r.SkpId == skpId && r.Urutan == 1)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Teks, "Rencana hasil kerja diubah"));
        });
        var berubah = await anonim.GetDocumentAsync($"/Verifikasi?kode={kode.ToLowerInvariant()}");
        Assert.Equal("Berubah", berubah.QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));

        var asing = await anonim.GetDocumentAsync("/Verifikasi/ZZZZ-ZZZZ-ZZZZ");
        Assert.Equal("TidakDikenal", asing.QuerySelector("[data-testid=hasil-verifikasi]")?.GetAttribute("data-status"));
    }
}

public sealed class DokumenSkpTestsSqlite(SqliteAppFactory f) : DokumenSkpTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenSkpTestsPostgres(PostgresAppFactory f) : DokumenSkpTests(f), IClassFixture<PostgresAppFactory>;
