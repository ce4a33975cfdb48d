using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SiKinerja.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "SiKinerja";
    public const string SqliteMigrationsAssembly = "SiKinerja.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "SiKinerja.Migrations.PostgreSql";
    public const string DefaultSqliteConnection = "Data Source=data/sikinerja.db";

    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the provider that <c>Database:Provider</c> names, with
    /// <c>ConnectionStrings:SiKinerja</c>. Relative SQLite paths are resolved against
    /// <paramref name="contentRoot"/> and their folder is created.
    /// </summary>
    public static IServiceCollection AddSiKinerjaData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            connectionString = PrepareSqlite(connectionString ?? DefaultSqliteConnection, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:SiKinerja wajib diisi untuk PostgreSQL.");
        }
        else
        {
            connectionString = PreparePostgreSql(connectionString);
        }

        services.AddDbContext<AppDbContext>(o => Configure(o, options.Provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder o, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            o.UseSqlite(connectionString, b => b.MigrationsAssembly(SqliteMigrationsAssembly));

            // SQLite cannot alter a table's constraints, so EF rebuilds it and switches foreign keys off around that,
            // outside the migration's transaction. That is how every SQLite schema change with a new foreign key runs
            // (a newcomer's first start shows it); kept in the log at Information instead of a startup warning.
            o.ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)));
        }
        else
        {
            o.UseNpgsql(connectionString, b => b.MigrationsAssembly(PostgreSqlMigrationsAssembly));
        }
    }

    /// <summary>
    /// Npgsql's automatic preparation, unless the connection string sets it: the statements a page runs again and again
    /// (team page, scoring, lists) are prepared once per connection, so PostgreSQL stops planning them on every request;
    /// under the period-close load this halves the p99 (docs/benchmarks.md). Set <c>Max Auto Prepare=0</c> behind a
    /// transaction-pooling PgBouncer older than 1.21, which cannot keep prepared statements.
    /// </summary>
    public static string PreparePostgreSql(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var ditulis = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!ditulis.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static string PrepareSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !string.IsNullOrEmpty(builder.DataSource))
        {
            var path = Path.IsPathRooted(builder.DataSource)
                ? builder.DataSource
                : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        // Concurrent readers with one writer; a waiting writer retries instead of failing at once.
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
