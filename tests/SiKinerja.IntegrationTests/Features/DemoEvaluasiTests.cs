using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Demo;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The demo scoring data: organisation predikat everywhere, last semester final, the demo supervisor's team still to score.</summary>
public sealed class DemoEvaluasiTests(DemoSqliteAppFactory factory) : IClassFixture<DemoSqliteAppFactory>
{
    [Fact]
    public async Task Demo_HasOrganisationPredikat_FinalPastSemester_AndTheDemoSupervisorsTeamOpenInTheRunningOne()
    {
        var (unit, predikat, istimewa, final, total, timEuis) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tahun = DateTime.Now.Year;
            var periode = await db.PeriodeEvaluasi.Where(p => db.TahunKinerja.Any(t => t.Id == p.TahunKinerjaId && t.Tahun == tahun)).OrderBy(p => p.Nomor).ToListAsync();
            var hariIni = DateOnly.FromDateTime(DateTime.Now);
            var lalu = periode.First();
            var berjalan = periode.Single(p => p.Mulai <= hariIni && p.Selesai >= hariIni);
            var unit = await db.UnitKerja.CountAsync(u => u.Aktif);
            var predikat = await db.PredikatOrganisasiUnit.CountAsync(x => x.PeriodeEvaluasiId == berjalan.Id);
            var istimewa = await db.PredikatOrganisasiUnit.CountAsync(x => x.PeriodeEvaluasiId == lalu.Id && x.Predikat == PredikatOrganisasi.Istimewa);
            var final = await db.EvaluasiPeriode.CountAsync(e => e.PeriodeEvaluasiId == lalu.Id && e.Status == StatusEvaluasi.Final);
            var total = await db.Skp.Dievaluasi(db.Skp).CountAsync(s => s.TahunKinerjaId == lalu.TahunKinerjaId);
            var euis = await db.Pegawai.Where(p => p.Nip == "197508211999032002").Select(p => p.Id).SingleAsync();
            var tim = await db.Skp.Dievaluasi(db.Skp).Where(s => s.PejabatPenilaiId == euis && s.TahunKinerjaId == berjalan.TahunKinerjaId)
                .CountAsync(s => !db.EvaluasiPeriode.Any(e => e.SkpId == s.Id && e.PeriodeEvaluasiId == berjalan.Id));
            return (unit, predikat, istimewa, final, total, tim);
        });

        Assert.Equal(unit, predikat);
        Assert.Equal(1, istimewa);
        Assert.InRange(final, total * 8 / 10, total);
        Assert.True(timEuis >= 1, "the demo supervisor has someone to score");

        using var client = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoSeeder.AkunDemo[2].Login, DemoSeeder.DemoPassword)).StatusCode);
        var doc = await client.GetDocumentAsync("/Evaluasi/Tim");
        Assert.NotEmpty(doc.QuerySelectorAll("[data-testid=baris-tim] select[data-rating=RatingHasil]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=predikat-organisasi]"));
    }
}
