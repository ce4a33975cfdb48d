using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Kelayakan;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// The eligibility lists on a small constructed data set in a unit of their own: Satyalancana 2025, promotion period
/// 1 April 2026 (predikat 2024 and 2025), pegawai berprestasi 2025; access and the fixed query count.
/// </summary>
public abstract class KelayakanTests(SiKinerjaAppFactory factory)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<SiKinerjaAppFactory, Task<Skenario>> Cache = new();
    private static readonly string[] Dinilai2024 = ["kpLayak", "kpMasa", "kpPredikatKurang", "kpHukuman", "kpPuncak", "kpTanpaTmt", "bpSanksi"];
    private static int _urut;

    private sealed record Skenario(int UnitId, Dictionary<string, string> Nip);

    private sealed record Orang(string Kunci, DateOnly Cpns, string Golongan = "III/a", DateOnly? TmtGolongan = null);

    private Task<Skenario> SkenarioAsync() => Cache.GetOrAdd(factory, _ => BuatAsync());

    private async Task<Skenario> BuatAsync()
    {
        var org = await factory.OrganisasiAsync();
        var unit = await UnitAsync(factory, NamaUnik("Dinas Kelayakan"), org.UnitRootId);
        var jabatan = await JabatanAsync(factory, "Staf Kelayakan", JenisJabatan.Pelaksana, unit);
        Orang[] orang =
        [
            new("satLayak", new(2015, 3, 1)), new("satSanksi", new(2015, 5, 1)), new("satRingan", new(2015, 6, 1)),
            new("satTertunda", new(2010, 1, 1)), new("satSudah", new(2010, 2, 1)), new("satMuda", new(2020, 1, 1)),
            new("kpLayak", new(2005, 1, 1), TmtGolongan: new(2022, 4, 1)), new("kpMasa", new(2005, 1, 1), TmtGolongan: new(2022, 6, 1)),
            new("kpTanpaPredikat", new(2005, 1, 1), TmtGolongan: new(2020, 1, 1)), new("kpPredikatKurang", new(2005, 1, 1), TmtGolongan: new(2020, 1, 1)),
            new("kpHukuman", new(2005, 1, 1), TmtGolongan: new(2020, 1, 1)), new("kpPuncak", new(2005, 1, 1), "IV/e", new(2020, 1, 1)),
            new("kpTanpaTmt", new(2005, 1, 1)), new("bpSanksi", new(2005, 1, 1), TmtGolongan: new(2020, 1, 1)),
        ];
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var pegawai = new Dictionary<string, Pegawai>();
            foreach (var o in orang)
            {
                var n = Interlocked.Increment(ref _urut);
                var lahir = new DateOnly(1960, 1, 1).AddDays(n * 3);
                var nip = Nip.Parse(string.Create(CultureInfo.InvariantCulture, $"{lahir:yyyyMMdd}{o.Cpns:yyyyMM}1{(n % 998) + 1:000}"));
                var p = new Pegawai(nip, "Kelayakan " + o.Kunci, JenisPegawai.Pns, Golongan.Find(o.Golongan, JenisPegawai.Pns)!) { JabatanId = jabatan };
                p.AturTmtGolongan(o.TmtGolongan);
                pegawai[o.Kunci] = p;
            }

            db.Pegawai.AddRange(pegawai.Values);
            var t2024 = TahunKinerja.Buka(2024, JenisPeriode.Semesteran, new DateOnly(2024, 1, 31), new DateOnly(2025, 1, 31));
            var t2025 = TahunKinerja.Buka(2025, JenisPeriode.Semesteran, new DateOnly(2025, 1, 31), new DateOnly(2026, 1, 31));
            db.TahunKinerja.AddRange(t2024, t2025);
            await db.SaveChangesAsync();
            int Id(string k) => pegawai[k].Id;

            void Hukuman(string k, TingkatHukuman tingkat, DateOnly mulai, DateOnly? selesai) =>
                db.HukumanDisiplin.Add(HukumanDisiplin.Catat(Id(k), tingkat, "Hukuman uji", "SK/" + k, mulai, mulai, selesai, null));
            Hukuman("satSanksi", TingkatHukuman.Sedang, new(2020, 1, 1), new(2020, 6, 30));
            Hukuman("satRingan", TingkatHukuman.Ringan, new(2020, 1, 1), null);
            Hukuman("kpHukuman", TingkatHukuman.Berat, new(2026, 1, 1), new(2026, 12, 31));
            Hukuman("bpSanksi", TingkatHukuman.Ringan, new(2025, 3, 1), null);
            db.Penghargaan.Add(Penghargaan.Catat(Id("satSudah"), JenisPenghargaan.SatyalancanaX, null, "Presiden", "KEPPRES/1", new DateOnly(2021, 8, 1), null));

            var waktu = new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc);
            var tahunan = new List<EvaluasiTahunan>();
            void Tahunan(string k, TahunKinerja t, Rating hasil, Rating perilaku, bool final = true)
            {
                var p = pegawai[k];
                var snap = new SnapshotPejabat(p.Id, p.Nip, p.Nama, p.GolonganKode, null, "Staf", "Dinas");
                var skp = Skp.Buat(t.Id, t.Tahun, new DateOnly(t.Tahun, 1, 1), new DateOnly(t.Tahun, 12, 31), PendekatanSkp.Kuantitatif, new SnapshotSkp(snap, new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala", "Dinas"), null), p.Nip, waktu);
                db.Skp.Add(skp);
                db.SaveChanges();
                var e = EvaluasiTahunan.Buat(p.Id, t.Id, skp.Id, hasil, perilaku, null, null, null, null, "penilai", waktu);
                if (final)
                {
                    e.Finalkan(true, "penilai", waktu);
                }

                db.EvaluasiTahunan.Add(e);
            }

            const Rating A = Rating.DiAtasEkspektasi, S = Rating.SesuaiEkspektasi, B = Rating.DiBawahEkspektasi;
            foreach (var k in Dinilai2024)
            {
                Tahunan(k, t2024, S, S);
            }

            Tahunan("kpLayak", t2025, A, A);
            Tahunan("kpMasa", t2025, S, S);
            Tahunan("kpTanpaPredikat", t2024, A, A, final: false);
            Tahunan("kpTanpaPredikat", t2025, S, S);
            Tahunan("kpPredikatKurang", t2025, B, S);
            Tahunan("kpHukuman", t2025, S, S);
            Tahunan("kpPuncak", t2025, S, S);
            Tahunan("kpTanpaTmt", t2025, S, S);
            Tahunan("bpSanksi", t2025, A, A);
            await db.SaveChangesAsync();
            return new Skenario(unit, pegawai.ToDictionary(x => x.Key, x => x.Value.Nip));
        });
    }

    private async Task<HtmlClient> MasukAsync(Func<OrganisasiUji, AkunUji> akun)
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun(org).Login, TestData.Password);
        return client;
    }

    private static Dictionary<string, IElement> Baris(IDocument doc) =>
        doc.QuerySelectorAll("[data-testid=daftar-kelayakan] tbody tr").ToDictionary(tr => tr.GetAttribute("data-nip")!);

    private static string[] Alasan(IElement tr) => [.. tr.QuerySelectorAll("[data-kode]").Select(li => li.GetAttribute("data-kode")!)];

    [Fact]
    public async Task Satyalancana_ListsEligibleOverdueAndRefused()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);
        var doc = await admin.GetDocumentAsync($"/Kelayakan/Satyalancana?tahun=2025&unitId={s.UnitId}");
        var baris = Baris(doc);

        Assert.Equal("LayakTahunIni", baris[s.Nip["satLayak"]].GetAttribute("data-status"));
        Assert.Equal("SatyalancanaX", baris[s.Nip["satLayak"]].GetAttribute("data-tingkat"));
        Assert.Equal("TidakLayak", baris[s.Nip["satSanksi"]].GetAttribute("data-status"));
        Assert.Equal([KodeKelayakan.HukumanSedangBerat], Alasan(baris[s.Nip["satSanksi"]]));
        Assert.Equal("LayakTahunIni", baris[s.Nip["satRingan"]].GetAttribute("data-status"));
        Assert.Equal("Tertunda", baris[s.Nip["satTertunda"]].GetAttribute("data-status"));
        Assert.False(baris.ContainsKey(s.Nip["satSudah"]));
        Assert.False(baris.ContainsKey(s.Nip["satMuda"]));
        Assert.Contains(doc.QuerySelectorAll("[data-kode]"), li => li.TextContent.Contains("Sedang", StringComparison.Ordinal));

        var tertunda = Baris(await admin.GetDocumentAsync($"/Kelayakan/Satyalancana?tahun=2025&unitId={s.UnitId}&status=Tertunda"));
        Assert.All(tertunda.Values, tr => Assert.Equal("Tertunda", tr.GetAttribute("data-status")));
        Assert.Contains(s.Nip["satTertunda"], tertunda.Keys);

        var csv = await admin.Http.GetStringAsync($"/Kelayakan/Satyalancana?tahun=2025&unitId={s.UnitId}&format=csv");
        Assert.Contains(Nip.Format(s.Nip["satSanksi"]), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KenaikanPangkat_EligibleAndEachReason()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);
        var doc = await admin.GetDocumentAsync($"/Kelayakan/KenaikanPangkat?periode=2026-04-01&unitId={s.UnitId}&subunit=true");
        var baris = Baris(doc);

        Assert.Equal("true", baris[s.Nip["kpLayak"]].GetAttribute("data-layak"));
        Assert.Contains("III/b", baris[s.Nip["kpLayak"]].TextContent, StringComparison.Ordinal);
        Assert.Equal([KodeKelayakan.MasaPangkatKurang], Alasan(baris[s.Nip["kpMasa"]]));
        Assert.Equal([KodeKelayakan.PredikatTidakAda], Alasan(baris[s.Nip["kpTanpaPredikat"]]));
        Assert.Contains("2024", baris[s.Nip["kpTanpaPredikat"]].QuerySelector("[data-kode]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([KodeKelayakan.PredikatKurang], Alasan(baris[s.Nip["kpPredikatKurang"]]));
        Assert.Equal([KodeKelayakan.HukumanBerjalan], Alasan(baris[s.Nip["kpHukuman"]]));
        Assert.Equal([KodeKelayakan.GolonganPuncak], Alasan(baris[s.Nip["kpPuncak"]]));
        Assert.Equal([KodeKelayakan.TmtGolonganKosong], Alasan(baris[s.Nip["kpTanpaTmt"]]));
        Assert.Equal([KodeKelayakan.TmtGolonganKosong, KodeKelayakan.PredikatTidakAda, KodeKelayakan.PredikatTidakAda], Alasan(baris[s.Nip["satLayak"]]));

        var layak = Baris(await admin.GetDocumentAsync($"/Kelayakan/KenaikanPangkat?periode=2026-04-01&unitId={s.UnitId}&status=layak"));
        // bpSanksi: a light sanction does not block a promotion
        Assert.Equal(new[] { s.Nip["kpLayak"], s.Nip["bpSanksi"] }.Order(), layak.Keys.Order());

        // one month earlier the four years are not reached by kpLayak either
        var februari = Baris(await admin.GetDocumentAsync($"/Kelayakan/KenaikanPangkat?periode=2026-02-01&unitId={s.UnitId}&status=layak"));
        Assert.Equal([s.Nip["bpSanksi"]], februari.Keys);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Kelayakan/KenaikanPangkat?periode=2026-03-01")).StatusCode);
        var pilihan = (await admin.GetDocumentAsync("/Kelayakan/KenaikanPangkat")).QuerySelectorAll("#periode option");
        Assert.Equal(KelayakanService.JumlahPilihanPeriode, pilihan.Length);
    }

    [Fact]
    public async Task Berprestasi_SangatBaikCandidates_SanctionInTheYearRefuses()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);
        var baris = Baris(await admin.GetDocumentAsync($"/Kelayakan/Berprestasi?tahun=2025&unitId={s.UnitId}"));

        Assert.Equal(2, baris.Count);
        Assert.Equal("true", baris[s.Nip["kpLayak"]].GetAttribute("data-layak"));
        Assert.Equal([KodeKelayakan.HukumanTahunIni], Alasan(baris[s.Nip["bpSanksi"]]));
    }

    [Fact]
    public async Task NonAdmin_Forbidden()
    {
        foreach (var akun in new Func<OrganisasiUji, AkunUji>[] { o => o.Staf, o => o.Kadis })
        {
            using var c = await MasukAsync(akun);
            foreach (var url in new[] { "/Kelayakan/Satyalancana", "/Kelayakan/KenaikanPangkat", "/Kelayakan/Berprestasi", "/Kelayakan/Satyalancana?format=csv" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync(url)).StatusCode);
            }
        }
    }

    [Fact]
    public async Task FixedQueryCount_WhateverTheNumberOfEmployees()
    {
        var s = await SkenarioAsync();
        var jumlah = await factory.WithScopeAsync(async sp =>
        {
            var penghitung = new PenghitungPerintah();
            var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
            await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
            var layanan = new KelayakanService(db, sp.GetRequiredService<IOptions<PeriodeKenaikanPangkat>>(), TimeProvider.System);
            var hasil = new List<int>();
            foreach (var unit in new int?[] { null, s.UnitId })
            {
                var awal = penghitung.Jumlah;
                var a = await layanan.SatyalancanaAsync(2025, unit, true, null, default);
                hasil.Add(penghitung.Jumlah - awal);
                awal = penghitung.Jumlah;
                var b = await layanan.KenaikanPangkatAsync(new DateOnly(2026, 4, 1), unit, true, null, default);
                hasil.Add(penghitung.Jumlah - awal);
                awal = penghitung.Jumlah;
                var c = await layanan.BerprestasiAsync(2025, unit, true, default);
                hasil.Add(penghitung.Jumlah - awal);
                Assert.NotEmpty(a.Baris);
                Assert.NotEmpty(b.Baris);
                Assert.NotEmpty(c.Baris);
            }

            return hasil;
        });

        // employees, sanctions, rewards (Satyalancana) / employees with their two predikat, sanctions (promotion) / employees,
        // sanctions (berprestasi); +1 for the unit tree
        Assert.Equal([3, 2, 2, 4, 3, 3], jumlah);
    }
}

public sealed class KelayakanTestsSqlite(SqliteAppFactory factory) : KelayakanTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class KelayakanTestsPostgres(PostgresAppFactory factory) : KelayakanTests(factory), IClassFixture<PostgresAppFactory>;
