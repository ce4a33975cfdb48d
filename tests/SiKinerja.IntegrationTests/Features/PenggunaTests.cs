using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

public abstract class PenggunaTests(SiKinerjaAppFactory factory)
{
    private async Task<HtmlClient> MasukAsync(AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun.Login, TestData.Password);
        return client;
    }

    [Fact]
    public async Task BuatAkunMassal_CreatesMissingAccounts_HandsOverPasswordsOnce_AndForcesChange()
    {
        var org = await factory.OrganisasiAsync();
        var nip = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var p = TestData.Pegawai("Yohanes Simanjuntak", org.JabatanStafId, "II/b");
            db.Pegawai.Add(p);
            await db.SaveChangesAsync();
            await PenghitungAtasan.HitungUlangAsync(db);
            await db.SaveChangesAsync();
            return p.Nip;
        });
        using var admin = await MasukAsync(org.AdminBkd);

        var response = await admin.SubmitAsync("/Pengguna", new Dictionary<string, string> { ["unitId"] = org.UnitDinasId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[action='/Pengguna/BuatAkun']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // BOM: Excel opens it as UTF-8
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("NIP,NAMA,UNIT KERJA,KATA SANDI SEMENTARA", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.StartsWith(Nip.Format(nip), StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        var sandi = row[^1];

        using var baru = factory.CreateHtmlClient();
        var masuk = await baru.SignInAsync(nip, sandi);
        Assert.Equal("/Akun/GantiPassword", masuk.Headers.Location!.OriginalString);

        // Nobody in the unit is left without an account, so a second run creates nothing.
        var again = await admin.SubmitAsync("/Pengguna", new Dictionary<string, string> { ["unitId"] = org.UnitDinasId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[action='/Pengguna/BuatAkun']");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task AturUlang_ShowsTemporaryPasswordOnce_UnlocksAndForcesChange()
    {
        var org = await factory.OrganisasiAsync();
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using (var tries = factory.CreateHtmlClient())
        {
            for (var i = 0; i < 5; i++)
            {
                await tries.SignInAsync(akun.Login, "salah-sekali");
            }
        }

        var userId = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(akun.Login))!.Id);
        using var admin = await MasukAsync(org.AdminBkd);
        var list = await admin.GetDocumentAsync("/Pengguna?tampil=Terkunci");
        Assert.Contains(akun.Login, list.QuerySelector("[data-testid=daftar-pengguna]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var reset = await admin.SubmitAsync("/Pengguna?tampil=Terkunci", new Dictionary<string, string>(), $"form[action='/Pengguna/AturUlang/{userId}']");

        var sandi = (await HtmlClient.ParseAsync(reset)).QuerySelector("[data-testid=sandi-sementara]")!.TextContent;
        using var user = factory.CreateHtmlClient();
        Assert.Equal("/Akun/GantiPassword", (await user.SignInAsync(akun.Login, sandi)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Peran_OnlyAdministratorGrantsRoles()
    {
        var org = await factory.OrganisasiAsync();
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var userId = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(akun.Login))!.Id);
        using var adminBkd = await MasukAsync(org.AdminBkd);
        var token = (await adminBkd.GetDocumentAsync("/Pengguna")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        var refused = await adminBkd.Http.PostAsync($"/Pengguna/Peran/{userId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["peran"] = Peran.AdminBkd, ["beri"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var administrator = await MasukAsync(org.Administrator);
        var granted = await administrator.SubmitAsync($"/Pengguna?q={akun.Login}", new Dictionary<string, string>(), $"form[action='/Pengguna/Peran/{userId}']:has(input[value={Peran.AdminBkd}])");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.True(await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsInRoleAsync((await users.FindByIdAsync(userId))!, Peran.AdminBkd);
        }));
        using var newAdmin = factory.CreateHtmlClient();
        await newAdmin.SignInAsync(akun.Login, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await newAdmin.Http.GetAsync("/Pegawai")).StatusCode);
    }

    [Fact]
    public async Task Pegawai_CannotOpenAccounts()
    {
        var org = await factory.OrganisasiAsync();
        using var staf = await MasukAsync(org.Staf);

        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/Pengguna")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotRemoveOwnAdministratorRole()
    {
        var org = await factory.OrganisasiAsync();
        using var administrator = await MasukAsync(org.Administrator);
        var userId = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("administrator"))!.Id);
        var token = (await administrator.GetDocumentAsync("/Pengguna")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        await administrator.Http.PostAsync($"/Pengguna/Peran/{userId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["peran"] = Peran.Administrator, ["beri"] = "false",
        }));

        Assert.True(await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsInRoleAsync((await users.FindByIdAsync(userId))!, Peran.Administrator);
        }));
    }
}

public sealed class PenggunaTestsSqlite(SqliteAppFactory factory) : PenggunaTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PenggunaTestsPostgres(PostgresAppFactory factory) : PenggunaTests(factory), IClassFixture<PostgresAppFactory>;
