using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Pengembangan;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The certificate store in a temporary folder with a 1 MB limit, so the size tests stay small.</summary>
public sealed class PengembanganSqliteFactory : SqliteAppFactory
{
    public string FolderBerkas { get; } = Path.Combine(Path.GetTempPath(), $"sikinerja-sertifikat-{Guid.NewGuid():N}");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Berkas:Folder", FolderBerkas), new("Berkas:UkuranMaksimumMb", "1")];
}

public sealed class PengembanganPostgresFactory : PostgresAppFactory
{
    public string FolderBerkas { get; } = Path.Combine(Path.GetTempPath(), $"sikinerja-sertifikat-{Guid.NewGuid():N}");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Berkas:Folder", FolderBerkas), new("Berkas:UkuranMaksimumMb", "1")];
}

/// <summary>
/// The employee's development records on both providers: create with certificate, hostile uploads, download headers, who
/// reads (owner, pejabat penilai, Admin BKD; others 404), verification by the penilai, correction by the Admin BKD with its
/// audit row, stale versions, and the need completed on verification.
/// </summary>
public abstract class PengembanganTests(SiKinerjaAppFactory factory, string folderBerkas)
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private async Task<HtmlClient> MasukAsync(AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        var masuk = await client.SignInAsync(akun.Login, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
        return client;
    }

    private static DataKegiatan Data(string nama = "Pelatihan analisis data", int jp = 24, int? kebutuhan = null) =>
        new(JenisKegiatanPengembangan.Diklat, JenisKompetensi.Teknis, nama, "BPSDM", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3), jp, null, kebutuhan);

    /// <summary>A record of the Staf (pejabat penilai: the Kabid) in the database, optionally verified.</summary>
    private async Task<KegiatanPengembangan> KegiatanAsync(OrganisasiUji org, bool terverifikasi = false, int? kebutuhan = null) =>
        await DenganDbAsync(async db =>
        {
            var k = KegiatanPengembangan.Catat(org.Staf.PegawaiId!.Value, Data(kebutuhan: kebutuhan), org.Staf.Login, Waktu);
            if (terverifikasi)
            {
                k.Verifikasi(org.Kabid.Login, Waktu);
            }

            db.KegiatanPengembangan.Add(k);
            await db.SaveChangesAsync();
            return k;
        });

    private Task<KegiatanPengembangan?> BacaAsync(int id) =>
        DenganDbAsync(db => db.KegiatanPengembangan.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id));

    private static async Task<string> TokenAsync(HtmlClient client)
    {
        var doc = await client.GetDocumentAsync("/");
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
    }

    private static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string url, Dictionary<string, string> isian)
    {
        var nilai = new Dictionary<string, string>(isian) { ["__RequestVerificationToken"] = await TokenAsync(client) };
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(nilai));
    }

    private static Dictionary<string, string> Isian(string nama = "Pelatihan analisis data", string jp = "24", string? kebutuhan = null) => new()
    {
        ["Jenis"] = nameof(JenisKegiatanPengembangan.Diklat),
        ["JenisKompetensi"] = nameof(JenisKompetensi.Teknis),
        ["Nama"] = nama,
        ["Penyelenggara"] = "BPSDM Provinsi",
        ["TanggalMulai"] = "2026-03-01",
        ["TanggalSelesai"] = "2026-03-03",
        ["Jp"] = jp,
        ["NomorSertifikat"] = "SRT/2026/001",
        ["KebutuhanPengembanganId"] = kebutuhan ?? string.Empty,
    };

    /// <summary>Posts the form with a certificate, as a browser does.</summary>
    private static async Task<HttpResponseMessage> TambahDenganBerkasAsync(HtmlClient client, byte[] isi, string nama, Dictionary<string, string>? isian = null)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await TokenAsync(client)), "__RequestVerificationToken");
        foreach (var (k, v) in isian ?? Isian())
        {
            content.Add(new StringContent(v), k);
        }

        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        berkas.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Berkas\"", FileName = "\"" + nama + "\"" };
        content.Add(berkas);
        return await client.Http.PostAsync("/Pengembangan/Tambah", content);
    }

    private Task<int> JumlahMilikAsync(int pegawaiId) => DenganDbAsync(db => db.KegiatanPengembangan.CountAsync(k => k.PegawaiId == pegawaiId));

    private int BerkasDiFolderKecualiTmp() =>
        Directory.Exists(folderBerkas)
            ? Directory.EnumerateFiles(folderBerkas, "*", SearchOption.AllDirectories).Count(f => !f.Contains($"{Path.DirectorySeparatorChar}tmp{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : 0;

    // ---- create, download, who reads ------------------------------------------------------------------

    [Fact]
    public async Task Tambah_WithCertificate_StoredDiajukan_DownloadHeaders_OthersGet404()
    {
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);

        var response = await TambahDenganBerkasAsync(pemilik, Pdf, "sertifikat latsar.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var k = (await BacaAsync(id))!;
        Assert.Equal(StatusKegiatan.Diajukan, k.Status);
        Assert.Equal(org.Staf.PegawaiId, k.PegawaiId);
        Assert.Equal(2026, k.Tahun);
        Assert.NotNull(k.KunciBerkas);

        var unduh = await pemilik.Http.GetAsync($"/Pengembangan/{id}/Sertifikat");
        Assert.Equal(HttpStatusCode.OK, unduh.StatusCode);
        Assert.Equal("application/pdf", unduh.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", unduh.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("sertifikat latsar.pdf", unduh.Content.Headers.ContentDisposition.FileNameStar ?? unduh.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(unduh.Headers.GetValues("X-Content-Type-Options")));

        using var penilai = await MasukAsync(org.Kabid);
        using var admin = await MasukAsync(org.AdminBkd);
        using var rekan = await MasukAsync(org.Staf2);
        using var atasanLain = await MasukAsync(org.Kadis);
        Assert.Equal(HttpStatusCode.OK, (await penilai.Http.GetAsync($"/Pengembangan/{id}/Sertifikat")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/Pengembangan/{id}/Sertifikat")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rekan.Http.GetAsync($"/Pengembangan/{id}/Sertifikat")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rekan.Http.GetAsync($"/Pengembangan/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await atasanLain.Http.GetAsync($"/Pengembangan/{id}")).StatusCode);
        using var anonim = factory.CreateHtmlClient();
        var tamu = await anonim.Http.GetAsync($"/Pengembangan/{id}/Sertifikat");
        Assert.Equal(HttpStatusCode.Redirect, tamu.StatusCode);
        Assert.Contains("/Akun/Masuk", tamu.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        // The list shows the pending JP separately from the verified ones.
        var daftar = await pemilik.GetDocumentAsync("/Pengembangan?tahun=2026");
        // Other tests of this class add records for the same employee and year: compare with the stored sums.
        var jp = await DenganDbAsync(async db => await db.KegiatanPengembangan.AsNoTracking()
            .Where(x => x.PegawaiId == org.Staf.PegawaiId && x.Tahun == 2026)
            .GroupBy(x => x.Status).Select(g => new { g.Key, Jp = g.Sum(x => x.Jp) }).ToListAsync());
        var menunggu = jp.Where(x => x.Key == StatusKegiatan.Diajukan).Sum(x => x.Jp);
        var terverifikasi = jp.Where(x => x.Key == StatusKegiatan.Terverifikasi).Sum(x => x.Jp);
        Assert.True(menunggu >= 24);
        Assert.Equal(terverifikasi.ToString(System.Globalization.CultureInfo.InvariantCulture), daftar.QuerySelector("[data-testid=progres-jp] [data-testid=jp-terverifikasi]")!.TextContent.Trim());
        Assert.Equal(menunggu.ToString(System.Globalization.CultureInfo.InvariantCulture), daftar.QuerySelector("[data-testid=jp-menunggu]")!.TextContent.Trim());
    }

    public static TheoryData<string, string> BerkasDitolak => new()
    {
        { "exe", "Jenis berkas tidak diizinkan" },
        { "html", "Jenis berkas tidak diizinkan" },
        { "hampir", "lebih besar dari 1 MB" },
        { "jauh", "lebih besar dari 1 MB" },
    };

    [Theory]
    [MemberData(nameof(BerkasDitolak))]
    public async Task Tambah_HostileOrLargeUpload_Refused_NothingStored(string isi, string pesan)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var pemilik = await MasukAsync(pegawai);
        var sebelum = BerkasDiFolderKecualiTmp();
        byte[] bytes = isi switch
        {
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0],
            "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
            "hampir" => [.. Pdf, .. new byte[1024 * 1024]],
            _ => [.. Pdf, .. new byte[(int)(1.5 * 1024 * 1024)]],
        };

        var response = await TambahDenganBerkasAsync(pemilik, bytes, "sertifikat.pdf");

        string teks;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.EndsWith("/Pengembangan/Tambah", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var doc = await pemilik.GetDocumentAsync(response.Headers.Location.OriginalString);
            teks = doc.QuerySelector("[role=alert]")?.TextContent ?? string.Empty;
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            teks = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains(pesan, teks, StringComparison.Ordinal);
        Assert.Equal(0, await JumlahMilikAsync(pegawai.PegawaiId!.Value));
        Assert.Equal(sebelum, BerkasDiFolderKecualiTmp());
        Assert.NotNull(org);
    }

    // ---- the owner's limits ---------------------------------------------------------------------------

    [Fact]
    public async Task Owner_CannotEditOrDeleteVerified_GetsTheMessage()
    {
        var org = await factory.OrganisasiAsync();
        var k = await KegiatanAsync(org, terverifikasi: true);
        using var pemilik = await MasukAsync(org.Staf);

        var isian = Isian(nama: "Diubah setelah verifikasi");
        isian["Version"] = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await PostAsync(pemilik, $"/Pengembangan/{k.Id}/Ubah", isian);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sudah diverifikasi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Pelatihan analisis data", (await BacaAsync(k.Id))!.Nama);

        var hapus = await PostAsync(pemilik, $"/Pengembangan/{k.Id}/Hapus", new() { ["version"] = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, hapus.StatusCode);
        Assert.NotNull(await BacaAsync(k.Id));
        var halaman = await pemilik.GetDocumentAsync(hapus.Headers.Location!.OriginalString);
        Assert.Contains("sudah diverifikasi", halaman.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(halaman.QuerySelector("[data-testid=ubah-kegiatan]"));
    }

    [Fact]
    public async Task Owner_EditsUnverified_StaleVersionRefusedKeepingInput()
    {
        var org = await factory.OrganisasiAsync();
        var k = await KegiatanAsync(org);
        using var pemilik = await MasukAsync(org.Staf);

        var response = await pemilik.SubmitAsync($"/Pengembangan/{k.Id}/Ubah", new Dictionary<string, string> { ["Nama"] = "Nama baru", ["Jp"] = "30" }, "[data-testid=form-kegiatan]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var baru = (await BacaAsync(k.Id))!;
        Assert.Equal("Nama baru", baru.Nama);
        Assert.Equal(30, baru.Jp);

        var isian = Isian(nama: "Nama basi");
        isian["Version"] = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var basi = await PostAsync(pemilik, $"/Pengembangan/{k.Id}/Ubah", isian);
        var html = await basi.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, basi.StatusCode);
        Assert.Contains("diubah oleh pengguna lain", html, StringComparison.Ordinal);
        Assert.Contains("Nama basi", html, StringComparison.Ordinal);
        Assert.Equal("Nama baru", (await BacaAsync(k.Id))!.Nama);
    }

    [Fact]
    public async Task ForgedNeedId_RefusedOnTheForm()
    {
        var org = await factory.OrganisasiAsync();
        var milikLain = await DenganDbAsync(async db =>
        {
            var n = KebutuhanPengembangan.Catat(org.Staf2.PegawaiId!.Value, 2026, JenisKompetensi.Teknis, "Kebutuhan rekan", null, org.Kabid.Login, Waktu);
            db.KebutuhanPengembangan.Add(n);
            await db.SaveChangesAsync();
            return n.Id;
        });
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var pemilik = await MasukAsync(pegawai);

        var response = await PostAsync(pemilik, "/Pengembangan/Tambah", Isian(kebutuhan: milikLain.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kebutuhan pengembangan Anda yang masih terbuka", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await JumlahMilikAsync(pegawai.PegawaiId!.Value));
    }

    // ---- verification ---------------------------------------------------------------------------------

    [Fact]
    public async Task Penilai_VerifiesAndCompletesTheNeed_AnotherSupervisor404_InboxAndHomePage()
    {
        var org = await factory.OrganisasiAsync();
        var kebutuhanId = await DenganDbAsync(async db =>
        {
            var n = KebutuhanPengembangan.Catat(org.Staf.PegawaiId!.Value, 2026, JenisKompetensi.Teknis, "Analisis data", null, org.Kabid.Login, Waktu);
            db.KebutuhanPengembangan.Add(n);
            await db.SaveChangesAsync();
            return n.Id;
        });
        var k = await KegiatanAsync(org, kebutuhan: kebutuhanId);
        using var penilai = await MasukAsync(org.Kabid);
        using var atasanLain = await MasukAsync(org.Kadis);
        using var pemilik = await MasukAsync(org.Staf);
        var versi = new Dictionary<string, string> { ["version"] = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var kotak = await penilai.GetDocumentAsync("/Pengembangan/Verifikasi");
        Assert.Contains(kotak.QuerySelectorAll("[data-testid=menunggu]"), r => r.GetAttribute("data-id") == k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var kotakLain = await atasanLain.GetDocumentAsync("/Pengembangan/Verifikasi");
        Assert.DoesNotContain(kotakLain.QuerySelectorAll("[data-testid=menunggu]"), r => r.GetAttribute("data-id") == k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var aksi = await factory.WithScopeAsync(sp => sp.GetServices<IPenyediaAksiTertunda>().OfType<AksiTertundaPengembangan>().Single()
            .UntukAsync(new PenggunaSkp(org.Kabid.PegawaiId, org.Kabid.Login, false), new DateOnly(2026, 3, 5), default));
        var baris = Assert.Single(aksi);
        Assert.Equal("/Pengembangan/Verifikasi", baris.Url);
        Assert.True((int)baris.Argumen[0] >= 1);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(atasanLain, $"/Pengembangan/{k.Id}/Verifikasi", versi)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(pemilik, $"/Pengembangan/{k.Id}/Verifikasi", versi)).StatusCode);
        var response = await PostAsync(penilai, $"/Pengembangan/{k.Id}/Verifikasi", versi);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hasil = (await BacaAsync(k.Id))!;
        Assert.Equal(StatusKegiatan.Terverifikasi, hasil.Status);
        Assert.Equal(org.Kabid.Login, hasil.DiverifikasiOlehNip);
        var kebutuhan = await DenganDbAsync(db => db.KebutuhanPengembangan.AsNoTracking().SingleAsync(n => n.Id == kebutuhanId));
        Assert.Equal(StatusKebutuhan.Selesai, kebutuhan.Status);
        Assert.Equal(k.Id, kebutuhan.SelesaiOlehKegiatanId);

        // Refusing with the version read before the verification: refused with the status message, nothing changes.
        var basi = await PostAsync(penilai, $"/Pengembangan/{k.Id}/Tolak", new() { ["Version"] = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Alasan"] = "x" });
        var halaman = await penilai.GetDocumentAsync(basi.Headers.Location!.OriginalString);
        Assert.Contains("Status kegiatan tidak memungkinkan", halaman.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatusKegiatan.Terverifikasi, (await BacaAsync(k.Id))!.Status);
    }

    [Fact]
    public async Task Penilai_Refuses_ReasonRequired()
    {
        var org = await factory.OrganisasiAsync();
        var k = await KegiatanAsync(org);
        using var penilai = await MasukAsync(org.Kabid);
        var v = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var tanpa = await PostAsync(penilai, $"/Pengembangan/{k.Id}/Tolak", new() { ["Version"] = v, ["Alasan"] = " " });
        var halaman = await penilai.GetDocumentAsync(tanpa.Headers.Location!.OriginalString);
        Assert.Contains("Alasan wajib diisi", halaman.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatusKegiatan.Diajukan, (await BacaAsync(k.Id))!.Status);

        var tolak = await PostAsync(penilai, $"/Pengembangan/{k.Id}/Tolak", new() { ["Version"] = v, ["Alasan"] = "Sertifikat tidak terbaca" });
        Assert.Equal(HttpStatusCode.Redirect, tolak.StatusCode);
        var hasil = (await BacaAsync(k.Id))!;
        Assert.Equal(StatusKegiatan.Ditolak, hasil.Status);
        Assert.Equal("Sertifikat tidak terbaca", hasil.AlasanPenolakan);
    }

    [Fact]
    public async Task AdminBkd_CorrectsVerifiedWithReason_AuditRow_OthersForbidden_WithdrawReopensNeed()
    {
        var org = await factory.OrganisasiAsync();
        var kebutuhanId = await DenganDbAsync(async db =>
        {
            var n = KebutuhanPengembangan.Catat(org.Staf.PegawaiId!.Value, 2026, JenisKompetensi.Teknis, "Analisis data lanjutan", null, org.Kabid.Login, Waktu);
            db.KebutuhanPengembangan.Add(n);
            await db.SaveChangesAsync();
            return n.Id;
        });
        var k = await KegiatanAsync(org, kebutuhan: kebutuhanId);
        using var penilai = await MasukAsync(org.Kabid);
        using var admin = await MasukAsync(org.AdminBkd);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, $"/Pengembangan/{k.Id}/Verifikasi", new() { ["version"] = k.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await penilai.Http.GetAsync($"/Pengembangan/{k.Id}/Koreksi")).StatusCode);
        var tanpaAlasan = await admin.SubmitAsync($"/Pengembangan/{k.Id}/Koreksi", new Dictionary<string, string> { ["Jp"] = "16" }, "[data-testid=form-koreksi]");
        Assert.Equal(HttpStatusCode.OK, tanpaAlasan.StatusCode);
        Assert.Contains("Alasan wajib diisi", await tanpaAlasan.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var koreksi = await admin.SubmitAsync($"/Pengembangan/{k.Id}/Koreksi", new Dictionary<string, string> { ["Jp"] = "16", ["Alasan"] = "JP sesuai sertifikat" }, "[data-testid=form-koreksi]");

        Assert.Equal(HttpStatusCode.Redirect, koreksi.StatusCode);
        var hasil = (await BacaAsync(k.Id))!;
        Assert.Equal(16, hasil.Jp);
        Assert.True(hasil.Terverifikasi);
        Assert.Equal("JP sesuai sertifikat", hasil.AlasanKoreksi);
        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(KegiatanPengembangan) && a.EntitasId == k.Id).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(org.AdminBkd.Login, audit.Pengguna);
        Assert.Contains("JP sesuai sertifikat", audit.Sesudah, StringComparison.Ordinal);
        var detail = await admin.GetDocumentAsync($"/Pengembangan/{k.Id}");
        Assert.Equal("JP sesuai sertifikat", detail.QuerySelector("[data-testid=alasan-koreksi]")!.TextContent.Trim());

        using var pemilik = await MasukAsync(org.Staf);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(pemilik, $"/Pengembangan/{k.Id}/BatalkanVerifikasi", new() { ["Version"] = hasil.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Alasan"] = "x" })).StatusCode);
        var batal = await PostAsync(admin, $"/Pengembangan/{k.Id}/BatalkanVerifikasi", new() { ["Version"] = hasil.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Alasan"] = "Sertifikat tidak sah" });
        Assert.Equal(HttpStatusCode.Redirect, batal.StatusCode);
        Assert.Equal(StatusKegiatan.Diajukan, (await BacaAsync(k.Id))!.Status);
        var kebutuhan = await DenganDbAsync(db => db.KebutuhanPengembangan.AsNoTracking().SingleAsync(n => n.Id == kebutuhanId));
        Assert.Equal(StatusKebutuhan.Terbuka, kebutuhan.Status);
    }
}

public sealed class PengembanganTestsSqlite(PengembanganSqliteFactory factory) : PengembanganTests(factory, factory.FolderBerkas), IClassFixture<PengembanganSqliteFactory>;

public sealed class PengembanganTestsPostgres(PengembanganPostgresFactory factory) : PengembanganTests(factory, factory.FolderBerkas), IClassFixture<PengembanganPostgresFactory>;
