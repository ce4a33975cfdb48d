using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Benchmarks;

/// <summary>
/// The Admin BKD's employee list search on the 50,000-employee synthetic province, through the real
/// page (routing, auth, query, paging, Razor): target under 50 ms at the median.
/// </summary>
[Config(typeof(Config))]
public class PencarianPegawaiBenchmark
{
    private BenchmarkApp _app = null!;
    private HttpClient _client = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _app = BenchmarkApp.SyntheticAsync(Provider, 50_000).GetAwaiter().GetResult();
        _client = _app.AdminClientAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Benchmark(Description = "cari nama (q=siti)")]
    public Task<string> CariNama() => GetAsync("/Pegawai?q=siti");

    [Benchmark(Description = "cari NIP (q=1985 03)")]
    public Task<string> CariNip() => GetAsync("/Pegawai?q=1985%2003");

    [Benchmark(Description = "halaman 200 tanpa filter")]
    public Task<string> HalamanJauh() => GetAsync("/Pegawai?halaman=200");

    private async Task<string> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.P95);
        }
    }
}
