using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

public abstract class AkunTests(SiKinerjaAppFactory factory)
{
    [Fact]
    public async Task Masuk_WithNipAsPrinted_RedirectsHomeAndShowsProfileAndChain()
    {
        var org = await factory.OrganisasiAsync();
        using var client = factory.CreateHtmlClient();

        var response = await client.SignInAsync(Nip.Format(org.Staf.Login), TestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains(org.Staf.Nama, home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var rantai = home.QuerySelector("[data-testid=rantai-atasan]")!.TextContent;
        Assert.Contains(org.Kabid.Nama, rantai, StringComparison.Ordinal);
        Assert.Contains(org.Kadis.Nama, rantai, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Masuk_WithEmail_Works()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory, email: $"p{Guid.NewGuid():N}@sukamaju.go.id");
        var email = await factory.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(akun.Login))!.Email!);
        using var client = factory.CreateHtmlClient();

        var response = await client.SignInAsync(email, TestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Masuk_WrongPassword_ShowsIndonesianMessage()
    {
        var org = await factory.OrganisasiAsync();
        using var client = factory.CreateHtmlClient();

        var response = await client.SignInAsync(org.Kabid.Login, "salah-sekali");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("NIP/e-mail atau kata sandi salah", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Masuk_FiveFailures_LocksAccountEvenForRightPassword()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var client = factory.CreateHtmlClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(akun.Login, "salah-sekali");
        }

        var response = await client.SignInAsync(akun.Login, TestData.Password);

        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("terkunci", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task FirstSignIn_MustChangePasswordBeforeAnythingElse()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory, harusGanti: true);
        using var client = factory.CreateHtmlClient();

        var response = await client.SignInAsync(akun.Login, TestData.Password);
        Assert.Equal("/Akun/GantiPassword", response.Headers.Location!.OriginalString);
        var home = await client.Http.GetAsync("/");
        Assert.Equal("/Akun/GantiPassword", home.Headers.Location!.OriginalString);

        var ganti = await client.SubmitAsync("/Akun/GantiPassword", new Dictionary<string, string>
        {
            ["PasswordLama"] = TestData.Password,
            ["PasswordBaru"] = "SandiBaru2026",
            ["KonfirmasiPassword"] = "SandiBaru2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, ganti.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        using var again = factory.CreateHtmlClient();
        Assert.Equal("/", (await again.SignInAsync(akun.Login, "SandiBaru2026")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task GantiPassword_WeakPassword_ShowsRulesInIndonesian()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun.Login, TestData.Password);

        var response = await client.SubmitAsync("/Akun/GantiPassword", new Dictionary<string, string>
        {
            ["PasswordLama"] = TestData.Password,
            ["PasswordBaru"] = "abc",
            ["KonfirmasiPassword"] = "abc",
        });

        var text = (await HtmlClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("minimal 8 karakter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var org = await factory.OrganisasiAsync();
        using var client = factory.CreateHtmlClient();

        var response = await client.Http.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = org.Kabid.Login,
            ["Password"] = TestData.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousUser_IsSentToSignIn()
    {
        using var client = factory.CreateHtmlClient();

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Akun/Masuk", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bahasa_SwitchToEnglish_TranslatesTheInterface()
    {
        using var client = factory.CreateHtmlClient();

        var response = await client.SubmitAsync("/Akun/Masuk", new Dictionary<string, string> { ["budaya"] = "en" }, "footer form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var doc = await client.GetDocumentAsync("/Akun/Masuk");
        Assert.Equal("Sign in", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Profil_OfSupervisor_ListsDirectReports()
    {
        var org = await factory.OrganisasiAsync();
        using var client = factory.CreateHtmlClient();
        await client.SignInAsync(org.Kabid.Login, TestData.Password);

        var home = await client.GetDocumentAsync("/");

        var bawahan = home.QuerySelector("[data-testid=bawahan]")!.TextContent;
        Assert.Contains(org.Staf.Nama, bawahan, StringComparison.Ordinal);
        Assert.Contains(org.Staf2.Nama, bawahan, StringComparison.Ordinal);
    }
}

public sealed class AkunTestsSqlite(SqliteAppFactory factory) : AkunTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class AkunTestsPostgres(PostgresAppFactory factory) : AkunTests(factory), IClassFixture<PostgresAppFactory>;
