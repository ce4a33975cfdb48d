using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using KompetensiEntity = SiKinerja.Domain.Pengembangan.Kompetensi;

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

    private sealed record UnitUji(int UnitId, int JabatanId, int Pertama, int Kedua, int KompetensiA, int KompetensiB, DataEvaluasi.Tahun Tahun);

    /// <summary>
    /// A unit of its own with one position and two employees, two catalogue competencies, and a year in which the first
    /// employee has a final annual evaluation of Sangat Baik (both ratings above expectation).
    /// </summary>
    private async Task<UnitUji> UnitAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await DataEvaluasi.TahunAsync(factory, 2070);
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var unit = new UnitKerja("Seksi Talenta " + tahun.Nomor, JenisUnitKerja.SeksiSubbagian, org.UnitBidangId);
            db.UnitKerja.Add(unit);
            await db.SaveChangesAsync();
            var jabatan = new Jabatan("Analis Talenta " + tahun.Nomor, JenisJabatan.Pelaksana, null, unit.Id);
            db.Jabatan.Add(jabatan);
            var kode = Guid.NewGuid().ToString("N")[..6];
            var a = KompetensiEntity.Buat("A" + kode, "Analisis " + kode, JenisKompetensi.Teknis, null);
            var b = KompetensiEntity.Buat("B" + kode, "Komunikasi " + kode, JenisKompetensi.Manajerial, null);
            db.Kompetensi.AddRange(a, b);
            await db.SaveChangesAsync();
            var satu = TestData.Pegawai("Talenta Satu " + tahun.Nomor, jabatan.Id, "III/a");
            var dua = TestData.Pegawai("Talenta Dua " + tahun.Nomor, jabatan.Id, "III/a");
            db.Pegawai.AddRange(satu, dua);
            await db.SaveChangesAsync();
            var waktu = new DateTime(tahun.Nomor + 1, 1, 10, 2, 0, 0, DateTimeKind.Utc);
            var snap = new SnapshotPejabat(satu.Id, satu.Nip, satu.Nama, "III/a", null, jabatan.Nama, unit.Nama);
            var penilai = new SnapshotPejabat(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama, "IV/a", null, "Kepala Bidang Uji", "Bidang Uji");
            var skp = Skp.Buat(tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), PendekatanSkp.Kuantitatif, new SnapshotSkp(snap, penilai, null), satu.Nip, waktu);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            var e = EvaluasiTahunan.Buat(satu.Id, tahun.Id, skp.Id, Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, null, null, null, null, org.Kabid.Login, waktu);
            e.Finalkan(true, org.Kabid.Login, waktu);
            db.EvaluasiTahunan.Add(e);
            await db.SaveChangesAsync();
            return new UnitUji(unit.Id, jabatan.Id, satu.Id, dua.Id, a.Id, b.Id, tahun);
        });
    }

    private async Task<HtmlClient> AdminAsync()
    {
        var org = await factory.OrganisasiAsync();
        var admin = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(org.AdminBkd.Login, TestData.Password)).StatusCode);
        return admin;
    }

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Standar_SavedTogether_BadRowsRefusedOnTheForm_StaleVersionRefused()
    {
        var u = await UnitAsync();
        using var admin = await AdminAsync();
        var url = $"/Kompetensi/Standar/{u.JabatanId}";

        var ganda = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Baris[0].KompetensiId"] = S(u.KompetensiA), ["Baris[0].Level"] = "3",
            ["Baris[1].KompetensiId"] = S(u.KompetensiA), ["Baris[1].Level"] = "2",
        }));
        Assert.Contains("Kompetensi yang sama dipilih lebih dari sekali.", ganda.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var level = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Baris[0].KompetensiId"] = S(u.KompetensiA), ["Baris[0].Level"] = "9",
        }));
        Assert.Contains("Level harus antara 1 dan 5.", level.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StandarKompetensiJabatan.CountAsync(s => s.JabatanId == u.JabatanId)));

        var simpan = await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Baris[0].KompetensiId"] = S(u.KompetensiA), ["Baris[0].Level"] = "3",
            ["Baris[1].KompetensiId"] = S(u.KompetensiB), ["Baris[1].Level"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, simpan.StatusCode);
        var standar = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StandarKompetensiJabatan.AsNoTracking()
            .Where(s => s.JabatanId == u.JabatanId).OrderBy(s => s.KompetensiId).Select(s => new { s.KompetensiId, s.Level }).ToListAsync());
        Assert.Equal([new { KompetensiId = u.KompetensiA, Level = 3 }, new { KompetensiId = u.KompetensiB, Level = 2 }], standar);

        // Two tabs: the first saves a change, the second (older versions) is refused and keeps its choice on the form.
        var lama = await admin.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Baris[0].Level"] = "4" })).StatusCode);
        var konflik = await HtmlClient.ParseAsync(await admin.SubmitDocumentAsync(lama, url, new Dictionary<string, string> { ["Baris[0].Level"] = "5" }));
        Assert.Contains("diubah oleh pengguna lain", konflik.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", konflik.QuerySelector("select[name='Baris[0].Level'] option[selected]")!.GetAttribute("value"));
        var akhir = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StandarKompetensiJabatan.AsNoTracking()
            .SingleAsync(s => s.JabatanId == u.JabatanId && s.KompetensiId == u.KompetensiA));
        Assert.Equal(4, akhir.Level);
    }

    [Fact]
    public async Task Asesmen_SavedWithLevels_BadPotentialOnTheForm_GapsPerEmployeeAndUnit_TalentGridPlacesTheEmployee()
    {
        var u = await UnitAsync();
        using var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Kompetensi/Standar/{u.JabatanId}", new Dictionary<string, string>
        {
            ["Baris[0].KompetensiId"] = S(u.KompetensiA), ["Baris[0].Level"] = "3",
            ["Baris[1].KompetensiId"] = S(u.KompetensiB), ["Baris[1].Level"] = "2",
        })).StatusCode);
        var formUrl = $"/Kompetensi/AsesmenForm?pegawaiId={u.Pertama}";
        var form = await admin.GetDocumentAsync(formUrl);
        var barisA = form.QuerySelectorAll("[data-testid=level-asesmen] tbody tr").Select((tr, i) => (tr, i))
            .Single(x => x.tr.QuerySelector("input[type=hidden]")!.GetAttribute("value") == S(u.KompetensiA)).i;
        var isian = new Dictionary<string, string>
        {
            ["Tanggal"] = $"{u.Tahun.Nomor}-06-01", ["Penyelenggara"] = "UPT Penilaian Kompetensi", ["NilaiPotensi"] = "150",
            [$"Baris[{barisA}].Level"] = "2",
        };

        var salah = await HtmlClient.ParseAsync(await admin.SubmitDocumentAsync(form, formUrl, isian));
        Assert.Contains("Nilai potensi harus antara 0 dan 100.", salah.QuerySelector("[data-valmsg-for=NilaiPotensi]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("UPT Penilaian Kompetensi", salah.QuerySelector("#Penyelenggara")!.GetAttribute("value"));
        Assert.Equal(0, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Asesmen.CountAsync(a => a.PegawaiId == u.Pertama)));

        isian["NilaiPotensi"] = "85";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitDocumentAsync(form, formUrl, isian)).StatusCode);
        var asesmen = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Asesmen.AsNoTracking().Include(a => a.Level).SingleAsync(a => a.PegawaiId == u.Pertama));
        Assert.Equal(85, asesmen.NilaiPotensi);
        var l = Assert.Single(asesmen.Level);
        Assert.Equal((u.KompetensiA, 2), (l.KompetensiId, l.Level));

        // Gaps: the first employee one level under A, B not assessed; the second assessed in nothing.
        var unit = await admin.GetDocumentAsync($"/Kompetensi/Kesenjangan?unitId={u.UnitId}");
        string Sel(int id, int kolom) => unit.QuerySelectorAll("[data-testid=ringkasan-kesenjangan] tbody tr")
            .Single(tr => tr.TextContent.Contains(id == u.KompetensiA ? "Analisis" : "Komunikasi", StringComparison.Ordinal)).Children[kolom].TextContent.Trim();
        Assert.Equal(("2", "1", "1"), (Sel(u.KompetensiA, 1), Sel(u.KompetensiA, 2), Sel(u.KompetensiA, 3)));
        Assert.Equal(("2", "0", "2"), (Sel(u.KompetensiB, 1), Sel(u.KompetensiB, 2), Sel(u.KompetensiB, 3)));
        Assert.Equal(2, unit.QuerySelectorAll("[data-testid=pegawai-kesenjangan] tbody tr").Length);

        // 9-box: Sangat Baik and potensi 85 (above the default 80) is box 9; the second employee cannot be placed.
        var talenta = await admin.GetDocumentAsync($"/Kompetensi/Talenta?tahun={u.Tahun.Nomor}&unitId={u.UnitId}&kotak=9");
        Assert.Equal("1", talenta.QuerySelector("[data-testid=kotak-talenta] td[data-kotak='9'] [data-testid=jumlah]")!.TextContent.Trim());
        Assert.Equal(8, talenta.QuerySelectorAll("[data-testid=kotak-talenta] [data-testid=jumlah]").Count(j => j.TextContent.Trim() == "0"));
        Assert.Contains("Talenta Satu", Assert.Single(talenta.QuerySelectorAll("[data-testid=daftar-kotak] tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Contains("Talenta Dua", talenta.QuerySelector("[data-testid=belum-dipetakan]")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class KompetensiTestsSqlite(SqliteAppFactory factory) : KompetensiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class KompetensiTestsPostgres(PostgresAppFactory factory) : KompetensiTests(factory), IClassFixture<PostgresAppFactory>;
