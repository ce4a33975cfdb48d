using System.Net;
using Microsoft.AspNetCore.Hosting;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Hosting;

public sealed class DataProtectionTests(PostgresAppFactory factory) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task SignInCookie_IsAcceptedByAnotherInstanceOnTheSameDatabase()
    {
        var org = await factory.OrganisasiAsync();
        using var first = factory.CreateHtmlClient();
        var signIn = await first.SignInAsync(org.Staf.Login, TestData.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("SiKinerja.Auth=", StringComparison.Ordinal)).Split(';')[0];

        await using var second = new SameDatabaseFactory(factory.ConnectionString);
        using var client = second.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class SameDatabaseFactory(string connectionString) : SiKinerjaAppFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

        public override string ConnectionString => connectionString;

        protected override void ConfigureWebHost(IWebHostBuilder builder) => base.ConfigureWebHost(builder);
    }
}
