using System.Net;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Hosting;

public abstract class HealthTests(SiKinerjaAppFactory factory)
{
    [Fact]
    public async Task Health_DatabaseReachable_Returns200()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy","pdf":"Healthy"}}""", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HealthTestsSqlite(SqliteAppFactory factory) : HealthTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class HealthTestsPostgres(PostgresAppFactory factory) : HealthTests(factory), IClassFixture<PostgresAppFactory>;

/// <summary>A PostgreSQL server that is not there: nothing listens on port 1.</summary>
public sealed class UnreachableDatabaseFactory : SiKinerjaAppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString => "Host=127.0.0.1;Port=1;Username=postgres;Timeout=2;Database=none";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Database:MigrateOnStartup", "false")];
}

public sealed class HealthUnreachableTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Health_DatabaseUnreachable_Returns503()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
