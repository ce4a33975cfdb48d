using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.UmpanBalik;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// Continuous feedback and peer input through the real pages on both providers: who reads and writes what (peer input
/// only for the pejabat penilai), per-record checks, the closed period, validation and concurrency messages, and the
/// page's fixed number of SQL queries.
/// </summary>
public abstract class UmpanBalikTests(SiKinerjaAppFactory factory)
{
    private const string TeksPenilai = "Laporan bulan Juli tepat waktu; pertahankan <b>kualitas</b> data.";
    private const string TeksNilai = "Sigap menanggapi permintaan data dari sekolah.";
    private const string TeksRekan = "Masukan rahasia rekan: selalu membantu rekan satu bidang.";
    private static readonly DateTime Waktu = new(2026, 7, 3, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2040;

    private sealed record Data(int SkpId, int PeriodeId, int PeriodeKeduaId, int TahunId, IReadOnlyList<Guid> Rhk, OrganisasiUji Org)
    {
        public string Url => $"/UmpanBalik/{SkpId}/{PeriodeId}";
    }

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    /// <summary>A new year (semesters) with an approved SKP of the staff member (penilai Kabid, atasan Kadis) of <paramref name="jumlahRhk"/> RHK.</summary>
    private async Task<Data> SkpAsync(int jumlahRhk = 2)
    {
        var org = await factory.OrganisasiAsync();
        var tahun = Interlocked.Increment(ref _tahun);
        return await DenganDbAsync(async db =>
        {
            var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
            db.TahunKinerja.Add(t);
            await db.SaveChangesAsync();
            var snapshot = new SnapshotSkp(
                new SnapshotPejabat(org.Staf.PegawaiId!.Value, org.Staf.Login, org.Staf.Nama, "II/c", "Pengatur Muda Tingkat I", "Pengelola Data", "Bidang Uji"),
                new SnapshotPejabat(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama, "IV/a", "Pembina", "Kepala Bidang Uji", "Bidang Uji"),
                new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala Dinas Uji", "Dinas Uji"));
            var skp = Skp.Buat(t.Id, tahun, t.Mulai, t.Selesai, PendekatanSkp.Kuantitatif, snapshot, org.Staf.Login, Waktu);
            for (var r = 1; r <= jumlahRhk; r++)
            {
                var rencana = skp.TambahRhk(r % 2 == 0 ? JenisRhk.Tambahan : JenisRhk.Utama, $"Rencana hasil kerja {r}", 900 + r);
                skp.TambahIki(rencana, AspekIki.Kuantitas, $"Indikator {r}.1", Target.Angka(12, "dokumen"));
                skp.TambahIki(rencana, AspekIki.Kualitas, $"Indikator {r}.2", Target.Rentang(80, 100, "%"));
            }

            skp.Ajukan(AturanSkp.Bawaan, true, org.Staf.Login, Waktu.AddHours(1));
            skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kabid.Login, Waktu.AddHours(2), null);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            var periode = t.Periode.OrderBy(p => p.Nomor).Select(p => p.Id).ToList();
            return new Data(skp.Id, periode[0], periode[1], t.Id, [.. skp.Rhk.Select(r => r.Kunci)], org);
        });
    }

    private async Task<HtmlClient> MasukAsync(AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(akun.Login, TestData.Password)).StatusCode);
        return client;
    }

    private static async Task<string> TokenAsync(HtmlClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string url, Dictionary<string, string> isian) =>
        await client.Http.PostAsync(url, new FormUrlEncodedContent([.. isian, new("__RequestVerificationToken", await TokenAsync(client))]));

    private static Task<HttpResponseMessage> TambahAsync(HtmlClient client, Data d, string sasaran, string teks) =>
        client.SubmitAsync(d.Url, new Dictionary<string, string> { ["Teks"] = teks }, $"[data-sasaran='{sasaran}'] form[data-testid=form-tambah]");

    private static string Rhk(Guid kunci) => SasaranUmpanBalik.Rhk(kunci);

    private static string Nilai(NilaiBerakhlak nilai) => SasaranUmpanBalik.Perilaku(nilai);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Teks(IHtmlDocument doc, string selector) => doc.QuerySelector(selector)?.TextContent ?? string.Empty;

    private Task<int> PermintaanUntukAsync(int rekanId, int skpId) =>
        DenganDbAsync(db => db.PermintaanMasukan.Where(r => r.RekanPegawaiId == rekanId && r.SkpId == skpId).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());

    /// <summary>Penilai feedback on an RHK and a value, a peer request answered by Staf2.</summary>
    private async Task<Data> DenganUmpanBalikDanMasukanAsync()
    {
        var d = await SkpAsync();
        using var penilai = await MasukAsync(d.Org.Kabid);
        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(penilai, d, Rhk(d.Rhk[0]), TeksPenilai)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(penilai, d, Nilai(NilaiBerakhlak.Akuntabel), TeksNilai)).StatusCode);
        var minta = await penilai.SubmitAsync(d.Url, new Dictionary<string, string>
        {
            ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value),
            ["Pesan"] = "Mohon masukan tentang kerja sama di bidang.",
        }, "form[data-testid=form-minta]");
        Assert.Equal(HttpStatusCode.Redirect, minta.StatusCode);

        using var rekan = await MasukAsync(d.Org.Staf2);
        var id = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var kotak = await rekan.GetDocumentAsync("/UmpanBalik/Permintaan");
        Assert.NotNull(kotak.QuerySelector($"[data-testid=daftar-permintaan-saya] tr[data-id='{id}']"));
        var jawab = await rekan.SubmitAsync($"/UmpanBalik/Permintaan/{id}", new Dictionary<string, string>
        {
            [JawabPermintaanForm.KunciRhk(d.Rhk[0])] = TeksRekan,
        }, "form[data-testid=form-jawab]");
        Assert.Equal(HttpStatusCode.Redirect, jawab.StatusCode);
        return d;
    }

    [Fact]
    public async Task Penilai_AddsFeedbackAndAsksAPeer_EmployeeAtasanAndAdminReadOnlyThePenilaisFeedback()
    {
        var d = await DenganUmpanBalikDanMasukanAsync();

        // The pejabat penilai sees both threads, the peer's input marked as such, and the answered request.
        using var penilai = await MasukAsync(d.Org.Kabid);
        var hal = await penilai.GetDocumentAsync(d.Url);
        Assert.Contains(TeksPenilai, Teks(hal, $"[data-sasaran='{Rhk(d.Rhk[0])}']"), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;kualitas&lt;/b&gt;", hal.QuerySelector($"[data-sasaran='{Rhk(d.Rhk[0])}']")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains(TeksNilai, Teks(hal, $"[data-sasaran='{Nilai(NilaiBerakhlak.Akuntabel)}']"), StringComparison.Ordinal);
        var entriRekan = Assert.Single(hal.QuerySelectorAll("[data-testid=entri][data-jenis=RekanKerja]"));
        Assert.Contains(TeksRekan, entriRekan.TextContent, StringComparison.Ordinal);
        Assert.Contains(d.Org.Staf2.Nama, entriRekan.TextContent, StringComparison.Ordinal);
        Assert.NotNull(hal.QuerySelector("[data-testid=daftar-permintaan] tr[data-status=Dijawab]"));
        Assert.Equal(d.Rhk.Count + 7, hal.QuerySelectorAll("form[data-testid=form-tambah]").Length);

        // The employee, the atasan pejabat penilai and the Admin BKD read the penilai's feedback, never the peer's input, and cannot write.
        foreach (var akun in new[] { d.Org.Staf, d.Org.Kadis, d.Org.AdminBkd })
        {
            using var client = await MasukAsync(akun);
            var doc = await client.GetDocumentAsync(d.Url);
            var isi = doc.QuerySelector("main")!.TextContent;
            Assert.Contains(TeksPenilai, isi, StringComparison.Ordinal);
            Assert.Contains(TeksNilai, isi, StringComparison.Ordinal);
            Assert.DoesNotContain(TeksRekan, isi, StringComparison.Ordinal);
            Assert.DoesNotContain(TeksRekan, doc.DocumentElement.OuterHtml, StringComparison.Ordinal);
            Assert.Empty(doc.QuerySelectorAll("[data-jenis=RekanKerja]"));
            Assert.Null(doc.QuerySelector("[data-testid=permintaan-masukan]"));
            Assert.Empty(doc.QuerySelectorAll("main form[method=post]"));
        }

        // The peer reads their own answer, read-only, but not the feedback page.
        using var rekan = await MasukAsync(d.Org.Staf2);
        var id = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var jawaban = await rekan.GetDocumentAsync($"/UmpanBalik/Permintaan/{id}");
        Assert.Equal("Dijawab", jawaban.QuerySelector("[data-testid=status]")!.GetAttribute("data-status"));
        Assert.Contains(TeksRekan, Teks(jawaban, "[data-testid=jawaban]"), StringComparison.Ordinal);
        Assert.Empty(jawaban.QuerySelectorAll("textarea"));
        Assert.Null((await rekan.GetDocumentAsync("/UmpanBalik/Permintaan")).QuerySelector($"tr[data-id='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await rekan.Http.GetAsync(d.Url)).StatusCode);

        // Audited as IAuditable.
        var audit = await DenganDbAsync(db => db.AuditEntries.CountAsync(a => a.Entitas == nameof(UmpanBalik) && a.Aksi == AksiAudit.Tambah));
        Assert.True(audit >= 3);
    }

    [Fact]
    public async Task Others_GetNotFound_EmployeeAndAtasanAreRefusedEveryWrite_ThePeerAnswersOnlyTheirOwnRequest()
    {
        var d = await DenganUmpanBalikDanMasukanAsync();
        var entri = await DenganDbAsync(db => db.UmpanBalik.Where(u => u.SkpId == d.SkpId && u.Jenis == JenisUmpanBalik.Penilai).Select(u => u.Id).FirstAsync());
        var permintaan = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var tulis = new[]
        {
            ($"{d.Url}/Tambah", new Dictionary<string, string> { ["Sasaran"] = Rhk(d.Rhk[0]), ["Teks"] = "Bukan penilai" }),
            ($"{d.Url}/Ubah/{entri}", new Dictionary<string, string> { ["Version"] = "1", ["Teks"] = "Bukan penilai" }),
            ($"{d.Url}/Hapus/{entri}", new Dictionary<string, string> { ["version"] = "1" }),
            ($"{d.Url}/Minta", new Dictionary<string, string> { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value) }),
            ($"{d.Url}/Batalkan/{permintaan}", new Dictionary<string, string> { ["version"] = "1" }),
        };

        // The employee, the atasan, the Admin BKD and the administrator may read: every write is 403.
        foreach (var akun in new[] { d.Org.Staf, d.Org.Kadis, d.Org.AdminBkd, d.Org.Administrator })
        {
            using var client = await MasukAsync(akun);
            foreach (var (url, isian) in tulis)
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, url, isian)).StatusCode);
            }
        }

        // Another employee (even the peer who answered): 404 everywhere.
        foreach (var akun in new[] { d.Org.Staf2 })
        {
            using var client = await MasukAsync(akun);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(d.Url)).StatusCode);
            foreach (var (url, isian) in tulis)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, url, isian)).StatusCode);
            }
        }

        // A period that does not belong to the SKP's year: 404.
        using var penilai = await MasukAsync(d.Org.Kabid);
        var lain = await SkpAsync(1);
        Assert.Equal(HttpStatusCode.NotFound, (await penilai.Http.GetAsync($"/UmpanBalik/{d.SkpId}/{lain.PeriodeId}")).StatusCode);

        // A request is answered only by the peer asked: anyone else gets 404 on it.
        using var kadis = await MasukAsync(d.Org.Kadis);
        Assert.Equal(HttpStatusCode.NotFound, (await kadis.Http.GetAsync($"/UmpanBalik/Permintaan/{permintaan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(kadis, $"/UmpanBalik/Permintaan/{permintaan}", new() { ["Version"] = "1", [JawabPermintaanForm.KunciRhk(d.Rhk[0])] = "Menyusup" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(penilai, $"/UmpanBalik/Permintaan/{permintaan}", new() { ["Version"] = "1", [JawabPermintaanForm.KunciRhk(d.Rhk[0])] = "Menyusup" })).StatusCode);

        // Nothing changed.
        var jumlah = await DenganDbAsync(db => db.UmpanBalik.CountAsync(u => u.SkpId == d.SkpId));
        Assert.Equal(3, jumlah);
    }

    [Fact]
    public async Task Penilai_EditsAndDeletesOnlyTheirOwnFeedback_NeverAPeersOrAnotherAuthors()
    {
        var d = await DenganUmpanBalikDanMasukanAsync();
        var (milik, rekan) = await DenganDbAsync(async db => (
            await db.UmpanBalik.Where(u => u.SkpId == d.SkpId && u.Jenis == JenisUmpanBalik.Penilai).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(),
            await db.UmpanBalik.Where(u => u.SkpId == d.SkpId && u.Jenis == JenisUmpanBalik.RekanKerja).Select(u => u.Id).FirstAsync()));
        // Feedback written by a former pejabat penilai (the Kadis, say, before a reorganisation).
        var lama = await DenganDbAsync(async db =>
        {
            var u = UmpanBalik.OlehPenilai(d.SkpId, d.PeriodeId, d.Rhk[1], null, "Dari penilai sebelumnya", d.Org.Kadis.PegawaiId!.Value, d.Org.Kadis.Login, Waktu);
            db.UmpanBalik.Add(u);
            await db.SaveChangesAsync();
            return u.Id;
        });

        using var penilai = await MasukAsync(d.Org.Kabid);
        var hal = await penilai.GetDocumentAsync(d.Url);
        Assert.NotNull(hal.QuerySelector($"[data-id='{milik}'] form[data-testid=form-ubah]"));
        Assert.Null(hal.QuerySelector($"[data-id='{rekan}'] form"));
        Assert.Null(hal.QuerySelector($"[data-id='{lama}'] form"));
        foreach (var id in new[] { rekan, lama })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(penilai, $"{d.Url}/Ubah/{id}", new() { ["Version"] = "1", ["Teks"] = "Diubah" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(penilai, $"{d.Url}/Hapus/{id}", new() { ["version"] = "1" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(penilai, $"{d.Url}/Ubah/999999", new() { ["Version"] = "1", ["Teks"] = "Diubah" })).StatusCode);

        // Own: edit, then delete.
        var ubah = await penilai.SubmitAsync(d.Url, new Dictionary<string, string> { ["Teks"] = "Teks yang diperbaiki" }, $"[data-id='{milik}'] form[data-testid=form-ubah]");
        Assert.Equal(HttpStatusCode.Redirect, ubah.StatusCode);
        var (teks, diubah) = await DenganDbAsync(db => db.UmpanBalik.Where(u => u.Id == milik).Select(u => new ValueTuple<string, DateTime?>(u.Teks, u.DiubahUtc)).SingleAsync());
        Assert.Equal("Teks yang diperbaiki", teks);
        Assert.NotNull(diubah);
        var hapus = await penilai.SubmitAsync(d.Url, new Dictionary<string, string>(), $"[data-id='{milik}'] form[data-testid=form-hapus]");
        Assert.Equal(HttpStatusCode.Redirect, hapus.StatusCode);
        Assert.False(await DenganDbAsync(db => db.UmpanBalik.AnyAsync(u => u.Id == milik)));
        Assert.True(await DenganDbAsync(db => db.UmpanBalik.AnyAsync(u => u.Id == rekan || u.Id == lama)));
        var audit = await DenganDbAsync(db => db.AuditEntries.Where(a => a.Entitas == nameof(UmpanBalik) && a.EntitasId == milik).Select(a => a.Aksi).ToListAsync());
        Assert.Equal(new[] { AksiAudit.Tambah, AksiAudit.Ubah, AksiAudit.Hapus }, audit.Order());
    }

    [Fact]
    public async Task ClosedPeriod_RefusesFeedbackRequestsAndAnswers_AndThePageShowsNoForms()
    {
        var d = await DenganUmpanBalikDanMasukanAsync();
        using var penilai = await MasukAsync(d.Org.Kabid);
        var minta = await penilai.SubmitAsync(d.Url, new Dictionary<string, string> { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value) }, "form[data-testid=form-minta]");
        Assert.Equal(HttpStatusCode.Redirect, minta.StatusCode);
        var menunggu = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var entri = await DenganDbAsync(db => db.UmpanBalik.Where(u => u.SkpId == d.SkpId && u.Jenis == JenisUmpanBalik.Penilai).Select(u => u.Id).FirstAsync());
        var sebelum = await MenungguAsync(d.Org.Staf2);
        await DenganDbAsync(async db =>
        {
            var t = await db.TahunKinerja.Include(x => x.Periode).SingleAsync(x => x.Id == d.TahunId);
            t.TutupPeriode(1, Waktu.AddMonths(6));
            return await db.SaveChangesAsync();
        });

        var hal = await penilai.GetDocumentAsync(d.Url);
        Assert.NotNull(hal.QuerySelector("[data-testid=periode-ditutup]"));
        Assert.Empty(hal.QuerySelectorAll("main form[method=post]"));
        Assert.Contains(TeksPenilai, hal.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(penilai, $"{d.Url}/Tambah", new() { ["Sasaran"] = Rhk(d.Rhk[0]), ["Teks"] = "Terlambat" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(penilai, $"{d.Url}/Ubah/{entri}", new() { ["Version"] = "1", ["Teks"] = "Terlambat" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value) })).StatusCode);

        // The peer's waiting request can no longer be answered, and it leaves the home-page count.
        using var rekan = await MasukAsync(d.Org.Staf2);
        var jawab = await rekan.GetDocumentAsync($"/UmpanBalik/Permintaan/{menunggu}");
        Assert.Empty(jawab.QuerySelectorAll("textarea"));
        var post = await PostAsync(rekan, $"/UmpanBalik/Permintaan/{menunggu}", new() { ["Version"] = "1", [JawabPermintaanForm.KunciRhk(d.Rhk[0])] = "Terlambat" });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(StatusPermintaanMasukan.Menunggu, await DenganDbAsync(db => db.PermintaanMasukan.Where(r => r.Id == menunggu).Select(r => r.Status).SingleAsync()));
        Assert.Equal(sebelum - 1, await MenungguAsync(d.Org.Staf2));
        Assert.Equal(3, await DenganDbAsync(db => db.UmpanBalik.CountAsync(u => u.SkpId == d.SkpId)));
    }

    [Fact]
    public async Task BadInput_GetsIndonesianMessagesOnTheFormWithTheInputKept_NeverA500()
    {
        var d = await SkpAsync();
        using var penilai = await MasukAsync(d.Org.Kabid);
        async Task<IHtmlDocument> DitolakAsync(HttpResponseMessage r)
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return await HtmlClient.ParseAsync(r);
        }

        var kosong = await DitolakAsync(await TambahAsync(penilai, d, Rhk(d.Rhk[0]), "   "));
        Assert.Contains("Tuliskan umpan balik terlebih dahulu.", Teks(kosong, $"[data-sasaran='{Rhk(d.Rhk[0])}'] form[data-testid=form-tambah]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tuliskan umpan balik", Teks(kosong, $"[data-sasaran='{Rhk(d.Rhk[1])}']"), StringComparison.Ordinal);

        var panjang = new string('x', UmpanBalik.TeksMaxLength + 1);
        var terlalu = await DitolakAsync(await TambahAsync(penilai, d, Nilai(NilaiBerakhlak.Adaptif), panjang));
        var form = terlalu.QuerySelector($"[data-sasaran='{Nilai(NilaiBerakhlak.Adaptif)}'] form[data-testid=form-tambah]")!;
        Assert.Contains($"Maksimal {UmpanBalik.TeksMaxLength} karakter.", form.TextContent, StringComparison.Ordinal);
        Assert.Equal(panjang, ((IHtmlTextAreaElement)form.QuerySelector("textarea")!).Value);

        // A forged target: an RHK of no SKP, a value that does not exist, nothing.
        foreach (var sasaran in new[] { Rhk(Guid.NewGuid()), "nilai:Jujur", "nilai:3", "rhk:bukan-guid", string.Empty })
        {
            var r = await PostAsync(penilai, $"{d.Url}/Tambah", new() { ["Sasaran"] = sasaran, ["Teks"] = "Umpan balik" });
            var doc = await DitolakAsync(r);
            Assert.Matches("Umpan balik harus (untuk salah satu|tentang tepat satu)", doc.QuerySelector("main")!.TextContent);
        }

        var tanpaRekan = await DitolakAsync(await penilai.SubmitAsync(d.Url, new Dictionary<string, string> { ["RekanPegawaiId"] = string.Empty }, "form[data-testid=form-minta]"));
        Assert.Contains("Pilih rekan kerja yang dimintai masukan.", Teks(tanpaRekan, "form[data-testid=form-minta]"), StringComparison.Ordinal);
        foreach (var orang in new[] { d.Org.AdminBkd.PegawaiId!.Value, d.Org.Staf.PegawaiId!.Value, d.Org.Kabid.PegawaiId!.Value, 999999 })
        {
            var luar = await DitolakAsync(await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = Id(orang), ["Pesan"] = "Pesan saya" }));
            Assert.Contains("Pilih rekan kerja dari daftar", Teks(luar, "form[data-testid=form-minta]"), StringComparison.Ordinal);
            Assert.Equal("Pesan saya", ((IHtmlTextAreaElement)luar.QuerySelector("form[data-testid=form-minta] textarea")!).Value);
        }

        var bukanAngka = await DitolakAsync(await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = "abc" }));
        Assert.NotEmpty(Teks(bukanAngka, "form[data-testid=form-minta] [role=alert]").Trim());
        var pesanPanjang = await DitolakAsync(await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value), ["Pesan"] = new string('p', PermintaanMasukan.PesanMaxLength + 1) }));
        Assert.Contains($"Maksimal {PermintaanMasukan.PesanMaxLength} karakter.", Teks(pesanPanjang, "form[data-testid=form-minta]"), StringComparison.Ordinal);

        // A second waiting request to the same peer is refused with a message.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value) })).StatusCode);
        var ganda = await DitolakAsync(await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value) }));
        Assert.Contains("masih memiliki permintaan masukan yang menunggu", Teks(ganda, "form[data-testid=form-minta]"), StringComparison.Ordinal);
        Assert.Equal(1, await DenganDbAsync(db => db.PermintaanMasukan.CountAsync(r => r.SkpId == d.SkpId)));

        // The peer's answer: nothing written, or too long.
        using var rekan = await MasukAsync(d.Org.Staf2);
        var id = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var tanpaIsi = await DitolakAsync(await rekan.SubmitAsync($"/UmpanBalik/Permintaan/{id}", new Dictionary<string, string>(), "form[data-testid=form-jawab]"));
        Assert.Contains("Tuliskan masukan untuk sedikitnya satu", Teks(tanpaIsi, "form[data-testid=form-jawab]"), StringComparison.Ordinal);
        var kunci = JawabPermintaanForm.KunciNilai(NilaiBerakhlak.Loyal);
        var jawabPanjang = await DitolakAsync(await rekan.SubmitAsync($"/UmpanBalik/Permintaan/{id}", new Dictionary<string, string> { [kunci] = panjang }, "form[data-testid=form-jawab]"));
        Assert.Contains($"Maksimal {UmpanBalik.TeksMaxLength} karakter.", Teks(jawabPanjang, $"[data-nilai=Loyal]"), StringComparison.Ordinal);
        Assert.Equal(panjang, ((IHtmlTextAreaElement)jawabPanjang.QuerySelector($"textarea[name='{kunci}']")!).Value);

        // Forged keys and values: a message on the form, never a 500, nothing stored.
        foreach (var isian in new Dictionary<string, string>[]
                 {
                     new() { ["Rhk[bukan-guid]"] = "Masukan" },
                     new() { [$"Rhk[{Guid.NewGuid():D}]"] = "Masukan" },
                     new() { ["Nilai[99]"] = "Masukan" },
                     new() { ["Nilai[Jujur]"] = "Masukan" },
                     new() { ["Version"] = "abc", [kunci] = "Masukan" },
                 })
        {
            var r = await PostAsync(rekan, $"/UmpanBalik/Permintaan/{id}", isian);
            var doc = await DitolakAsync(r);
            Assert.True(doc.QuerySelectorAll("form[data-testid=form-jawab] [data-testid=galat-umum] li, form[data-testid=form-jawab] .invalid-feedback").Length > 0, string.Join(",", isian.Keys));
        }

        foreach (var isian in new Dictionary<string, string>[] { new() { ["Version"] = "abc", ["Teks"] = "x" }, new() { ["Teks"] = "x" } })
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, (await PostAsync(penilai, $"{d.Url}/Ubah/1", isian)).StatusCode);
        }

        Assert.Equal(StatusPermintaanMasukan.Menunggu, await DenganDbAsync(db => db.PermintaanMasukan.Where(x => x.Id == id).Select(x => x.Status).SingleAsync()));
        Assert.Equal(0, await DenganDbAsync(db => db.UmpanBalik.CountAsync(u => u.SkpId == d.SkpId)));
    }

    [Fact]
    public async Task Concurrency_AnEditOfAnOlderVersion_GetsTheMessageAndKeepsTheInput_AndCancelOfAnAnsweredRequestIsRefused()
    {
        var d = await DenganUmpanBalikDanMasukanAsync();
        var milik = await DenganDbAsync(db => db.UmpanBalik.Where(u => u.SkpId == d.SkpId && u.Jenis == JenisUmpanBalik.Penilai).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());
        using var penilai = await MasukAsync(d.Org.Kabid);
        var tabLama = await penilai.GetDocumentAsync(d.Url);
        var selektor = $"[data-id='{milik}'] form[data-testid=form-ubah]";
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitDocumentAsync(tabLama, d.Url, new Dictionary<string, string> { ["Teks"] = "Versi pertama" }, selektor)).StatusCode);

        var konflik = await penilai.SubmitDocumentAsync(tabLama, d.Url, new Dictionary<string, string> { ["Teks"] = "Versi dari tab lama" }, selektor);

        Assert.Equal(HttpStatusCode.OK, konflik.StatusCode);
        var doc = await HtmlClient.ParseAsync(konflik);
        var form = doc.QuerySelector(selektor)!;
        Assert.Contains("telah diubah oleh pengguna lain", form.TextContent, StringComparison.Ordinal);
        Assert.Equal("Versi dari tab lama", ((IHtmlTextAreaElement)form.QuerySelector("textarea")!).Value);
        Assert.Equal("Versi pertama", await DenganDbAsync(db => db.UmpanBalik.Where(u => u.Id == milik).Select(u => u.Teks).SingleAsync()));

        // Deleting from the old tab: the same message, nothing deleted.
        var hapus = await penilai.SubmitDocumentAsync(tabLama, d.Url, new Dictionary<string, string>(), $"[data-id='{milik}'] form[data-testid=form-hapus]");
        Assert.Equal(HttpStatusCode.Redirect, hapus.StatusCode);
        Assert.Contains("telah diubah oleh pengguna lain", (await penilai.GetDocumentAsync(d.Url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await DenganDbAsync(db => db.UmpanBalik.AnyAsync(u => u.Id == milik)));

        // A request already answered cannot be cancelled.
        var permintaan = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var versi = await DenganDbAsync(db => db.PermintaanMasukan.Where(r => r.Id == permintaan).Select(r => r.Version).SingleAsync());
        var batal = await PostAsync(penilai, $"{d.Url}/Batalkan/{permintaan}", new() { ["version"] = Id(versi) });
        Assert.Equal(HttpStatusCode.Redirect, batal.StatusCode);
        Assert.Contains("sudah dijawab atau dibatalkan", (await penilai.GetDocumentAsync(d.Url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // A waiting one is, and then leaves the peer's inbox.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(penilai, $"{d.Url}/Minta", new() { ["RekanPegawaiId"] = Id(d.Org.Staf2.PegawaiId!.Value) })).StatusCode);
        var baru = await PermintaanUntukAsync(d.Org.Staf2.PegawaiId!.Value, d.SkpId);
        var aksi = await factory.WithScopeAsync(sp => ActivatorUtilities.CreateInstance<AksiUmpanBalik>(sp)
            .UntukAsync(new PenggunaSkp(d.Org.Staf2.PegawaiId, d.Org.Staf2.Login, false), new DateOnly(2026, 12, 1), CancellationToken.None));
        var baris = Assert.Single(aksi);
        Assert.Equal(AksiUmpanBalik.Kode, baris.Kode);
        Assert.True((int)baris.Argumen[0] >= 1);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(d.Url, new Dictionary<string, string>(), $"[data-testid=daftar-permintaan] tr[data-id='{baru}'] form")).StatusCode);
        Assert.Equal(StatusPermintaanMasukan.Dibatalkan, await DenganDbAsync(db => db.PermintaanMasukan.Where(r => r.Id == baru).Select(r => r.Status).SingleAsync()));
        using var rekan = await MasukAsync(d.Org.Staf2);
        Assert.Null((await rekan.GetDocumentAsync("/UmpanBalik/Permintaan")).QuerySelector($"tr[data-id='{baru}']"));
    }

    [Fact]
    public async Task Page_RunsAFixedNumberOfQueries_WhateverTheNumberOfRhkAndFeedback()
    {
        var kecil = await SkpAsync(1);
        var besar = await SkpAsync(6);
        await DenganDbAsync(async db =>
        {
            var org = besar.Org;
            foreach (var kunci in besar.Rhk)
            {
                for (var i = 0; i < 3; i++)
                {
                    db.UmpanBalik.Add(UmpanBalik.OlehPenilai(besar.SkpId, besar.PeriodeId, kunci, null, $"Umpan balik {i}", org.Kabid.PegawaiId!.Value, org.Kabid.Login, Waktu.AddDays(i)));
                }
            }

            foreach (var nilai in Enum.GetValues<NilaiBerakhlak>())
            {
                db.UmpanBalik.Add(UmpanBalik.OlehPenilai(besar.SkpId, besar.PeriodeId, null, nilai, "Perilaku", org.Kabid.PegawaiId!.Value, org.Kabid.Login, Waktu));
            }

            db.PermintaanMasukan.Add(PermintaanMasukan.Minta(besar.SkpId, besar.PeriodeId, org.Staf.PegawaiId!.Value, org.Staf2.PegawaiId!.Value, org.Kabid.PegawaiId!.Value, null, Waktu));
            return await db.SaveChangesAsync();
        });

        var penilai = new PenggunaSkp(kecil.Org.Kabid.PegawaiId, kecil.Org.Kabid.Login, false);
        var pegawai = new PenggunaSkp(kecil.Org.Staf.PegawaiId, kecil.Org.Staf.Login, false);
        var (nKecil, mKecil) = await HitungAsync(kecil, penilai);
        var (nBesar, mBesar) = await HitungAsync(besar, penilai);
        var (nPegawai, _) = await HitungAsync(besar, pegawai);

        Assert.Equal(nKecil, nBesar);
        Assert.True(nBesar <= 10, $"{nBesar} queries");
        Assert.True(nPegawai <= nBesar);
        Assert.Equal((1, 0), (mKecil.Rhk.Count, mKecil.Rhk.Sum(r => r.Entri.Count)));
        Assert.Equal((6, 18, 7), (mBesar.Rhk.Count, mBesar.Rhk.Sum(r => r.Entri.Count), mBesar.Perilaku.Sum(p => p.Entri.Count)));
        Assert.Single(mBesar.Permintaan);
        Assert.Contains(mBesar.PilihanRekan, r => r.Id == besar.Org.Staf2.PegawaiId);
        Assert.DoesNotContain(mBesar.PilihanRekan, r => r.Id == besar.Org.Staf.PegawaiId || r.Id == besar.Org.Kabid.PegawaiId || r.Id == besar.Org.AdminBkd.PegawaiId);
        Assert.Equal(new[] { JenisRhk.Utama, JenisRhk.Tambahan }, mBesar.Rhk.Select(r => r.Jenis).Distinct());
        Assert.Equal(7, mBesar.Perilaku.Count(p => p.Ekspektasi is not null));
    }

    /// <summary>The count on the peer's home-page line (0 when there is none).</summary>
    private Task<int> MenungguAsync(AkunUji akun) => factory.WithScopeAsync(async sp =>
    {
        var aksi = await ActivatorUtilities.CreateInstance<AksiUmpanBalik>(sp)
            .UntukAsync(new PenggunaSkp(akun.PegawaiId, akun.Login, false), new DateOnly(2026, 12, 1), CancellationToken.None);
        return aksi.Count == 0 ? 0 : (int)Assert.Single(aksi).Argumen[0];
    });

    private Task<(int Jumlah, UmpanBalikViewModel Model)> HitungAsync(Data d, PenggunaSkp pengguna) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var layanan = new UmpanBalikService(db, TimeProvider.System, NullLogger<UmpanBalikService>.Instance);
        var model = await layanan.HalamanAsync(d.SkpId, d.PeriodeId, pengguna, CancellationToken.None);
        return (penghitung.Jumlah, model!);
    });
}

public sealed class UmpanBalikTestsSqlite(SqliteAppFactory factory) : UmpanBalikTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class UmpanBalikTestsPostgres(PostgresAppFactory factory) : UmpanBalikTests(factory), IClassFixture<PostgresAppFactory>;
