using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// Development needs on both providers: recorded from the periodic and the annual evaluation page by the pejabat penilai or
/// the Admin BKD (the employee 403, a stranger 404), bad input kept on the form, followed to the verified activity that
/// completes it, cancelled with a reason (stale version refused), and listed per scope. Each test has its own year.
/// </summary>
public abstract class KebutuhanPengembanganTests(SiKinerjaAppFactory factory)
{
    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private async Task<HtmlClient> MasukAsync(AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(akun.Login, TestData.Password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string url, Dictionary<string, string> isian)
    {
        var doc = await client.GetDocumentAsync("/");
        var nilai = new Dictionary<string, string>(isian)
        {
            ["__RequestVerificationToken"] = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty,
        };
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(nilai));
    }

    /// <summary>A new year with the Staf's approved SKP (pejabat penilai: the Kabid) and an evaluation of its first period.</summary>
    private async Task<(OrganisasiUji Org, DataEvaluasi.Tahun Tahun, int SkpId, int PeriodeId, int EvaluasiId)> EvaluasiStafAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await DataEvaluasi.TahunAsync(factory, 2060);
        var skpId = await DataEvaluasi.SkpDisetujuiAsync(
            factory, tahun, DataEvaluasi.Pejabat(org.Staf, "Pengadministrasi Perkantoran", "Bidang Uji"),
            DataEvaluasi.Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"), DataEvaluasi.Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
        var periodeId = tahun.PeriodeId[0];
        var evaluasiId = await DataEvaluasi.EvaluasiAsync(factory, skpId, periodeId, org.UnitBidangId, StatusEvaluasi.Dinilai, penilaiNip: org.Kabid.Login, pegawaiNip: org.Staf.Login);
        return (org, tahun, skpId, periodeId, evaluasiId);
    }

    private static Dictionary<string, string> Periodik(int skpId, int periodeId, string uraian = "Pelatihan penyusunan laporan keuangan", string jenis = "Teknis") => new()
    {
        ["SkpId"] = skpId.ToString(CultureInfo.InvariantCulture),
        ["PeriodeId"] = periodeId.ToString(CultureInfo.InvariantCulture),
        ["JenisKompetensi"] = jenis,
        ["Uraian"] = uraian,
    };

    private Task<List<KebutuhanPengembangan>> KebutuhanAsync(int pegawaiId, int tahun) =>
        DenganDbAsync(db => db.KebutuhanPengembangan.AsNoTracking().Where(k => k.PegawaiId == pegawaiId && k.Tahun == tahun).OrderBy(k => k.Id).ToListAsync());

    [Fact]
    public async Task Penilai_RecordsFromPeriodicEvaluationPage_LinkedToEvaluation_Audited()
    {
        var (org, tahun, skpId, periodeId, evaluasiId) = await EvaluasiStafAsync();
        using var penilai = await MasukAsync(org.Kabid);
        var halaman = $"/Evaluasi/Nilai/{skpId}/{periodeId}";

        var panel = await penilai.GetDocumentAsync(halaman);
        Assert.NotNull(panel.QuerySelector("[data-testid=rekomendasi-pengembangan] [data-testid=form-kebutuhan]"));

        var response = await penilai.SubmitAsync(halaman, new Dictionary<string, string> { ["JenisKompetensi"] = "Manajerial", ["Uraian"] = "Kepemimpinan tim kecil" }, "[data-testid=form-kebutuhan]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(halaman, response.Headers.Location!.OriginalString);
        var k = Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));
        Assert.Equal(JenisKompetensi.Manajerial, k.JenisKompetensi);
        Assert.Equal("Kepemimpinan tim kecil", k.Uraian);
        Assert.Equal(evaluasiId, k.EvaluasiPeriodeId);
        Assert.Equal((AsalKebutuhan.EvaluasiPeriodik, skpId, periodeId), (k.Asal, k.SkpId, k.PeriodeEvaluasiId));
        Assert.Null(k.EvaluasiTahunanId);
        Assert.Equal(StatusKebutuhan.Terbuka, k.Status);
        Assert.Equal(org.Kabid.Login, k.DicatatOlehNip);
        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entitas == nameof(KebutuhanPengembangan) && a.EntitasId == k.Id));
        Assert.Equal(org.Kabid.Login, audit.Pengguna);

        var lagi = await penilai.GetDocumentAsync(halaman);
        var baris = Assert.Single(lagi.QuerySelectorAll("[data-testid=rekomendasi-pengembangan] [data-testid=kebutuhan]"));
        Assert.Contains("Kepemimpinan tim kecil", baris.TextContent, StringComparison.Ordinal);
        Assert.Equal("Terbuka", baris.GetAttribute("data-status"));

        // The employee reads the needs on the same page (no form); a colleague does not see the page at all.
        using var pemilik = await MasukAsync(org.Staf);
        var milik = await pemilik.GetDocumentAsync(halaman);
        Assert.Single(milik.QuerySelectorAll("[data-testid=rekomendasi-pengembangan] [data-testid=kebutuhan]"));
        Assert.Null(milik.QuerySelector("[data-testid=form-kebutuhan]"));
        using var rekan = await MasukAsync(org.Staf2);
        Assert.Equal(HttpStatusCode.NotFound, (await rekan.Http.GetAsync(halaman)).StatusCode);
    }

    [Fact]
    public async Task Catat_WhoMay_OwnerForbidden_StrangerNotFound_AdminAllowed_MissingSourceNotFound()
    {
        var (org, tahun, skpId, periodeId, _) = await EvaluasiStafAsync();
        using var pemilik = await MasukAsync(org.Staf);
        using var rekan = await MasukAsync(org.Staf2);
        using var admin = await MasukAsync(org.AdminBkd);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(pemilik, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(rekan, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, "/KebutuhanPengembangan/Catat", Periodik(skpId + 100_000, periodeId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pemilik.Http.GetAsync($"/KebutuhanPengembangan/Catat?skpId={skpId}&periodeId={periodeId}")).StatusCode);
        Assert.Empty(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId))).StatusCode);
        Assert.Equal(org.AdminBkd.Login, Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor)).DicatatOlehNip);

        // Without the anti-forgery token nothing is recorded.
        var tanpaToken = await pemilik.Http.PostAsync("/KebutuhanPengembangan/Catat", new FormUrlEncodedContent(Periodik(skpId, periodeId)));
        Assert.Equal(HttpStatusCode.BadRequest, tanpaToken.StatusCode);
    }

    [Fact]
    public async Task Catat_BadInput_ShownOnTheFormWithTypedText_NothingSaved()
    {
        var (org, tahun, skpId, periodeId, _) = await EvaluasiStafAsync();
        using var penilai = await MasukAsync(org.Kabid);

        var kosong = await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId, uraian: "  ", jenis: "Sosialkultural?"));
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        var doc = await HtmlClient.ParseAsync(kosong);
        Assert.Contains("Wajib diisi", doc.QuerySelector("#kebutuhan-uraian + span")!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("#kebutuhan-jenis + span")!.TextContent));

        var panjang = new string('x', KebutuhanPengembangan.UraianMaxLength + 1);
        var terlalu = await HtmlClient.ParseAsync(await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId, uraian: panjang, jenis: "Manajerial")));
        Assert.Contains(KebutuhanPengembangan.UraianMaxLength.ToString(CultureInfo.InvariantCulture), terlalu.QuerySelector("#kebutuhan-uraian + span")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(panjang, terlalu.QuerySelector("#kebutuhan-uraian")!.TextContent);
        Assert.Equal("Manajerial", terlalu.QuerySelector("#kebutuhan-jenis option[selected]")!.GetAttribute("value"));
        Assert.Empty(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));
    }

    [Fact]
    public async Task Penilai_RecordsFromAnnualEvaluationPage()
    {
        var (org, tahun, _, _, _) = await EvaluasiStafAsync();
        using var penilai = await MasukAsync(org.Kabid);
        var halaman = $"/EvaluasiTahunan/{org.Staf.PegawaiId}/{tahun.Nomor}";

        var response = await penilai.SubmitAsync(halaman, new Dictionary<string, string> { ["JenisKompetensi"] = "SosialKultural", ["Uraian"] = "Pelayanan publik yang inklusif" }, "[data-testid=form-kebutuhan]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(halaman, response.Headers.Location!.OriginalString);
        var k = Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));
        Assert.Equal(JenisKompetensi.SosialKultural, k.JenisKompetensi);
        Assert.Equal(AsalKebutuhan.EvaluasiTahunan, k.Asal);
        Assert.Null(k.EvaluasiPeriodeId);
        var detail = await penilai.GetDocumentAsync(halaman);
        Assert.Single(detail.QuerySelectorAll("[data-testid=rekomendasi-pengembangan] [data-testid=kebutuhan]"));
        var daftar = await penilai.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Bawahan&tahun={tahun.Nomor}");
        Assert.Equal(halaman, daftar.QuerySelector($"[data-testid=kebutuhan][data-id='{k.Id}'] [data-testid=sumber-kebutuhan]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RecordedBeforeThePeriodIsScored_KeepsTheLinkToThePage()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await DataEvaluasi.TahunAsync(factory, 2060);
        var skpId = await DataEvaluasi.SkpDisetujuiAsync(
            factory, tahun, DataEvaluasi.Pejabat(org.Staf, "Pengadministrasi Perkantoran", "Bidang Uji"),
            DataEvaluasi.Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"), null);
        var periodeId = tahun.PeriodeId[1];
        using var penilai = await MasukAsync(org.Kabid);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId, "Sebelum dinilai"))).StatusCode);

        var k = Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));
        Assert.Null(k.EvaluasiPeriodeId);
        Assert.Equal((skpId, periodeId), (k.SkpId, k.PeriodeEvaluasiId));
        var daftar = await penilai.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Bawahan&tahun={tahun.Nomor}");
        Assert.Equal($"/Evaluasi/Nilai/{skpId}/{periodeId}", daftar.QuerySelector($"[data-testid=kebutuhan][data-id='{k.Id}'] [data-testid=sumber-kebutuhan]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Need_FollowedToTheVerifiedActivity_ThenCancelRules()
    {
        var (org, tahun, skpId, periodeId, _) = await EvaluasiStafAsync();
        using var penilai = await MasukAsync(org.Kabid);
        using var pemilik = await MasukAsync(org.Staf);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId, "Analisis data dasar"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId, "Menulis naskah dinas"))).StatusCode);
        var (satu, dua) = (await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor)) switch { [var a, var b] => (a, b), _ => throw new InvalidOperationException() };

        // The employee's list offers to record an activity answering the need; the form preselects it.
        var daftar = await pemilik.GetDocumentAsync($"/KebutuhanPengembangan?tahun={tahun.Nomor}");
        Assert.Equal(2, daftar.QuerySelectorAll("[data-testid=kebutuhan]").Length);
        Assert.Empty(daftar.QuerySelectorAll("[data-testid=form-batalkan-kebutuhan]"));
        var form = await pemilik.GetDocumentAsync($"/Pengembangan/Tambah?kebutuhan={satu.Id}");
        Assert.Equal(satu.Id.ToString(CultureInfo.InvariantCulture), form.QuerySelector("#KebutuhanPengembanganId option[selected]")!.GetAttribute("value"));

        var tambah = await PostAsync(pemilik, "/Pengembangan/Tambah", new()
        {
            ["Jenis"] = nameof(JenisKegiatanPengembangan.Kursus),
            ["JenisKompetensi"] = nameof(JenisKompetensi.Teknis),
            ["Nama"] = "Kursus analisis data",
            ["TanggalMulai"] = $"{tahun.Nomor}-04-01",
            ["TanggalSelesai"] = $"{tahun.Nomor}-04-02",
            ["Jp"] = "12",
            ["KebutuhanPengembanganId"] = satu.Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, tambah.StatusCode);
        var kegiatanId = int.Parse(tambah.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var menunggu = await pemilik.GetDocumentAsync($"/KebutuhanPengembangan?tahun={tahun.Nomor}");
        Assert.Contains("1 kegiatan menunggu verifikasi", menunggu.QuerySelector($"[data-id='{satu.Id}'] [data-testid=kegiatan-diajukan]")!.TextContent, StringComparison.Ordinal);

        var versiKegiatan = (await DenganDbAsync(db => db.KegiatanPengembangan.AsNoTracking().SingleAsync(k => k.Id == kegiatanId))).Version;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, $"/Pengembangan/{kegiatanId}/Verifikasi", new() { ["version"] = versiKegiatan.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        var selesai = await pemilik.GetDocumentAsync($"/KebutuhanPengembangan?tahun={tahun.Nomor}&status=Selesai");
        var baris = Assert.Single(selesai.QuerySelectorAll("[data-testid=kebutuhan]"));
        Assert.Equal($"/Pengembangan/{kegiatanId}", baris.QuerySelector("[data-testid=kegiatan-penyelesai]")!.GetAttribute("href"));
        Assert.Equal(kegiatanId, (await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor))[0].SelesaiOlehKegiatanId);

        // Cancelling: the employee 403, a colleague 404, no reason refused, a stale version refused, then cancelled.
        using var rekan = await MasukAsync(org.Staf2);
        var url = $"/KebutuhanPengembangan/{dua.Id}/Batalkan";
        string V(int v) => v.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(pemilik, url, new() { ["Version"] = V(dua.Version), ["Alasan"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(rekan, url, new() { ["Version"] = V(dua.Version), ["Alasan"] = "x" })).StatusCode);
        var tanpaAlasan = await PostAsync(penilai, url, new() { ["Version"] = V(dua.Version), ["Alasan"] = " ", ["KembaliKe"] = "https://contoh.invalid/" });
        Assert.Equal("/KebutuhanPengembangan", tanpaAlasan.Headers.Location!.OriginalString);
        Assert.Contains("Alasan wajib diisi", (await penilai.GetDocumentAsync("/KebutuhanPengembangan")).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, url, new() { ["Version"] = V(dua.Version + 7), ["Alasan"] = "Sudah tidak relevan" })).StatusCode);
        Assert.Contains("diubah oleh pengguna lain", (await penilai.GetDocumentAsync("/KebutuhanPengembangan")).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatusKebutuhan.Terbuka, (await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor))[1].Status);

        var kembali = $"/Evaluasi/Nilai/{skpId}/{periodeId}";
        var batal = await PostAsync(penilai, url, new() { ["Version"] = V(dua.Version), ["Alasan"] = "Sudah tidak relevan", ["KembaliKe"] = kembali });
        Assert.Equal(kembali, batal.Headers.Location!.OriginalString);
        var dibatalkan = (await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor))[1];
        Assert.Equal(StatusKebutuhan.Dibatalkan, dibatalkan.Status);
        Assert.Equal("Sudah tidak relevan", dibatalkan.AlasanPembatalan);

        // A completed need cannot be cancelled, and the employee can no longer link an activity to the cancelled one.
        var selesaiBatal = await PostAsync(penilai, $"/KebutuhanPengembangan/{satu.Id}/Batalkan", new() { ["Version"] = V(satu.Version + 1), ["Alasan"] = "x" });
        Assert.Equal(HttpStatusCode.Redirect, selesaiBatal.StatusCode);
        Assert.Equal(StatusKebutuhan.Selesai, (await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor))[0].Status);
        var tautan = await PostAsync(pemilik, "/Pengembangan/Tambah", new()
        {
            ["Jenis"] = nameof(JenisKegiatanPengembangan.Seminar),
            ["JenisKompetensi"] = nameof(JenisKompetensi.Teknis),
            ["Nama"] = "Seminar naskah dinas",
            ["TanggalMulai"] = $"{tahun.Nomor}-05-01",
            ["TanggalSelesai"] = $"{tahun.Nomor}-05-01",
            ["Jp"] = "4",
            ["KebutuhanPengembanganId"] = dua.Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, tautan.StatusCode);
        Assert.Contains("masih terbuka", await tautan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifying_AnActivityOfACancelledNeed_LeavesTheNeedCancelled()
    {
        var (org, tahun, skpId, periodeId, _) = await EvaluasiStafAsync();
        using var penilai = await MasukAsync(org.Kabid);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId))).StatusCode);
        var kebutuhan = Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));
        var kegiatanId = await DenganDbAsync(async db =>
        {
            var k = KegiatanPengembangan.Catat(
                org.Staf.PegawaiId!.Value,
                new DataKegiatan(JenisKegiatanPengembangan.Diklat, JenisKompetensi.Teknis, "Diklat keuangan", null, new DateOnly(tahun.Nomor, 6, 1), new DateOnly(tahun.Nomor, 6, 3), 24, null, kebutuhan.Id),
                org.Staf.Login, DateTime.UtcNow);
            db.KegiatanPengembangan.Add(k);
            await db.SaveChangesAsync();
            return k.Id;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, $"/KebutuhanPengembangan/{kebutuhan.Id}/Batalkan", new() { ["Version"] = kebutuhan.Version.ToString(CultureInfo.InvariantCulture), ["Alasan"] = "Diganti kebutuhan lain" })).StatusCode);

        var versi = (await DenganDbAsync(db => db.KegiatanPengembangan.AsNoTracking().SingleAsync(k => k.Id == kegiatanId))).Version;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, $"/Pengembangan/{kegiatanId}/Verifikasi", new() { ["version"] = versi.ToString(CultureInfo.InvariantCulture) })).StatusCode);

        Assert.Equal(StatusKegiatan.Terverifikasi, (await DenganDbAsync(db => db.KegiatanPengembangan.AsNoTracking().SingleAsync(k => k.Id == kegiatanId))).Status);
        var setelah = Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor));
        Assert.Equal(StatusKebutuhan.Dibatalkan, setelah.Status);
        Assert.Null(setelah.SelesaiOlehKegiatanId);
    }

    [Fact]
    public async Task List_Scopes_EmployeeOwn_SupervisorDirectReports_AdminEveryone()
    {
        var (org, tahun, skpId, periodeId, _) = await EvaluasiStafAsync();
        using var penilai = await MasukAsync(org.Kabid);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, "/KebutuhanPengembangan/Catat", Periodik(skpId, periodeId, "Kebutuhan lingkup"))).StatusCode);
        var id = Assert.Single(await KebutuhanAsync(org.Staf.PegawaiId!.Value, tahun.Nomor)).Id;
        string Sel() => $"[data-testid=kebutuhan][data-id='{id}']";

        using var rekan = await MasukAsync(org.Staf2);
        var lain = await rekan.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Semua&tahun={tahun.Nomor}");
        Assert.Null(lain.QuerySelector(Sel()));
        Assert.Null(lain.QuerySelector("[data-testid=lingkup-Semua]"));

        var milikPenilai = await penilai.GetDocumentAsync($"/KebutuhanPengembangan?tahun={tahun.Nomor}");
        Assert.Null(milikPenilai.QuerySelector(Sel()));
        var bawahan = await penilai.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Bawahan&tahun={tahun.Nomor}");
        Assert.NotNull(bawahan.QuerySelector(Sel()));
        Assert.NotNull(bawahan.QuerySelector($"{Sel()} [data-testid=form-batalkan-kebutuhan]"));

        using var admin = await MasukAsync(org.AdminBkd);
        var semua = await admin.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Semua&tahun={tahun.Nomor}&status=Terbuka");
        Assert.NotNull(semua.QuerySelector(Sel()));
        Assert.Null((await admin.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Semua&tahun={tahun.Nomor}&status=Selesai")).QuerySelector(Sel()));
        Assert.Null((await admin.GetDocumentAsync($"/KebutuhanPengembangan?lingkup=Semua&tahun={tahun.Nomor + 1}")).QuerySelector(Sel()));
    }
}

public sealed class KebutuhanPengembanganTestsSqlite(SqliteAppFactory factory) : KebutuhanPengembanganTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class KebutuhanPengembanganTestsPostgres(PostgresAppFactory factory) : KebutuhanPengembanganTests(factory), IClassFixture<PostgresAppFactory>;
