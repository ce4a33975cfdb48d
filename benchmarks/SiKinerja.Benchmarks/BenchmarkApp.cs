using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Demo;

namespace SiKinerja.Benchmarks;

/// <summary>
/// The real app in process on a benchmark database. SQLite: a file under the temp folder; PostgreSQL:
/// the server in <c>SIKINERJA_BENCH_PG</c> (falls back to <c>SIKINERJA_TEST_PG</c>), database
/// <c>sikinerja_bench_*</c>. Data sets are generated once and reused across runs.
/// </summary>
public sealed class BenchmarkApp : WebApplicationFactory<Program>
{
    public const string AdminLogin = "bench-admin";
    public const string AdminPassword = "Benchmark2026";

    private BenchmarkApp(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static string ServerPg =>
        Environment.GetEnvironmentVariable("SIKINERJA_BENCH_PG")
        ?? Environment.GetEnvironmentVariable("SIKINERJA_TEST_PG")
        ?? throw new InvalidOperationException("Set SIKINERJA_BENCH_PG to a PostgreSQL server connection string (no database).");

    /// <summary>An app on an empty database named <paramref name="name"/> (dropped first).</summary>
    public static async Task<BenchmarkApp> EmptyAsync(DatabaseProvider provider, string name)
    {
        var cs = provider == DatabaseProvider.Sqlite ? SqliteFile(name, delete: true) : await PgDatabaseAsync(name, recreate: true);
        var app = new BenchmarkApp(provider, cs);
        _ = app.Server;
        return app;
    }

    /// <summary>An app on the database named <paramref name="name"/>, created when missing and otherwise reused as it is.</summary>
    public static async Task<BenchmarkApp> OpenAsync(DatabaseProvider provider, string name)
    {
        var cs = provider == DatabaseProvider.Sqlite ? SqliteFile(name, delete: false) : await PgDatabaseAsync(name, recreate: false);
        var app = new BenchmarkApp(provider, cs);
        _ = app.Server;
        return app;
    }

    /// <summary>An app on the synthetic province of <paramref name="employees"/>, generated on first use.</summary>
    public static async Task<BenchmarkApp> SyntheticAsync(DatabaseProvider provider, int employees)
    {
        var name = $"sikinerja_bench_{employees}";
        var cs = provider == DatabaseProvider.Sqlite ? SqliteFile(name, delete: false) : await PgDatabaseAsync(name, recreate: false);
        var app = new BenchmarkApp(provider, cs);
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Pegawai.CountAsync() < employees)
        {
            await scope.ServiceProvider.GetRequiredService<SyntheticGenerator>().GenerateAsync(employees, CancellationToken.None);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(AdminLogin) is null)
        {
            var admin = new AppUser { UserName = AdminLogin };
            await users.CreateAsync(admin, AdminPassword);
            await users.AddToRoleAsync(admin, Peran.AdminBkd);
        }

        return app;
    }

    /// <summary>A client signed in as an Admin BKD.</summary>
    public Task<HttpClient> AdminClientAsync() => ClientAsync(AdminLogin, AdminPassword);

    /// <summary>A client signed in with <paramref name="login"/> (an account that needs no password change).</summary>
    public async Task<HttpClient> ClientAsync(string login, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/Akun/Masuk");
        var token = TokenDari(page);
        var response = await client.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Login"] = login,
            ["Password"] = password,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Benchmark account {login} could not sign in.");
        }

        return client;
    }

    public static string TokenDari(string html)
    {
        const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var i = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[i..html.IndexOf('"', i)];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:SiKinerja", ConnectionString);
        builder.UseSetting("Demo:Seed", "false");
        //builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    private static string SqliteFile(string name, bool delete)
    {
        var path = Path.Combine(Path.GetTempPath(), name + ".db");
        if (delete)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }

        return $"Data Source={path}";
    }

    private static async Task<string> PgDatabaseAsync(string name, bool recreate)
    {
        await using var conn = new NpgsqlConnection(ServerPg);
        await conn.OpenAsync();
        if (recreate)
        {
            NpgsqlConnection.ClearAllPools();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }

        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", conn);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerPg) { Database = name }.ConnectionString;
    }
}
