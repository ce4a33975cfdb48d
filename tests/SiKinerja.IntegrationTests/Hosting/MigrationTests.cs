using Microsoft.EntityFrameworkCore;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.IntegrationTests.Hosting;

public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=unused")]
    public void Model_HasNoChangesMissingFromTheProvidersMigrations(DatabaseProvider provider, string connection)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(options, provider, connection);
        using var db = new AppDbContext(options.Options, new SystemUser(), TimeProvider.System);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"Run scripts/add-migration.sh: the {provider} migrations are behind the model.");
    }
}
