using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>Who looks at an evaluation of a new employee whose pejabat penilai is the Kabid and atasan penilai the Kadis.</summary>
public enum AktorEvaluasi
{
    Pegawai,
    PejabatPenilai,
    AtasanPejabatPenilai,
    AdminBkd,
    PegawaiLain,
}

/// <summary>
/// Issue 4 parts 5 and 7 on both databases: acknowledging, keberatan and its decision, reopening, as a matrix of who may do
/// what (refusals change nothing); the deadline; stale forms; the history; the lists and the home page.
/// </summary>
public abstract class HasilEvaluasiTests(SiKinerjaAppFactory factory)
{
    private const string Jahat = "<script>alert(1)</script>";

    private sealed record Kasus(int EvaluasiId, int SkpId, Tahun Tahun, AkunUji Pegawai, OrganisasiUji Org);

    /// <summary>A new employee (staff of the Kabid) with an approved SKP of a new year and an evaluation of semester I in <paramref name="status"/>.</summary>
    private async Task<Kasus> KasusAsync(StatusEvaluasi status, DateTime? finalUtc = null)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync(factory);
        var skpId = await SkpDisetujuiAsync(
            factory, tahun, Pejabat(pegawai, "Pengadministrasi Perkantoran", "Bidang Uji"), Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"),
            Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
        var id = await EvaluasiAsync(
            factory, skpId, tahun.PeriodeId[0], org.UnitBidangId, status, Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, finalUtc, org.Kabid.Login, pegawai.Login);
        return new Kasus(id, skpId, tahun, pegawai, org);
    }

    private static AkunUji Akun(Kasus k, AktorEvaluasi aktor) => aktor switch
    {
        AktorEvaluasi.Pegawai => k.Pegawai,
        AktorEvaluasi.PejabatPenilai => k.Org.Kabid,
        AktorEvaluasi.AtasanPejabatPenilai => k.Org.Kadis,
        AktorEvaluasi.AdminBkd => k.Org.AdminBkd,
        _ => k.Org.Staf,
    };

    /// <summary>The expected answer: allowed (302), 403 for the SKP's other people and the Admin BKD, 404 for anyone else.</summary>
    private static HttpStatusCode Harapan(AktorEvaluasi aktor, AktorEvaluasi boleh) =>
        aktor == boleh ? HttpStatusCode.Redirect : aktor == AktorEvaluasi.PegawaiLain ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;

    public static TheoryData<AktorEvaluasi> SemuaAktor() => [.. Enum.GetValues<AktorEvaluasi>()];

    private async Task AssertMatriksAsync(AktorEvaluasi aktor, AktorEvaluasi boleh, StatusEvaluasi awal, StatusEvaluasi sesudah, string url, Dictionary<string, string> isian)
    {
        var k = await KasusAsync(awal);
        var sebelum = await MuatAsync(factory, k.EvaluasiId);
        var sesi = await MasukAsync(factory, Akun(k, aktor));

        var response = await PostAsync(sesi, string.Format(System.Globalization.CultureInfo.InvariantCulture, url, k.EvaluasiId),
            new(isian.Select(x => KeyValuePair.Create(x.Key, x.Value.Replace("{v}", sebelum.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))));

        var expected = Harapan(aktor, boleh);
        Assert.True(response.StatusCode == expected, $"{aktor}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        var kini = await MuatAsync(factory, k.EvaluasiId);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal(sesudah, kini.Status);
            Assert.Equal(Akun(k, aktor).Login, kini.Riwayat[^1].PelakuNip);
        }
        else
        {
            Assert.Equal((sebelum.Status, sebelum.Version, sebelum.Riwayat.Count), (kini.Status, kini.Version, kini.Riwayat.Count));
        }
    }

    [Theory]
    [MemberData(nameof(SemuaAktor))]
    public Task Terima_OnlyTheEmployee(AktorEvaluasi aktor) => AssertMatriksAsync(
        aktor, AktorEvaluasi.Pegawai, StatusEvaluasi.Final, StatusEvaluasi.Diterima, "/HasilEvaluasi/{0}/Terima", new() { ["Terima.Version"] = "{v}" });

    [Theory]
    [MemberData(nameof(SemuaAktor))]
    public Task Keberatan_OnlyTheEmployee(AktorEvaluasi aktor) => AssertMatriksAsync(
        aktor, AktorEvaluasi.Pegawai, StatusEvaluasi.Final, StatusEvaluasi.Keberatan, "/HasilEvaluasi/{0}/Keberatan",
        new() { ["Keberatan.Version"] = "{v}", ["Keberatan.Alasan"] = "Bukti dukung belum dipertimbangkan" });

    [Theory]
    [MemberData(nameof(SemuaAktor))]
    public Task TolakKeberatan_OnlyTheAtasanPejabatPenilai(AktorEvaluasi aktor) => AssertMatriksAsync(
        aktor, AktorEvaluasi.AtasanPejabatPenilai, StatusEvaluasi.Keberatan, StatusEvaluasi.Final, "/HasilEvaluasi/Keberatan/{0}/Tolak",
        new() { ["TolakKeberatan.Version"] = "{v}", ["TolakKeberatan.Alasan"] = "Penilaian sesuai bukti" });

    [Theory]
    [MemberData(nameof(SemuaAktor))]
    public Task TerimaKeberatan_OnlyTheAtasanPejabatPenilai(AktorEvaluasi aktor) => AssertMatriksAsync(
        aktor, AktorEvaluasi.AtasanPejabatPenilai, StatusEvaluasi.Keberatan, StatusEvaluasi.Dinilai, "/HasilEvaluasi/Keberatan/{0}/Terima",
        new() { ["TerimaKeberatan.Version"] = "{v}" });

    [Theory]
    [MemberData(nameof(SemuaAktor))]
    public Task BukaKembali_OnlyTheAdminBkd(AktorEvaluasi aktor) => AssertMatriksAsync(
        aktor, AktorEvaluasi.AdminBkd, StatusEvaluasi.Diterima, StatusEvaluasi.Dinilai, "/HasilEvaluasi/{0}/BukaKembali",
        new() { ["BukaKembali.Version"] = "{v}", ["BukaKembali.Alasan"] = "Salah input rating" });

    [Theory]
    [InlineData(AktorEvaluasi.Pegawai, HttpStatusCode.OK)]
    [InlineData(AktorEvaluasi.PejabatPenilai, HttpStatusCode.OK)]
    [InlineData(AktorEvaluasi.AtasanPejabatPenilai, HttpStatusCode.OK)]
    [InlineData(AktorEvaluasi.AdminBkd, HttpStatusCode.OK)]
    [InlineData(AktorEvaluasi.PegawaiLain, HttpStatusCode.NotFound)]
    public async Task Detail_ReadBySkpPeopleAndAdminBkd_OthersGet404(AktorEvaluasi aktor, HttpStatusCode harapan)
    {
        var k = await KasusAsync(StatusEvaluasi.Keberatan);
        var sesi = await MasukAsync(factory, Akun(k, aktor));

        Assert.Equal(harapan, (await sesi.Client.Http.GetAsync($"/HasilEvaluasi/{k.EvaluasiId}")).StatusCode);
        var putusan = (await sesi.Client.Http.GetAsync($"/HasilEvaluasi/Keberatan/{k.EvaluasiId}")).StatusCode;
        Assert.Equal(
            aktor switch { AktorEvaluasi.AtasanPejabatPenilai => HttpStatusCode.OK, AktorEvaluasi.PegawaiLain => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden },
            putusan);
    }

    [Fact]
    public async Task Detail_ShowsRatingsPredikatHistoryAndDeadline_ToTheEmployee_WithBothActions()
    {
        var k = await KasusAsync(StatusEvaluasi.Final);
        var sesi = await MasukAsync(factory, k.Pegawai);

        var doc = await sesi.Client.GetDocumentAsync($"/HasilEvaluasi/{k.EvaluasiId}");

        Assert.Equal("Final", doc.QuerySelector("[data-testid=status-evaluasi]")!.GetAttribute("data-status"));
        Assert.Equal("Di Atas Ekspektasi", doc.QuerySelector("[data-testid=rating-hasil]")!.TextContent.Trim());
        Assert.Equal("Baik", doc.QuerySelector("[data-testid=predikat]")!.TextContent.Trim());
        Assert.Equal(["Dinilai", "Difinalkan"], doc.QuerySelectorAll("[data-testid=riwayat-evaluasi] li").Select(l => l.GetAttribute("data-peristiwa")!));
        Assert.Contains(k.Org.Kabid.Nama, doc.QuerySelector("[data-testid=riwayat-evaluasi]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("[data-testid=form-terima]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=form-keberatan]"));
        Assert.Contains("ajukan keberatan sampai", doc.QuerySelector("[data-testid=batas-keberatan]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[data-testid=form-buka-kembali]"));
    }

    [Fact]
    public async Task Keberatan_AfterTheDeadline_ButtonIsGone_AndAPostIsRefusedWithAMessage()
    {
        var k = await KasusAsync(StatusEvaluasi.Final, DateTime.UtcNow.AddDays(-(AturanEvaluasi.Bawaan.BatasHariKeberatan + 1)));
        var sesi = await MasukAsync(factory, k.Pegawai);

        var doc = await sesi.Client.GetDocumentAsync($"/HasilEvaluasi/{k.EvaluasiId}");
        Assert.Null(doc.QuerySelector("[data-testid=form-keberatan]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=batas-lewat]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=form-terima]"));

        var response = await PostAsync(sesi, $"/HasilEvaluasi/{k.EvaluasiId}/Keberatan", new()
        {
            ["Keberatan.Version"] = (await MuatAsync(factory, k.EvaluasiId)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Keberatan.Alasan"] = "Terlambat",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var halaman = await HtmlClient.ParseAsync(response);
        Assert.Contains("Batas waktu pengajuan keberatan (14 hari sejak evaluasi final) sudah lewat.", halaman.QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatusEvaluasi.Final, (await MuatAsync(factory, k.EvaluasiId)).Status);
    }

    [Fact]
    public async Task Keberatan_WithoutAReason_StaysOnTheFormWithAMessage()
    {
        var k = await KasusAsync(StatusEvaluasi.Final);
        var sesi = await MasukAsync(factory, k.Pegawai);

        var response = await sesi.Client.SubmitAsync($"/HasilEvaluasi/{k.EvaluasiId}", new Dictionary<string, string> { ["Keberatan.Alasan"] = "   " }, "[data-testid=form-keberatan]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal("Alasan wajib diisi.", doc.QuerySelector("[data-valmsg-for='Keberatan.Alasan']")!.TextContent.Trim());
        Assert.Equal(StatusEvaluasi.Final, (await MuatAsync(factory, k.EvaluasiId)).Status);
    }

    [Fact]
    public async Task StalePage_GetsTheConflictMessage_AndChangesNothing()
    {
        var k = await KasusAsync(StatusEvaluasi.Final);
        var sesi = await MasukAsync(factory, k.Pegawai);
        var lama = await sesi.Client.GetDocumentAsync($"/HasilEvaluasi/{k.EvaluasiId}");
        Assert.Equal(HttpStatusCode.Redirect, (await sesi.Client.SubmitDocumentAsync(lama, $"/HasilEvaluasi/{k.EvaluasiId}", new Dictionary<string, string>(), "[data-testid=form-terima]")).StatusCode);

        var response = await sesi.Client.SubmitDocumentAsync(
            lama, $"/HasilEvaluasi/{k.EvaluasiId}", new Dictionary<string, string> { ["Keberatan.Alasan"] = "Dari tab lama" }, "[data-testid=form-keberatan]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("telah diubah oleh pengguna lain", doc.QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);
        var e = await MuatAsync(factory, k.EvaluasiId);
        Assert.Equal((StatusEvaluasi.Diterima, (string?)null), (e.Status, e.AlasanKeberatan));
    }

    [Fact]
    public async Task FinalEvaluation_ChangesOnlyThroughTheRecordedKeberatanDecisionOrReopening()
    {
        var k = await KasusAsync(StatusEvaluasi.Final);
        var pegawai = await MasukAsync(factory, k.Pegawai);
        var atasan = await MasukAsync(factory, k.Org.Kadis);
        var admin = await MasukAsync(factory, k.Org.AdminBkd);
        async Task<string> VAsync() => (await MuatAsync(factory, k.EvaluasiId)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The penilai's scoring belongs to another page; the final scores are not editable from here by anyone.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pegawai, $"/HasilEvaluasi/{k.EvaluasiId}/Keberatan",
            new() { ["Keberatan.Version"] = await VAsync(), ["Keberatan.Alasan"] = "Alasan " + Jahat })).StatusCode);
        // While the keberatan waits, the Admin BKD cannot reopen (the atasan decides first): a message, nothing changes.
        var tunggu = await PostAsync(admin, $"/HasilEvaluasi/{k.EvaluasiId}/BukaKembali", new() { ["BukaKembali.Version"] = await VAsync(), ["BukaKembali.Alasan"] = "Coba" });
        Assert.Equal(HttpStatusCode.OK, tunggu.StatusCode);
        Assert.Contains("tidak dapat dilakukan pada status", (await HtmlClient.ParseAsync(tunggu)).QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(atasan, $"/HasilEvaluasi/Keberatan/{k.EvaluasiId}/Tolak",
            new() { ["TolakKeberatan.Version"] = await VAsync(), ["TolakKeberatan.Alasan"] = "Sesuai bukti " + Jahat })).StatusCode);
        // Once rejected, no second keberatan: the domain's message.
        var lagi = await PostAsync(pegawai, $"/HasilEvaluasi/{k.EvaluasiId}/Keberatan", new() { ["Keberatan.Version"] = await VAsync(), ["Keberatan.Alasan"] = "Lagi" });
        Assert.Equal(HttpStatusCode.OK, lagi.StatusCode);
        Assert.Contains("sudah pernah diajukan", (await HtmlClient.ParseAsync(lagi)).QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pegawai, $"/HasilEvaluasi/{k.EvaluasiId}/Terima", new() { ["Terima.Version"] = await VAsync() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, $"/HasilEvaluasi/{k.EvaluasiId}/BukaKembali",
            new() { ["BukaKembali.Version"] = await VAsync(), ["BukaKembali.Alasan"] = "Data realisasi terlambat masuk" })).StatusCode);

        var e = await MuatAsync(factory, k.EvaluasiId);
        Assert.Equal(StatusEvaluasi.Dinilai, e.Status);
        Assert.Equal(
            [
                (PeristiwaEvaluasi.Dinilai, k.Org.Kabid.Login, (string?)null),
                (PeristiwaEvaluasi.Difinalkan, k.Org.Kabid.Login, null),
                (PeristiwaEvaluasi.KeberatanDiajukan, k.Pegawai.Login, "Alasan " + Jahat),
                (PeristiwaEvaluasi.KeberatanDitolak, k.Org.Kadis.Login, "Sesuai bukti " + Jahat),
                (PeristiwaEvaluasi.Diterima, k.Pegawai.Login, null),
                (PeristiwaEvaluasi.DibukaKembali, k.Org.AdminBkd.Login, "Data realisasi terlambat masuk"),
            ],
            e.Riwayat.Select(r => (r.Peristiwa, r.PelakuNip, r.Catatan)));
        var audit = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.Entitas == nameof(EvaluasiPeriode) && a.EntitasId == k.EvaluasiId));
        Assert.True(audit >= 5, $"{audit} audit rows");

        // The hostile text is shown escaped to everyone who reads it.
        var html = await (await admin.Client.Http.GetAsync($"/HasilEvaluasi/{k.EvaluasiId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Jahat, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // The pejabat penilai is sent to the scoring page for the new decision.
        var penilai = await MasukAsync(factory, k.Org.Kabid);
        var doc = await penilai.Client.GetDocumentAsync($"/HasilEvaluasi/{k.EvaluasiId}");
        Assert.Equal($"/Evaluasi/Nilai/{k.SkpId}/{k.Tahun.PeriodeId[0]}", doc.QuerySelector("[data-testid=tautan-nilai]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Keputusan_ShownToTheEmployee_AndTheInboxListsOnlyMyKeberatan()
    {
        var k = await KasusAsync(StatusEvaluasi.Keberatan);
        var atasan = await MasukAsync(factory, k.Org.Kadis);
        var kotak = await atasan.Client.GetDocumentAsync("/HasilEvaluasi/Keberatan");
        Assert.NotNull(kotak.QuerySelector($"[data-testid=kotak-keberatan] tr[data-evaluasi='{k.EvaluasiId}']"));
        var penilai = await MasukAsync(factory, k.Org.Kabid);
        Assert.Null((await penilai.Client.GetDocumentAsync("/HasilEvaluasi/Keberatan")).QuerySelector($"tr[data-evaluasi='{k.EvaluasiId}']"));

        var putusan = await atasan.Client.GetDocumentAsync($"/HasilEvaluasi/Keberatan/{k.EvaluasiId}");
        Assert.Equal("Realisasi belum dihitung seluruhnya", putusan.QuerySelector("[data-testid=alasan-keberatan]")!.TextContent.Trim());
        Assert.Equal("Baik", putusan.QuerySelector("[data-testid=predikat]")!.TextContent.Trim());
        var kosong = await atasan.Client.SubmitDocumentAsync(putusan, $"/HasilEvaluasi/Keberatan/{k.EvaluasiId}", new Dictionary<string, string>(), "[data-testid=form-tolak-keberatan]");
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        Assert.Equal("Alasan wajib diisi.", (await HtmlClient.ParseAsync(kosong)).QuerySelector("[data-valmsg-for='TolakKeberatan.Alasan']")!.TextContent.Trim());
        var terima = await atasan.Client.SubmitDocumentAsync(
            putusan, $"/HasilEvaluasi/Keberatan/{k.EvaluasiId}", new Dictionary<string, string> { ["TerimaKeberatan.Catatan"] = "Mohon dinilai ulang" }, "[data-testid=form-terima-keberatan]");
        Assert.Equal(HttpStatusCode.Redirect, terima.StatusCode);

        var pegawai = await MasukAsync(factory, k.Pegawai);
        var doc = await pegawai.Client.GetDocumentAsync($"/HasilEvaluasi/{k.EvaluasiId}");
        Assert.Equal("diterima", doc.QuerySelector("[data-testid=keputusan-keberatan]")!.GetAttribute("data-keputusan"));
        Assert.Contains("Mohon dinilai ulang", doc.QuerySelector("[data-testid=keputusan-keberatan]")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await atasan.Client.GetDocumentAsync("/HasilEvaluasi/Keberatan")).QuerySelector($"tr[data-evaluasi='{k.EvaluasiId}']"));
    }

    [Fact]
    public async Task Index_ListsMyPeriods_WithTheEvaluationOrNone()
    {
        var k = await KasusAsync(StatusEvaluasi.Final);
        var sesi = await MasukAsync(factory, k.Pegawai);

        var doc = await sesi.Client.GetDocumentAsync("/HasilEvaluasi");

        var baris = doc.QuerySelectorAll("[data-testid=daftar-evaluasi] tbody tr").ToList();
        Assert.Equal(2, baris.Count); // semester II (no evaluation yet), then semester I (final)
        Assert.Equal(["", "Final"], baris.Select(b => b.GetAttribute("data-status") ?? ""));
        Assert.Contains("Baik", baris[1].TextContent, StringComparison.Ordinal);
        Assert.Null((await (await MasukAsync(factory, k.Org.Staf)).Client.GetDocumentAsync("/HasilEvaluasi")).QuerySelector($"tr[data-evaluasi='{k.EvaluasiId}']"));
    }

    [Fact]
    public async Task HomePage_ShowsTheEmployeesResponse_AndTheAtasansKeberatan()
    {
        var k = await KasusAsync(StatusEvaluasi.Final);
        var k2 = await KasusAsync(StatusEvaluasi.Keberatan);

        var pegawai = await (await MasukAsync(factory, k.Pegawai)).Client.GetDocumentAsync("/");
        var tanggapan = pegawai.QuerySelector("[data-testid=perlu-tindakan] li[data-kode='Beranda.Aksi.TanggapiEvaluasi']");
        Assert.NotNull(tanggapan);
        Assert.Contains($"Semester I {k.Tahun.Nomor} menunggu tanggapan Anda", tanggapan.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/HasilEvaluasi/{k.EvaluasiId}", tanggapan.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("false", tanggapan.GetAttribute("data-lewat"));

        var atasan = await (await MasukAsync(factory, k2.Org.Kadis)).Client.GetDocumentAsync("/");
        var keberatan = atasan.QuerySelector("[data-testid=perlu-tindakan] li[data-kode='Beranda.Aksi.PutuskanKeberatan']");
        Assert.NotNull(keberatan);
        Assert.Contains("keberatan menunggu keputusan", keberatan.TextContent, StringComparison.Ordinal);
    }
}

public sealed class HasilEvaluasiTestsSqlite(SqliteAppFactory factory) : HasilEvaluasiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class HasilEvaluasiTestsPostgres(PostgresAppFactory factory) : HasilEvaluasiTests(factory), IClassFixture<PostgresAppFactory>;
