using System.Globalization;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Impor;

namespace SiKinerja.Benchmarks;

/// <summary>
/// The whole import of a 50,000-row SIASN CSV into an empty database through the real pages and worker:
/// upload, read + preview, confirm, write until Selesai. Target: under 20 s on SQLite and PostgreSQL.
/// <c>SIKINERJA_BENCH_IMPOR_BARIS</c> sets another row count (a quick check).
/// </summary>
[Config(typeof(Config))]
public class ImporPegawaiBenchmark
{
    private static readonly StatusImpor[] Berjalan = [StatusImpor.Diunggah, StatusImpor.Memeriksa, StatusImpor.Dikonfirmasi, StatusImpor.Menulis];
    private byte[] _berkas = [];
    private BenchmarkApp _app = null!;
    private HttpClient _client = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    public static int JumlahBaris =>
        int.TryParse(Environment.GetEnvironmentVariable("SIKINERJA_BENCH_IMPOR_BARIS"), CultureInfo.InvariantCulture, out var n) ? n : 50_000;

    [GlobalSetup]
    public void Setup() => _berkas = BerkasSiasnSintetis.Buat(JumlahBaris);

    [IterationSetup]
    public void IterationSetup()
    {
        _app = BenchmarkApp.EmptyAsync(Provider, "sikinerja_bench_impor").GetAwaiter().GetResult();
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = new AppUser { UserName = BenchmarkApp.AdminLogin };
            users.CreateAsync(admin, BenchmarkApp.AdminPassword).GetAwaiter().GetResult();
            users.AddToRoleAsync(admin, Peran.AdminBkd).GetAwaiter().GetResult();
        }

        _client = _app.AdminClientAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void IterationCleanup()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Benchmark(Description = "impor 50.000 baris (unggah, periksa, konfirmasi, tulis)")]
    public async Task<int> Impor()
    {
        var token = BenchmarkApp.TokenDari(await _client.GetStringAsync("/Impor"));
        var file = new ByteArrayContent(_berkas);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "Berkas", "siasn.csv" } };
        var upload = await _client.PostAsync("/Impor/Unggah", content);
        var location = upload.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Upload answered {(int)upload.StatusCode}.");
        var id = int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

        var diperiksa = await TungguAsync(id);
        if (diperiksa.Status != StatusImpor.Diperiksa || diperiksa.JumlahGalat > 0)
        {
            throw new InvalidOperationException($"Preview: {diperiksa.Status}, {diperiksa.JumlahGalat} errors: {diperiksa.GalatJson?[..Math.Min(500, diperiksa.GalatJson.Length)]}");
        }

        var html = await _client.GetStringAsync($"/Impor/Detail/{id}");
        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BenchmarkApp.TokenDari(html),
            ["Version"] = diperiksa.Version.ToString(CultureInfo.InvariantCulture),
        });
        await _client.PostAsync($"/Impor/Konfirmasi/{id}", confirm);

        var selesai = await TungguAsync(id);
        if (selesai.Status != StatusImpor.Selesai)
        {
            throw new InvalidOperationException($"Write: {selesai.Status} {selesai.GagalJson}");
        }

        return selesai.BarisTotal;
    }

    private async Task<(StatusImpor Status, int JumlahGalat, int Version, string? GalatJson, string? GagalJson, int BarisTotal)> TungguAsync(int id)
    {
        var batas = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var b = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImporBatch.AsNoTracking()
                .Where(x => x.Id == id).Select(x => new { x.Status, x.JumlahGalat, x.Version, x.GalatJson, x.GagalJson, x.BarisTotal }).SingleAsync();
            if (!Berjalan.Contains(b.Status) || DateTime.UtcNow > batas)
            {
                return (b.Status, b.JumlahGalat, b.Version, b.GalatJson, b.GagalJson, b.BarisTotal);
            }

            await Task.Delay(50);
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.Max);
        }
    }
}
