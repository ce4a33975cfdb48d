using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Berkas;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.PenilaianSkp;
using SiKinerja.Web.Features.Realisasi;
using SiKinerja.Web.Features.Skp;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The bukti store in a temporary folder with a 1 MB limit, so the size tests stay small.</summary>
public sealed class RealisasiSqliteFactory : SqliteAppFactory
{
    public string FolderBerkas { get; } = Path.Combine(Path.GetTempPath(), $"sikinerja-bukti-{Guid.NewGuid():N}");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Berkas:Folder", FolderBerkas), new("Berkas:UkuranMaksimumMb", "1")];
}

public sealed class RealisasiPostgresFactory : PostgresAppFactory
{
    public string FolderBerkas { get; } = Path.Combine(Path.GetTempPath(), $"sikinerja-bukti-{Guid.NewGuid():N}");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Berkas:Folder", FolderBerkas), new("Berkas:UkuranMaksimumMb", "1")];
}

/// <summary>
/// The employee's realisasi pages on both providers: save and read back, concurrency, who may do what (page, save,
/// bukti, download), closed period and final evaluation, hostile uploads, download headers, and the move of the
/// realisasi and evaluations to a newly approved revision.
/// </summary>
public abstract class RealisasiTests(SiKinerjaAppFactory factory, string folderBerkas)
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static int _tahun = TahunKinerja.TahunMinimum; // shared by both providers: 2 × the tests stays below TahunMaksimum

    private sealed record Data(int SkpId, int PeriodeId, int TahunKinerjaId, int Tahun, IReadOnlyList<Guid> Iki)
    {
        public string Url => $"/Realisasi/{SkpId}/{PeriodeId}";
    }

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    /// <summary>A new open year (semesters) with an approved SKP of the Staf: RHK utama with an Angka and a Rentang IKI, RHK tambahan with a Tanggal IKI.</summary>
    private async Task<Data> SkpDisetujuiAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = Interlocked.Increment(ref _tahun);
        var (tahunId, periodeId) = await DenganDbAsync(async db =>
        {
            var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
            db.TahunKinerja.Add(t);
            await db.SaveChangesAsync();
            return (t.Id, t.Periode.Single(p => p.Nomor == 1).Id);
        });
        var skp = SkpEntity.Buat(tahunId, tahun, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), PendekatanSkp.Kuantitatif, Snapshot(org), org.Staf.Login, Waktu);
        var utama = skp.TambahRhk(JenisRhk.Utama, "Tersedianya laporan data kinerja", 901);
        skp.TambahIki(utama, AspekIki.Kuantitas, "Jumlah laporan", Target.Angka(10, "laporan"));
        skp.TambahIki(utama, AspekIki.Kualitas, "Persentase data valid", Target.Rentang(80, 100, "%"));
        var tambahan = skp.TambahRhk(JenisRhk.Tambahan, "Terselenggaranya rapat koordinasi", 902);
        skp.TambahIki(tambahan, AspekIki.Waktu, "Rapat koordinasi terlaksana", Target.Tenggat(new DateOnly(tahun, 6, 30)));
        skp.Ajukan(AturanSkp.Bawaan, true, org.Staf.Login, Waktu.AddHours(1));
        skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kabid.Login, Waktu.AddHours(2), null);
        await DenganDbAsync(db =>
        {
            db.Skp.Add(skp);
            return db.SaveChangesAsync();
        });
        return new Data(skp.Id, periodeId, tahunId, tahun, [.. skp.Rhk.SelectMany(r => r.Indikator).Select(i => i.Kunci)]);
    }

    private static SnapshotSkp Snapshot(OrganisasiUji org) => new(
        new SnapshotPejabat(org.Staf.PegawaiId!.Value, org.Staf.Login, org.Staf.Nama, "II/c", "Pengatur Muda Tingkat I", "Pengelola Data", "Bidang Kinerja"),
        new SnapshotPejabat(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama, "IV/a", "Pembina", "Kepala Bidang Kinerja", "Bidang Kinerja"),
        new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala Dinas", "Dinas Uji"));

    private async Task<HtmlClient> MasukAsync(AkunUji? akun)
    {
        var client = factory.CreateHtmlClient();
        if (akun is not null)
        {
            var masuk = await client.SignInAsync(akun.Login, TestData.Password);
            Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
        }

        return client;
    }

    private static Dictionary<string, string> Isian(Data d, string angka = "12", string rentang = "90", string tanggal = "", string teks = "", string catatan = "")
    {
        var isian = new Dictionary<string, string>
        {
            ["Iki[0].RealisasiAngka"] = angka,
            ["Iki[1].RealisasiAngka"] = rentang,
            ["Iki[2].RealisasiTanggal"] = tanggal,
            ["Iki[0].RealisasiTeks"] = teks,
            ["Iki[0].RencanaAksi"] = "Menyusun laporan setiap bulan",
            ["CatatanMandiri"] = catatan,
        };
        Assert.Equal(3, d.Iki.Count);
        return isian;
    }

    /// <summary>The anti-forgery token of the signed-in user, from a page every user can open.</summary>
    private static async Task<string> TokenAsync(HtmlClient client)
    {
        var doc = await client.GetDocumentAsync("/");
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
    }

    private static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string url, Dictionary<string, string> isian, bool anonim = false)
    {
        var nilai = new Dictionary<string, string>(isian);
        if (!anonim)
        {
            nilai["__RequestVerificationToken"] = await TokenAsync(client);
        }

        return await client.Http.PostAsync(url, new FormUrlEncodedContent(nilai));
    }

    /// <summary>Posts a file as a browser does; <paramref name="namaStar"/> sends the name RFC 5987-encoded (control characters).</summary>
    private static async Task<HttpResponseMessage> UnggahAsync(
        HtmlClient client, Data d, byte[] isi, string nama, int iki = 0, bool anonim = false, bool? namaStar = null)
    {
        // A plain quoted name as browsers send it, unless it needs encoding (control, non-ASCII, backslash).
        namaStar ??= nama.Any(c => c < 0x20 || c > 0x7E || c == '\\');
        using var content = new MultipartFormDataContent();
        if (!anonim)
        {
            content.Add(new StringContent(await TokenAsync(client)), "__RequestVerificationToken");
        }

        content.Add(new StringContent(d.Iki[iki].ToString()), "Kunci");
        content.Add(new StringContent("Laporan bulan Juni"), "Keterangan");
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var disposisi = new ContentDispositionHeaderValue("form-data") { Name = "\"Berkas\"" };
        if (namaStar.Value)
        {
            disposisi.FileNameStar = nama;
        }
        else
        {
            disposisi.FileName = "\"" + nama + "\"";
        }

        berkas.Headers.ContentDisposition = disposisi;
        content.Add(berkas);
        return await client.Http.PostAsync(d.Url + "/Unggah", content);
    }

    /// <summary>Follows a redirect back to the page and returns its flash message (success or error).</summary>
    private static async Task<string> PesanAsync(HtmlClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var doc = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return (doc.QuerySelector("[role=alert]") ?? doc.QuerySelector("[role=status]"))?.TextContent.Trim() ?? string.Empty;
    }

    private Task<RealisasiPeriode?> RealisasiAsync(Data d) => DenganDbAsync(db =>
        db.RealisasiPeriode.AsNoTracking().DenganIsi().FirstOrDefaultAsync(r => r.SkpId == d.SkpId && r.PeriodeEvaluasiId == d.PeriodeId));

    private async Task<int> BuktiTersimpanAsync(Data d) => (await RealisasiAsync(d))?.Indikator.Sum(i => i.Bukti.Count) ?? 0;

    private async Task<int> BuktiBerkasAsync(Data d, HtmlClient pemilik)
    {
        var unggah = await UnggahAsync(pemilik, d, Pdf, "laporan juni.pdf");
        Assert.Equal("Berkas bukti diunggah.", await PesanAsync(pemilik, unggah));
        var realisasi = await RealisasiAsync(d);
        return realisasi!.Indikator.SelectMany(i => i.Bukti).Single(b => b.Jenis == JenisBuktiDukung.Berkas).Id;
    }

    // ---- save and read back ---------------------------------------------------------------------------

    [Fact]
    public async Task Simpan_WholePage_ReadsBackWithCapaianAndWritesOneAuditRow()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var tahun = d.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await pemilik.SubmitAsync(d.Url, Isian(d, angka: "12,5", tanggal: $"{tahun}-06-15", teks: "Dua belas laporan dan satu rekap", catatan: "Target tercapai"), "#form-realisasi");

        Assert.Equal("Realisasi disimpan.", await PesanAsync(pemilik, response));
        var r = await RealisasiAsync(d);
        Assert.NotNull(r);
        Assert.Equal("Target tercapai", r.CatatanMandiri);
        Assert.Equal((12.5m, "Menyusun laporan setiap bulan", "Dua belas laporan dan satu rekap"),
            (r.Untuk(d.Iki[0])!.RealisasiAngka, r.Untuk(d.Iki[0])!.RencanaAksi, r.Untuk(d.Iki[0])!.RealisasiTeks));
        Assert.Equal(90m, r.Untuk(d.Iki[1])!.RealisasiAngka);
        Assert.Equal(new DateOnly(d.Tahun, 6, 15), r.Untuk(d.Iki[2])!.RealisasiTanggal);
        Assert.Null(r.Untuk(d.Iki[2])!.RealisasiAngka);

        var doc = await pemilik.GetDocumentAsync(d.Url);
        var iki = doc.QuerySelectorAll("[data-testid=iki]");
        Assert.Equal(3, iki.Length);
        Assert.EndsWith($"/UmpanBalik/{d.SkpId}/{d.PeriodeId}", doc.QuerySelector("[data-testid=tautan-umpan-balik]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("DiAtasEkspektasi", iki[0].QuerySelector("[data-testid=capaian]")!.GetAttribute("data-kategori"));
        Assert.Contains("125", iki[0].QuerySelector("[data-testid=capaian]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("SesuaiEkspektasi", iki[1].QuerySelector("[data-testid=capaian]")!.GetAttribute("data-kategori"));
        Assert.Equal("SesuaiEkspektasi", iki[2].QuerySelector("[data-testid=capaian]")!.GetAttribute("data-kategori"));
        Assert.Equal("12,5", ((IHtmlInputElement)doc.QuerySelector("input[name='Iki[0].RealisasiAngka']")!).Value);
        Assert.Contains("3 dari 3", doc.QuerySelector("[data-testid=terisi]")!.TextContent, StringComparison.Ordinal);

        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(RealisasiPeriode) && a.EntitasId == r.Id).ToListAsync());
        var baris = Assert.Single(audit);
        Assert.Equal((AksiAudit.Tambah, org.Staf.Login), (baris.Aksi, baris.Pengguna));

        // The SKP detail page links to the period's realisasi.
        var detail = await pemilik.GetDocumentAsync($"/Skp/Detail/{d.SkpId}");
        Assert.NotNull(detail.QuerySelector($"[data-testid=realisasi-skp] a[href='{d.Url}']"));

        // The list counts the filled indicators.
        var daftar = await pemilik.GetDocumentAsync("/Realisasi");
        var barisDaftar = daftar.QuerySelector($"tr[data-skp='{d.SkpId}'][data-periode='{d.PeriodeId}']");
        Assert.NotNull(barisDaftar);
        Assert.Contains("3 dari 3", barisDaftar.QuerySelector("[data-testid=terisi]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simpan_InvalidNumberAndDate_ShowsMessagesBesideTheFields_NothingSaved()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);

        var response = await pemilik.SubmitAsync(d.Url, Isian(d, angka: "dua belas", rentang: "-3", tanggal: "31/13/2040"), "#form-realisasi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal("dua belas", ((IHtmlInputElement)doc.QuerySelector("input[name='Iki[0].RealisasiAngka']")!).Value);
        Assert.Contains("angka yang valid", doc.QuerySelector("#angka-0 + .invalid-feedback")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("negatif", doc.QuerySelector("#angka-1 + .invalid-feedback")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tanggal yang valid", doc.QuerySelector("#tanggal-2 + .invalid-feedback")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await RealisasiAsync(d));
    }

    [Fact]
    public async Task Simpan_StaleVersion_ClearConflictMessage_InputKept_SavingAgainOverwrites()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var tabLama = await pemilik.GetDocumentAsync(d.Url);
        var tabBaru = await pemilik.GetDocumentAsync(d.Url);
        Assert.Equal("Realisasi disimpan.", await PesanAsync(pemilik, await pemilik.SubmitDocumentAsync(tabBaru, d.Url, Isian(d, angka: "7"), "#form-realisasi")));

        var konflik = await pemilik.SubmitDocumentAsync(tabLama, d.Url, Isian(d, angka: "11"), "#form-realisasi");

        Assert.Equal(HttpStatusCode.OK, konflik.StatusCode);
        var doc = await HtmlClient.ParseAsync(konflik);
        Assert.Contains("baru saja diubah di tempat lain", doc.QuerySelector("[data-testid=galat-form]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("11", ((IHtmlInputElement)doc.QuerySelector("input[name='Iki[0].RealisasiAngka']")!).Value);
        Assert.Equal(7m, (await RealisasiAsync(d))!.Untuk(d.Iki[0])!.RealisasiAngka);

        // The page shown again carries the current version: saving it now overwrites knowingly.
        Assert.Equal("Realisasi disimpan.", await PesanAsync(pemilik, await pemilik.SubmitDocumentAsync(doc, d.Url, new Dictionary<string, string>(), "#form-realisasi")));
        Assert.Equal(11m, (await RealisasiAsync(d))!.Untuk(d.Iki[0])!.RealisasiAngka);
    }

    [Fact]
    public async Task Simpan_IkiOfAnotherSkp_IsRefused()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var isian = Isian(d);
        isian["Iki[0].Kunci"] = Guid.NewGuid().ToString();

        var response = await pemilik.SubmitAsync(d.Url, isian, "#form-realisasi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await RealisasiAsync(d));
    }

    // ---- who may do what ------------------------------------------------------------------------------

    public enum Pelaku
    {
        Pemilik,
        PejabatPenilai,
        AtasanPejabatPenilai,
        AdminBkd,
        PegawaiLain,
        Anonim,
    }

    private static AkunUji? Akun(OrganisasiUji org, Pelaku p) => p switch
    {
        Pelaku.Pemilik => org.Staf,
        Pelaku.PejabatPenilai => org.Kabid,
        Pelaku.AtasanPejabatPenilai => org.Kadis,
        Pelaku.AdminBkd => org.AdminBkd,
        Pelaku.PegawaiLain => org.Staf2,
        _ => null,
    };

    [Theory]
    [InlineData(Pelaku.Pemilik, HttpStatusCode.OK, true)]
    [InlineData(Pelaku.PejabatPenilai, HttpStatusCode.OK, false)]
    [InlineData(Pelaku.AtasanPejabatPenilai, HttpStatusCode.OK, false)]
    [InlineData(Pelaku.AdminBkd, HttpStatusCode.OK, false)]
    [InlineData(Pelaku.PegawaiLain, HttpStatusCode.NotFound, false)]
    [InlineData(Pelaku.Anonim, HttpStatusCode.Redirect, false)]
    public async Task Halaman_ByWhoLooks(Pelaku pelaku, HttpStatusCode harapan, bool dapatMengisi)
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var client = await MasukAsync(Akun(org, pelaku));

        var response = await client.Http.GetAsync(d.Url);

        Assert.Equal(harapan, response.StatusCode);
        if (pelaku == Pelaku.Anonim)
        {
            Assert.Contains("/Akun/Masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        if (harapan == HttpStatusCode.OK)
        {
            var doc = await HtmlClient.ParseAsync(response);
            Assert.Equal(dapatMengisi, doc.QuerySelector("[data-testid=simpan-realisasi]") is not null);
            Assert.Equal(dapatMengisi, doc.QuerySelector("[data-testid=form-unggah]") is not null);
            Assert.Equal(dapatMengisi, doc.QuerySelector("[data-testid=hanya-baca]") is null);
        }
    }

    [Theory]
    [InlineData(Pelaku.Pemilik, HttpStatusCode.Redirect)]
    [InlineData(Pelaku.PejabatPenilai, HttpStatusCode.Forbidden)]
    [InlineData(Pelaku.AtasanPejabatPenilai, HttpStatusCode.Forbidden)]
    [InlineData(Pelaku.AdminBkd, HttpStatusCode.Forbidden)]
    [InlineData(Pelaku.PegawaiLain, HttpStatusCode.NotFound)]
    [InlineData(Pelaku.Anonim, HttpStatusCode.Redirect)]
    public async Task SimpanUnggahTautan_ByWhoActs(Pelaku pelaku, HttpStatusCode harapan)
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var client = await MasukAsync(Akun(org, pelaku));
        var anonim = pelaku == Pelaku.Anonim;
        var isian = Isian(d);
        for (var i = 0; i < d.Iki.Count; i++)
        {
            isian[$"Iki[{i}].Kunci"] = d.Iki[i].ToString();
        }

        isian["Version"] = "0";

        var simpan = await PostAsync(client, d.Url, isian, anonim);
        var unggah = await UnggahAsync(client, d, Pdf, "bukti.pdf", anonim: anonim);
        var tautan = await PostAsync(client, d.Url + "/Tautan", new() { ["Kunci"] = d.Iki[0].ToString(), ["Url"] = "https://contoh.id/bukti" }, anonim);

        Assert.Equal([harapan, harapan, harapan], new[] { simpan.StatusCode, unggah.StatusCode, tautan.StatusCode });
        var r = await RealisasiAsync(d);
        if (pelaku == Pelaku.Pemilik)
        {
            Assert.Equal(12m, r!.Untuk(d.Iki[0])!.RealisasiAngka);
            Assert.Equal(2, r.Untuk(d.Iki[0])!.Bukti.Count);
        }
        else
        {
            Assert.Null(r);
            if (anonim)
            {
                Assert.All(new[] { simpan, unggah, tautan }, x => Assert.Contains("/Akun/Masuk", x.Headers.Location!.OriginalString, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData(Pelaku.Pemilik, HttpStatusCode.OK)]
    [InlineData(Pelaku.PejabatPenilai, HttpStatusCode.OK)]
    [InlineData(Pelaku.AtasanPejabatPenilai, HttpStatusCode.OK)]
    [InlineData(Pelaku.AdminBkd, HttpStatusCode.OK)]
    [InlineData(Pelaku.PegawaiLain, HttpStatusCode.NotFound)]
    [InlineData(Pelaku.Anonim, HttpStatusCode.Redirect)]
    public async Task Unduh_ByWhoAsks(Pelaku pelaku, HttpStatusCode harapan)
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var buktiId = await BuktiBerkasAsync(d, pemilik);
        using var client = await MasukAsync(Akun(org, pelaku));

        var response = await client.Http.GetAsync($"/Realisasi/Bukti/{buktiId}");

        Assert.Equal(harapan, response.StatusCode);
        if (harapan == HttpStatusCode.OK)
        {
            Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        }
        else
        {
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Unduh_Headers_AttachmentWithSafeNameNosniffAndStoredType_MissingFileIs404()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var buktiId = await BuktiBerkasAsync(d, pemilik);

        var response = await pemilik.Http.GetAsync($"/Realisasi/Bukti/{buktiId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("laporan juni.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));

        // A file gone from the store: 404, not a 500.
        var kunci = (await RealisasiAsync(d))!.Indikator.SelectMany(i => i.Bukti).Single().KunciBerkas!;
        await factory.WithScopeAsync(sp => sp.GetRequiredService<IPenyimpanBerkas>().HapusAsync(kunci, default));
        Assert.Equal(HttpStatusCode.NotFound, (await pemilik.Http.GetAsync($"/Realisasi/Bukti/{buktiId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pemilik.Http.GetAsync("/Realisasi/Bukti/999999")).StatusCode);
    }

    // ---- closed period, final evaluation --------------------------------------------------------------

    [Fact]
    public async Task PeriodeDitutup_PageReadOnly_SaveAndUploadRefused()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var halaman = await pemilik.GetDocumentAsync(d.Url);
        await DenganDbAsync(async db =>
        {
            var t = await db.TahunKinerja.Include(k => k.Periode).SingleAsync(k => k.Id == d.TahunKinerjaId);
            t.TutupPeriode(1, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var simpan = await pemilik.SubmitDocumentAsync(halaman, d.Url, Isian(d), "#form-realisasi");
        var unggah = await UnggahAsync(pemilik, d, Pdf, "bukti.pdf");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (simpan.StatusCode, unggah.StatusCode));
        Assert.Null(await RealisasiAsync(d));
        var doc = await pemilik.GetDocumentAsync(d.Url);
        Assert.Contains("sudah ditutup", doc.QuerySelector("[data-testid=hanya-baca]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[data-testid=simpan-realisasi]"));
        Assert.Equal(0, BerkasDiFolderKecualiTmp());
    }

    [Fact]
    public async Task EvaluasiFinal_PageReadOnly_SaveLinkAndDeleteRefused()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var tautan = await PostAsync(pemilik, d.Url + "/Tautan", new() { ["Kunci"] = d.Iki[0].ToString(), ["Url"] = "https://contoh.id/bukti" });
        Assert.Equal("Tautan bukti ditambahkan.", await PesanAsync(pemilik, tautan));
        var buktiId = (await RealisasiAsync(d))!.Untuk(d.Iki[0])!.Bukti.Single().Id;
        var halaman = await pemilik.GetDocumentAsync(d.Url);
        await DenganDbAsync(db =>
        {
            var e = EvaluasiPeriode.Buat(d.SkpId, d.PeriodeId, org.UnitBidangId);
            e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, org.Kabid.Login, DateTime.UtcNow);
            e.Finalkan(org.Kabid.Login, DateTime.UtcNow);
            db.EvaluasiPeriode.Add(e);
            return db.SaveChangesAsync();
        });

        var simpan = await pemilik.SubmitDocumentAsync(halaman, d.Url, Isian(d), "#form-realisasi");
        var hapus = await PostAsync(pemilik, $"{d.Url}/Bukti/{buktiId}/Hapus", new());

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (simpan.StatusCode, hapus.StatusCode));
        var r = await RealisasiAsync(d);
        Assert.Null(r!.Untuk(d.Iki[0])!.RealisasiAngka);
        Assert.Single(r.Untuk(d.Iki[0])!.Bukti);
        var doc = await pemilik.GetDocumentAsync(d.Url);
        Assert.Contains("sudah final", doc.QuerySelector("[data-testid=hanya-baca]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Final", doc.QuerySelector("[data-testid=status-evaluasi]")!.TextContent.Trim());
    }

    // ---- uploads --------------------------------------------------------------------------------------

    public static TheoryData<string, string, string> BerkasDitolak => new()
    {
        { "exe", "laporan.pdf", "Jenis berkas tidak diizinkan" },
        { "html", "laporan.pdf", "Jenis berkas tidak diizinkan" },
        { "pdf", "../../x.pdf", "Nama berkas tidak valid" },
        { "pdf", "..\\..\\x.pdf", "Nama berkas tidak valid" },
        { "pdf", "x\u202Efdp.exe", "Nama berkas tidak valid" },
        { "png-as-pdf", "foto.pdf", "namanya berakhiran .pdf" },
        { "kosong", "kosong.pdf", "Berkas kosong" },
        { "hampir", "besar.pdf", "lebih besar dari 1 MB" },
    };

    [Theory]
    [MemberData(nameof(BerkasDitolak))]
    public async Task Unggah_Refused_ClearMessage_NothingStored(string isi, string nama, string pesan)
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var sebelum = BerkasDiFolderKecualiTmp();
        byte[] bytes = isi switch
        {
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0],
            "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
            "png-as-pdf" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'],
            "kosong" => [],
            // Over the 1 MB limit but inside the request allowance: refused by the store while reading.
            "hampir" => [.. Pdf, .. new byte[1024 * 1024]],
            _ => Pdf,
        };

        var response = await UnggahAsync(pemilik, d, bytes, nama);

        Assert.Contains(pesan, await PesanAsync(pemilik, response), StringComparison.Ordinal);
        Assert.Equal(0, await BuktiTersimpanAsync(d));
        Assert.Equal(sebelum, BerkasDiFolderKecualiTmp());
    }

    [Fact]
    public async Task Unggah_NameWithControlCharacters_Refused()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);

        var response = await UnggahAsync(pemilik, d, Pdf, "lapor\u0001an\n.pdf", namaStar: true);

        Assert.Contains("Nama berkas tidak valid", await PesanAsync(pemilik, response), StringComparison.Ordinal);
        Assert.Equal(0, await BuktiTersimpanAsync(d));
    }

    [Fact]
    public async Task Unggah_RequestFarOverTheLimit_RedirectsWithTheMessage_Not413()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);

        var response = await UnggahAsync(pemilik, d, [.. Pdf, .. new byte[(int)(1.5 * 1024 * 1024)]], "besar.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith(d.Url, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("lebih besar dari 1 MB", await PesanAsync(pemilik, response), StringComparison.Ordinal);
        Assert.Equal(0, await BuktiTersimpanAsync(d));
    }

    [Fact]
    public async Task Bukti_AddLinkAndFile_Listed_DeleteRemovesRowAndStoredFile()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        var buktiId = await BuktiBerkasAsync(d, pemilik);
        var buruk = await PostAsync(pemilik, d.Url + "/Tautan", new() { ["Kunci"] = d.Iki[0].ToString(), ["Url"] = "javascript:alert(1)" });
        Assert.Contains("http:// atau https://", await PesanAsync(pemilik, buruk), StringComparison.Ordinal);
        var baik = await PostAsync(pemilik, d.Url + "/Tautan", new() { ["Kunci"] = d.Iki[0].ToString(), ["Url"] = "https://drive.contoh.id/bukti", ["Keterangan"] = "Folder" });
        Assert.Equal("Tautan bukti ditambahkan.", await PesanAsync(pemilik, baik));

        var doc = await pemilik.GetDocumentAsync(d.Url);
        var bukti = doc.QuerySelectorAll("[data-testid=iki]")[0].QuerySelectorAll("[data-testid=bukti]");
        Assert.Equal(2, bukti.Length);
        Assert.Equal($"/Realisasi/Bukti/{buktiId}", bukti.Single(b => b.GetAttribute("data-jenis") == "Berkas").QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://drive.contoh.id/bukti", bukti.Single(b => b.GetAttribute("data-jenis") == "Tautan").QuerySelector("a")!.GetAttribute("href"));
        var kunci = (await RealisasiAsync(d))!.Indikator.SelectMany(i => i.Bukti).Single(b => b.Id == buktiId).KunciBerkas!;

        var hapus = await PostAsync(pemilik, $"{d.Url}/Bukti/{buktiId}/Hapus", new());

        Assert.Equal("Bukti dukung dihapus.", await PesanAsync(pemilik, hapus));
        Assert.Equal(1, await BuktiTersimpanAsync(d));
        var berkas = await factory.WithScopeAsync(sp => sp.GetRequiredService<IPenyimpanBerkas>().BukaAsync(kunci, default));
        Assert.Null(berkas);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(pemilik, $"{d.Url}/Bukti/{buktiId}/Hapus", new())).StatusCode);
    }

    // ---- revision approved ----------------------------------------------------------------------------

    [Fact]
    public async Task Setujui_NewRevision_MovesRealisasiEvaluasiAndFeedbackToIt_InTheSameSave()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        Assert.Equal("Realisasi disimpan.", await PesanAsync(pemilik, await pemilik.SubmitAsync(d.Url, Isian(d, angka: "8"), "#form-realisasi")));
        var evaluasiId = await DenganDbAsync(async db =>
        {
            var e = EvaluasiPeriode.Buat(d.SkpId, d.PeriodeId, org.UnitBidangId);
            db.EvaluasiPeriode.Add(e);
            db.UmpanBalik.Add(UmpanBalik.OlehPenilai(d.SkpId, d.PeriodeId, null, NilaiBerakhlak.Akuntabel, "Tetap teliti", org.Kabid.PegawaiId!.Value, org.Kabid.Login, DateTime.UtcNow));
            await db.SaveChangesAsync();
            return e.Id;
        });
        var baruId = await DenganDbAsync(async db =>
        {
            var lama = await db.Skp.DenganIsi().SingleAsync(s => s.Id == d.SkpId);
            var baru = lama.MulaiRevisi(org.Staf.Login, DateTime.UtcNow, "Penyesuaian target");
            db.Skp.Add(baru);
            await db.SaveChangesAsync();
            baru.Ajukan(AturanSkp.Bawaan, true, org.Staf.Login, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return baru.Id;
        });

        // Not yet approved: the realisasi stays with the evaluated (old) revision.
        Assert.Equal(d.SkpId, (await RealisasiAsync(d))!.SkpId);

        var (hasil, _) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var version = await db.Skp.Where(s => s.Id == baruId).Select(s => s.Version).SingleAsync();
            var form = new SetujuiForm { Version = version, Ekspektasi = Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => (string?)$"Ekspektasi baru {n}") };
            return await sp.GetRequiredService<PenilaianSkpService>().SetujuiAsync(baruId, org.Kabid.PegawaiId!.Value, org.Kabid.Login, form, default);
        });

        Assert.Equal(HasilTindakan.Berhasil, hasil);
        var pindah = await DenganDbAsync(async db => new
        {
            Realisasi = await db.RealisasiPeriode.AsNoTracking().DenganIsi().SingleAsync(r => r.PeriodeEvaluasiId == d.PeriodeId && (r.SkpId == d.SkpId || r.SkpId == baruId)),
            Evaluasi = await db.EvaluasiPeriode.AsNoTracking().SingleAsync(e => e.Id == evaluasiId),
            Audit = await db.AuditEntries.AsNoTracking().Where(a => a.Entitas == nameof(EvaluasiPeriode) && a.EntitasId == evaluasiId).CountAsync(),
            UmpanBalik = await db.UmpanBalik.AsNoTracking().Where(u => u.PeriodeEvaluasiId == d.PeriodeId && (u.SkpId == d.SkpId || u.SkpId == baruId)).Select(u => u.SkpId).ToListAsync(),
        });
        Assert.Equal(new[] { baruId }, pindah.UmpanBalik);
        Assert.Equal((baruId, baruId), (pindah.Realisasi.SkpId, pindah.Evaluasi.SkpId));
        Assert.Equal(8m, pindah.Realisasi.Untuk(d.Iki[0])!.RealisasiAngka);
        Assert.Equal(2, pindah.Audit);

        // The page of the new revision shows it; the old revision's page is no longer the evaluated one.
        var doc = await pemilik.GetDocumentAsync($"/Realisasi/{baruId}/{d.PeriodeId}");
        Assert.Equal("8", ((IHtmlInputElement)doc.QuerySelector("input[name='Iki[0].RealisasiAngka']")!).Value);
        var lamaDoc = await pemilik.GetDocumentAsync(d.Url);
        Assert.NotNull(lamaDoc.QuerySelector("[data-testid=hanya-baca]"));
    }

    [Fact]
    public async Task AksiTertunda_OpenUnfinishedPeriod_IsListedWithCountAndDueDate()
    {
        var d = await SkpDisetujuiAsync();
        var org = await factory.OrganisasiAsync();
        using var pemilik = await MasukAsync(org.Staf);
        Assert.Equal("Realisasi disimpan.", await PesanAsync(pemilik, await pemilik.SubmitAsync(d.Url, Isian(d, rentang: ""), "#form-realisasi")));

        var aksi = await factory.WithScopeAsync(sp => sp.GetServices<SiKinerja.Web.Features.Beranda.IPenyediaAksiTertunda>().OfType<AksiTertundaRealisasi>().Single()
            .UntukAsync(new PenggunaSkp(org.Staf.PegawaiId, org.Staf.Login, false), new DateOnly(d.Tahun, 3, 1), default));

        var baris = Assert.Single(aksi, a => a.Url == d.Url);
        Assert.Equal(AksiTertundaRealisasi.Kode, baris.Kode);
        Assert.Equal(new object[] { 1, 3 }, baris.Argumen.Skip(1).ToArray());
        Assert.Equal(new DateOnly(d.Tahun, 6, 30).AddDays(TahunKinerja.HariBatasBawaan), baris.BatasWaktu);
        // Semester II has not started on 1 March.
        Assert.Single(aksi, a => a.Url.StartsWith($"/Realisasi/{d.SkpId}/", StringComparison.Ordinal));
    }

    private int BerkasDiFolderKecualiTmp() =>
        Directory.Exists(folderBerkas)
            ? Directory.EnumerateFiles(folderBerkas, "*", SearchOption.AllDirectories).Count(f => !f.Contains($"{Path.DirectorySeparatorChar}tmp{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : 0;
}

public sealed class RealisasiTestsSqlite(RealisasiSqliteFactory factory) : RealisasiTests(factory, factory.FolderBerkas), IClassFixture<RealisasiSqliteFactory>;

public sealed class RealisasiTestsPostgres(RealisasiPostgresFactory factory) : RealisasiTests(factory, factory.FolderBerkas), IClassFixture<RealisasiPostgresFactory>;
