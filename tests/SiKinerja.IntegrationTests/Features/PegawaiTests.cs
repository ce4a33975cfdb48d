using System.Net;
using AngleSharp.Dom;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

public abstract class PegawaiTests(SiKinerjaAppFactory factory)
{
    private async Task<HtmlClient> AdminAsync()
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(org.AdminBkd.Login, TestData.Password);
        return client;
    }

    private static Dictionary<string, string> FormBaru(string nip, int jabatanId) => new()
    {
        ["Nip"] = nip,
        ["Nama"] = "Wahyu Hidayat",
        ["GelarDepan"] = "Ir.",
        ["GelarBelakang"] = "M.T.",
        ["JenisPegawai"] = "Pns",
        ["Golongan"] = "III/c",
        ["JabatanId"] = jabatanId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email"] = "wahyu@sukamaju.go.id",
    };

    [Fact]
    public async Task Daftar_SearchByNameAndByNipWithSpaces_FindsTheEmployee()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();

        var byName = await admin.GetDocumentAsync("/Pegawai?q=rahayu");
        var byNip = await admin.GetDocumentAsync("/Pegawai?q=" + Uri.EscapeDataString(Nip.Format(org.Kabid.Login)[..15]));

        Assert.Contains(org.Kabid.Nama, byName.QuerySelector("[data-testid=daftar-pegawai]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(byName.QuerySelectorAll("[data-testid=daftar-pegawai] tbody tr"));
        Assert.Contains(org.Kabid.Nama, byNip.QuerySelector("[data-testid=daftar-pegawai]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daftar_FilterByUnit_IncludesSubunitsAndPages()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();

        var page1 = await admin.GetDocumentAsync($"/Pegawai?unitId={org.UnitDinasId}&ukuran=2&halaman=1");
        var page2 = await admin.GetDocumentAsync($"/Pegawai?unitId={org.UnitDinasId}&ukuran=2&halaman=2");

        Assert.Equal(2, page1.QuerySelectorAll("[data-testid=daftar-pegawai] tbody tr").Length);
        Assert.Contains("Halaman 1 dari", page1.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
        var names = page1.QuerySelector("[data-testid=daftar-pegawai]")!.TextContent + page2.QuerySelector("[data-testid=daftar-pegawai]")!.TextContent;
        Assert.Contains(org.Kadis.Nama, names, StringComparison.Ordinal); // Dinas itself
        Assert.Contains(org.Staf.Nama, names, StringComparison.Ordinal);  // its Bidang
        Assert.DoesNotContain(org.AdminBkd.Nama, names, StringComparison.Ordinal); // another Badan
    }

    [Fact]
    public async Task Tambah_InvalidNip_ShowsReasonBesideField_AndWritesNothing()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var before = await CountAsync();

        var response = await admin.SubmitAsync("/Pegawai/Tambah", FormBaru("198001012005131001", org.JabatanStafId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("bulan harus 01–12", doc.QuerySelector("[data-valmsg-for=Nip]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Wahyu Hidayat", doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Nama")!.Value);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Tambah_DuplicateNipOrBadGolongan_AreRefused()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var form = FormBaru(Nip.Format(org.Staf.Login), org.JabatanStafId);
        form["JenisPegawai"] = "Pppk";

        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync("/Pegawai/Tambah", form));

        Assert.Contains("sudah terdaftar", doc.QuerySelector("[data-valmsg-for=Nip]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Golongan PPPK", doc.QuerySelector("[data-valmsg-for=Golongan]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tambah_UnbindableValues_GetIndonesianMessages_AndWriteNothing()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var before = await CountAsync();
        var form = FormBaru(TestData.NipBaru(), org.JabatanStafId);
        form["JabatanId"] = "abc";
        form["JenisPegawai"] = "Honorer";
        form["Nama"] = string.Empty;

        var response = await admin.SubmitAsync("/Pegawai/Tambah", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal("Nilai 'abc' tidak valid.", doc.QuerySelector("[data-valmsg-for=JabatanId]")!.TextContent.Trim());
        Assert.Equal("Nilai 'Honorer' tidak valid.", doc.QuerySelector("[data-valmsg-for=JenisPegawai]")!.TextContent.Trim());
        Assert.DoesNotContain("field is required", doc.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nama wajib", doc.QuerySelector("[data-valmsg-for=Nama]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Tambah_Valid_DerivesFromNip_AtasanFromPosition_AndIsAudited()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var nip = TestData.NipBaru();

        var response = await admin.SubmitAsync("/Pegawai/Tambah", FormBaru(Nip.Format(nip), org.JabatanStafId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (pegawai, audit) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var p = await db.Pegawai.AsNoTracking().SingleAsync(x => x.Nip == nip);
            var a = await db.AuditEntries.AsNoTracking().Where(x => x.Entitas == "Pegawai" && x.EntitasId == p.Id).ToListAsync();
            return (p, a);
        });
        Assert.Equal(Nip.Parse(nip).TanggalLahir, pegawai.TanggalLahir);
        Assert.Equal("Ir. Wahyu Hidayat, M.T.", pegawai.NamaLengkap);
        Assert.Equal(org.Kabid.PegawaiId, pegawai.AtasanLangsungId);
        Assert.Contains(audit, a => a.Pengguna == org.AdminBkd.Login);
        var detail = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(org.Kabid.Nama, detail.QuerySelector("[data-testid=rantai-atasan]")!.TextContent, StringComparison.Ordinal);

        var ubah = await admin.SubmitAsync($"/Pegawai/Ubah/{pegawai.Id}", new Dictionary<string, string> { ["Golongan"] = "III/d" });
        Assert.Equal(HttpStatusCode.Redirect, ubah.StatusCode);
        var riwayat = (await admin.GetDocumentAsync($"/Pegawai/Detail/{pegawai.Id}")).QuerySelector("[data-testid=riwayat]")!.TextContent;
        Assert.Contains("GolonganKode", riwayat, StringComparison.Ordinal);
        Assert.Contains("III/c", riwayat, StringComparison.Ordinal);
        Assert.Contains("III/d", riwayat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ubah_StaleVersion_ShowsConflictAndKeepsInput()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var admin = await AdminAsync();
        var url = $"/Pegawai/Ubah/{akun.PegawaiId}";
        var page = await admin.GetDocumentAsync(url);
        var staleVersion = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Version")!.Value;

        // Someone else saves first.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Nama"] = "Nama Pertama" })).StatusCode);
        var response = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Nama"] = "Nama Kedua", ["Version"] = staleVersion });

        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nama Kedua", doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Nama")!.Value);
        var saved = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai.AsNoTracking().SingleAsync(p => p.Id == akun.PegawaiId));
        Assert.Equal("Nama Pertama", saved.Nama);
    }

    [Fact]
    public async Task Status_PensiunNeedsDate_ThenLeavesSupervisorsReports()
    {
        var org = await factory.OrganisasiAsync();
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var admin = await AdminAsync();
        var url = $"/Pegawai/Status/{akun.PegawaiId}";

        var noDate = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Status"] = "Pensiun", ["Tanggal"] = "" }));
        Assert.Contains("Tanggal berlaku wajib", noDate.QuerySelector("[data-valmsg-for=Tanggal]")!.TextContent, StringComparison.Ordinal);

        var ok = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Status"] = "Pensiun", ["Tanggal"] = "2026-06-01" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai.AsNoTracking().SingleAsync(p => p.Id == akun.PegawaiId));
        Assert.Equal(StatusPegawai.Pensiun, saved.Status);
        Assert.Equal(new DateOnly(2026, 6, 1), saved.TanggalStatus);
        Assert.Null(saved.AtasanLangsungId);
        using var kabid = factory.CreateHtmlClient();
        await kabid.SignInAsync(org.Kabid.Login, TestData.Password);
        Assert.DoesNotContain(akun.Nama, (await kabid.GetDocumentAsync("/")).QuerySelector("[data-testid=bawahan]")!.TextContent, StringComparison.Ordinal);
        using var retired = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.OK, (await retired.SignInAsync(akun.Login, TestData.Password)).StatusCode); // cannot sign in any more
    }

    [Fact]
    public async Task CariJabatan_ReturnsMatchingActivePositions()
    {
        using var admin = await AdminAsync();

        var json = await admin.Http.GetStringAsync("/Pegawai/CariJabatan?q=bidang%20uji");

        using var doc = JsonDocument.Parse(json);
        Assert.Contains(doc.RootElement.EnumerateArray(), e => e.GetProperty("label").GetString()!.StartsWith("Kepala Bidang Uji", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pegawai_GetsForbiddenOnAdminPagesAndPosts()
    {
        var org = await factory.OrganisasiAsync();
        using var staf = factory.CreateHtmlClient();
        await staf.SignInAsync(org.Staf.Login, TestData.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/Pegawai")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync($"/Pegawai/Ubah/{org.Kabid.PegawaiId}")).StatusCode);
        var home = await staf.GetDocumentAsync("/");
        var token = home.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await staf.Http.PostAsync($"/Pegawai/Status/{org.Kabid.PegawaiId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Status"] = "Meninggal",
            ["Tanggal"] = "2026-01-01",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    private Task<int> CountAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai.CountAsync());
}

public sealed class PegawaiTestsSqlite(SqliteAppFactory factory) : PegawaiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PegawaiTestsPostgres(PostgresAppFactory factory) : PegawaiTests(factory), IClassFixture<PostgresAppFactory>;
