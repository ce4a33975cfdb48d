using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.IntegrationTests.Infrastructure;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// The annual evaluation through the browser's requests on both providers: built from the periods, confirmed or adjusted
/// with a reason by the pejabat penilai, final only when every period is, reopened by the Admin BKD; who may do what.
/// </summary>
public abstract class EvaluasiTahunanTests(SiKinerjaAppFactory factory)
{
    private static readonly DateTime Waktu = new(2026, 7, 3, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2050;

    private sealed record Tahun(int Id, int Nomor, IReadOnlyList<int> PeriodeId);

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private Task<Tahun> TahunAsync() => DenganDbAsync(async db =>
    {
        var tahun = Interlocked.Increment(ref _tahun);
        var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return new Tahun(t.Id, tahun, [.. t.Periode.OrderBy(p => p.Nomor).Select(p => p.Id)]);
    });

    /// <summary>An approved SKP of the staff member (pejabat penilai Kabid, atasan Kadis) with its real snapshot.</summary>
    private Task<int> SkpDisetujuiAsync(Tahun tahun, int pegawaiId) => DenganDbAsync(async db =>
    {
        var snapshot = (await PembuatSnapshotSkp.BuatAsync(db, pegawaiId, CancellationToken.None))!;
        var skp = SkpEntity.Buat(tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), PendekatanSkp.Kuantitatif, snapshot, "tes", Waktu);
        var rhk = skp.TambahRhk(JenisRhk.Utama, $"RHK {Guid.NewGuid():N}");
        skp.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan", Target.Angka(12, "laporan"));
        skp.Ajukan(AturanSkp.Bawaan, false, "tes", Waktu.AddHours(1));
        skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), snapshot.PejabatPenilai!.Nip, Waktu.AddHours(2));
        db.Skp.Add(skp);
        await db.SaveChangesAsync();
        return skp.Id;
    });

    private Task<int> EvaluasiPeriodeAsync(int skpId, int periodeId, int unitId, Rating hasil, Rating perilaku, bool final) => DenganDbAsync(async db =>
    {
        var e = EvaluasiPeriode.Buat(skpId, periodeId, unitId);
        e.Nilai(hasil, perilaku, null, "penilai", Waktu.AddDays(1));
        if (final)
        {
            e.Finalkan("penilai", Waktu.AddDays(2));
        }

        db.EvaluasiPeriode.Add(e);
        return await db.SaveChangesAsync();
    });

    private async Task<(OrganisasiUji Org, Tahun Tahun, int SkpId, string Url)> TahunStafAsync(bool semuaFinal = true)
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var skpId = await SkpDisetujuiAsync(tahun, org.Staf.PegawaiId!.Value);
        await EvaluasiPeriodeAsync(skpId, tahun.PeriodeId[0], org.UnitBidangId, Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, final: true);
        await EvaluasiPeriodeAsync(skpId, tahun.PeriodeId[1], org.UnitBidangId, Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, final: semuaFinal);
        return (org, tahun, skpId, $"/EvaluasiTahunan/{org.Staf.PegawaiId}/{tahun.Nomor}");
    }

    private async Task<HtmlClient> MasukAsync(AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(akun.Login, TestData.Password)).StatusCode);
        return client;
    }

    private Task<EvaluasiTahunan?> TahunanAsync(int pegawaiId, Tahun tahun) =>
        DenganDbAsync(db => db.EvaluasiTahunan.AsNoTracking().SingleOrDefaultAsync(e => e.PegawaiId == pegawaiId && e.TahunKinerjaId == tahun.Id));

    private static async Task<string> GalatAsync(HttpResponseMessage response)
    {
        var doc = await HtmlClient.ParseAsync(response);
        return string.Join(" | ", doc.QuerySelectorAll(".validation-summary-errors li, [data-valmsg-for]:not(:empty)").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task Penilai_ConfirmsTheSuggestion_ThenFinalises_AndItLocks()
    {
        var (org, tahun, skpId, url) = await TahunStafAsync();
        var penilai = await MasukAsync(org.Kabid);

        var daftar = await penilai.GetDocumentAsync($"/EvaluasiTahunan?tahun={tahun.Nomor}");
        var baris = daftar.QuerySelector($"[data-testid=daftar-tahunan] tr[data-pegawai='{org.Staf.PegawaiId}']");
        Assert.NotNull(baris);
        Assert.Contains("2 / 2", baris!.TextContent, StringComparison.Ordinal);

        // Semester I meets, semester II above: an exact half, the latest period decides → above; behaviour meets.
        var halaman = await penilai.GetDocumentAsync(url);
        var hasil = (IHtmlSelectElement)halaman.QuerySelector("#RatingHasil")!;
        Assert.Equal(nameof(Rating.DiAtasEkspektasi), hasil.Value);
        Assert.Equal(nameof(Rating.SesuaiEkspektasi), ((IHtmlSelectElement)halaman.QuerySelector("#RatingPerilaku")!).Value);

        var simpan = await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-tahunan]");
        Assert.Equal(HttpStatusCode.Redirect, simpan.StatusCode);
        var tersimpan = await TahunanAsync(org.Staf.PegawaiId!.Value, tahun);
        Assert.Equal((Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.Baik, StatusEvaluasiTahunan.Dinilai, skpId),
            (tersimpan!.RatingHasil, tersimpan.RatingPerilaku, tersimpan.Predikat, tersimpan.Status, tersimpan.SkpId));
        Assert.Equal((Rating?)Rating.DiAtasEkspektasi, tersimpan.SaranHasil);

        var final = await penilai.SubmitAsync(url, new Dictionary<string, string>(), $"form[action$='/Finalkan']");
        Assert.Equal(HttpStatusCode.Redirect, final.StatusCode);
        Assert.Equal(StatusEvaluasiTahunan.Final, (await TahunanAsync(org.Staf.PegawaiId!.Value, tahun))!.Status);

        // Locked: no form any more, and a forged POST is refused with the reason and changes nothing.
        var terkunci = await penilai.GetDocumentAsync(url);
        Assert.Null(terkunci.QuerySelector("form[data-testid=form-tahunan]"));
        Assert.Contains("Baik", terkunci.QuerySelector("[data-testid=hasil-tahunan]")!.TextContent, StringComparison.Ordinal);
        var token = terkunci.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var palsu = await penilai.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["RatingHasil"] = nameof(Rating.DiBawahEkspektasi),
            ["RatingPerilaku"] = nameof(Rating.DiBawahEkspektasi),
            ["AlasanPenyesuaian"] = "coba",
            ["Version"] = tersimpan.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.OK, palsu.StatusCode);
        Assert.Contains("sudah final", await GalatAsync(palsu), StringComparison.Ordinal);
        Assert.Equal(PredikatKinerja.Baik, (await TahunanAsync(org.Staf.PegawaiId!.Value, tahun))!.Predikat);
    }

    [Fact]
    public async Task Adjusting_WithoutReason_ShowsTheMessageOnTheField_WithReason_SavedAndAudited()
    {
        var (org, tahun, _, url) = await TahunStafAsync();
        var penilai = await MasukAsync(org.Kabid);

        var tanpa = await penilai.SubmitAsync(url, new Dictionary<string, string> { ["RatingHasil"] = nameof(Rating.SesuaiEkspektasi) }, "form[data-testid=form-tahunan]");
        Assert.Equal(HttpStatusCode.OK, tanpa.StatusCode);
        var doc = await HtmlClient.ParseAsync(tanpa);
        Assert.Contains("alasan", doc.QuerySelector("[data-valmsg-for=AlasanPenyesuaian]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(nameof(Rating.SesuaiEkspektasi), ((IHtmlSelectElement)doc.QuerySelector("#RatingHasil")!).Value); // input kept
        Assert.Null(await TahunanAsync(org.Staf.PegawaiId!.Value, tahun));

        var kosong = await penilai.SubmitAsync(url, new Dictionary<string, string> { ["RatingHasil"] = "", ["RatingPerilaku"] = "Palsu" }, "form[data-testid=form-tahunan]");
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        var galat = await GalatAsync(kosong);
        Assert.Contains("Pilih rating hasil", galat, StringComparison.Ordinal);
        Assert.Contains("Nilai 'Palsu' tidak valid", galat, StringComparison.Ordinal);

        var dengan = await penilai.SubmitAsync(url, new Dictionary<string, string>
        {
            ["RatingHasil"] = nameof(Rating.SesuaiEkspektasi),
            ["AlasanPenyesuaian"] = "Capaian semester II belum terverifikasi",
        }, "form[data-testid=form-tahunan]");
        Assert.Equal(HttpStatusCode.Redirect, dengan.StatusCode);
        var e = await TahunanAsync(org.Staf.PegawaiId!.Value, tahun);
        Assert.Equal((Rating.SesuaiEkspektasi, "Capaian semester II belum terverifikasi"), (e!.RatingHasil, e.AlasanPenyesuaian));

        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entitas == nameof(EvaluasiTahunan) && a.EntitasId == e.Id).ToListAsync());
        var tambah = Assert.Single(audit);
        Assert.Equal((SiKinerja.Infrastructure.Audit.AksiAudit.Tambah, org.Kabid.Login), (tambah.Aksi, tambah.Pengguna));
        Assert.Contains("Capaian semester II belum terverifikasi", tambah.Sesudah, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalise_RefusedWhileAPeriodIsNotFinal()
    {
        var (org, tahun, _, url) = await TahunStafAsync(semuaFinal: false);
        var penilai = await MasukAsync(org.Kabid);

        var halaman = await penilai.GetDocumentAsync(url);
        Assert.Contains("Belum ada saran", halaman.QuerySelector("[data-testid=saran]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(url, new Dictionary<string, string>
        {
            ["RatingHasil"] = nameof(Rating.SesuaiEkspektasi),
            ["RatingPerilaku"] = nameof(Rating.SesuaiEkspektasi),
        }, "form[data-testid=form-tahunan]")).StatusCode);

        var final = await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[action$='/Finalkan']");
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        Assert.Contains("semua evaluasi periodik", await GalatAsync(final), StringComparison.Ordinal);
        Assert.Equal(StatusEvaluasiTahunan.Dinilai, (await TahunanAsync(org.Staf.PegawaiId!.Value, tahun))!.Status);
    }

    [Fact]
    public async Task Concurrency_TheSecondOfTwoEditsFromTheSamePage_IsRefusedWithAMessage()
    {
        var (org, tahun, _, url) = await TahunStafAsync();
        var penilai = await MasukAsync(org.Kabid);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-tahunan]")).StatusCode);

        var lama = await penilai.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitDocumentAsync(lama, url, new Dictionary<string, string> { ["Catatan"] = "pertama" }, "form[data-testid=form-tahunan]")).StatusCode);
        var kedua = await penilai.SubmitDocumentAsync(lama, url, new Dictionary<string, string> { ["Catatan"] = "kedua" }, "form[data-testid=form-tahunan]");

        Assert.Equal(HttpStatusCode.OK, kedua.StatusCode);
        Assert.Contains("diubah oleh pengguna lain", await GalatAsync(kedua), StringComparison.Ordinal);
        Assert.Equal("pertama", (await TahunanAsync(org.Staf.PegawaiId!.Value, tahun))!.Catatan);
    }

    [Fact]
    public async Task WhoMayDoWhat_ReadScoreFinaliseReopen()
    {
        var (org, tahun, _, url) = await TahunStafAsync();
        var penilai = await MasukAsync(org.Kabid);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-tahunan]")).StatusCode);
        var token = (await penilai.GetDocumentAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        async Task<(HttpStatusCode Get, HttpStatusCode Post, bool Form)> CobaAsync(AkunUji akun)
        {
            var client = await MasukAsync(akun);
            var get = await client.Http.GetAsync(url);
            var form = get.StatusCode == HttpStatusCode.OK && (await HtmlClient.ParseAsync(get)).QuerySelector("form[data-testid=form-tahunan]") is not null;
            var halaman = await client.GetDocumentAsync("/");
            var t = halaman.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = t,
                ["RatingHasil"] = nameof(Rating.DiBawahEkspektasi),
                ["RatingPerilaku"] = nameof(Rating.DiBawahEkspektasi),
                ["AlasanPenyesuaian"] = "x",
                ["Version"] = "1",
            }));
            return (get.StatusCode, post.StatusCode, form);
        }

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, false), await CobaAsync(org.Staf));      // the employee reads
        var hasilSaya = await (await MasukAsync(org.Staf)).GetDocumentAsync("/HasilEvaluasi");              // …reached from their results
        Assert.Contains(hasilSaya.QuerySelectorAll("[data-testid=tautan-tahunan]"), a => a.GetAttribute("href") == url);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, false), await CobaAsync(org.Kadis));     // the atasan reads
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, false), await CobaAsync(org.AdminBkd));  // the Admin BKD reads
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, false), await CobaAsync(org.Staf2)); // a colleague learns nothing
        Assert.Equal(PredikatKinerja.Baik, (await TahunanAsync(org.Staf.PegawaiId!.Value, tahun))!.Predikat);

        // Only the Admin BKD reopens a final one, and only with a reason.
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[action$='/Finalkan']")).StatusCode);
        var tokenPenilai = (await penilai.GetDocumentAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var bukaPenilai = await penilai.Http.PostAsync($"{url}/BukaKembali", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = tokenPenilai,
            ["Buka.Alasan"] = "coba",
            ["Buka.Version"] = "2",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, bukaPenilai.StatusCode);
        Assert.NotEmpty(token);

        var admin = await MasukAsync(org.AdminBkd);
        var tanpaAlasan = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Buka.Alasan"] = " " }, "form[data-testid=form-buka-tahunan]");
        Assert.Equal(HttpStatusCode.OK, tanpaAlasan.StatusCode);
        Assert.Equal(StatusEvaluasiTahunan.Final, (await TahunanAsync(org.Staf.PegawaiId!.Value, tahun))!.Status);
        var buka = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Buka.Alasan"] = "Koreksi data periode II" }, "form[data-testid=form-buka-tahunan]");
        Assert.Equal(HttpStatusCode.Redirect, buka.StatusCode);
        var dibuka = await TahunanAsync(org.Staf.PegawaiId!.Value, tahun);
        Assert.Equal((StatusEvaluasiTahunan.Dinilai, "Koreksi data periode II"), (dibuka!.Status, dibuka.AlasanBukaKembali));
    }

    [Fact]
    public async Task HomePage_PendingAnnualEvaluations_CountedOnceTheLastPeriodRuns_UntilFinal()
    {
        var (org, tahun, _, url) = await TahunStafAsync();
        async Task<IReadOnlyList<SiKinerja.Web.Features.Beranda.AksiTertunda>> AksiAsync(DateOnly hariIni) => await factory.WithScopeAsync(sp =>
            sp.GetServices<SiKinerja.Web.Features.Beranda.IPenyediaAksiTertunda>().OfType<SiKinerja.Web.Features.EvaluasiTahunan.AksiTahunan>().Single()
                .UntukAsync(new SiKinerja.Web.Features.Skp.PenggunaSkp(org.Kabid.PegawaiId, org.Kabid.Login, false), hariIni, CancellationToken.None));

        Assert.DoesNotContain(await AksiAsync(new DateOnly(tahun.Nomor, 3, 1)), a => a.Url.EndsWith($"tahun={tahun.Nomor}", StringComparison.Ordinal));
        var aksi = Assert.Single(await AksiAsync(new DateOnly(tahun.Nomor, 12, 1)), a => a.Url.EndsWith($"tahun={tahun.Nomor}", StringComparison.Ordinal));
        Assert.Equal(new object[] { 1, tahun.Nomor }, aksi.Argumen);
        Assert.Equal(new DateOnly(tahun.Nomor + 1, 1, 31), aksi.BatasWaktu);

        var penilai = await MasukAsync(org.Kabid);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[data-testid=form-tahunan]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await penilai.SubmitAsync(url, new Dictionary<string, string>(), "form[action$='/Finalkan']")).StatusCode);
        Assert.DoesNotContain(await AksiAsync(new DateOnly(tahun.Nomor, 12, 1)), a => a.Url.EndsWith($"tahun={tahun.Nomor}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgedIds_NeverA500()
    {
        var org = await factory.OrganisasiAsync();
        var client = await MasukAsync(org.Kabid);
        foreach (var url in new[] { "/EvaluasiTahunan/999999/2026", "/EvaluasiTahunan/1/1900", "/EvaluasiTahunan?tahun=abc", "/EvaluasiTahunan?halaman=-5" })
        {
            var r = await client.Http.GetAsync(url);
            Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {(int)r.StatusCode}");
        }
    }
}

public sealed class EvaluasiTahunanTestsSqlite(SqliteAppFactory factory) : EvaluasiTahunanTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class EvaluasiTahunanTestsPostgres(PostgresAppFactory factory) : EvaluasiTahunanTests(factory), IClassFixture<PostgresAppFactory>;
