using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

public abstract class JabatanTests(SiKinerjaAppFactory factory)
{
    private async Task<HtmlClient> AdminAsync()
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(org.AdminBkd.Login, TestData.Password);
        return client;
    }

    private static string[] Baris(IHtmlDocument doc) =>
        [.. doc.QuerySelectorAll("[data-testid=daftar-jabatan] tbody tr").Select(tr => tr.TextContent)];

    private static bool Jabatan(string baris, string nama) => baris.TrimStart().StartsWith(nama, StringComparison.Ordinal);

    [Fact]
    public async Task Daftar_FilterByUnitIncludesSubunits_AndPages()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();

        var page1 = await admin.GetDocumentAsync($"/Jabatan?unitId={org.UnitDinasId}&ukuran=2&halaman=1");
        var page2 = await admin.GetDocumentAsync($"/Jabatan?unitId={org.UnitDinasId}&ukuran=2&halaman=2");

        Assert.Equal(2, Baris(page1).Length);
        Assert.Single(Baris(page2));
        Assert.Contains("Halaman 1 dari 2", page1.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
        var semua = string.Join("|", Baris(page1).Concat(Baris(page2)));
        Assert.Contains("Kepala Dinas Uji", semua, StringComparison.Ordinal);
        Assert.Contains("Pengadministrasi Perkantoran", semua, StringComparison.Ordinal); // in the Bidang below
        Assert.DoesNotContain("Analis SDM", semua, StringComparison.Ordinal); // another unit
        var kabid = Baris(page1).Concat(Baris(page2)).Single(r => Jabatan(r, "Kepala Bidang Uji"));
        Assert.Contains(org.Kabid.Nama.Split(',')[0], kabid, StringComparison.Ordinal); // single holder by name
        Assert.Contains("Kepala Dinas Uji", kabid, StringComparison.Ordinal); // reports to
        var staf = Baris(page1).Concat(Baris(page2)).Single(r => Jabatan(r, "Pengadministrasi"));
        Assert.Contains("2 pemegang", staf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daftar_FilterByKindSearchAndVacant()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Kosong"), org.UnitRootId);
        var nama = NamaUnik("Kepala Dinas Kosong");
        await JabatanAsync(factory, nama, JenisJabatan.JptPratama, unit);
        using var admin = await AdminAsync();

        var pelaksana = Baris(await admin.GetDocumentAsync($"/Jabatan?unitId={org.UnitDinasId}&jenis=Pelaksana"));
        var cari = Baris(await admin.GetDocumentAsync("/Jabatan?q=kepala%20bidang%20uji"));
        var kosong = Baris(await admin.GetDocumentAsync("/Jabatan?kosong=true"));

        Assert.Contains("Pengadministrasi Perkantoran", Assert.Single(pelaksana), StringComparison.Ordinal);
        Assert.Contains("Kepala Bidang Uji", Assert.Single(cari), StringComparison.Ordinal);
        Assert.Contains(kosong, r => r.Contains(nama, StringComparison.Ordinal) && r.Contains("Kosong", StringComparison.Ordinal));
        Assert.DoesNotContain(kosong, r => Jabatan(r, "Kepala Bidang Uji"));
    }

    [Fact]
    public async Task Tambah_FungsionalWithoutJenjang_IsRefusedWithMessage()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var nama = NamaUnik("Analis Kebijakan");

        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync("/Jabatan/Tambah", new Dictionary<string, string>
        {
            ["Nama"] = nama, ["Jenis"] = "FungsionalKeahlian", ["Jenjang"] = "", ["UnitKerjaId"] = Id(org.UnitBidangId),
        }));
        var salahJenjang = await HtmlClient.ParseAsync(await admin.SubmitAsync("/Jabatan/Tambah", new Dictionary<string, string>
        {
            ["Nama"] = nama, ["Jenis"] = "FungsionalKeahlian", ["Jenjang"] = "Terampil", ["UnitKerjaId"] = Id(org.UnitBidangId),
        }));

        Assert.Contains("Jenjang wajib diisi", doc.QuerySelector("[data-valmsg-for=Jenjang]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jenjang tidak sesuai", salahJenjang.QuerySelector("[data-valmsg-for=Jenjang]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await BacaAsync(factory, db => db.Jabatan.AnyAsync(j => j.Nama == nama)));
    }

    [Fact]
    public async Task Tambah_Valid_ThenUbah_IsSavedAndAudited()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var nama = NamaUnik("Analis Kebijakan");

        var response = await admin.SubmitAsync($"/Jabatan/Tambah?unitId={org.UnitBidangId}", new Dictionary<string, string>
        {
            ["Nama"] = nama, ["Jenis"] = "FungsionalKeahlian", ["Jenjang"] = "AhliMuda", ["AtasanJabatanId"] = Id(org.JabatanKabidId),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await BacaAsync(factory, db => db.Jabatan.Where(j => j.Nama == nama).Select(j => j.Id).SingleAsync());
        var ubah = await admin.SubmitAsync($"/Jabatan/Ubah/{id}", new Dictionary<string, string> { ["Jenjang"] = "AhliMadya" });

        Assert.Equal(HttpStatusCode.Redirect, ubah.StatusCode);
        var saved = await JabatanDbAsync(factory, id);
        Assert.Equal((JenjangFungsional.AhliMadya, org.UnitBidangId, (int?)org.JabatanKabidId), (saved.Jenjang!.Value, saved.UnitKerjaId, saved.AtasanJabatanId));
        var audit = await BacaAsync(factory, db => db.AuditEntries.AsNoTracking().Where(a => a.Entitas == "Jabatan" && a.EntitasId == id).ToListAsync());
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Tambah);
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Ubah && a.Pengguna == org.AdminBkd.Login && a.Sesudah!.Contains("Jenjang", StringComparison.Ordinal));
        var detail = await admin.GetDocumentAsync($"/Jabatan/Detail/{id}");
        Assert.Contains("Jenjang", detail.QuerySelector("[data-testid=riwayat]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ubah_StaleVersion_ShowsConflictAndKeepsInput()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Konflik"), org.UnitRootId);
        var id = await JabatanAsync(factory, NamaUnik("Kepala"), JenisJabatan.JptPratama, unit);
        using var admin = await AdminAsync();
        var url = $"/Jabatan/Ubah/{id}";
        var stale = (await admin.GetDocumentAsync(url)).QuerySelector<IHtmlInputElement>("#Version")!.Value;

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Nama"] = "Nama Pertama" })).StatusCode);
        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Nama"] = "Nama Kedua", ["Version"] = stale }));

        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nama Kedua", doc.QuerySelector<IHtmlInputElement>("#Nama")!.Value);
        Assert.Equal("Nama Pertama", (await JabatanDbAsync(factory, id)).Nama);
    }

    [Fact]
    public async Task Ubah_ReportingLoop_IsRefusedOnTheForm_AndNothingChanges()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Siklus"), org.UnitRootId);
        var atas = await JabatanAsync(factory, NamaUnik("Kepala"), JenisJabatan.JptPratama, unit);
        var tengah = await JabatanAsync(factory, NamaUnik("Kabid"), JenisJabatan.Administrator, unit, atas);
        var bawah = await JabatanAsync(factory, NamaUnik("Kasi"), JenisJabatan.Pengawas, unit, tengah);
        using var admin = await AdminAsync();
        var sebelum = await JabatanDbAsync(factory, atas);

        var response = await admin.SubmitAsync($"/Jabatan/Ubah/{atas}", new Dictionary<string, string> { ["AtasanJabatanId"] = Id(bawah) });
        var diriSendiri = await HtmlClient.ParseAsync(await admin.SubmitAsync($"/Jabatan/Ubah/{atas}", new Dictionary<string, string> { ["AtasanJabatanId"] = Id(atas) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("tidak dapat melapor ke dirinya sendiri", doc.QuerySelector("[data-valmsg-for=AtasanJabatanId]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tidak dapat melapor ke dirinya sendiri", diriSendiri.QuerySelector("[data-valmsg-for=AtasanJabatanId]")!.TextContent, StringComparison.Ordinal);
        var sesudah = await JabatanDbAsync(factory, atas);
        Assert.Equal((null, sebelum.Version), (sesudah.AtasanJabatanId, sesudah.Version));
    }

    [Fact]
    public async Task Ubah_CreatingASupervisorLoopAmongEmployees_IsRefused_AndNothingSaved()
    {
        // A ← B (vacant, Plt = the holder of C); C reports nowhere yet. Making C report to A would make
        // A's holder and C's holder each other's atasan.
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Plt"), org.UnitRootId);
        var b = await JabatanAsync(factory, NamaUnik("Kepala"), JenisJabatan.JptPratama, unit);
        var a = await JabatanAsync(factory, NamaUnik("Sekretaris"), JenisJabatan.Administrator, unit, b);
        var c = await JabatanAsync(factory, NamaUnik("Kasubbag"), JenisJabatan.Pengawas, unit);
        await PegawaiAsync(factory, "Pemegang A", a);
        var pemegangC = await PegawaiAsync(factory, "Pemegang C", c);
        using var admin = await AdminAsync();
        var plt = await admin.SubmitAsync($"/Jabatan/Detail/{b}", new Dictionary<string, string> { ["Form.PegawaiId"] = Id(pemegangC), ["Form.Jenis"] = "Plt" }, "form[data-testid=form-pengganti]");
        Assert.Equal(HttpStatusCode.Redirect, plt.StatusCode);
        var sebelum = await JabatanDbAsync(factory, c);

        var response = await admin.SubmitAsync($"/Jabatan/Ubah/{c}", new Dictionary<string, string> { ["AtasanJabatanId"] = Id(a), ["Nama"] = "Nama Baru" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("atasan tidak langsung dirinya sendiri", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var sesudah = await JabatanDbAsync(factory, c);
        Assert.Equal((null, sebelum.Nama, sebelum.Version), (sesudah.AtasanJabatanId, sesudah.Nama, sesudah.Version));
    }

    [Fact]
    public async Task Plh_OnKepalaBidang_BecomesTheStaffsAtasan_AndEndingItRestores()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var url = $"/Jabatan/Detail/{org.JabatanKabidId}";
        Assert.Equal(org.Kabid.PegawaiId, await AtasanDbAsync(factory, org.Staf.PegawaiId!.Value));

        var tunjuk = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Form.PegawaiId"] = Id(org.AdminBkd.PegawaiId!.Value), ["Form.Jenis"] = "Plh" }, "form[data-testid=form-pengganti]");

        Assert.Equal(HttpStatusCode.Redirect, tunjuk.StatusCode);
        Assert.Equal(org.AdminBkd.PegawaiId, await AtasanDbAsync(factory, org.Staf.PegawaiId!.Value));
        Assert.Equal(org.AdminBkd.PegawaiId, await AtasanDbAsync(factory, org.Staf2.PegawaiId!.Value));
        var jabatan = await JabatanDbAsync(factory, org.JabatanKabidId);
        Assert.Equal((org.AdminBkd.PegawaiId, JenisPengganti.Plh), (jabatan.PenggantiPegawaiId, jabatan.JenisPengganti!.Value));
        var detail = await admin.GetDocumentAsync(url);
        Assert.Contains("Atasan 2 pegawai ikut berubah", detail.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rina Marlina", detail.QuerySelector("[data-testid=pengganti]")!.TextContent, StringComparison.Ordinal);

        var akhiri = await admin.SubmitAsync(url, new Dictionary<string, string> { ["akhiri"] = "true" }, "form[data-testid=form-pengganti]");

        Assert.Equal(HttpStatusCode.Redirect, akhiri.StatusCode);
        Assert.Equal(org.Kabid.PegawaiId, await AtasanDbAsync(factory, org.Staf.PegawaiId!.Value));
        Assert.Null((await JabatanDbAsync(factory, org.JabatanKabidId)).PenggantiPegawaiId);
    }

    [Fact]
    public async Task Pengganti_HolderOfThePositionOrNobody_IsRefused()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var url = $"/Jabatan/Detail/{org.JabatanKabidId}";

        var pemegang = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Form.PegawaiId"] = Id(org.Kabid.PegawaiId!.Value) }, "form[data-testid=form-pengganti]"));
        var kosong = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Form.PegawaiId"] = "" }, "form[data-testid=form-pengganti]"));

        Assert.Contains("pemegang definitif", pemegang.QuerySelector("[data-testid=form-pengganti] .alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pilih pegawai", kosong.QuerySelector("[data-valmsg-for='Form.PegawaiId']")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await JabatanDbAsync(factory, org.JabatanKabidId)).PenggantiPegawaiId);
    }

    [Fact]
    public async Task Nonaktifkan_WithHoldersOrReports_IsRefused_EmptyOneIsDeactivated()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Nonaktif"), org.UnitRootId);
        var kosong = await JabatanAsync(factory, NamaUnik("Jabatan Lama"), JenisJabatan.Pelaksana, unit);
        using var admin = await AdminAsync();
        var url = $"/Jabatan/Detail/{org.JabatanKabidId}";

        await admin.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]");
        var doc = await admin.GetDocumentAsync(url);
        var ok = await admin.SubmitAsync($"/Jabatan/Detail/{kosong}", new Dictionary<string, string>(), "form[data-testid=form-nonaktifkan]");

        Assert.Contains("masih ada 1 pemegang aktif dan 1 jabatan aktif", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.True((await JabatanDbAsync(factory, org.JabatanKabidId)).Aktif);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.False((await JabatanDbAsync(factory, kosong)).Aktif);
    }

    [Fact]
    public async Task CariJabatan_LeavesOutItself_AndCariPegawaiFindsActiveByNip()
    {
        var org = await factory.OrganisasiAsync();
        using var admin = await AdminAsync();

        using var jabatan = JsonDocument.Parse(await admin.Http.GetStringAsync($"/Jabatan/CariJabatan/{org.JabatanKabidId}?q=kepala"));
        using var pegawai = JsonDocument.Parse(await admin.Http.GetStringAsync("/Jabatan/CariPegawai?q=" + Uri.EscapeDataString(Nip.Format(org.Kabid.Login))));

        var ids = jabatan.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(org.JabatanKadisId, ids);
        Assert.DoesNotContain(org.JabatanKabidId, ids);
        Assert.Equal(org.Kabid.PegawaiId, Assert.Single(pegawai.RootElement.EnumerateArray()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Pegawai_GetsForbiddenOnGetAndPost()
    {
        var org = await factory.OrganisasiAsync();
        using var staf = factory.CreateHtmlClient();
        await staf.SignInAsync(org.Staf.Login, TestData.Password);

        foreach (var get in new[] { "/Jabatan", $"/Jabatan/Detail/{org.JabatanKabidId}", $"/Jabatan/Ubah/{org.JabatanKabidId}", "/Jabatan/CariPegawai?q=budi" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync(get)).StatusCode);
        }

        var token = (await staf.GetDocumentAsync("/")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var url in new[] { $"/Jabatan/Pengganti/{org.JabatanKabidId}", $"/Jabatan/Ubah/{org.JabatanKabidId}", $"/Jabatan/Nonaktifkan/{org.JabatanStafId}" })
        {
            var post = await staf.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Form.PegawaiId"] = Id(org.Staf.PegawaiId!.Value), ["Nama"] = "Diretas", ["Jenis"] = "Pelaksana",
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        var kabid = await JabatanDbAsync(factory, org.JabatanKabidId);
        Assert.Equal(("Kepala Bidang Uji", (int?)null), (kabid.Nama, kabid.PenggantiPegawaiId));
    }
}

public sealed class JabatanTestsSqlite(SqliteAppFactory factory) : JabatanTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class JabatanTestsPostgres(PostgresAppFactory factory) : JabatanTests(factory), IClassFixture<PostgresAppFactory>;
