using System.Data.Common;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.SasaranOrganisasi;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;
using SasaranEntity = SiKinerja.Domain.Skp.SasaranOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>Organisation targets: who may maintain them, the forms, history, and the look-ups the SKP editor uses.</summary>
public abstract class SasaranOrganisasiTests(SiKinerjaAppFactory factory)
{
    private static int _tahun = 2030;

    /// <summary>The fixture's database is shared by the tests of a class, so each test works in its own year.</summary>
    private static int TahunBaru() => Interlocked.Increment(ref _tahun);

    private async Task<HtmlClient> MasukAsync(Func<OrganisasiUji, AkunUji> akun)
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun(org).Login, TestData.Password);
        return client;
    }

    private Task<int> SasaranAsync(int unitId, int tahun, string teks, string? kode = null, bool aktif = true) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var s = new SasaranEntity(unitId, tahun, JenisSasaranOrganisasi.PerjanjianKinerja, kode, teks, null, null);
            if (!aktif)
            {
                s.Nonaktifkan();
            }

            db.SasaranOrganisasi.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });

    private Task<SasaranEntity> SasaranDbAsync(int id) => BacaAsync(factory, db => db.SasaranOrganisasi.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task<T> QueriesAsync<T>(Func<SasaranOrganisasiQueries, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<SasaranOrganisasiQueries>()));

    private static int IdDari(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AdminBkd_CreatesEditsAndDeactivates_WithHistory_AndTextShownEscaped()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = TahunBaru();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var id = IdDari(await admin.SubmitAsync("/SasaranOrganisasi/Tambah", new Dictionary<string, string>
        {
            ["UnitKerjaId"] = Id(org.UnitDinasId), ["Tahun"] = Id(tahun), ["Jenis"] = "Renstra", ["Kode"] = " S.1 ",
            ["Teks"] = "<script>alert(1)</script> Meningkatnya pelayanan", ["Indikator"] = "Indeks kepuasan", ["Target"] = "85 %",
        }));
        var url = $"/SasaranOrganisasi/Ubah/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Target"] = "90 %", ["Jenis"] = "PerjanjianKinerja" })).StatusCode);

        var db = await SasaranDbAsync(id);
        Assert.Equal(
            (org.UnitDinasId, tahun, JenisSasaranOrganisasi.PerjanjianKinerja, "S.1", "<script>alert(1)</script> Meningkatnya pelayanan", "Indeks kepuasan", "90 %", true, 2),
            (db.UnitKerjaId, db.Tahun, db.Jenis, db.Kode, db.Teks, db.Indikator, db.Target, db.Aktif, db.Version));
        var raw = await (await admin.Http.GetAsync($"/SasaranOrganisasi/Detail/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        var detail = await admin.GetDocumentAsync($"/SasaranOrganisasi/Detail/{id}");
        Assert.Contains("90 %", detail.QuerySelector("[data-testid=riwayat]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/SasaranOrganisasi/Detail/{id}", new Dictionary<string, string>(), "[data-testid=form-nonaktifkan]")).StatusCode);
        Assert.False((await SasaranDbAsync(id)).Aktif);
        var audit = await BacaAsync(factory, d => d.AuditEntries.AsNoTracking().Where(a => a.Entitas == typeof(SasaranEntity).Name && a.EntitasId == id).ToListAsync());
        Assert.Equal([AksiAudit.Tambah, AksiAudit.Ubah, AksiAudit.Ubah], audit.OrderBy(a => a.Id).Select(a => a.Aksi));
        Assert.All(audit, a => Assert.Equal(org.AdminBkd.Login, a.Pengguna));

        var daftar = await admin.GetDocumentAsync($"/SasaranOrganisasi?tahun={tahun}&unitId={org.UnitDinasId}");
        Assert.Null(daftar.QuerySelector("[data-testid=daftar-sasaran]"));
        var semua = await admin.GetDocumentAsync($"/SasaranOrganisasi?tahun={tahun}&unitId={org.UnitDinasId}&semua=true&q=pelayanan");
        Assert.Contains("S.1 — <script>", semua.QuerySelector("[data-testid=daftar-sasaran]")!.TextContent, StringComparison.Ordinal);
        var inaktifUbah = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Teks"] = "Lain" }));
        Assert.Contains("nonaktif", inaktifUbah.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_BadInput_ShowsMessagesBesideFields_AndKeepsInput()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = TahunBaru();
        await SasaranAsync(org.UnitDinasId, tahun, "Sasaran pertama", "S.1");
        using var admin = await MasukAsync(o => o.AdminBkd);

        var kosong = await HtmlClient.ParseAsync(await admin.SubmitAsync("/SasaranOrganisasi/Tambah", new Dictionary<string, string>
        {
            ["UnitKerjaId"] = Id(org.UnitBidangId), ["Tahun"] = "1999", ["Teks"] = "  ", ["Kode"] = new string('k', 40),
        }));
        var ganda = await HtmlClient.ParseAsync(await admin.SubmitAsync("/SasaranOrganisasi/Tambah", new Dictionary<string, string>
        {
            ["UnitKerjaId"] = Id(org.UnitDinasId), ["Tahun"] = Id(tahun), ["Teks"] = "Sasaran kedua", ["Kode"] = "S.1", ["Jenis"] = "Lain",
        }));

        Assert.Contains("Perangkat daerah tidak dikenal", kosong.QuerySelector("[data-valmsg-for=UnitKerjaId]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("antara 2020 dan 2100", kosong.QuerySelector("[data-valmsg-for=Tahun]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("wajib diisi", kosong.QuerySelector("[data-valmsg-for=Teks]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Maksimal 32", kosong.QuerySelector("[data-valmsg-for=Kode]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("sudah dipakai", ganda.QuerySelector("[data-valmsg-for=Kode]")!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ganda.QuerySelector("[data-valmsg-for=Jenis]")!.TextContent));
        Assert.Equal("Sasaran kedua", ganda.QuerySelector<IHtmlTextAreaElement>("#Teks")!.Value);
    }

    [Fact]
    public async Task Ubah_StaleVersion_ShowsConflictAndKeepsInput()
    {
        var org = await factory.OrganisasiAsync();
        var id = await SasaranAsync(org.UnitDinasId, TahunBaru(), "Sasaran awal");
        using var admin = await MasukAsync(o => o.AdminBkd);
        var url = $"/SasaranOrganisasi/Ubah/{id}";
        var stale = (await admin.GetDocumentAsync(url)).QuerySelector<IHtmlInputElement>("#Version")!.Value;

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Teks"] = "Teks pertama" })).StatusCode);
        var doc = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Teks"] = "Teks kedua", ["Version"] = stale }));

        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Teks kedua", doc.QuerySelector<IHtmlTextAreaElement>("#Teks")!.Value);
        Assert.Equal("Teks pertama", (await SasaranDbAsync(id)).Teks);
    }

    [Fact]
    public async Task UnitHead_MaintainsOwnUnitOnly_OthersGet403()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = TahunBaru();
        var bkd = await BacaAsync(factory, db => db.UnitKerja.Where(u => u.Nama == "Badan Kepegawaian Uji").Select(u => u.Id).SingleAsync());
        var milikBkd = await SasaranAsync(bkd, tahun, "Sasaran BKD");
        var milikDinas = await SasaranAsync(org.UnitDinasId, tahun, "Sasaran Dinas");
        using var kadis = await MasukAsync(o => o.Kadis);
        using var kabid = await MasukAsync(o => o.Kabid);
        using var staf = await MasukAsync(o => o.Staf);

        var beranda = await kadis.GetDocumentAsync("/");
        Assert.NotNull(beranda.QuerySelector("a[href='/SasaranOrganisasi']"));
        var daftar = await kadis.GetDocumentAsync($"/SasaranOrganisasi?tahun={tahun}");
        var teks = daftar.QuerySelector("[data-testid=daftar-sasaran]")!.TextContent;
        Assert.Contains("Sasaran Dinas", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Sasaran BKD", teks, StringComparison.Ordinal);
        var form = await kadis.GetDocumentAsync("/SasaranOrganisasi/Tambah");
        Assert.Equal([Id(org.UnitDinasId)], form.QuerySelectorAll("#UnitKerjaId option").Select(o => o.GetAttribute("value")).Where(v => v != ""));
        var id = IdDari(await kadis.SubmitAsync("/SasaranOrganisasi/Tambah", new Dictionary<string, string> { ["Tahun"] = Id(tahun), ["Teks"] = "Sasaran oleh kepala" }));
        Assert.Equal(org.UnitDinasId, (await SasaranDbAsync(id)).UnitKerjaId);
        Assert.Equal(HttpStatusCode.Redirect, (await kadis.SubmitAsync($"/SasaranOrganisasi/Ubah/{milikDinas}", new Dictionary<string, string> { ["Teks"] = "Diubah kepala" })).StatusCode);

        // A forged unit, another unit's record (read, edit, deactivate), a non-head supervisor and a staff member.
        var palsu = await kadis.SubmitAsync("/SasaranOrganisasi/Tambah", new Dictionary<string, string> { ["UnitKerjaId"] = Id(bkd), ["Tahun"] = Id(tahun), ["Teks"] = "Palsu" });
        Assert.Equal(HttpStatusCode.Forbidden, palsu.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kadis.Http.GetAsync($"/SasaranOrganisasi/Detail/{milikBkd}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kadis.Http.GetAsync($"/SasaranOrganisasi/Ubah/{milikBkd}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kadis.Http.GetAsync($"/SasaranOrganisasi?unitId={bkd}")).StatusCode);
        var token = (await kadis.GetDocumentAsync($"/SasaranOrganisasi/Detail/{milikDinas}"))
            .QuerySelector<IHtmlInputElement>("[data-testid=form-nonaktifkan] input[name=__RequestVerificationToken]")!.Value;
        var nonaktif = await kadis.Http.PostAsync($"/SasaranOrganisasi/Nonaktifkan/{milikBkd}", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["version"] = "1", ["__RequestVerificationToken"] = token }));
        Assert.True(nonaktif.StatusCode == HttpStatusCode.Forbidden, await nonaktif.Content.ReadAsStringAsync());
        Assert.True((await SasaranDbAsync(milikBkd)).Aktif);
        Assert.Equal(HttpStatusCode.NotFound, (await kadis.Http.GetAsync("/SasaranOrganisasi/Detail/999999")).StatusCode);
        foreach (var c in new[] { kabid, staf })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync("/SasaranOrganisasi")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync($"/SasaranOrganisasi/Detail/{milikDinas}")).StatusCode);
            Assert.Null((await c.GetDocumentAsync("/")).QuerySelector("a[href='/SasaranOrganisasi']"));
        }

        Assert.Equal("Diubah kepala", (await SasaranDbAsync(milikDinas)).Teks);
    }

    [Fact]
    public async Task UnitDipimpin_HolderAndPlt_OfTheTopManagerialPositionOfAPerangkatDaerah()
    {
        var org = await factory.OrganisasiAsync();
        var badan = await UnitAsync(factory, NamaUnik("Badan"), org.UnitRootId);
        var bidang = await UnitAsync(factory, NamaUnik("Bidang"), badan, JenisUnitKerja.BidangBagian);
        var kepala = await JabatanAsync(factory, "Kepala Badan", JenisJabatan.JptPratama, badan, org.JabatanKadisId);
        var sekretaris = await JabatanAsync(factory, "Sekretaris", JenisJabatan.Administrator, badan, kepala);
        var kabid = await JabatanAsync(factory, "Kepala Bidang", JenisJabatan.Administrator, bidang, kepala);
        var analis = await JabatanAsync(factory, "Analis", JenisJabatan.Pelaksana, badan);
        var pKepala = await PegawaiAsync(factory, "Kepala", kepala);
        var pSekretaris = await PegawaiAsync(factory, "Sekretaris", sekretaris);
        var pKabid = await PegawaiAsync(factory, "Kabid", kabid);
        var pAnalis = await PegawaiAsync(factory, "Analis", analis);

        Assert.Equal([badan], await QueriesAsync(q => q.UnitDipimpinAsync(pKepala, default)));
        Assert.Equal([org.UnitDinasId], await QueriesAsync(q => q.UnitDipimpinAsync(org.Kadis.PegawaiId!.Value, default)));
        foreach (var p in new[] { pSekretaris, pKabid, pAnalis, org.Kabid.PegawaiId!.Value })
        {
            Assert.Empty(await QueriesAsync(q => q.UnitDipimpinAsync(p, default)));
        }

        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var j = await db.Jabatan.SingleAsync(x => x.Id == kepala);
            j.TunjukPengganti(pSekretaris, JenisPengganti.Plt);
            await db.SaveChangesAsync();
        });
        Assert.Equal([badan], await QueriesAsync(q => q.UnitDipimpinAsync(pSekretaris, default)));
    }

    [Fact]
    public async Task Pilihan_ActiveTargetsOfTheEmployeesPerangkatDaerahAndYear_InOneQuery()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = TahunBaru();
        var bkd = await BacaAsync(factory, db => db.UnitKerja.Where(u => u.Nama == "Badan Kepegawaian Uji").Select(u => u.Id).SingleAsync());
        var b = await SasaranAsync(org.UnitDinasId, tahun, "Sasaran B", "S.2");
        var a = await SasaranAsync(org.UnitDinasId, tahun, "Sasaran A", "S.1");
        var tanpaKode = await SasaranAsync(org.UnitDinasId, tahun, "Sasaran tanpa kode");
        var nonaktif = await SasaranAsync(org.UnitDinasId, tahun, "Sasaran nonaktif", aktif: false);
        var tahunLain = await SasaranAsync(org.UnitDinasId, tahun + 1, "Sasaran tahun lain");
        var unitLain = await SasaranAsync(bkd, tahun, "Sasaran BKD");

        // The Kepala Dinas's position is in the Dinas itself; the staff member's in a Bidang below it.
        foreach (var pegawai in new[] { org.Kadis.PegawaiId!.Value, org.Staf.PegawaiId!.Value })
        {
            var pilihan = await QueriesAsync(q => q.PilihanAsync(pegawai, tahun, default));
            Assert.Equal([new PilihanSasaran(a, "S.1 — Sasaran A"), new PilihanSasaran(b, "S.2 — Sasaran B"), new PilihanSasaran(tanpaKode, "Sasaran tanpa kode")], pilihan);
            Assert.True(await QueriesAsync(q => q.BolehDipakaiAsync(pegawai, tahun, a, default)));
            foreach (var tidak in new[] { nonaktif, tahunLain, unitLain, 999999 })
            {
                Assert.False(await QueriesAsync(q => q.BolehDipakaiAsync(pegawai, tahun, tidak, default)));
            }
        }

        Assert.Equal([unitLain], (await QueriesAsync(q => q.PilihanAsync(org.AdminBkd.PegawaiId!.Value, tahun, default))).Select(p => p.Id));
        var (jumlah, hasil) = await factory.WithScopeAsync(async sp =>
        {
            var penghitung = new PenghitungPerintah();
            var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
            await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
            var r = await new SasaranOrganisasiQueries(db).PilihanAsync(org.Staf.PegawaiId!.Value, tahun, default);
            return (penghitung.Jumlah, r.Count);
        });
        Assert.Equal((1, 3), (jumlah, hasil));
    }

    [Fact]
    public async Task Rhk_LinksToTarget_WhichCannotBeDeleted()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = TahunBaru();
        var sasaran = await SasaranAsync(org.UnitDinasId, tahun, "Sasaran tertaut");
        var skpId = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var th = Domain.Periode.TahunKinerja.Buka(tahun, Domain.Periode.JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
            db.TahunKinerja.Add(th);
            await db.SaveChangesAsync();
            var skp = Skp.Buat(th.Id, tahun, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), PendekatanSkp.Kuantitatif,
                new SnapshotSkp(new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala Dinas", "Dinas Uji"), null, null),
                org.Kadis.Login, DateTime.UtcNow);
            skp.TambahRhk(JenisRhk.Utama, "Hasil kerja kepala", null, sasaran);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });

        Assert.Equal(sasaran, await BacaAsync(factory, db => db.Skp.Where(s => s.Id == skpId).SelectMany(s => s.Rhk).Select(r => r.SasaranOrganisasiId).SingleAsync()));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.SasaranOrganisasi.Remove(await db.SasaranOrganisasi.SingleAsync(s => s.Id == sasaran));
            await db.SaveChangesAsync();
        }));
        using var admin = await MasukAsync(o => o.AdminBkd);
        Assert.Contains("1 RHK", (await admin.GetDocumentAsync($"/SasaranOrganisasi/Detail/{sasaran}")).QuerySelector("[data-testid=data-sasaran]")!.TextContent, StringComparison.Ordinal);

        // Deactivated later, the target still reads in the plan that links to it.
        await BacaAsync(factory, async db =>
        {
            (await db.SasaranOrganisasi.SingleAsync(s => s.Id == sasaran)).Nonaktifkan();
            return await db.SaveChangesAsync();
        });
        var detail = await admin.GetDocumentAsync($"/Skp/Detail/{skpId}");
        Assert.Contains("Sasaran tertaut", detail.QuerySelector("[data-testid=hasil-kerja]")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SasaranOrganisasiTestsSqlite(SqliteAppFactory factory) : SasaranOrganisasiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SasaranOrganisasiTestsPostgres(PostgresAppFactory factory) : SasaranOrganisasiTests(factory), IClassFixture<PostgresAppFactory>;
