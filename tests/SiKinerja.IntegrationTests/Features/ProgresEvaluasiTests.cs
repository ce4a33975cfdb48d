using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.ProgresEvaluasi;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// The Admin BKD's evaluation progress on both databases: counts per unit and perangkat daerah on a small fixture, the curve of
/// a unit, a fixed number of queries, closing and opening the period, and who may use it.
/// </summary>
public abstract class ProgresEvaluasiTests(SiKinerjaAppFactory factory)
{
    /// <summary>
    /// A new year (so its periods count nothing else) with, in Bidang Uji: one approved SKP without evaluation, one Belum,
    /// one Dinilai, one Keberatan, one Final (Sangat Baik), one Diterima (Baik) and an unapproved one (not counted); in Dinas
    /// Uji itself the Kadis, Final (Baik). Bidang Uji's organisation predikat is Baik.
    /// </summary>
    private async Task<(Tahun Tahun, OrganisasiUji Org)> SkenarioAsync(int mulai = 2030)
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync(factory, mulai);
        var periode = tahun.PeriodeId[0];
        var penilai = Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji");
        var kadis = Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji");

        async Task<int> SkpAsync(string nama, bool setujui = true)
        {
            var id = await DataOrganisasi.PegawaiAsync(factory, nama, org.JabatanStafId);
            var nip = await DataOrganisasi.BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == id).Select(p => p.Nip).SingleAsync());
            return await SkpDisetujuiAsync(factory, tahun, new(id, nip, nama, "II/a", null, "Pengadministrasi Perkantoran", "Bidang Uji"), penilai, kadis, setujui);
        }

        await SkpAsync("Ani Tanpa Evaluasi");
        await EvaluasiAsync(factory, await SkpAsync("Budi Belum"), periode, org.UnitBidangId, StatusEvaluasi.Belum);
        await EvaluasiAsync(factory, await SkpAsync("Cici Dinilai"), periode, org.UnitBidangId, StatusEvaluasi.Dinilai);
        await EvaluasiAsync(factory, await SkpAsync("Dodi Keberatan"), periode, org.UnitBidangId, StatusEvaluasi.Keberatan);
        await EvaluasiAsync(factory, await SkpAsync("Eka Final"), periode, org.UnitBidangId, StatusEvaluasi.Final, Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi);
        await EvaluasiAsync(factory, await SkpAsync("Fani Diterima"), periode, org.UnitBidangId, StatusEvaluasi.Diterima);
        await SkpAsync("Gita Draft", setujui: false);
        var skpKadis = await SkpDisetujuiAsync(factory, tahun, kadis, penilai, null);
        await EvaluasiAsync(factory, skpKadis, periode, org.UnitDinasId, StatusEvaluasi.Final);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(org.UnitBidangId, periode, PredikatOrganisasi.Baik, null, org.AdminBkd.Login, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        return (tahun, org);
    }

    private static int Angka(AngleSharp.Dom.IElement e, string atribut) => int.Parse(e.GetAttribute(atribut)!, CultureInfo.InvariantCulture);

    private static (int Total, int Belum, int Berjalan, int Final) Jumlah(AngleSharp.Dom.IElement e) =>
        (Angka(e, "data-total"), Angka(e, "data-belum"), Angka(e, "data-berjalan"), Angka(e, "data-final"));

    [Fact]
    public async Task Index_CountsNotStartedInProgressAndFinal_PerPerangkatDaerahAndUnit()
    {
        var (tahun, org) = await SkenarioAsync();
        var admin = await MasukAsync(factory, org.AdminBkd);

        var doc = await admin.Client.GetDocumentAsync($"/ProgresEvaluasi?periode={tahun.PeriodeId[0]}");
        var pd = doc.QuerySelector($"[data-testid=progres-evaluasi] tr[data-unit='{org.UnitDinasId}']")!;
        Assert.Equal((7, 2, 2, 3), Jumlah(pd));
        Assert.Equal((7, 2, 2, 3), Jumlah(doc.QuerySelector("[data-testid=jumlah-progres]")!));

        var rinci = await admin.Client.GetDocumentAsync($"/ProgresEvaluasi?periode={tahun.PeriodeId[0]}&perangkatDaerahId={org.UnitDinasId}");
        Assert.Equal((1, 0, 0, 1), Jumlah(rinci.QuerySelector($"tr[data-unit='{org.UnitDinasId}']")!));
        var bidang = rinci.QuerySelector($"tr[data-unit='{org.UnitBidangId}']")!;
        Assert.Equal((6, 2, 2, 2), Jumlah(bidang));
        Assert.Contains("Baik", bidang.TextContent, StringComparison.Ordinal);

        // Semester II: every approved SKP overlaps it and none is evaluated yet.
        var kedua = await admin.Client.GetDocumentAsync($"/ProgresEvaluasi?periode={tahun.PeriodeId[1]}");
        Assert.Equal((7, 7, 0, 0), Jumlah(kedua.QuerySelector("[data-testid=jumlah-progres]")!));
    }

    [Fact]
    public async Task Unit_ShowsTheCurveAgainstTheOrganisationPredikat_AndThePeoplePaged()
    {
        var (tahun, org) = await SkenarioAsync();
        var admin = await MasukAsync(factory, org.AdminBkd);

        var doc = await admin.Client.GetDocumentAsync($"/ProgresEvaluasi/Unit/{org.UnitBidangId}?periode={tahun.PeriodeId[0]}");

        Assert.Equal("Baik", doc.QuerySelector("[data-testid=predikat-organisasi]")!.GetAttribute("data-predikat"));
        var batang = doc.QuerySelectorAll("[data-testid=grafik-kurva] g[data-predikat]").ToDictionary(g => g.GetAttribute("data-predikat")!, g => g);
        Assert.Equal(["SangatKurang", "Kurang", "ButuhPerbaikan", "Baik", "SangatBaik"], batang.Keys);
        Assert.Equal(("1", "1"), (batang["SangatBaik"].GetAttribute("data-jumlah"), batang["Baik"].GetAttribute("data-jumlah")));
        // Org predikat Baik, 2 final: Baik at most 70 % is 1.4 people, so 2 only warn and the refusal starts above 2;
        // "must include BP/K" is only a warning below 10 people.
        Assert.Equal("2", batang["Baik"].GetAttribute("data-maksimum"));
        Assert.Equal("false", batang["Baik"].GetAttribute("data-melanggar"));
        Assert.Equal([KodeEvaluasi.KurvaWajibAdaButuhPerbaikanAtauKurang], doc.QuerySelectorAll("[data-testid=temuan-kurva] li").Select(l => l.GetAttribute("data-kode")!));
        Assert.Equal(6, doc.QuerySelectorAll("[data-testid=progres-pegawai] tbody tr").Length);
        Assert.Equal(
            ["Belum", "Belum", "Dinilai", "Keberatan", "Final", "Diterima"],
            doc.QuerySelectorAll("[data-testid=progres-pegawai] tbody tr").Select(r => r.GetAttribute("data-status")!));

        var dinas = await admin.Client.GetDocumentAsync($"/ProgresEvaluasi/Unit/{org.UnitDinasId}?periode={tahun.PeriodeId[0]}");
        Assert.Contains("belum ditetapkan", dinas.QuerySelector("[data-testid=predikat-organisasi]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(dinas.QuerySelector("[data-testid=grafik-kurva] g[data-maksimum]:not([data-maksimum=''])"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.Http.GetAsync($"/ProgresEvaluasi/Unit/999999?periode={tahun.PeriodeId[0]}")).StatusCode);
    }

    [Fact]
    public async Task Progres_IsAFixedNumberOfQueries_WhateverTheNumberOfEvaluations()
    {
        var (kecil, _) = await SkenarioAsync();
        var (besar, org) = await SkenarioAsync();
        var penilai = Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji");
        for (var i = 0; i < 5; i++)
        {
            var id = await DataOrganisasi.PegawaiAsync(factory, $"Tambahan {i}", org.JabatanStafId);
            var nip = await DataOrganisasi.BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == id).Select(p => p.Nip).SingleAsync());
            var skp = await SkpDisetujuiAsync(factory, besar, new(id, nip, $"Tambahan {i}", "II/a", null, "Staf", "Bidang Uji"), penilai, null);
            await EvaluasiAsync(factory, skp, besar.PeriodeId[0], org.UnitBidangId, StatusEvaluasi.Final);
        }

        async Task<(int Query, int Total)> HitungAsync(Tahun tahun, int? pd) => await factory.WithScopeAsync(async sp =>
        {
            var penghitung = new PenghitungPerintah();
            var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
            await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
            var layanan = new ProgresEvaluasiService(db, TimeProvider.System, NullLogger<ProgresEvaluasiService>.Instance);
            var (_, periode) = await layanan.PeriodeAsync(tahun.PeriodeId[0], default);
            var hasil = await layanan.ProgresAsync(periode!, pd, default);
            return (penghitung.Jumlah, hasil.Jumlah.Total);
        });

        var a = await HitungAsync(kecil, null);
        var b = await HitungAsync(besar, null);
        var c = await HitungAsync(besar, org.UnitDinasId);

        Assert.Equal((7, 12), (a.Total, b.Total));
        Assert.Equal(a.Query, b.Query);
        Assert.Equal(a.Query, c.Query);
        Assert.True(a.Query <= 4, $"{a.Query} queries"); // periods, unit tree, one GROUP BY, organisation predikat
    }

    [Fact]
    public async Task Periode_CloseShowsTheNotFinalCount_ClosesAndOpensThroughTheYear_Audited()
    {
        var (tahun, org) = await SkenarioAsync();
        var admin = await MasukAsync(factory, org.AdminBkd);
        var url = $"/ProgresEvaluasi/Periode/{tahun.PeriodeId[0]}";

        var doc = await admin.Client.GetDocumentAsync(url);
        Assert.Equal("4", doc.QuerySelector("[data-testid=belum-final]")!.GetAttribute("data-jumlah"));
        var tutup = await admin.Client.SubmitDocumentAsync(doc, url, new Dictionary<string, string>(), "[data-testid=form-tutup-periode]");
        Assert.Equal(HttpStatusCode.Redirect, tutup.StatusCode);
        Assert.True(await DitutupAsync(tahun.PeriodeId[0]));
        Assert.False(await DitutupAsync(tahun.PeriodeId[1]));
        var ditutup = await admin.Client.GetDocumentAsync(url);
        Assert.Equal("true", ditutup.QuerySelector("[data-testid=status-periode]")!.GetAttribute("data-ditutup"));
        Assert.NotNull((await admin.Client.GetDocumentAsync($"/ProgresEvaluasi?periode={tahun.PeriodeId[0]}")).QuerySelector("[data-testid=periode-ditutup]"));

        // A stale confirmation page: the conflict message, nothing changes.
        var basi = await admin.Client.SubmitDocumentAsync(doc, url, new Dictionary<string, string>(), "[data-testid=form-tutup-periode]");
        Assert.Equal(HttpStatusCode.Redirect, basi.StatusCode);
        Assert.Contains("telah diubah oleh pengguna lain", (await admin.Client.GetDocumentAsync(url)).QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);

        // A keberatan decision still goes on in a closed period.
        var keberatan = await DataOrganisasi.BacaAsync(factory, db => db.EvaluasiPeriode
            .Where(e => e.PeriodeEvaluasiId == tahun.PeriodeId[0] && e.Status == StatusEvaluasi.Keberatan).Select(e => new { e.Id, e.Version }).SingleAsync());
        var kadis = await MasukAsync(factory, org.Kadis);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(kadis, $"/HasilEvaluasi/Keberatan/{keberatan.Id}/Tolak", new()
        {
            ["TolakKeberatan.Version"] = keberatan.Version.ToString(CultureInfo.InvariantCulture), ["TolakKeberatan.Alasan"] = "Sesuai bukti",
        })).StatusCode);

        var buka = await admin.Client.SubmitAsync(url, new Dictionary<string, string>(), "[data-testid=form-buka-periode]");
        Assert.Equal(HttpStatusCode.Redirect, buka.StatusCode);
        Assert.False(await DitutupAsync(tahun.PeriodeId[0]));
        var audit = await DataOrganisasi.BacaAsync(factory, db => db.AuditEntries.AsNoTracking()
            .Where(a => (a.Entitas == nameof(PeriodeEvaluasi) && a.EntitasId == tahun.PeriodeId[0]) || (a.Entitas == nameof(TahunKinerja) && a.EntitasId == tahun.Id))
            .Where(a => a.Aksi == AksiAudit.Ubah).CountAsync());
        Assert.True(audit >= 2, $"{audit} audit rows");
    }

    private Task<bool> DitutupAsync(int periodeId) =>
        DataOrganisasi.BacaAsync(factory, db => db.PeriodeEvaluasi.Where(p => p.Id == periodeId).Select(p => p.Ditutup).SingleAsync());

    [Theory]
    [InlineData("Staf")]
    [InlineData("Kabid")]
    [InlineData("Kadis")]
    public async Task OnlyTheAdminBkd_SeesProgressAndClosesPeriods(string siapa)
    {
        var (tahun, org) = await SkenarioAsync();
        var akun = siapa switch { "Staf" => org.Staf, "Kabid" => org.Kabid, _ => org.Kadis };
        var sesi = await MasukAsync(factory, akun);

        Assert.Equal(HttpStatusCode.Forbidden, (await sesi.Client.Http.GetAsync($"/ProgresEvaluasi?periode={tahun.PeriodeId[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sesi.Client.Http.GetAsync($"/ProgresEvaluasi/Unit/{org.UnitBidangId}?periode={tahun.PeriodeId[0]}")).StatusCode);
        var version = await DataOrganisasi.BacaAsync(factory, db => db.PeriodeEvaluasi.Where(p => p.Id == tahun.PeriodeId[0]).Select(p => p.Version).SingleAsync());
        var tutup = await PostAsync(sesi, $"/ProgresEvaluasi/Tutup/{tahun.PeriodeId[0]}", new() { ["version"] = version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, tutup.StatusCode);
        Assert.False(await DitutupAsync(tahun.PeriodeId[0]));
    }

    [Fact]
    public async Task HomePage_OfTheAdminBkd_ListsEndedOpenPeriodsWithEvaluationsNotFinal_Overdue()
    {
        // A past year (only this test uses one: the years 2021–2025 are few).
        var (tahun, org) = await SkenarioAsync(mulai: 2021);
        var admin = await MasukAsync(factory, org.AdminBkd);

        var doc = await admin.Client.GetDocumentAsync("/");

        var aksi = doc.QuerySelectorAll("[data-testid=perlu-tindakan] li[data-kode='Beranda.Aksi.PeriodeBelumFinal']")
            .Where(l => l.TextContent.Contains($"Semester I {tahun.Nomor}:", StringComparison.Ordinal)).ToList();
        var baris = Assert.Single(aksi);
        Assert.Contains("4 evaluasi belum final", baris.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", baris.GetAttribute("data-lewat"));
        Assert.Equal($"/ProgresEvaluasi?periode={tahun.PeriodeId[0]}", baris.QuerySelector("a")!.GetAttribute("href"));
        // Semester II of that year has no final evaluation: all 7 approved SKP.
        Assert.Contains(doc.QuerySelectorAll("[data-testid=perlu-tindakan] li"), l => l.TextContent.Contains($"Semester II {tahun.Nomor}: 7 evaluasi", StringComparison.Ordinal));
        var staf = await (await MasukAsync(factory, org.Staf)).Client.GetDocumentAsync("/");
        Assert.Empty(staf.QuerySelectorAll("li[data-kode='Beranda.Aksi.PeriodeBelumFinal']"));
    }
}

public sealed class ProgresEvaluasiTestsSqlite(SqliteAppFactory factory) : ProgresEvaluasiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class ProgresEvaluasiTestsPostgres(PostgresAppFactory factory) : ProgresEvaluasiTests(factory), IClassFixture<PostgresAppFactory>;
