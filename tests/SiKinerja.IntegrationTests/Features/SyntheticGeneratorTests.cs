using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Demo;

namespace SiKinerja.IntegrationTests.Features;

public abstract class SyntheticGeneratorTests(SiKinerjaAppFactory factory)
{
    private const int N = 3_000;

    [Fact]
    public async Task Generate_CreatesExactlyN_WithValidUniqueNipsAndDerivedAtasan_ThenRefusesTheNonEmptyDatabase()
    {
        var dibuat = await factory.WithScopeAsync(sp => sp.GetRequiredService<SyntheticGenerator>().GenerateAsync(N, CancellationToken.None));

        Assert.True(dibuat);
        var (pegawai, auditSistem, recomputed, jabatanPuncak) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var rows = await db.Pegawai.AsNoTracking()
                .Select(p => new { p.Id, p.Nip, p.JenisKelamin, p.JenisPegawai, p.GolonganKode, p.AtasanLangsungId, p.MasalahAtasan, p.JabatanId, p.KataKunci })
                .ToListAsync();
            var audit = await db.AuditEntries.CountAsync(a => a.Entitas == "Pegawai" && a.Aksi == AksiAudit.Tambah && a.Pengguna == SystemUser.Nama);
            var puncak = await db.Pegawai.AsNoTracking().Where(p => p.AtasanLangsungId == null).Select(p => p.Jabatan!.Nama).ToListAsync();
            return (rows, audit, await PenghitungAtasan.HitungUlangAsync(db), puncak);
        });

        Assert.Equal(N, pegawai.Count);
        Assert.Equal(N, pegawai.Select(p => p.Nip).Distinct().Count());
        Assert.All(pegawai, p =>
        {
            Assert.Equal(NipError.None, Nip.Validate(p.Nip, out var nip));
            Assert.Equal(nip.JenisKelamin, p.JenisKelamin);
            Assert.NotNull(Golongan.Find(p.GolonganKode, p.JenisPegawai));
            Assert.NotNull(p.JabatanId);
            Assert.Equal(MasalahAtasan.Tidak, p.MasalahAtasan);
        });
        Assert.Contains(pegawai, p => p.JenisPegawai == JenisPegawai.Pppk);
        Assert.Contains(pegawai, p => p.JenisPegawai == JenisPegawai.Pns);
        Assert.Equal(["Sekretaris Daerah"], jabatanPuncak);
        Assert.Equal(0, recomputed); // what was stored is exactly what the derivation gives
        Assert.Equal(N, auditSistem);
        Assert.Contains(pegawai, p => p.KataKunci.Contains("siti", StringComparison.Ordinal));

        // The benchmark's searches find rows through the real page.
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var admin = await TestData.BuatAkunAsync(users, "admin-sintetis", null, null);
            await users.AddToRoleAsync(admin, Peran.AdminBkd);
        });
        using var client = factory.CreateHtmlClient();
        await client.SignInAsync("admin-sintetis", TestData.Password);
        var siti = await client.GetDocumentAsync("/Pegawai?q=siti");
        Assert.NotEmpty(siti.QuerySelectorAll("[data-testid=daftar-pegawai] tbody tr"));
        var awalanNip = Nip.Format(pegawai[N / 2].Nip)[..11];
        var nipDicari = await client.GetDocumentAsync("/Pegawai?q=" + Uri.EscapeDataString(awalanNip));
        Assert.NotEmpty(nipDicari.QuerySelectorAll("[data-testid=daftar-pegawai] tbody tr"));

        var lagi = await factory.WithScopeAsync(sp => sp.GetRequiredService<SyntheticGenerator>().GenerateAsync(N, CancellationToken.None));
        Assert.False(lagi);
        Assert.Equal(N, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Pegawai")).StatusCode);
    }
}

public sealed class SyntheticGeneratorTestsSqlite(SqliteAppFactory factory) : SyntheticGeneratorTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SyntheticGeneratorTestsPostgres(PostgresAppFactory factory) : SyntheticGeneratorTests(factory), IClassFixture<PostgresAppFactory>;
