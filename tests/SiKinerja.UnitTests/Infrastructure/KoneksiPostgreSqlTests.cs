using Npgsql;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.UnitTests.Infrastructure;

public class KoneksiPostgreSqlTests
{
    [Fact]
    public void PreparePostgreSql_WithoutTheSetting_TurnsOnAutomaticPreparation_KeepingEverythingElse()
    {
        var hasil = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PreparePostgreSql("Host=db;Database=sikinerja;Username=app;Password=rahasia;Maximum Pool Size=40"));

        Assert.Equal((50, 2), (hasil.MaxAutoPrepare, hasil.AutoPrepareMinUsages));
        Assert.Equal(("db", "sikinerja", "app", "rahasia", 40), (hasil.Host, hasil.Database, hasil.Username, hasil.Password, hasil.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=10", 10)]
    public void PreparePostgreSql_TheOperatorsSettingWins(string koneksi, int diharapkan) =>
        Assert.Equal(diharapkan, new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PreparePostgreSql(koneksi)).MaxAutoPrepare);
}
