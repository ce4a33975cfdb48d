using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Karier;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Demo;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The demo career data: TMT golongan and pangkat history of the demo accounts, a Satyalancana X, a light sanction.</summary>
public sealed class DemoKarierTests(DemoSqliteAppFactory factory) : IClassFixture<DemoSqliteAppFactory>
{
    [Fact]
    public async Task Demo_PegawaiMelihatRiwayatKariernya_PenilaiMelihatnyaJuga()
    {
        var (tanpaTmt, satyalancana) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var nip = DemoSeeder.Akun.Select(a => a.Nip).ToList();
            var tanpaTmt = await db.Pegawai.CountAsync(p => nip.Contains(p.Nip) && p.TmtGolongan == null);
            var satyalancana = await db.Penghargaan.CountAsync(p => p.Jenis == JenisPenghargaan.SatyalancanaX);
            return (tanpaTmt, satyalancana);
        });
        Assert.Equal(0, tanpaTmt);
        Assert.Equal(1, satyalancana);

        using var pegawai = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await pegawai.SignInAsync(DemoSeeder.AkunDemo[3].Login, DemoSeeder.DemoPassword)).StatusCode);
        var url = (await pegawai.GetDocumentAsync("/")).QuerySelector("[data-testid=tautan-riwayat-karier]")!.GetAttribute("href")!;
        var doc = await pegawai.GetDocumentAsync(url);
        Assert.NotEmpty(doc.QuerySelectorAll("[data-testid=riwayat-pangkat] li"));
        Assert.Contains("Teguran lisan", doc.QuerySelector("[data-testid=riwayat-hukuman]")!.TextContent, StringComparison.Ordinal);

        using var penilai = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SignInAsync(DemoSeeder.AkunDemo[2].Login, DemoSeeder.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await penilai.Http.GetAsync(url)).StatusCode);
    }
}
