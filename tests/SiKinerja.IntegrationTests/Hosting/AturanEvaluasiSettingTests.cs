using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Hosting;

/// <summary>An instansi sets the keberatan deadline (<see cref="AturanEvaluasi"/>) from <c>Evaluasi:BatasHariKeberatan</c>.</summary>
public sealed class AturanEvaluasiFactory : SqliteAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Evaluasi:BatasHariKeberatan", "5")];
}

public sealed class AturanEvaluasiSettingTests(AturanEvaluasiFactory factory) : IClassFixture<AturanEvaluasiFactory>
{
    [Fact]
    public void Configuration_SetsTheKeberatanDeadline()
    {
        using var scope = factory.Services.CreateScope();

        var aturan = scope.ServiceProvider.GetRequiredService<IOptions<AturanEvaluasi>>().Value;

        Assert.Equal(new AturanEvaluasi { BatasHariKeberatan = 5 }, aturan);
    }

    [Fact]
    public void AnInvalidValue_StopsTheAppAtStart()
    {
        using var salah = new AturanEvaluasiSalahFactory();

        var ex = Assert.ThrowsAny<Exception>(() => salah.Services);

        Assert.Contains("Evaluasi:BatasHariKeberatan", ex.ToString(), StringComparison.Ordinal);
    }
}

public sealed class AturanEvaluasiSalahFactory : SqliteAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Evaluasi:BatasHariKeberatan", "-1")];
}
