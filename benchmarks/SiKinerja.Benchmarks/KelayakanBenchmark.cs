using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Benchmarks;

/// <summary>
/// The eligibility lists (Satyalancana 2025, promotion period 1 April 2026, pegawai berprestasi 2025) for the whole
/// 50,000-employee synthetic province as an Admin BKD, through the real pages: target under one second.
/// Setup adds, once, in bulk SQL: TmtGolongan = TMT CPNS for everyone, final annual evaluations for 2024 and 2025
/// (predikat by id: 10 % Sangat Baik, 5 % Butuh Perbaikan, the rest Baik; all pointing to one placeholder SKP, the FK only),
/// a sanction for 2 % (half sedang/berat) and Satyalancana X for every seventh employee.
/// <c>SIKINERJA_BENCH_KELAYAKAN_PEGAWAI</c> sets a smaller province for a quick run.
/// </summary>
[Config(typeof(Config))]
public class KelayakanBenchmark
{
    private BenchmarkApp _app = null!;
    private HttpClient _client = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    public static int Jumlah =>
        int.TryParse(Environment.GetEnvironmentVariable("SIKINERJA_BENCH_KELAYAKAN_PEGAWAI"), out var n) && n > 0 ? n : 50_000;

    [GlobalSetup]
    public void Setup()
    {
        _app = BenchmarkApp.SyntheticAsync(Provider, Jumlah).GetAwaiter().GetResult();
        DataKarierAsync(_app).GetAwaiter().GetResult();
        _client = _app.AdminClientAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Benchmark(Description = "Satyalancana 2025, seluruh provinsi")]
    public Task<string> Satyalancana() => GetAsync("/Kelayakan/Satyalancana?tahun=2025");

    [Benchmark(Description = "kenaikan pangkat 1 Apr 2026, seluruh provinsi")]
    public Task<string> KenaikanPangkat() => GetAsync("/Kelayakan/KenaikanPangkat?periode=2026-04-01");

    [Benchmark(Description = "pegawai berprestasi 2025, seluruh provinsi")]
    public Task<string> Berprestasi() => GetAsync("/Kelayakan/Berprestasi?tahun=2025");

    private async Task<string> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task DataKarierAsync(BenchmarkApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.EvaluasiTahunan.AnyAsync())
        {
            return;
        }

        await db.Pegawai.ExecuteUpdateAsync(s => s.SetProperty(p => p.TmtGolongan, p => p.TmtCpns));
        var waktu = new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc);
        var tahun = new List<TahunKinerja>();
        foreach (var t in new[] { 2024, 2025 })
        {
            tahun.Add(await db.TahunKinerja.SingleOrDefaultAsync(x => x.Tahun == t)
                ?? db.TahunKinerja.Add(TahunKinerja.Buka(t, JenisPeriode.Semesteran, new DateOnly(t, 1, 31), new DateOnly(t + 1, 1, 31))).Entity);
        }

        await db.SaveChangesAsync();
        var dua = await db.Pegawai.OrderBy(p => p.Id).Take(2).Select(p => new { p.Id, p.Nip, p.Nama, p.GolonganKode }).ToListAsync();
        SnapshotPejabat Snap(int i) => new(dua[i].Id, dua[i].Nip, dua[i].Nama, dua[i].GolonganKode, null, "Staf", "Provinsi");
        var skp = Skp.Buat(tahun[0].Id, 2024, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), PendekatanSkp.Kuantitatif, new SnapshotSkp(Snap(0), Snap(1), null), dua[0].Nip, waktu);
        db.Skp.Add(skp);
        await db.SaveChangesAsync();

        foreach (var t in tahun)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "EvaluasiTahunan" ("PegawaiId", "TahunKinerjaId", "SkpId", "RatingHasil", "RatingPerilaku", "Predikat", "Status", "DinilaiOlehNip", "DinilaiUtc", "FinalUtc", "Version")
                SELECT p."Id", {t.Id}, {skp.Id},
                    CASE WHEN p."Id" % 10 = 0 THEN 'DiAtasEkspektasi' WHEN p."Id" % 20 = 3 THEN 'DiBawahEkspektasi' ELSE 'SesuaiEkspektasi' END,
                    CASE WHEN p."Id" % 10 = 0 THEN 'DiAtasEkspektasi' ELSE 'SesuaiEkspektasi' END,
                    CASE WHEN p."Id" % 10 = 0 THEN 'SangatBaik' WHEN p."Id" % 20 = 3 THEN 'ButuhPerbaikan' ELSE 'Baik' END,
                    'Final', 'bench', {waktu}, {waktu}, 0
                FROM "Pegawai" p
                """);
        }

        var mulai = new DateOnly(2025, 6, 1);
        var selesai = new DateOnly(2026, 5, 31);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "HukumanDisiplin" ("PegawaiId", "Tingkat", "Jenis", "NomorSk", "TanggalSk", "TmtMulai", "TmtSelesai", "Version")
            SELECT p."Id", CASE WHEN p."Id" % 100 = 0 THEN 'Sedang' WHEN p."Id" % 100 = 50 THEN 'Ringan' ELSE 'Berat' END,
                'Hukuman sintetis', 'SK/HD/BENCH', {mulai}, {mulai}, {selesai}, 0
            FROM "Pegawai" p WHERE p."Id" % 50 = 0 OR p."Id" % 100 = 1
            """);
        var sk = new DateOnly(2020, 8, 17);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Penghargaan" ("PegawaiId", "Jenis", "Pemberi", "NomorSk", "TanggalSk", "Tahun", "Version")
            SELECT p."Id", 'SatyalancanaX', 'Presiden', 'KEPPRES/BENCH', {sk}, 2020, 0
            FROM "Pegawai" p WHERE p."Id" % 7 = 0
            """);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(10));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.P95);
        }
    }
}
