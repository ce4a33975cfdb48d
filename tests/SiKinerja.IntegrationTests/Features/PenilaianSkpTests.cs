using System.Data.Common;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.PenilaianSkp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The pejabat penilai's side of SKP planning through the real pages on both providers.</summary>
public abstract class PenilaianSkpTests(SiKinerjaAppFactory factory)
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2029;
    private static int _tim;

    private sealed record Orang(int Id, string Nip, string Nama);

    /// <summary>A supervisor (with an account) and their direct reports in a bidang of their own; the first report has an account too.</summary>
    private sealed record Tim(Orang Kepala, IReadOnlyList<Orang> Bawahan);

    private enum Tahap
    {
        Draft,
        Diajukan,
        Dikembalikan,
        Disetujui,
    }

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private Task<(int Id, int Tahun)> TahunAsync() => DenganDbAsync(async db =>
    {
        var tahun = Interlocked.Increment(ref _tahun);
        var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return (t.Id, tahun);
    });

    private Task<Tim> TimAsync(int jumlahBawahan) => factory.WithScopeAsync(async sp =>
    {
        var org = await factory.OrganisasiAsync();
        var db = sp.GetRequiredService<AppDbContext>();
        var n = Interlocked.Increment(ref _tim);
        var unit = new UnitKerja($"Bidang Penilaian {n}", JenisUnitKerja.BidangBagian, org.UnitDinasId);
        db.UnitKerja.Add(unit);
        await db.SaveChangesAsync();
        var kepala = new Jabatan($"Kepala Bidang Penilaian {n}", JenisJabatan.Administrator, null, unit.Id);
        kepala.LaporKe(org.JabatanKadisId, _ => null);
        db.Jabatan.Add(kepala);
        await db.SaveChangesAsync();
        var staf = new Jabatan($"Analis Penilaian {n}", JenisJabatan.Pelaksana, null, unit.Id);
        staf.LaporKe(kepala.Id, _ => null);
        db.Jabatan.Add(staf);
        await db.SaveChangesAsync();

        var pKepala = TestData.Pegawai($"Kepala {n}", kepala.Id, "IV/a");
        var pBawahan = Enumerable.Range(1, jumlahBawahan).Select(i => TestData.Pegawai($"Staf {n}-{i:00}", staf.Id, "III/a")).ToList();
        db.Pegawai.Add(pKepala);
        db.Pegawai.AddRange(pBawahan);
        await db.SaveChangesAsync();
        await PenghitungAtasan.HitungUlangAsync(db);
        await db.SaveChangesAsync();

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        await TestData.BuatAkunAsync(users, pKepala.Nip, pKepala.Id, null);
        if (pBawahan.Count > 0)
        {
            await TestData.BuatAkunAsync(users, pBawahan[0].Nip, pBawahan[0].Id, null);
        }

        return new Tim(new Orang(pKepala.Id, pKepala.Nip, pKepala.NamaLengkap), [.. pBawahan.Select(p => new Orang(p.Id, p.Nip, p.NamaLengkap))]);
    });

    private static SnapshotPejabat Snap(Orang o, string jabatan) => new(o.Id, o.Nip, o.Nama, "III/a", "Penata Muda", jabatan, "Bidang Penilaian");

    private static Skp BuatSkp((int Id, int Tahun) tahun, Orang pegawai, Orang? penilai, Orang? atasan, Tahap tahap, int rhk = 2)
    {
        var skp = Skp.Buat(
            tahun.Id, tahun.Tahun, new DateOnly(tahun.Tahun, 1, 1), new DateOnly(tahun.Tahun, 12, 31), PendekatanSkp.Kuantitatif,
            new SnapshotSkp(Snap(pegawai, "Analis"), penilai is null ? null : Snap(penilai, "Kepala"), atasan is null ? null : Snap(atasan, "Kepala Dinas")),
            pegawai.Nip, Waktu);
        for (var i = 1; i <= rhk; i++)
        {
            var r = skp.TambahRhk(JenisRhk.Utama, $"RHK {pegawai.Nama} {i}");
            skp.TambahIki(r, AspekIki.Kuantitas, $"Jumlah laporan {i}", Target.Angka(12, "laporan"));
        }

        skp.UbahLampiran(JenisLampiran.DukunganSumberDaya, ["Anggaran <b>DPA</b>"]);
        if (tahap != Tahap.Draft)
        {
            skp.Ajukan(AturanSkp.Bawaan, false, pegawai.Nip, Waktu.AddHours(1));
        }

        if (tahap == Tahap.Dikembalikan)
        {
            skp.Kembalikan("Perbaiki target", penilai!.Nip, Waktu.AddHours(2));
        }

        if (tahap == Tahap.Disetujui)
        {
            skp.Setujui(Ekspektasi("Lama"), penilai!.Nip, Waktu.AddHours(2));
        }

        return skp;
    }

    private static Dictionary<NilaiBerakhlak, string> Ekspektasi(string awalan) =>
        Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"{awalan} {n}");

    private Task<List<int>> SimpanAsync(params Skp[] skp) => DenganDbAsync(async db =>
    {
        db.Skp.AddRange(skp);
        await db.SaveChangesAsync();
        return skp.Select(s => s.Id).ToList();
    });

    private Task<Skp> MuatAsync(int id) => DenganDbAsync(db => db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == id));

    private async Task<HtmlClient> MasukAsync(string login)
    {
        var client = factory.CreateHtmlClient();
        var response = await client.SignInAsync(login, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts <paramref name="values"/> to <paramref name="url"/> with the user's anti-forgery token taken from <paramref name="halaman"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string halaman, string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        var doc = await client.GetDocumentAsync(halaman);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(url, new FormUrlEncodedContent([.. values, new("__RequestVerificationToken", token)]));
    }

    private static Dictionary<string, string> IsianSetujui(string awalan) =>
        Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => $"Setujui.Ekspektasi[{n}]", n => $"{awalan} {n}");

    [Fact]
    public async Task KotakMasuk_ShowsCountsByStatusAndWaitingRowsFirst()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var tim = await TimAsync(5);
        var b = tim.Bawahan;
        var pindahan = new Orang(org.Staf2.PegawaiId!.Value, org.Staf2.Login, org.Staf2.Nama);
        var ids = await SimpanAsync(
            BuatSkp(tahun, b[1], tim.Kepala, null, Tahap.Dikembalikan),
            BuatSkp(tahun, b[2], tim.Kepala, null, Tahap.Disetujui),
            BuatSkp(tahun, b[3], tim.Kepala, null, Tahap.Draft),
            BuatSkp(tahun, b[0], tim.Kepala, null, Tahap.Diajukan),
            BuatSkp(tahun, pindahan, tim.Kepala, null, Tahap.Diajukan)); // a segment of someone who is not (or no longer) a direct report
        using var client = await MasukAsync(tim.Kepala.Nip);

        var doc = await client.GetDocumentAsync($"/PenilaianSkp?tahun={tahun.Tahun}");

        string Jumlah(string k) => doc.QuerySelector($"[data-testid=jumlah-{k}]")!.TextContent.Trim();
        Assert.Equal(("2", "1", "1", "1", "1"), (Jumlah("PerluTindakan"), Jumlah("Dikembalikan"), Jumlah("Disetujui"), Jumlah("Draft"), Jumlah("BelumDibuat")));
        var baris = doc.QuerySelectorAll("[data-testid=kotak-masuk] tbody tr").ToList();
        Assert.Equal(6, baris.Count);
        Assert.All(baris.Take(2), r => Assert.Equal("Diajukan", r.GetAttribute("data-status")));
        Assert.Equal([ids[3], ids[4]], baris.Take(2).Select(r => int.Parse(r.GetAttribute("data-skp")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Contains(baris, r => r.GetAttribute("data-pegawai") == b[4].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && r.GetAttribute("data-status") == "BelumDibuat");
        Assert.NotNull(baris[0].QuerySelector($"a[href='/PenilaianSkp/Tinjau/{baris[0].GetAttribute("data-skp")}']"));
        var nav = doc.QuerySelector("[data-testid=nav-penilaian]");
        Assert.NotNull(nav);
        Assert.Contains("2", nav!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KotakMasuk_RunsTheSameNumberOfQueriesFor3And40Subordinates()
    {
        var tahun = await TahunAsync();
        var kecil = await TimAsync(3);
        var besar = await TimAsync(40);
        foreach (var tim in new[] { kecil, besar })
        {
            await SimpanAsync([BuatSkp(tahun, tim.Kepala, null, null, Tahap.Draft, rhk: 3), .. tim.Bawahan.Select((p, i) => BuatSkp(tahun, p, tim.Kepala, null, (Tahap)(i % 4)))]);
        }

        var kecilHasil = await HitungAsync(kecil.Kepala.Id, tahun.Tahun);
        var besarHasil = await HitungAsync(besar.Kepala.Id, tahun.Tahun);

        Assert.Equal((3, 40), (kecilHasil.Baris, besarHasil.Baris));
        Assert.Equal((3 * 3, 3 * 40), (kecilHasil.Sel, besarHasil.Sel));
        // Inbox: years, direct reports, their SKP. Matrix: years, own SKP, direct reports, own RHK, their SKP, links, cells.
        Assert.Equal((3, 7), (kecilHasil.Inbox, kecilHasil.Matriks));
        Assert.Equal((kecilHasil.Inbox, kecilHasil.Matriks), (besarHasil.Inbox, besarHasil.Matriks));
    }

    private Task<(int Inbox, int Matriks, int Baris, int Sel)> HitungAsync(int penilaiId, int tahun) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var layanan = ActivatorUtilities.CreateInstance<PenilaianSkpService>(sp, db);
        var model = await layanan.KotakMasukAsync(penilaiId, tahun, 1, CancellationToken.None);
        var inbox = penghitung.Jumlah;
        var matriks = await new PeranHasilService(db, TimeProvider.System, NullLogger<PeranHasilService>.Instance)
            .MatriksAsync(penilaiId, tahun, CancellationToken.None);
        return (inbox, penghitung.Jumlah - inbox, model.Baris.Total, matriks.Sel.Count);
    });

    [Fact]
    public async Task Setujui_WithSevenEkspektasi_StoresThemApprovesAndRecordsWhoAndWhen()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var kadis = new Orang(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama);
        var id = (await SimpanAsync(BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, kadis, Tahap.Diajukan)))[0];
        using var client = await MasukAsync(tim.Kepala.Nip);
        var halaman = await client.GetDocumentAsync($"/PenilaianSkp/Tinjau/{id}");
        Assert.Equal(7, halaman.QuerySelectorAll("[data-testid=form-setujui] textarea[name^='Setujui.Ekspektasi']").Length);
        Assert.Contains("Ramah, cekatan, solutif, dan dapat diandalkan", halaman.QuerySelector("[data-testid=form-setujui]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Anggaran &lt;b&gt;DPA&lt;/b&gt;", halaman.QuerySelector("[data-testid=lampiran]")!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(halaman.QuerySelector("[data-testid=perilaku-kerja]")); // the seven values are in the form, not twice
        Assert.NotNull(halaman.QuerySelector("[data-testid=perilaku-di-formulir]"));
        var sebelum = DateTime.UtcNow.AddSeconds(-5);

        var isian = IsianSetujui("Harapan <script>");
        isian["Setujui.Catatan"] = "Silakan dilaksanakan";
        var response = await client.SubmitAsync($"/PenilaianSkp/Tinjau/{id}", isian, "[data-testid=form-setujui]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/PenilaianSkp?tahun={tahun.Tahun}", response.Headers.Location!.OriginalString);
        var skp = await MuatAsync(id);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        Assert.Equal(Enum.GetValues<NilaiBerakhlak>().Select(n => $"Harapan <script> {n}"), skp.Ekspektasi.Select(e => e.Teks));
        var akhir = skp.Riwayat[^1];
        Assert.Equal((StatusSkp.Diajukan, StatusSkp.Disetujui, tim.Kepala.Nip, "Silakan dilaksanakan"), (akhir.Dari, akhir.Ke, akhir.PelakuNip, akhir.Catatan));
        Assert.InRange(akhir.WaktuUtc, sebelum, DateTime.UtcNow.AddSeconds(5));
        Assert.True(await DenganDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entitas == nameof(Skp) && a.EntitasId == id && a.Aksi == AksiAudit.Ubah && a.Pengguna == tim.Kepala.Nip)));

        var sesudah = await client.GetDocumentAsync($"/PenilaianSkp/Tinjau/{id}");
        Assert.Null(sesudah.QuerySelector("[data-testid=form-setujui]"));
        Assert.Contains("Harapan &lt;script&gt;", sesudah.QuerySelector("[data-testid=ekspektasi]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setujui_WithOneEkspektasiMissing_ShowsTheErrorKeepsTheInputAndChangesNothing()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var id = (await SimpanAsync(BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, null, Tahap.Diajukan)))[0];
        using var client = await MasukAsync(tim.Kepala.Nip);
        var isian = IsianSetujui("Harapan");
        isian["Setujui.Ekspektasi[Loyal]"] = "   ";

        var response = await client.SubmitAsync($"/PenilaianSkp/Tinjau/{id}", isian, "[data-testid=form-setujui]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("Loyal wajib diisi", doc.QuerySelector("[data-valmsg-for='Setujui.Ekspektasi[Loyal]']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Harapan Adaptif", ((IHtmlTextAreaElement)doc.QuerySelector("textarea[name='Setujui.Ekspektasi[Adaptif]']")!).Value);
        var skp = await MuatAsync(id);
        Assert.Equal((StatusSkp.Diajukan, 1, 0, 2), (skp.Status, skp.Version, skp.Ekspektasi.Count, skp.Riwayat.Count));
    }

    [Fact]
    public async Task Kembalikan_WithNote_ReturnsTheSkpAndKeepsTheNoteInHistory_WithoutNote_IsRefused()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var id = (await SimpanAsync(BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, null, Tahap.Diajukan)))[0];
        using var client = await MasukAsync(tim.Kepala.Nip);

        var kosong = await client.SubmitAsync($"/PenilaianSkp/Tinjau/{id}", new Dictionary<string, string> { ["Kembalikan.Catatan"] = " " }, "[data-testid=form-kembalikan]");
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        Assert.Contains("perlu diperbaiki", (await HtmlClient.ParseAsync(kosong)).QuerySelector("[data-valmsg-for='Kembalikan.Catatan']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatusSkp.Diajukan, (await MuatAsync(id)).Status);

        var response = await client.SubmitAsync(
            $"/PenilaianSkp/Tinjau/{id}", new Dictionary<string, string> { ["Kembalikan.Catatan"] = "Target RHK 2 belum terukur" }, "[data-testid=form-kembalikan]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var skp = await MuatAsync(id);
        Assert.Equal(StatusSkp.Dikembalikan, skp.Status);
        Assert.Equal((StatusSkp.Dikembalikan, tim.Kepala.Nip, "Target RHK 2 belum terukur"), (skp.Riwayat[^1].Ke, skp.Riwayat[^1].PelakuNip, skp.Riwayat[^1].Catatan));
        var kotak = await client.GetDocumentAsync($"/PenilaianSkp?tahun={tahun.Tahun}");
        Assert.Contains("dikembalikan", kotak.QuerySelector(".alert-success")?.TextContent ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OnlyThePejabatPenilai_MayAct_OthersGet403AndNothingChanges_ForgedIdGets404()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var kadis = new Orang(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama);
        var id = (await SimpanAsync(BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, kadis, Tahap.Diajukan)))[0];
        var isianSetujui = IsianSetujui("Harapan").ToList();
        isianSetujui.Add(new("Setujui.Version", "1"));
        KeyValuePair<string, string>[] isianKembalikan = [new("Kembalikan.Catatan", "Catatan"), new("Kembalikan.Version", "1")];

        foreach (var (login, bacaStatus) in new[]
                 {
                     (tim.Bawahan[0].Nip, HttpStatusCode.Forbidden), // the employee themself
                     (org.Kabid.Login, HttpStatusCode.Forbidden), // another supervisor
                     (org.AdminBkd.Login, HttpStatusCode.OK), // reads, does not act
                     (org.Kadis.Login, HttpStatusCode.OK), // atasan pejabat penilai: reads, does not act
                 })
        {
            using var client = await MasukAsync(login);
            var baca = await client.Http.GetAsync($"/PenilaianSkp/Tinjau/{id}");
            Assert.Equal(bacaStatus, baca.StatusCode);
            if (bacaStatus == HttpStatusCode.OK)
            {
                var doc = await HtmlClient.ParseAsync(baca);
                Assert.NotNull(doc.QuerySelector("[data-testid=hanya-baca]"));
                Assert.Null(doc.QuerySelector("[data-testid=form-setujui]"));
                Assert.NotNull(doc.QuerySelector("[data-testid=perilaku-kerja]"));
            }

            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "/PenilaianSkp", $"/PenilaianSkp/Setujui/{id}", isianSetujui)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "/PenilaianSkp", $"/PenilaianSkp/Kembalikan/{id}", isianKembalikan)).StatusCode);
        }

        var skp = await MuatAsync(id);
        Assert.Equal((StatusSkp.Diajukan, 1, 2), (skp.Status, skp.Version, skp.Riwayat.Count));

        using var penilai = await MasukAsync(tim.Kepala.Nip);
        Assert.Equal(HttpStatusCode.NotFound, (await penilai.Http.GetAsync("/PenilaianSkp/Tinjau/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(penilai, "/PenilaianSkp", "/PenilaianSkp/Setujui/987654", isianSetujui)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(penilai, "/PenilaianSkp", "/PenilaianSkp/Kembalikan/987654", isianKembalikan)).StatusCode);
    }

    [Fact]
    public async Task Setujui_WithAStaleVersion_ShowsTheConflictAndKeepsTheInput()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var id = (await SimpanAsync(BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, null, Tahap.Diajukan)))[0];
        using var client = await MasukAsync(tim.Kepala.Nip);
        var halaman = $"/PenilaianSkp/Tinjau/{id}";
        var versiLama = (await client.GetDocumentAsync(halaman)).QuerySelector("input[name='Setujui.Version']")!.GetAttribute("value")!;

        // Meanwhile the SKP was returned (another tab), edited and submitted again by the employee.
        await DenganDbAsync(async db =>
        {
            var s = await db.Skp.DenganIsi().SingleAsync(x => x.Id == id);
            s.Kembalikan("Perbaiki", tim.Kepala.Nip, Waktu.AddHours(3));
            await db.SaveChangesAsync();
            s.UbahRhk(s.Rhk[0], JenisRhk.Utama, "RHK yang diperbaiki", null, null);
            s.Ajukan(AturanSkp.Bawaan, false, tim.Bawahan[0].Nip, Waktu.AddHours(4));
            return await db.SaveChangesAsync();
        });
        var isian = IsianSetujui("Harapan tetap");
        isian["Setujui.Version"] = versiLama;

        var response = await client.SubmitAsync(halaman, isian, "[data-testid=form-setujui]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Harapan tetap Kompeten", ((IHtmlTextAreaElement)doc.QuerySelector("textarea[name='Setujui.Ekspektasi[Kompeten]']")!).Value);
        var skp = await MuatAsync(id);
        Assert.Equal((StatusSkp.Diajukan, 0), (skp.Status, skp.Ekspektasi.Count));
    }

    [Fact]
    public async Task Setujui_ARevision_PrefillsThePreviousEkspektasi()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var lamaId = (await SimpanAsync(BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, null, Tahap.Disetujui)))[0];
        var revisiId = await DenganDbAsync(async db =>
        {
            var lama = await db.Skp.DenganIsi().SingleAsync(s => s.Id == lamaId);
            var baru = lama.MulaiRevisi(tim.Bawahan[0].Nip, Waktu.AddDays(30), "Tugas berubah");
            baru.Ajukan(AturanSkp.Bawaan, false, tim.Bawahan[0].Nip, Waktu.AddDays(31));
            db.Skp.Add(baru);
            await db.SaveChangesAsync();
            return baru.Id;
        });
        using var client = await MasukAsync(tim.Kepala.Nip);

        var doc = await client.GetDocumentAsync($"/PenilaianSkp/Tinjau/{revisiId}");

        Assert.Equal("Lama Harmonis", ((IHtmlTextAreaElement)doc.QuerySelector("textarea[name='Setujui.Ekspektasi[Harmonis]']")!).Value);
        var kotak = await client.GetDocumentAsync($"/PenilaianSkp?tahun={tahun.Tahun}");
        var baris = Assert.Single(kotak.QuerySelectorAll("[data-testid=kotak-masuk] tbody tr"));
        Assert.Equal(revisiId.ToString(System.Globalization.CultureInfo.InvariantCulture), baris.GetAttribute("data-skp"));
    }

    [Fact]
    public async Task Matriks_HandsAnRhkToSubordinates_WithoutDuplicates_PendingUntilTheSkpExists_ApprovedUntouched()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(4);
        var b = tim.Bawahan;
        var ids = await SimpanAsync(
            BuatSkp(tahun, tim.Kepala, null, null, Tahap.Draft, rhk: 2),
            BuatSkp(tahun, b[0], tim.Kepala, null, Tahap.Draft, rhk: 1),
            BuatSkp(tahun, b[1], tim.Kepala, null, Tahap.Dikembalikan, rhk: 1),
            BuatSkp(tahun, b[3], tim.Kepala, null, Tahap.Disetujui, rhk: 1));
        var saya = await MuatAsync(ids[0]);
        var rhk1 = saya.Rhk[0];
        var disetujuiSebelum = await MuatAsync(ids[3]);
        using var client = await MasukAsync(tim.Kepala.Nip);
        var url = $"/PenilaianSkp/Matriks?tahun={tahun.Tahun}";
        var grid = await client.GetDocumentAsync(url);
        Assert.Equal(2 * 4, grid.QuerySelectorAll("[data-testid=matriks] input[type=checkbox]").Length);

        List<KeyValuePair<string, string>> Isian(params Orang[] untuk) =>
        [
            new("Tahun", tahun.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"Teks[{rhk1.Id}]", "Laporan bidang tersusun"),
            .. untuk.Select(o => new KeyValuePair<string, string>("Sel", MatriksForm.Kunci(rhk1.Id, o.Id))),
        ];

        var response = await PostAsync(client, url, "/PenilaianSkp/Matriks", Isian(b[0], b[1], b[2], b[3]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var laporan = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("1 RHK ditambahkan", laporan.QuerySelector("[data-testid=laporan-matriks]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("menunggu SKP dibuat", laporan.QuerySelector("[data-testid=laporan-matriks]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("SkpDisetujui", laporan.QuerySelector($"[data-sel='{MatriksForm.Kunci(rhk1.Id, b[3].Id)}'] [data-keadaan]")!.GetAttribute("data-keadaan"));
        Assert.NotNull(laporan.QuerySelector($"[data-sel='{MatriksForm.Kunci(rhk1.Id, b[0].Id)}'] input[checked]"));

        async Task<int> TautanAsync(int skpId) => (await MuatAsync(skpId)).Rhk.Count(r => r.RhkAtasanId == rhk1.Id);
        Assert.Equal(1, await TautanAsync(ids[1]));
        Assert.Equal(1, await TautanAsync(ids[2]));
        var baru = (await MuatAsync(ids[1])).Rhk.Single(r => r.RhkAtasanId == rhk1.Id);
        Assert.Equal((JenisRhk.Utama, "Laporan bidang tersusun"), (baru.Jenis, baru.Teks));
        var disetujui = await MuatAsync(ids[3]);
        Assert.Equal((disetujuiSebelum.Version, disetujuiSebelum.Rhk.Count, 0), (disetujui.Version, disetujui.Rhk.Count, await TautanAsync(ids[3])));

        // Saving again does not duplicate.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, url, "/PenilaianSkp/Matriks", Isian(b[0], b[1], b[2], b[3]))).StatusCode);
        Assert.Equal(1, await TautanAsync(ids[1]));
        Assert.Equal(1, await TautanAsync(ids[2]));
        Assert.Equal(4, await DenganDbAsync(db => db.PeranHasil.CountAsync(p => p.RhkAtasanId == rhk1.Id)));

        // The subordinate without an SKP receives it when their SKP is created.
        var pending = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var skp = BuatSkp(tahun, b[2], tim.Kepala, null, Tahap.Draft, rhk: 1);
            var ditambahkan = await sp.GetRequiredService<PeranHasilService>().TerapkanAsync(skp, CancellationToken.None);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return (ditambahkan, skp.Id);
        });
        Assert.Equal(1, pending.ditambahkan);
        Assert.Equal(1, await TautanAsync(pending.Id));

        // Unticking removes the cell but not the RHK already in the subordinate's SKP.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, url, "/PenilaianSkp/Matriks", Isian(b[1], b[2], b[3]))).StatusCode);
        Assert.False(await DenganDbAsync(db => db.PeranHasil.AnyAsync(p => p.RhkAtasanId == rhk1.Id && p.PegawaiId == b[0].Id)));
        Assert.Equal(1, await TautanAsync(ids[1]));
    }

    [Fact]
    public async Task Matriks_WithACellOutsideTheGrid_IsRefusedAndNothingIsSaved()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var ids = await SimpanAsync(
            BuatSkp(tahun, tim.Kepala, null, null, Tahap.Draft, rhk: 1),
            BuatSkp(tahun, tim.Bawahan[0], tim.Kepala, null, Tahap.Draft, rhk: 1));
        var rhk = (await MuatAsync(ids[0])).Rhk[0].Id;
        var rhkOrangLain = (await MuatAsync(ids[1])).Rhk[0].Id;
        using var client = await MasukAsync(tim.Kepala.Nip);
        var url = $"/PenilaianSkp/Matriks?tahun={tahun.Tahun}";

        foreach (var sel in new[] { MatriksForm.Kunci(rhk, org.Staf.PegawaiId!.Value), MatriksForm.Kunci(rhkOrangLain, tim.Bawahan[0].Id), "x:1" })
        {
            var response = await PostAsync(client, url, "/PenilaianSkp/Matriks", [new("Tahun", tahun.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Sel", sel)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("tidak valid", (await HtmlClient.ParseAsync(response)).QuerySelector("[data-testid=form-matriks]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, await DenganDbAsync(db => db.PeranHasil.CountAsync(p => p.PegawaiId == tim.Bawahan[0].Id || p.RhkAtasanId == rhk)));
        Assert.Single((await MuatAsync(ids[1])).Rhk);
    }
}

public sealed class PenilaianSkpTestsSqlite(SqliteAppFactory factory) : PenilaianSkpTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PenilaianSkpTestsPostgres(PostgresAppFactory factory) : PenilaianSkpTests(factory), IClassFixture<PostgresAppFactory>;
