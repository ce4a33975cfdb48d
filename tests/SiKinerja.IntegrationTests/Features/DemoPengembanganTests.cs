using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Demo;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The demo development data: the units' JP recap is not empty, the demo Pegawai's needs (one met, one open), his seminar in the Pejabat penilai's inbox, his gaps.</summary>
public sealed class DemoPengembanganTests(DemoSqliteAppFactory factory) : IClassFixture<DemoSqliteAppFactory>
{
    private async Task<HtmlClient> MasukAsync(int akun)
    {
        var client = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoSeeder.AkunDemo[akun].Login, DemoSeeder.DemoPassword)).StatusCode);
        return client;
    }

    [Fact]
    public async Task Demo_RecapNeedsInboxAndGaps_AreFilled()
    {
        var (terverifikasiLalu, pegawaiId) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tahunLalu = DateTime.Now.Year - 1;
            var nip = DemoSeeder.Akun[3].Nip;
            return (
                await db.KegiatanPengembangan.CountAsync(k => k.Tahun == tahunLalu && k.Status == StatusKegiatan.Terverifikasi),
                await db.Pegawai.Where(p => p.Nip == nip).Select(p => p.Id).SingleAsync());
        });
        Assert.True(terverifikasiLalu > 100, $"{terverifikasiLalu} verified activities last year");

        using var admin = await MasukAsync(0);
        var rekap = await admin.GetDocumentAsync($"/RekapPengembangan?tahun={DateTime.Now.Year - 1}");
        Assert.Contains(rekap.QuerySelectorAll("[data-testid^=jp-unit-]"), td => td.TextContent.Trim() != "0");
        var gap = await admin.GetDocumentAsync($"/Kompetensi/Kesenjangan/Pegawai/{pegawaiId}");
        Assert.Equal("1", gap.QuerySelector("[data-testid=kesenjangan] tr[data-kompetensi='M-03'] td:last-child")!.TextContent.Trim());
        Assert.Equal("1", gap.QuerySelector("[data-testid=kesenjangan] tr[data-kompetensi='T-01'] td:last-child")!.TextContent.Trim());
        Assert.Equal("0", gap.QuerySelector("[data-testid=kesenjangan] tr[data-kompetensi='M-01'] td:last-child")!.TextContent.Trim());

        using var pegawai = await MasukAsync(3);
        var kebutuhan = await pegawai.GetDocumentAsync("/KebutuhanPengembangan");
        Assert.NotNull(kebutuhan.QuerySelector("[data-testid=kebutuhan][data-status=Selesai] [data-testid=kegiatan-penyelesai]"));
        Assert.Single(kebutuhan.QuerySelectorAll("[data-testid=kebutuhan][data-status=Terbuka]"));

        using var penilai = await MasukAsync(2);
        var kotak = await penilai.GetDocumentAsync("/Pengembangan/Verifikasi");
        Assert.Contains(kotak.QuerySelectorAll("[data-testid=menunggu]"), b => b.TextContent.Contains("Seminar moderasi beragama di sekolah", StringComparison.Ordinal));
    }
}
