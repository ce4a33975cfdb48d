using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real database built by the real migrations. One database per test class
/// (xunit class fixture); derived classes choose the provider, so the same tests run on both.
/// </summary>
public abstract class SiKinerjaAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _logDir = Path.Combine(Path.GetTempPath(), "sikinerja-test-logs");
    private Task<OrganisasiUji>? _organisasi;

    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>Extra settings for a derived fixture (e.g. migrations off).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    public virtual Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations and roles
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeDatabaseAsync();

    /// <summary>A small organisation with accounts for every role, created once per fixture.</summary>
    public Task<OrganisasiUji> OrganisasiAsync() => _organisasi ??= TestData.BuatOrganisasiAsync(this);

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can assert them.</summary>
    public HtmlClient CreateHtmlClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:SiKinerja", ConnectionString);
        builder.UseSetting("Demo:Seed", "false");

        // Chromium starts only for the tests that print (many factories run; each would start one).
        builder.UseSetting("Pdf:PanaskanSaatMulai", "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_logDir, "test-.log"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;
}

/// <summary>SQLite on a temporary file per fixture.</summary>
public class SqliteAppFactory : SiKinerjaAppFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sikinerja-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={_path}";

    protected override Task DisposeDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>SIKINERJA_TEST_PG</c> (a connection string
/// without database). <c>scripts/test.sh</c> starts a throwaway cluster and sets it; without it these
/// tests fail with an explanation instead of being skipped.
/// </summary>
public class PostgresAppFactory : SiKinerjaAppFactory
{
    public const string EnvironmentVariable = "SIKINERJA_TEST_PG";
    private readonly string _database = $"sikinerja_t_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL cluster, " +
            $"or set {EnvironmentVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...\".");

    public override async Task InitializeAsync()
    {
        await using (var conn = new NpgsqlConnection(ServerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    protected override async Task DisposeDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
