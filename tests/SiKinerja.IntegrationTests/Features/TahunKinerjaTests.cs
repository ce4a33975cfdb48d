using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

public abstract class TahunKinerjaTests(SiKinerjaAppFactory factory)
{
    private const string FormBatas = "[data-testid=form-batas]";
    private static int _tahun = 2040;

    /// <summary>The fixture's database is shared by the tests of a class, so each test opens its own year.</summary>
    private static int TahunBaru() => Interlocked.Increment(ref _tahun);

    private static string Tgl(int y, int m, int d) => new DateOnly(y, m, d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HtmlClient> MasukAsync(Func<OrganisasiUji, AkunUji> akun)
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun(org).Login, TestData.Password);
        return client;
    }

    private static async Task<int> BukaAsync(HtmlClient admin, int tahun, string jenis = "Semesteran")
    {
        var response = await admin.SubmitAsync("/TahunKinerja/Buka", new Dictionary<string, string>
        {
            ["Tahun"] = Id(tahun), ["JenisPeriode"] = jenis, ["BatasPerencanaan"] = Tgl(tahun, 1, 31), ["BatasEvaluasiTahunan"] = Tgl(tahun + 1, 1, 31),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<TahunKinerja> TahunDbAsync(int id) =>
        BacaAsync(factory, db => db.TahunKinerja.AsNoTracking().Include(k => k.Periode).SingleAsync(k => k.Id == id));

    [Fact]
    public async Task Buka_FormPreselectsTheConfiguredKind_AndCreatesThePeriods()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var form = await admin.GetDocumentAsync("/TahunKinerja/Buka");
        Assert.Equal("Semesteran", form.QuerySelector<IHtmlSelectElement>("#JenisPeriode")!.Value);
        var tahun = TahunBaru();

        var id = await BukaAsync(admin, tahun, "Triwulanan");

        var db = await TahunDbAsync(id);
        Assert.Equal((tahun, StatusTahunKinerja.Dibuka, JenisPeriode.Triwulanan, new DateOnly(tahun, 1, 31)), (db.Tahun, db.Status, db.JenisPeriode, db.BatasPerencanaan));
        Assert.Equal(4, db.Periode.Count);
        var detail = await admin.GetDocumentAsync($"/TahunKinerja/Detail/{id}");
        var rows = detail.QuerySelectorAll("[data-testid=periode] tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("Triwulan II", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains($"1 April {tahun} – 30 Juni {tahun}", rows[1].TextContent, StringComparison.Ordinal);
        var list = await admin.GetDocumentAsync("/TahunKinerja");
        var row = list.QuerySelector($"[data-testid=daftar-tahun] tr[data-tahun='{tahun}']")!;
        Assert.Contains("4 periode", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dibuka", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"31 Januari {tahun}", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buka_FormPreselectsTheKindFromTheInstansiSetting()
    {
        var org = await factory.OrganisasiAsync();
        using var bulanan = factory.WithWebHostBuilder(b => b.UseSetting("Kinerja:JenisPeriodeBawaan", "Bulanan"));
        using var admin = new HtmlClient(bulanan.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await admin.SignInAsync(org.AdminBkd.Login, TestData.Password);

        var form = await admin.GetDocumentAsync("/TahunKinerja/Buka");

        Assert.Equal("Bulanan", form.QuerySelector<IHtmlSelectElement>("#JenisPeriode")!.Value);
    }

    [Fact]
    public async Task Buka_Bulanan_LabelsThePeriodsWithMonthNames()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);

        var id = await BukaAsync(admin, TahunBaru(), "Bulanan");

        var rows = (await admin.GetDocumentAsync($"/TahunKinerja/Detail/{id}")).QuerySelectorAll("[data-testid=periode] tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal(("Januari", "Desember"), (rows[0], rows[11]));
    }

    [Fact]
    public async Task Buka_DuplicateYearOrBadDates_AreRefusedBesideTheirFields()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var tahun = TahunBaru();
        await BukaAsync(admin, tahun);
        var before = await BacaAsync(factory, db => db.TahunKinerja.CountAsync());

        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync("/TahunKinerja/Buka", new Dictionary<string, string>
        {
            ["Tahun"] = Id(tahun), ["BatasPerencanaan"] = Tgl(tahun - 1, 12, 1), ["BatasEvaluasiTahunan"] = Tgl(tahun + 3, 1, 1),
        }));
        var luar = await HtmlClient.ParseAsync(await admin.SubmitAsync("/TahunKinerja/Buka", new Dictionary<string, string> { ["Tahun"] = "1990" }));

        Assert.Contains("sudah pernah dibuka", doc.QuerySelector("[data-valmsg-for=Tahun]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Batas perencanaan SKP harus antara", doc.QuerySelector("[data-valmsg-for=BatasPerencanaan]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Batas evaluasi tahunan harus antara", doc.QuerySelector("[data-valmsg-for=BatasEvaluasiTahunan]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tahun harus antara 2020 dan 2100", luar.QuerySelector("[data-valmsg-for=Tahun]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await BacaAsync(factory, db => db.TahunKinerja.CountAsync()));
    }

    [Fact]
    public async Task Batas_SavesEveryDueDate_AndWritesAuditRowsShownInTheHistory()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);
        var tahun = TahunBaru();
        var id = await BukaAsync(admin, tahun);

        var response = await admin.SubmitAsync($"/TahunKinerja/Detail/{id}", new Dictionary<string, string>
        {
            ["BatasPerencanaan"] = Tgl(tahun, 2, 14), ["BatasEvaluasiTahunan"] = Tgl(tahun + 1, 2, 14),
            ["Periode[0].BatasEvaluasi"] = Tgl(tahun, 7, 20), ["Periode[1].BatasEvaluasi"] = Tgl(tahun + 1, 1, 20),
        }, FormBatas);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var db = await TahunDbAsync(id);
        Assert.Equal((new DateOnly(tahun, 2, 14), new DateOnly(tahun + 1, 2, 14)), (db.BatasPerencanaan, db.BatasEvaluasiTahunan));
        Assert.Equal([new DateOnly(tahun, 7, 20), new DateOnly(tahun + 1, 1, 20)], db.Periode.OrderBy(p => p.Nomor).Select(p => p.BatasEvaluasi));
        var periodeIds = db.Periode.Select(p => p.Id).ToList();
        var audit = await BacaAsync(factory, d => d.AuditEntries.AsNoTracking()
            .Where(a => (a.Entitas == "TahunKinerja" && a.EntitasId == id) || (a.Entitas == "PeriodeEvaluasi" && periodeIds.Contains(a.EntitasId)))
            .ToListAsync());
        Assert.Contains(audit, a => a.Entitas == "TahunKinerja" && a.Aksi == AksiAudit.Ubah && a.Pengguna == org.AdminBkd.Login && a.Sesudah!.Contains($"{tahun}-02-14", StringComparison.Ordinal));
        Assert.Equal(2, audit.Count(a => a.Entitas == "PeriodeEvaluasi" && a.Aksi == AksiAudit.Ubah));
        var detail = await admin.GetDocumentAsync($"/TahunKinerja/Detail/{id}");
        Assert.Contains($"{tahun}-07-20", detail.QuerySelector("[data-testid=riwayat]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Tgl(tahun, 7, 20), detail.QuerySelector<IHtmlInputElement>("#periode-0")!.Value);
    }

    [Fact]
    public async Task Batas_DueDateBeforeItsPeriod_IsShownBesideTheField_AndNothingIsSaved()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var tahun = TahunBaru();
        var id = await BukaAsync(admin, tahun);

        var response = await admin.SubmitAsync($"/TahunKinerja/Detail/{id}", new Dictionary<string, string>
        {
            ["BatasPerencanaan"] = Tgl(tahun, 3, 1), ["Periode[1].BatasEvaluasi"] = Tgl(tahun, 6, 30),
        }, FormBatas);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("periode 2 tidak boleh sebelum periode itu dimulai", doc.QuerySelector("[data-valmsg-for='Periode[1].BatasEvaluasi']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Tgl(tahun, 3, 1), doc.QuerySelector<IHtmlInputElement>("#BatasPerencanaan")!.Value);
        Assert.Equal(new DateOnly(tahun, 1, 31), (await TahunDbAsync(id)).BatasPerencanaan);
    }

    [Fact]
    public async Task Batas_StaleVersion_ShowsConflictAndKeepsInput()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var tahun = TahunBaru();
        var id = await BukaAsync(admin, tahun);
        var url = $"/TahunKinerja/Detail/{id}";
        var stale = await admin.GetDocumentAsync(url);
        var version = stale.QuerySelector<IHtmlInputElement>("#Version")!.Value;
        var versionPeriode = stale.QuerySelector<IHtmlInputElement>("input[name='Periode[0].Version']")!.Value;

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Periode[0].BatasEvaluasi"] = Tgl(tahun, 7, 5) }, FormBatas)).StatusCode);
        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Version"] = version, ["Periode[0].Version"] = versionPeriode, ["Periode[0].BatasEvaluasi"] = Tgl(tahun, 7, 9), ["BatasPerencanaan"] = Tgl(tahun, 2, 2),
        }, FormBatas));

        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Tgl(tahun, 7, 9), doc.QuerySelector<IHtmlInputElement>("#periode-0")!.Value);
        Assert.Equal(Tgl(tahun, 2, 2), doc.QuerySelector<IHtmlInputElement>("#BatasPerencanaan")!.Value);
        var db = await TahunDbAsync(id);
        Assert.Equal((new DateOnly(tahun, 7, 5), new DateOnly(tahun, 1, 31)), (db.Periode.Single(p => p.Nomor == 1).BatasEvaluasi, db.BatasPerencanaan));
    }

    [Fact]
    public async Task Tutup_ThenEditIsRefused_AdminBkdCannotReopen_AdministratorCan()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var tahun = TahunBaru();
        var id = await BukaAsync(admin, tahun);
        var url = $"/TahunKinerja/Detail/{id}";

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string>(), "[data-testid=form-tutup]")).StatusCode);
        Assert.Equal(StatusTahunKinerja.Ditutup, (await TahunDbAsync(id)).Status);
        var edit = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["BatasPerencanaan"] = Tgl(tahun, 5, 5) }, FormBatas));
        Assert.Contains("sudah ditutup dan tidak dapat diubah", edit.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(tahun, 1, 31), (await TahunDbAsync(id)).BatasPerencanaan);
        var detail = await admin.GetDocumentAsync(url);
        Assert.Null(detail.QuerySelector("[data-testid=form-buka-kembali]"));
        var token = detail.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var version = Id((await TahunDbAsync(id)).Version);
        var reopen = await admin.Http.PostAsync($"/TahunKinerja/BukaKembali/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["version"] = version,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, reopen.StatusCode);
        Assert.Equal(StatusTahunKinerja.Ditutup, (await TahunDbAsync(id)).Status);

        using var administrator = await MasukAsync(o => o.Administrator);
        var response = await administrator.SubmitAsync(url, new Dictionary<string, string>(), "[data-testid=form-buka-kembali]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StatusTahunKinerja.Dibuka, (await TahunDbAsync(id)).Status);
        Assert.Contains("dibuka kembali", (await administrator.GetDocumentAsync(url)).QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UbahJenis_WhileOpen_RecreatesThePeriods()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var id = await BukaAsync(admin, TahunBaru());

        var response = await admin.SubmitAsync($"/TahunKinerja/Detail/{id}", new Dictionary<string, string> { ["jenisPeriode"] = "Bulanan" }, "[data-testid=form-jenis]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var db = await TahunDbAsync(id);
        Assert.Equal((JenisPeriode.Bulanan, 12), (db.JenisPeriode, db.Periode.Count));
        Assert.Equal(12, await BacaAsync(factory, d => d.PeriodeEvaluasi.CountAsync(p => p.TahunKinerjaId == id)));
    }

    [Fact]
    public async Task UbahJenis_OnceAPeriodHoldsAnOrganisationPredikat_IsRefusedWithAMessage_AndThePeriodsStay()
    {
        using var admin = await MasukAsync(o => o.AdminBkd);
        var id = await BukaAsync(admin, TahunBaru());
        var org = await factory.OrganisasiAsync();
        await BacaAsync(factory, async d =>
        {
            var periode = await d.PeriodeEvaluasi.Where(p => p.TahunKinerjaId == id).OrderBy(p => p.Nomor).FirstAsync();
            d.PredikatOrganisasiUnit.Add(SiKinerja.Domain.Evaluasi.PredikatOrganisasiUnit.Tetapkan(
                org.UnitBidangId, periode.Id, SiKinerja.Domain.Evaluasi.PredikatOrganisasi.Baik, null, "tes", DateTime.UtcNow));
            return await d.SaveChangesAsync();
        });

        var response = await admin.SubmitAsync($"/TahunKinerja/Detail/{id}", new Dictionary<string, string> { ["jenisPeriode"] = "Bulanan" }, "[data-testid=form-jenis]");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK);
        var halaman = response.StatusCode == HttpStatusCode.Redirect
            ? await admin.GetDocumentAsync(response.Headers.Location!.OriginalString)
            : await HtmlClient.ParseAsync(response);
        Assert.Contains("tidak dapat diubah", halaman.Body!.TextContent, StringComparison.Ordinal);
        var db = await TahunDbAsync(id);
        Assert.Equal((JenisPeriode.Semesteran, 2), (db.JenisPeriode, db.Periode.Count));
    }

    [Fact]
    public async Task Pegawai_GetsForbiddenOnTheAdminPages_ButSeesTheOpenYearAtHome()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);
        var tahun = TahunBaru();
        var id = await BukaAsync(admin, tahun);
        using var staf = await MasukAsync(o => o.Staf);

        foreach (var url in new[] { "/TahunKinerja", "/TahunKinerja/Buka", $"/TahunKinerja/Detail/{id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync(url)).StatusCode);
        }

        var home = await staf.GetDocumentAsync("/");
        var token = home.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var url in new[] { "/TahunKinerja/Buka", $"/TahunKinerja/Batas/{id}", $"/TahunKinerja/Tutup/{id}", $"/TahunKinerja/UbahJenis/{id}", $"/TahunKinerja/BukaKembali/{id}" })
        {
            var post = await staf.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Tahun"] = Id(tahun + 100), ["version"] = "1", ["jenisPeriode"] = "Bulanan", ["BatasPerencanaan"] = Tgl(tahun, 5, 5),
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        var db = await TahunDbAsync(id);
        Assert.Equal((StatusTahunKinerja.Dibuka, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31)), (db.Status, db.JenisPeriode, db.BatasPerencanaan));
        var kartu = home.QuerySelector($"[data-testid=tahun-terbuka] [data-tahun='{tahun}']")!;
        Assert.Contains($"31 Januari {tahun}", kartu.TextContent, StringComparison.Ordinal);
        Assert.Contains("Semester II", kartu.TextContent, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("a[href='/TahunKinerja']"));
        Assert.NotNull(org.Staf.PegawaiId);
    }
}

public sealed class TahunKinerjaTestsSqlite(SqliteAppFactory factory) : TahunKinerjaTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class TahunKinerjaTestsPostgres(PostgresAppFactory factory) : TahunKinerjaTests(factory), IClassFixture<PostgresAppFactory>;
