using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>Shared set-up of the scoring tests: a year of its own, a team in a bidang of its own, approved SKP, realisasi.</summary>
public abstract class PenilaianUji(SiKinerjaAppFactory factory)
{
    protected static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private const int TahunUji = 2099;
    private static int _tim;

    protected SiKinerjaAppFactory Factory => factory;

    protected sealed record Orang(int Id, string Nip, string Nama);

    protected sealed record Tim(Orang Kepala, IReadOnlyList<Orang> Bawahan, int UnitId);

    protected sealed record Tahun(int Id, int Nomor, IReadOnlyList<int> PeriodeId);

    /// <summary>The approved SKP of one team member with the IKI keys (in order) of its two RHK.</summary>
    protected sealed record SkpUji(int Id, Orang Pegawai, IReadOnlyList<Guid> Iki, IReadOnlyList<Guid> Rhk);

    protected Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    /// <summary>
    /// The year 2099 of this database (created once): every test has its own team in a unit of its own, so the
    /// curves of different tests never meet even in one period.
    /// </summary>
    protected Task<Tahun> TahunAsync() => DenganDbAsync(async db =>
    {
        var t = await db.TahunKinerja.Include(x => x.Periode).SingleOrDefaultAsync(x => x.Tahun == TahunUji);
        if (t is null)
        {
            t = TahunKinerja.Buka(TahunUji, JenisPeriode.Semesteran, new DateOnly(TahunUji, 1, 31), new DateOnly(TahunUji + 1, 1, 31));
            db.TahunKinerja.Add(t);
            await db.SaveChangesAsync();
        }

        return new Tahun(t.Id, TahunUji, [.. t.Periode.Select(p => p.Id)]);
    });

    /// <summary>A head (with an account) and their direct reports in a new bidang under the test dinas; the first report has an account.</summary>
    protected Task<Tim> TimAsync(int jumlahBawahan) => factory.WithScopeAsync(async sp =>
    {
        var org = await factory.OrganisasiAsync();
        var db = sp.GetRequiredService<AppDbContext>();
        var n = Interlocked.Increment(ref _tim);
        var unit = new UnitKerja($"Bidang Evaluasi {n}", JenisUnitKerja.BidangBagian, org.UnitDinasId);
        db.UnitKerja.Add(unit);
        await db.SaveChangesAsync();
        var kepala = new Jabatan($"Kepala Bidang Evaluasi {n}", JenisJabatan.Administrator, null, unit.Id);
        kepala.LaporKe(org.JabatanKadisId, _ => null);
        db.Jabatan.Add(kepala);
        await db.SaveChangesAsync();
        var staf = new Jabatan($"Analis Evaluasi {n}", JenisJabatan.Pelaksana, null, unit.Id);
        staf.LaporKe(kepala.Id, _ => null);
        db.Jabatan.Add(staf);
        await db.SaveChangesAsync();

        var pKepala = TestData.Pegawai($"Kepala Evaluasi {n}", kepala.Id, "IV/a");
        var pBawahan = Enumerable.Range(1, jumlahBawahan).Select(i => TestData.Pegawai($"Staf Evaluasi {n}-{i:00}", staf.Id, "III/a")).ToList();
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

        return new Tim(new Orang(pKepala.Id, pKepala.Nip, pKepala.NamaLengkap), [.. pBawahan.Select(p => new Orang(p.Id, p.Nip, p.NamaLengkap))], unit.Id);
    });

    private static SnapshotPejabat Snap(Orang o, string jabatan) => new(o.Id, o.Nip, o.Nama, "III/a", "Penata Muda", jabatan, "Bidang Evaluasi");

    /// <summary>Approved SKP for each of <paramref name="pegawai"/> with <paramref name="penilai"/> as pejabat penilai and the test Kadis as atasan.</summary>
    protected async Task<List<SkpUji>> SkpAsync(Tahun tahun, Orang penilai, params Orang[] pegawai)
    {
        var org = await factory.OrganisasiAsync();
        var kadis = new Orang(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama);
        var semua = pegawai.Select(p =>
        {
            var skp = Skp.Buat(
                tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), PendekatanSkp.Kuantitatif,
                new SnapshotSkp(Snap(p, "Analis"), Snap(penilai, "Kepala"), Snap(kadis, "Kepala Dinas")), p.Nip, Waktu);
            var r1 = skp.TambahRhk(JenisRhk.Utama, $"Laporan kinerja {p.Nama}");
            skp.TambahIki(r1, AspekIki.Kuantitas, "Jumlah laporan", Target.Angka(12, "laporan"));
            var r2 = skp.TambahRhk(JenisRhk.Tambahan, $"Dokumentasi {p.Nama}");
            skp.TambahIki(r2, AspekIki.Kuantitas, "Jumlah dokumen", Target.Angka(4, "dokumen"));
            skp.Ajukan(AturanSkp.Bawaan, false, p.Nip, Waktu.AddHours(1));
            skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), penilai.Nip, Waktu.AddHours(2));
            return skp;
        }).ToList();
        await DenganDbAsync(db =>
        {
            db.Skp.AddRange(semua);
            return db.SaveChangesAsync();
        });
        return [.. semua.Select((s, i) => new SkpUji(s.Id, pegawai[i], [.. s.Rhk.SelectMany(r => r.Indikator).Select(x => x.Kunci)], [.. s.Rhk.Select(r => r.Kunci)]))];
    }

    protected Task RealisasiAsync(SkpUji skp, int periodeId, params decimal[] angka) => DenganDbAsync(db =>
    {
        var r = RealisasiPeriode.Buat(skp.Id, periodeId);
        for (var i = 0; i < angka.Length; i++)
        {
            r.Isi(skp.Iki[i], "Rencana", angka[i], null, null);
        }

        db.RealisasiPeriode.Add(r);
        return db.SaveChangesAsync();
    });

    protected Task PredikatOrganisasiAsync(int unitId, int periodeId, PredikatOrganisasi predikat) => DenganDbAsync(db =>
    {
        db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(unitId, periodeId, predikat, null, "199001012015011001", Waktu));
        return db.SaveChangesAsync();
    });

    protected Task<EvaluasiPeriode?> EvaluasiAsync(int skpId, int periodeId) =>
        DenganDbAsync(db => db.EvaluasiPeriode.AsNoTracking().DenganPenilaian().SingleOrDefaultAsync(e => e.SkpId == skpId && e.PeriodeEvaluasiId == periodeId));

    protected async Task<HtmlClient> MasukAsync(string login)
    {
        var client = factory.CreateHtmlClient();
        var response = await client.SignInAsync(login, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected static string Url(int skpId, int periodeId) => $"/Evaluasi/Nilai/{skpId}/{periodeId}";

    protected static string S(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Scoring, the team page, the curve at penetapan and the organisation predikat through the real pages on both providers.</summary>
public abstract class PenilaianEvaluasiTests(SiKinerjaAppFactory factory) : PenilaianUji(factory)
{
    [Fact]
    public async Task Nilai_ByThePejabatPenilai_CreatesTheEvaluationWithFeedbackAndComputedPredikat()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var skp = (await SkpAsync(tahun, tim.Kepala, tim.Bawahan[0]))[0];
        var periode = tahun.PeriodeId[0];
        await RealisasiAsync(skp, periode, 14, 4);
        using var client = await MasukAsync(tim.Kepala.Nip);

        var halaman = await client.GetDocumentAsync(Url(skp.Id, periode));
        Assert.Contains("Jumlah laporan", halaman.QuerySelector("[data-testid=tabel-rhk]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("116.67", halaman.QuerySelector("[data-testid=tabel-rhk]")!.TextContent.Replace(',', '.'), StringComparison.Ordinal);
        Assert.NotNull(halaman.QuerySelector("[data-testid=saran-hasil]"));

        var response = await client.SubmitAsync(Url(skp.Id, periode), new Dictionary<string, string>
        {
            ["RatingHasil"] = "DiAtasEkspektasi",
            ["RatingPerilaku"] = "DiAtasEkspektasi",
            ["Rhk[0].UmpanBalik"] = "Laporan <b>rapi</b>",
            ["Perilaku[1].Rating"] = "DiAtasEkspektasi",
            ["Perilaku[1].UmpanBalik"] = "Jujur",
            ["Catatan"] = "Pertahankan",
            ["Aksi"] = "simpan",
        }, "[data-testid=form-nilai]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var e = (await EvaluasiAsync(skp.Id, periode))!;
        Assert.Equal((StatusEvaluasi.Dinilai, PredikatKinerja.SangatBaik, tim.UnitId, "Pertahankan"), (e.Status, e.Predikat, e.UnitKerjaId, e.Catatan));
        Assert.Equal("Laporan <b>rapi</b>", e.PenilaianRhk.Single(r => r.RhkKunci == skp.Rhk[0]).UmpanBalik);
        Assert.Equal(Rating.DiAtasEkspektasi, e.RatingPerNilai[NilaiBerakhlak.Akuntabel]);

        var lagi = await client.GetDocumentAsync(Url(skp.Id, periode));
        Assert.Contains("Laporan &lt;b&gt;rapi&lt;/b&gt;", lagi.QuerySelector("[data-testid=tabel-rhk]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nilai_WithAStaleVersion_IsRefusedWithTheConflictMessage_AndNothingChanges()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var skp = (await SkpAsync(tahun, tim.Kepala, tim.Bawahan[0]))[0];
        var periode = tahun.PeriodeId[0];
        using var client = await MasukAsync(tim.Kepala.Nip);
        var lama = await client.GetDocumentAsync(Url(skp.Id, periode));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(Url(skp.Id, periode), new Dictionary<string, string> { ["RatingHasil"] = "SesuaiEkspektasi", ["Aksi"] = "simpan" }, "[data-testid=form-nilai]")).StatusCode);

        var response = await client.SubmitDocumentAsync(lama, Url(skp.Id, periode), new Dictionary<string, string> { ["RatingHasil"] = "DiBawahEkspektasi", ["Aksi"] = "simpan" }, "[data-testid=form-nilai]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector("[data-testid=galat]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Rating.SesuaiEkspektasi, (await EvaluasiAsync(skp.Id, periode))!.RatingHasil);
    }

    [Fact]
    public async Task Final_LocksTheEvaluation_PostIsRefusedAndNothingChanges()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var skp = (await SkpAsync(tahun, tim.Kepala, tim.Bawahan[0]))[0];
        var periode = tahun.PeriodeId[0];
        await PredikatOrganisasiAsync(tim.UnitId, periode, PredikatOrganisasi.Baik);
        using var client = await MasukAsync(tim.Kepala.Nip);
        var lama = await client.GetDocumentAsync(Url(skp.Id, periode));
        var response = await client.SubmitAsync(Url(skp.Id, periode), new Dictionary<string, string>
        {
            ["RatingHasil"] = "DiAtasEkspektasi", ["RatingPerilaku"] = "DiAtasEkspektasi", ["Aksi"] = "finalkan",
        }, "[data-testid=form-nilai]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var final = (await EvaluasiAsync(skp.Id, periode))!;
        Assert.Equal(StatusEvaluasi.Final, final.Status);

        var lagi = await client.GetDocumentAsync(Url(skp.Id, periode));
        Assert.NotNull(lagi.QuerySelector("[data-testid=hanya-baca]"));
        Assert.Null(lagi.QuerySelector("select[name=RatingHasil]"));
        var tolak = await client.SubmitDocumentAsync(lama, Url(skp.Id, periode), new Dictionary<string, string>
        {
            ["Version"] = S(final.Version), ["RatingHasil"] = "DiBawahEkspektasi", ["RatingPerilaku"] = "DiBawahEkspektasi", ["Aksi"] = "simpan",
        }, "[data-testid=form-nilai]");
        Assert.Equal(HttpStatusCode.Forbidden, tolak.StatusCode);
        var sesudah = (await EvaluasiAsync(skp.Id, periode))!;
        Assert.Equal((StatusEvaluasi.Final, PredikatKinerja.SangatBaik, final.Version), (sesudah.Status, sesudah.Predikat, sesudah.Version));
    }

    [Fact]
    public async Task Finalkan_WithoutOrganisationPredikat_IsRefused()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var skp = (await SkpAsync(tahun, tim.Kepala, tim.Bawahan[0]))[0];
        var periode = tahun.PeriodeId[0];
        using var client = await MasukAsync(tim.Kepala.Nip);

        var response = await client.SubmitAsync(Url(skp.Id, periode), new Dictionary<string, string>
        {
            ["RatingHasil"] = "SesuaiEkspektasi", ["RatingPerilaku"] = "SesuaiEkspektasi", ["Aksi"] = "finalkan",
        }, "[data-testid=form-nilai]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("belum ditetapkan", (await HtmlClient.ParseAsync(response)).QuerySelector("[data-testid=galat]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await EvaluasiAsync(skp.Id, periode));
    }

    private static Dictionary<string, string> IsianTim(IReadOnlyList<SkpUji> skp, Func<int, (string Hasil, string Perilaku)> rating, bool pilih)
    {
        var isian = new Dictionary<string, string>();
        for (var i = 0; i < skp.Count; i++)
        {
            var (h, p) = rating(i);
            isian[$"Baris[{i}].RatingHasil"] = h;
            isian[$"Baris[{i}].RatingPerilaku"] = p;
            if (pilih)
            {
                isian[$"Baris[{i}].Pilih"] = "true";
            }
        }

        return isian;
    }

    [Fact]
    public async Task Tim_FinalisingABrokenCurve_IsRefusedWithTheFindings_UnlessAReasonIsGiven_WhichIsRecorded()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(4);
        var skp = await SkpAsync(tahun, tim.Kepala, [.. tim.Bawahan]);
        var periode = tahun.PeriodeId[0];
        await PredikatOrganisasiAsync(tim.UnitId, periode, PredikatOrganisasi.Istimewa);
        using var client = await MasukAsync(tim.Kepala.Nip);
        var url = $"/Evaluasi/Tim?periode={periode}";
        var halaman = await client.GetDocumentAsync(url);
        Assert.Equal(4, halaman.QuerySelectorAll("[data-testid=baris-tim]").Length);
        var urutan = halaman.QuerySelectorAll("[data-testid=baris-tim]").Select(r => int.Parse(r.GetAttribute("data-skp")!, CultureInfo.InvariantCulture)).ToList();
        var baris = urutan.Select(id => skp.Single(s => s.Id == id)).ToList();

        // All four Sangat Baik breaks "Sangat Baik at most 70 %" of Istimewa (2.8 people: three would only warn).
        var isian = IsianTim(baris, _ => ("DiAtasEkspektasi", "DiAtasEkspektasi"), pilih: true);
        isian["Aksi"] = "finalkan";
        var response = await client.SubmitDocumentAsync(halaman, url, isian, "[data-testid=form-tim]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("Sangat Baik: 4 pegawai", doc.QuerySelector("[data-testid=galat]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("[data-testid=temuan-kurva] li"), li => li.GetAttribute("data-memblokir") == "true");
        foreach (var s in skp)
        {
            Assert.Null(await EvaluasiAsync(s.Id, periode));
        }
        Assert.Equal("DiAtasEkspektasi", doc.QuerySelector("select[name='Baris[0].RatingHasil'] option[selected]")!.GetAttribute("value"));

        isian["AlasanPengecualian"] = "Seluruh tim melampaui target secara terukur";
        response = await client.SubmitDocumentAsync(halaman, url, isian, "[data-testid=form-tim]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var s in skp)
        {
            var e = (await EvaluasiAsync(s.Id, periode))!;
            Assert.Equal((StatusEvaluasi.Final, PredikatKinerja.SangatBaik), (e.Status, e.Predikat));
            Assert.Equal("Seluruh tim melampaui target secara terukur", e.Riwayat.Single(r => r.Peristiwa == PeristiwaEvaluasi.Difinalkan).Catatan);
        }
    }

    [Fact]
    public async Task Tim_AFittingCurve_FinalisesWithoutReason_AndSavesAllChangedRowsAtOnce()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(3);
        var skp = await SkpAsync(tahun, tim.Kepala, [.. tim.Bawahan]);
        var periode = tahun.PeriodeId[0];
        await PredikatOrganisasiAsync(tim.UnitId, periode, PredikatOrganisasi.Istimewa);
        using var client = await MasukAsync(tim.Kepala.Nip);
        var url = $"/Evaluasi/Tim?periode={periode}";
        var halaman = await client.GetDocumentAsync(url);

        var isian = IsianTim(skp, i => i == 0 ? ("DiAtasEkspektasi", "DiAtasEkspektasi") : ("SesuaiEkspektasi", "SesuaiEkspektasi"), pilih: false);
        isian["Aksi"] = "simpan";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitDocumentAsync(halaman, url, isian, "[data-testid=form-tim]")).StatusCode);
        foreach (var s in skp)
        {
            Assert.Equal(StatusEvaluasi.Dinilai, (await EvaluasiAsync(s.Id, periode))!.Status);
        }

        halaman = await client.GetDocumentAsync(url);
        Assert.Equal(3, halaman.QuerySelectorAll("[data-testid=baris-tim][data-status=Dinilai]").Length);
        var pilih = new Dictionary<string, string> { ["Aksi"] = "finalkan", ["Baris[0].Pilih"] = "true", ["Baris[1].Pilih"] = "true", ["Baris[2].Pilih"] = "true" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitDocumentAsync(halaman, url, pilih, "[data-testid=form-tim]")).StatusCode);
        foreach (var s in skp)
        {
            var e = (await EvaluasiAsync(s.Id, periode))!;
            Assert.Equal(StatusEvaluasi.Final, e.Status);
            Assert.Null(e.Riwayat.Single(r => r.Peristiwa == PeristiwaEvaluasi.Difinalkan).Catatan);
        }
    }

    [Fact]
    public async Task Tim_AConflictOnOneRow_SavesNothing_AndNamesTheRow()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(2);
        var skp = await SkpAsync(tahun, tim.Kepala, [.. tim.Bawahan]);
        var periode = tahun.PeriodeId[0];
        using var client = await MasukAsync(tim.Kepala.Nip);
        var url = $"/Evaluasi/Tim?periode={periode}";
        var lama = await client.GetDocumentAsync(url);
        var urutan = lama.QuerySelectorAll("[data-testid=baris-tim]").Select(r => int.Parse(r.GetAttribute("data-skp")!, CultureInfo.InvariantCulture)).ToList();
        var kedua = skp.Single(s => s.Id == urutan[1]);

        // Someone else scores the second row meanwhile.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(Url(kedua.Id, periode), new Dictionary<string, string> { ["RatingHasil"] = "SesuaiEkspektasi", ["Aksi"] = "simpan" }, "[data-testid=form-nilai]")).StatusCode);

        var isian = IsianTim(skp, _ => ("DiBawahEkspektasi", "SesuaiEkspektasi"), pilih: false);
        isian["Aksi"] = "simpan";
        var response = await client.SubmitDocumentAsync(lama, url, isian, "[data-testid=form-tim]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var galat = (await HtmlClient.ParseAsync(response)).QuerySelector("[data-testid=galat]")!.TextContent;
        Assert.Contains(kedua.Pegawai.Nama, galat, StringComparison.Ordinal);
        Assert.Null(await EvaluasiAsync(urutan[0], periode));
        Assert.Equal((Rating?)Rating.SesuaiEkspektasi, (await EvaluasiAsync(kedua.Id, periode))!.RatingHasil);
    }

    [Fact]
    public async Task Tim_ShowsTheUnitCurveCountingEveryEvaluationOfTheUnit()
    {
        var tahun = await TahunAsync();
        var tim = await TimAsync(2);
        var skp = await SkpAsync(tahun, tim.Kepala, [.. tim.Bawahan]);
        var periode = tahun.PeriodeId[0];
        await PredikatOrganisasiAsync(tim.UnitId, periode, PredikatOrganisasi.Baik);
        // An evaluation of the same unit scored by someone else counts in the curve.
        var org = await Factory.OrganisasiAsync();
        var lain = (await SkpAsync(tahun, new Orang(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama), new Orang(org.Staf2.PegawaiId!.Value, org.Staf2.Login, org.Staf2.Nama)))[0];
        await DenganDbAsync(db =>
        {
            var e = EvaluasiPeriode.Buat(lain.Id, periode, tim.UnitId);
            e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, org.Kabid.Login, Waktu);
            db.EvaluasiPeriode.Add(e);
            return db.SaveChangesAsync();
        });
        using var client = await MasukAsync(tim.Kepala.Nip);

        var doc = await client.GetDocumentAsync($"/Evaluasi/Tim?periode={periode}");

        var kurva = doc.QuerySelector("[data-testid=grup-unit] [data-testid=kurva]")!;
        Assert.Equal("0,1,0,0,0", kurva.GetAttribute("data-lain"));
        Assert.Equal("1", kurva.QuerySelector("[data-jumlah=Baik]")!.TextContent.Trim());
        Assert.Contains("Baik", doc.QuerySelector("[data-testid=predikat-organisasi]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, doc.QuerySelectorAll("[data-testid=baris-tim]").Length);
        Assert.DoesNotContain(doc.QuerySelectorAll("[data-testid=baris-tim]"), r => r.GetAttribute("data-skp") == S(lain.Id));

        var json = await client.Http.GetStringAsync("/Evaluasi/Kurva?organisasi=Baik&jumlah=0&jumlah=10&jumlah=0&jumlah=0&jumlah=0");
        Assert.Contains("\"memblokir\":true", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync("/Evaluasi/Kurva?organisasi=Baik&jumlah=1")).StatusCode);
    }

    [Fact]
    public async Task Tim_RunsTheSameNumberOfQueriesFor5And40Subordinates()
    {
        var tahun = await TahunAsync();
        var kecil = await TimAsync(5);
        var besar = await TimAsync(40);
        foreach (var tim in new[] { kecil, besar })
        {
            var skp = await SkpAsync(tahun, tim.Kepala, [.. tim.Bawahan]);
            for (var i = 0; i < skp.Count; i += 2)
            {
                await RealisasiAsync(skp[i], tahun.PeriodeId[0], 10, 4);
            }
        }

        var (nKecil, barisKecil) = await HitungAsync(kecil.Kepala.Id, tahun.PeriodeId[0]);
        var (nBesar, barisBesar) = await HitungAsync(besar.Kepala.Id, tahun.PeriodeId[0]);

        Assert.Equal((5, 40), (barisKecil, barisBesar));
        Assert.Equal(nKecil, nBesar);
        Assert.True(nKecil <= 6, $"{nKecil} queries");
    }

    private Task<(int Perintah, int Baris)> HitungAsync(int penilaiId, int periodeId) => Factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var layanan = new TimService(db, TimeProvider.System, Options.Create(new OpsiEvaluasi()),
            sp.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>(), NullLogger<TimService>.Instance);
        var model = await layanan.TimAsync(new PenggunaSkp(penilaiId, "x", false), periodeId, null, null, CancellationToken.None);
        return (penghitung.Jumlah, model!.Grup.Sum(g => g.Baris.Count));
    });

    [Fact]
    public async Task PredikatOrganisasi_IsSetByTheLeaderOneLevelUpOrAdminBkd_AndAudited()
    {
        var org = await Factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var periode = tahun.PeriodeId[0];
        var url = $"/EvaluASI/PredikatOrganisasi?periode={periode}";

        // The bidang head may not set their own unit; the Kadis (one level up) may.
        using (var kabid = await MasukAsync(tim.Kepala.Nip))
        {
            var doc = await kabid.GetDocumentAsync(url);
            Assert.Empty(doc.QuerySelectorAll($"[data-testid=baris-unit][data-unit='{tim.UnitId}']"));
            var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
            var tolak = await kabid.Http.PostAsync("/Evaluasi/PredikatOrganisasi", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Periode"] = S(periode), ["UnitKerjaId"] = S(tim.UnitId), ["Predikat"] = "Istimewa", ["Version"] = "0", ["__RequestVerificationToken"] = token,
            }));
            Assert.True(tolak.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, tolak.StatusCode.ToString());
        }

        using (var kadis = await MasukAsync(org.Kadis.Login))
        {
            var response = await kadis.SubmitAsync(url, new Dictionary<string, string> { ["Predikat"] = "Baik", ["Catatan"] = "Capaian PK 95%" },
                $"[data-testid=baris-unit][data-unit='{tim.UnitId}'] form");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var admin = await MasukAsync(org.AdminBkd.Login))
        {
            var doc = await admin.GetDocumentAsync(url);
            Assert.Equal("Baik", doc.QuerySelector($"[data-testid=baris-unit][data-unit='{tim.UnitId}']")!.GetAttribute("data-predikat"));
            var response = await admin.SubmitDocumentAsync(doc, url, new Dictionary<string, string> { ["Predikat"] = "Istimewa" },
                $"[data-testid=baris-unit][data-unit='{tim.UnitId}'] form");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var stale = await admin.SubmitDocumentAsync(doc, url, new Dictionary<string, string> { ["Predikat"] = "Kurang" },
                $"[data-testid=baris-unit][data-unit='{tim.UnitId}'] form");
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        }

        var (predikat, audit) = await DenganDbAsync(async db =>
        {
            var p = await db.PredikatOrganisasiUnit.AsNoTracking().SingleAsync(x => x.UnitKerjaId == tim.UnitId && x.PeriodeEvaluasiId == periode);
            var n = await db.AuditEntries.CountAsync(a => a.Entitas == nameof(PredikatOrganisasiUnit) && a.EntitasId == p.Id);
            return (p.Predikat, n);
        });
        Assert.Equal(PredikatOrganisasi.Istimewa, predikat);
        Assert.Equal(2, audit);
    }
}

public sealed class PenilaianEvaluasiTestsSqlite(SqliteAppFactory factory) : PenilaianEvaluasiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PenilaianEvaluasiTestsPostgres(PostgresAppFactory factory) : PenilaianEvaluasiTests(factory), IClassFixture<PostgresAppFactory>;
