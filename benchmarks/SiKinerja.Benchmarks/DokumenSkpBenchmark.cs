using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Benchmarks;

/// <summary>
/// One official document over HTTP (issue 5: a single document in under 300 ms at the median once warm): GET
/// <c>/Dokumen/Skp/{id}</c> as the Admin BKD for an approved SKP of 5 RHK × 2 IKI with Lampiran — access check, the
/// content built from the records, the verification code looked up (same content: the code is reused), Razor to HTML,
/// QR code, Chromium print to PDF (warm pool), response. Data: <see cref="DataDokumen"/>.
/// </summary>
[Config(typeof(Config))]
public class DokumenSkpBenchmark
{
    private BenchmarkApp _app = null!;
    private HttpClient _client = null!;
    private int _skpId;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Benchmark(Description = "PDF SKP 5 RHK x 2 IKI lewat HTTP")]
    public async Task<int> Cetak()
    {
        var response = await _client.GetAsync($"/Dokumen/Skp/{_skpId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private async Task SetupAsync()
    {
        _app = await BenchmarkApp.OpenAsync(Provider, DataDokumen.NamaDatabase);
        _skpId = (await DataDokumen.SiapkanAsync(_app)).SkpPertama;
        _client = await _app.AdminClientAsync();
        for (var i = 0; i < 5; i++)
        {
            await Cetak();
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.P95);
        }
    }
}
