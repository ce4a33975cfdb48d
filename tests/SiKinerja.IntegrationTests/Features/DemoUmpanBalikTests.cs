using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Demo;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.UmpanBalik;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The demo's continuous feedback (<see cref="DemoUmpanBalik"/>): the demo Pejabat penilai's feedback in each period so far, and a waiting request for the demo Pegawai.</summary>
public abstract class DemoUmpanBalikTests(SiKinerjaAppFactory factory)
{
    [Fact]
    public async Task Demo_PenilaiFeedbackInEachPeriodSoFar_AndAWaitingRequestForTheDemoPegawai()
    {
        var nipPenilai = DemoSeeder.Akun[2].Nip;
        var nipPegawai = DemoSeeder.Akun[3].Nip;
        var (perPeriode, periodeBerjalan, permintaan, pegawaiId) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var ids = await db.Pegawai.Where(p => p.Nip == nipPenilai || p.Nip == nipPegawai).ToDictionaryAsync(p => p.Nip, p => p.Id);
            var per = await db.UmpanBalik.AsNoTracking().Where(u => u.PenulisPegawaiId == ids[nipPenilai] && u.Jenis == JenisUmpanBalik.Penilai)
                .GroupBy(u => u.PeriodeEvaluasiId).Select(g => new { g.Key, Jumlah = g.Count() }).ToListAsync();
            var hariIni = DateOnly.FromDateTime(DateTime.UtcNow);
            var tahun = await db.TahunKinerja.AsNoTracking().Where(t => t.Tahun == hariIni.Year).Select(t => t.Id).SingleAsync();
            var berjalan = await db.PeriodeEvaluasi.AsNoTracking().Where(p => p.TahunKinerjaId == tahun && p.Mulai <= hariIni).OrderBy(p => p.Nomor).Select(p => p.Id).ToListAsync();
            var minta = await db.PermintaanMasukan.AsNoTracking().Where(r => r.RekanPegawaiId == ids[nipPegawai] && r.Status == StatusPermintaanMasukan.Menunggu).ToListAsync();
            return (per, berjalan, minta, ids[nipPegawai]);
        });

        // Every period of the current year begun so far (semester I and II in December), and only those.
        Assert.Equal(periodeBerjalan.Order(), perPeriode.Select(p => p.Key).Order());
        Assert.All(perPeriode, p => Assert.True(p.Jumlah >= 4));
        var r = Assert.Single(permintaan);
        Assert.Equal(periodeBerjalan[^1], r.PeriodeEvaluasiId);

        // The demo Pegawai sees it on his inbox and home-page line, and can open it.
        var aksi = await factory.WithScopeAsync(sp => ActivatorUtilities.CreateInstance<AksiUmpanBalik>(sp)
            .UntukAsync(new PenggunaSkp(pegawaiId, nipPegawai, false), DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None));
        Assert.Equal(1, (int)Assert.Single(aksi).Argumen[0]);
        using var client = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(nipPegawai, DemoSeeder.DemoPassword)).StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/UmpanBalik/Permintaan")).QuerySelector($"tr[data-id='{r.Id}']"));
        var jawab = await client.GetDocumentAsync($"/UmpanBalik/Permintaan/{r.Id}");
        Assert.NotEmpty(jawab.QuerySelectorAll("form[data-testid=form-jawab] textarea"));
    }
}

public sealed class DemoUmpanBalikTestsSqlite(DemoSqliteAppFactory factory) : DemoUmpanBalikTests(factory), IClassFixture<DemoSqliteAppFactory>;

public sealed class DemoUmpanBalikTestsPostgres(DemoPostgresAppFactory factory) : DemoUmpanBalikTests(factory), IClassFixture<DemoPostgresAppFactory>;
