using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;

Console.WriteLine("Design-time host for `dotnet ef`; see README (Migrasi).");

namespace SiKinerja.DesignTime
{
    /// <summary>
    /// Builds the context for <c>dotnet ef</c>. Pass the provider after <c>--</c>:
    /// <c>dotnet ef migrations add X --project src/SiKinerja.Migrations.PostgreSql --startup-project tools/SiKinerja.DesignTime -- --provider PostgreSql</c>.
    /// No database is contacted to scaffold a migration.
    /// </summary>
    public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext(string[] args)
        {
            var i = Array.IndexOf(args, "--provider");
            var provider = i >= 0 && i + 1 < args.Length
                ? Enum.Parse<DatabaseProvider>(args[i + 1], ignoreCase: true)
                : DatabaseProvider.Sqlite;
            var connection = provider == DatabaseProvider.Sqlite
                ? "Data Source=design-time.db"
                : "Host=localhost;Database=sikinerja_design;Username=postgres";
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DataServiceCollectionExtensions.Configure(options, provider, connection);
            return new AppDbContext(options.Options, new SystemUser(), TimeProvider.System);
        }
    }
}
