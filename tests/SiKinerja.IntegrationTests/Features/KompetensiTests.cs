using System.Net;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

public abstract class KompetensiTests(SiKinerjaAppFactory factory)
{
    [Fact]
    public async Task Pegawai_GetsForbiddenOnAdminPages()
    {
        var org = await factory.OrganisasiAsync();
        using var staf = factory.CreateHtmlClient();
        await staf.SignInAsync(org.Staf.Login, TestData.Password);

        foreach (var get in new[] { "/Kompetensi", "/Kompetensi/Talenta", "/Kompetensi/Kesenjangan", $"/Kompetensi/Asesmen?pegawaiId={org.Staf.PegawaiId}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync(get)).StatusCode);
        }
    }

    [Fact]
    public async Task KesenjanganPegawai_OwnAndAdminOk_ColleagueNotFound()
    {
        var org = await factory.OrganisasiAsync();
        var url = $"/Kompetensi/Kesenjangan/Pegawai/{org.Staf.PegawaiId}";
        using var staf = factory.CreateHtmlClient();
        await staf.SignInAsync(org.Staf.Login, TestData.Password);
        using var staf2 = factory.CreateHtmlClient();
        await staf2.SignInAsync(org.Staf2.Login, TestData.Password);
        using var admin = factory.CreateHtmlClient();
        await admin.SignInAsync(org.AdminBkd.Login, TestData.Password);

        Assert.Equal(HttpStatusCode.OK, (await staf.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staf2.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Katalog_DuplicateCode_ShowsFormMessage()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = factory.CreateHtmlClient();
        await admin.SignInAsync(org.AdminBkd.Login, TestData.Password);
        var kode = "T-" + Guid.NewGuid().ToString("N")[..8];
        var isi = new Dictionary<string, string> { ["Kode"] = kode, ["Nama"] = "Uji", ["Jenis"] = "Teknis" };

        await admin.SubmitAsync("/Kompetensi/Tambah", isi);
        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync("/Kompetensi/Tambah", isi));

        Assert.Contains("Kode kompetensi sudah dipakai.", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/Kompetensi/Talenta?tahun=2026&unitId={org.UnitDinasId}&subunit=true")).StatusCode);
    }
}

public sealed class KompetensiTestsSqlite(SqliteAppFactory factory) : KompetensiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class KompetensiTestsPostgres(PostgresAppFactory factory) : KompetensiTests(factory), IClassFixture<PostgresAppFactory>;
