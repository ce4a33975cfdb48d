using System.Net;
using SiKinerja.Domain.Skp;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;
using static SiKinerja.IntegrationTests.Features.Dokumen.DataDokumen;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5, who may print: the SKP and the UMPAN BALIK for the employee, the pejabat penilai and the Admin BKD (200); the
/// atasan pejabat penilai reads the record but may not print it (403); anyone else does not learn it exists (404);
/// anonymous users are sent to sign in. Keys that do not fit (a period of another year, unknown kinds) are 404. The
/// print buttons show exactly to those who may print.
/// </summary>
public abstract class OtorisasiDokumenSkpTests(SiKinerjaAppFactory factory)
{
    private async Task<SkpUji> SkpSederhanaAsync() => await SkpAsync(factory, skp =>
    {
        var r = skp.TambahRhk(JenisRhk.Utama, "Tersusunnya laporan kepegawaian");
        skp.TambahIki(r, AspekIki.Kuantitas, "Jumlah laporan", Target.Angka(4, "laporan"));
    });

    [Fact]
    public async Task Matriks_akses_skp_dan_umpan_balik()
    {
        var d = await SkpSederhanaAsync();
        var urls = new[] { $"/Dokumen/Skp/{d.SkpId}", $"/Dokumen/UmpanBalik/{d.SkpId}/{d.Tahun.PeriodeId[0]}" };
        var harapan = new (AkunUji Akun, HttpStatusCode Status)[]
        {
            (d.Pegawai, HttpStatusCode.OK),
            (d.Org.Kabid, HttpStatusCode.OK),
            (d.Org.Kadis, HttpStatusCode.Forbidden),
            (d.Org.Staf2, HttpStatusCode.NotFound),
            (d.Org.AdminBkd, HttpStatusCode.OK),
        };

        foreach (var (akun, status) in harapan)
        {
            var sesi = await MasukAsync(factory, akun);
            foreach (var url in urls)
            {
                var response = await sesi.Client.Http.GetAsync(url);
                Assert.True(status == response.StatusCode, $"{akun.Login} {url}: {response.StatusCode}, expected {status}");
                if (status == HttpStatusCode.OK)
                {
                    Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
                    Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
                }
            }
        }

        using var anonim = factory.CreateHtmlClient();
        foreach (var url in urls)
        {
            var response = await anonim.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Akun/Masuk", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Kunci_yang_tidak_cocok_atau_jenis_tak_dikenal_404()
    {
        var d = await SkpSederhanaAsync();
        var lain = await TahunAsync(factory);
        var admin = await MasukAsync(factory, d.Org.AdminBkd);
        var pegawai = await MasukAsync(factory, d.Pegawai);

        foreach (var sesi in new[] { admin, pegawai })
        {
            foreach (var url in new[]
                     {
                         $"/Dokumen/UmpanBalik/{d.SkpId}/{lain.PeriodeId[0]}",
                         $"/Dokumen/UmpanBalik/{d.SkpId}/0",
                         $"/Dokumen/UmpanBalik/{d.SkpId}",
                         $"/Dokumen/UmpanBalik/{d.SkpId + 100000}/{d.Tahun.PeriodeId[0]}",
                         $"/Dokumen/Skp/{d.SkpId}/{d.Tahun.PeriodeId[0]}",
                         $"/Dokumen/Skp/{d.SkpId + 100000}",
                         "/Dokumen/Xyz/1",
                         "/Dokumen/1/1",
                         $"/Dokumen/2/{d.SkpId}/{d.Tahun.PeriodeId[0]}",
                     })
            {
                var response = await sesi.Client.Http.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Tombol_cetak_hanya_untuk_yang_boleh_mencetak()
    {
        var d = await SkpSederhanaAsync();
        var periode = d.Tahun.PeriodeId[0];
        var harapan = new (AkunUji Akun, bool Tampil)[]
        {
            (d.Pegawai, true),
            (d.Org.Kabid, true),
            (d.Org.Kadis, false),
            (d.Org.AdminBkd, true),
        };

        foreach (var (akun, tampil) in harapan)
        {
            var sesi = await MasukAsync(factory, akun);
            var detail = await sesi.Client.GetDocumentAsync($"/Skp/Detail/{d.SkpId}");
            var umpan = await sesi.Client.GetDocumentAsync($"/UmpanBalik/{d.SkpId}/{periode}");
            Assert.NotNull(detail.QuerySelector("[data-testid=aksi-skp]"));
            Assert.NotNull(umpan.QuerySelector("[data-testid=kepala-umpan-balik]"));

            var skp = detail.QuerySelector("a[data-testid=cetak-skp]");
            var ub = umpan.QuerySelector("a[data-testid=cetak-umpan-balik]");
            if (tampil)
            {
                Assert.Equal($"/Dokumen/Skp/{d.SkpId}", skp?.GetAttribute("href"));
                Assert.Equal("_blank", skp?.GetAttribute("target"));
                Assert.Equal($"/Dokumen/UmpanBalik/{d.SkpId}/{periode}", ub?.GetAttribute("href"));
                Assert.Equal("_blank", ub?.GetAttribute("target"));
            }
            else
            {
                Assert.Null(skp);
                Assert.Null(ub);
            }
        }
    }
}

public sealed class OtorisasiDokumenSkpTestsSqlite(SqliteAppFactory f) : OtorisasiDokumenSkpTests(f), IClassFixture<SqliteAppFactory>;

public sealed class OtorisasiDokumenSkpTestsPostgres(PostgresAppFactory f) : OtorisasiDokumenSkpTests(f), IClassFixture<PostgresAppFactory>;
