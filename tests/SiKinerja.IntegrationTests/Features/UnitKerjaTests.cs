using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

public abstract class UnitKerjaTests(SiKinerjaAppFactory factory)
{
    private async Task<HtmlClient> AdminAsync()
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(org.AdminBkd.Login, TestData.Password);
        return client;
    }

    [Fact]
    public async Task Tambah_Valid_ShowsTheUnitInTheTreeUnderItsParent()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var nama = NamaUnik("Bidang Baru");

        var response = await admin.SubmitAsync("/UnitKerja/Tambah", new Dictionary<string, string>
        {
            ["Nama"] = nama, ["Jenis"] = "BidangBagian", ["Kode"] = NamaUnik("K"), ["IndukId"] = Id(org.UnitDinasId),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tree = await admin.GetDocumentAsync("/UnitKerja");
        var items = tree.QuerySelectorAll("[data-testid=pohon-unit] li").ToList();
        var dinas = items.FindIndex(li => li.GetAttribute("data-unit-id") == Id(org.UnitDinasId));
        var baru = items.FindIndex(li => li.TextContent.Contains(nama, StringComparison.Ordinal));
        Assert.True(dinas >= 0 && baru > dinas, "the new unit is listed after its parent");
        Assert.Contains("padding-left: 52px", items[baru].GetAttribute("style"), StringComparison.Ordinal); // depth 2
        Assert.Contains("Bidang/Bagian", items[baru].TextContent, StringComparison.Ordinal);
        var bidang = items.Single(li => li.GetAttribute("data-unit-id") == Id(org.UnitBidangId));
        Assert.Contains("2 jabatan", bidang.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 pegawai", bidang.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cari_ShowsMatchesWithTheirPath()
    {
        using var admin = await AdminAsync();

        var doc = await admin.GetDocumentAsync("/UnitKerja?q=bidang%20uji");

        var item = Assert.Single(doc.QuerySelectorAll("[data-testid=pohon-unit] li"));
        Assert.Contains("Pemerintah Kabupaten Uji › Dinas Uji", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tambah_InvalidInput_ShowsIndonesianMessages()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var kode = NamaUnik("KODE");
        await admin.SubmitAsync("/UnitKerja/Tambah", new Dictionary<string, string>
        {
            ["Nama"] = NamaUnik("Unit"), ["Jenis"] = "PerangkatDaerah", ["Kode"] = kode, ["IndukId"] = Id(org.UnitRootId),
        });
        var before = await BacaAsync(factory, db => db.UnitKerja.CountAsync());

        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync("/UnitKerja/Tambah", new Dictionary<string, string>
        {
            ["Nama"] = " ", ["Jenis"] = "Pemda", ["Kode"] = kode, ["IndukId"] = Id(org.UnitRootId),
        }));
        var unknownParent = await HtmlClient.ParseAsync(await admin.SubmitAsync("/UnitKerja/Tambah", new Dictionary<string, string>
        {
            ["Nama"] = "Unit", ["Jenis"] = "BidangBagian", ["IndukId"] = "999999",
        }));

        Assert.Contains("Nama unit wajib", doc.QuerySelector("[data-valmsg-for=Nama]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("sudah dipakai", doc.QuerySelector("[data-valmsg-for=Kode]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pemda hanya boleh di puncak", doc.QuerySelector("[data-valmsg-for=IndukId]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tidak dikenal", unknownParent.QuerySelector("[data-valmsg-for=IndukId]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await BacaAsync(factory, db => db.UnitKerja.CountAsync()));
    }

    [Fact]
    public async Task Ubah_UnderItsOwnChild_IsRefusedOnTheForm_AndNothingChanges()
    {
        var org = await factory.OrganisasiAsync();
        var induk = await UnitAsync(factory, NamaUnik("Dinas Induk"), org.UnitRootId);
        var anak = await UnitAsync(factory, NamaUnik("Bidang Anak"), induk, JenisUnitKerja.BidangBagian);
        var cucu = await UnitAsync(factory, NamaUnik("Seksi Cucu"), anak, JenisUnitKerja.SeksiSubbagian);
        using var admin = await AdminAsync();
        var sebelum = await UnitDbAsync(factory, induk);

        var response = await admin.SubmitAsync($"/UnitKerja/Ubah/{induk}", new Dictionary<string, string> { ["Nama"] = "Nama Baru", ["IndukId"] = Id(cucu) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("tidak dapat dipindahkan ke bawah dirinya sendiri", doc.QuerySelector("[data-valmsg-for=IndukId]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nama Baru", doc.QuerySelector<IHtmlInputElement>("#Nama")!.Value);
        var sesudah = await UnitDbAsync(factory, induk);
        Assert.Equal((org.UnitRootId, sebelum.Nama, sebelum.Version), (sesudah.ParentId!.Value, sesudah.Nama, sesudah.Version));
    }

    [Fact]
    public async Task Ubah_StaleVersion_ShowsConflictAndKeepsInput()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Konflik"), org.UnitRootId);
        using var admin = await AdminAsync();
        var url = $"/UnitKerja/Ubah/{unit}";
        var stale = (await admin.GetDocumentAsync(url)).QuerySelector<IHtmlInputElement>("#Version")!.Value;

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Nama"] = "Nama Pertama" })).StatusCode);
        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Nama"] = "Nama Kedua", ["Version"] = stale }));

        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nama Kedua", doc.QuerySelector<IHtmlInputElement>("#Nama")!.Value);
        Assert.Equal("Nama Pertama", (await UnitDbAsync(factory, unit)).Nama);
    }

    [Fact]
    public async Task Ubah_WritesAuditRows_ShownInTheHistory()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Audit"), org.UnitRootId);
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync($"/UnitKerja/Ubah/{unit}", new Dictionary<string, string> { ["Nama"] = "Dinas Audit Diubah" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await BacaAsync(factory, db => db.AuditEntries.AsNoTracking().Where(a => a.Entitas == "UnitKerja" && a.EntitasId == unit).ToListAsync());
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Ubah && a.Pengguna == org.AdminBkd.Login && a.Sesudah!.Contains("Dinas Audit Diubah", StringComparison.Ordinal));
        var detail = await admin.GetDocumentAsync($"/UnitKerja/Detail/{unit}");
        Assert.Contains("Dinas Audit Diubah", detail.QuerySelector("[data-testid=riwayat]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pemerintah Kabupaten Uji", detail.QuerySelector("[data-testid=jalur-unit]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nonaktifkan_UnitWithActivePositionsAndEmployees_IsRefusedWithCounts()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var url = $"/UnitKerja/Detail/{org.UnitBidangId}";

        var response = await admin.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var doc = await admin.GetDocumentAsync(url);
        Assert.Contains("0 subunit aktif, 2 jabatan aktif dan 3 pegawai aktif", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.True((await UnitDbAsync(factory, org.UnitBidangId)).Aktif);
        await admin.SubmitAsync($"/UnitKerja/Detail/{org.UnitDinasId}", new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]");
        Assert.True((await UnitDbAsync(factory, org.UnitDinasId)).Aktif);
    }

    [Fact]
    public async Task Nonaktifkan_EmptyUnit_HidesItFromTheTree_AndAktifkanBringsItBack()
    {
        var org = await factory.OrganisasiAsync();
        var nama = NamaUnik("Dinas Dibubarkan");
        var unit = await UnitAsync(factory, nama, org.UnitRootId);
        using var admin = await AdminAsync();
        var url = $"/UnitKerja/Detail/{unit}";

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]")).StatusCode);

        Assert.False((await UnitDbAsync(factory, unit)).Aktif);
        Assert.DoesNotContain(nama, (await admin.GetDocumentAsync("/UnitKerja")).QuerySelector("[data-testid=pohon-unit]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(nama, (await admin.GetDocumentAsync("/UnitKerja?semua=true")).QuerySelector("[data-testid=pohon-unit]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-aktifkan]")).StatusCode);
        Assert.True((await UnitDbAsync(factory, unit)).Aktif);
    }

    [Fact]
    public async Task Ubah_InactiveUnitUnderInactiveParent_CanStillBeRenamed()
    {
        var org = await factory.OrganisasiAsync();
        var induk = await UnitAsync(factory, NamaUnik("Dinas Lama"), org.UnitRootId);
        var anak = await UnitAsync(factory, NamaUnik("Bidang Lama"), induk, JenisUnitKerja.BidangBagian);
        using var admin = await AdminAsync();
        await admin.SubmitAsync($"/UnitKerja/Detail/{anak}", new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]");
        await admin.SubmitAsync($"/UnitKerja/Detail/{induk}", new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]");
        Assert.False((await UnitDbAsync(factory, induk)).Aktif);

        var rename = await admin.SubmitAsync($"/UnitKerja/Ubah/{anak}", new Dictionary<string, string> { ["Nama"] = "Bidang Lama Dibubarkan" });
        await admin.SubmitAsync($"/UnitKerja/Detail/{anak}", new Dictionary<string, string>(), "form[data-testid=form-aktifkan]");

        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        var saved = await UnitDbAsync(factory, anak);
        Assert.Equal(("Bidang Lama Dibubarkan", false), (saved.Nama, saved.Aktif)); // activation refused: parent inactive
        var doc = await admin.GetDocumentAsync($"/UnitKerja/Detail/{anak}");
        Assert.Contains("Unit induk tidak aktif", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pegawai_GetsForbiddenOnGetAndPost()
    {
        var org = await factory.OrganisasiAsync();
        using var staf = factory.CreateHtmlClient();
        await staf.SignInAsync(org.Staf.Login, TestData.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/UnitKerja")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync($"/UnitKerja/Ubah/{org.UnitBidangId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/UnitKerja/CariUnit?q=dinas")).StatusCode);
        var token = (await staf.GetDocumentAsync("/")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var url in new[] { $"/UnitKerja/Ubah/{org.UnitBidangId}", $"/UnitKerja/Nonaktifkan/{org.UnitBidangId}", "/UnitKerja/Tambah" })
        {
            var post = await staf.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Nama"] = "Diretas", ["Jenis"] = "BidangBagian", ["IndukId"] = Id(org.UnitRootId),
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal("Bidang Uji", (await UnitDbAsync(factory, org.UnitBidangId)).Nama);
    }
}

public sealed class UnitKerjaTestsSqlite(SqliteAppFactory factory) : UnitKerjaTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class UnitKerjaTestsPostgres(PostgresAppFactory factory) : UnitKerjaTests(factory), IClassFixture<PostgresAppFactory>;
