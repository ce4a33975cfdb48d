using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Skp;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Hosting;

/// <summary>An instansi overrides the unconfirmed SMART defaults (<see cref="AturanSkp"/>) from configuration.</summary>
public sealed class AturanSkpFactory : SqliteAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Skp:Aturan:RhkMinimum", "2"),
        new("Skp:Aturan:RhkMaksimum", "20"),
        new("Skp:Aturan:WajibIntervensi", "false"),
        new("Skp:Aturan:NilaiTargetMaksimum", "5000"),
    ];
}

public sealed class AturanSkpSettingTests(AturanSkpFactory factory) : IClassFixture<AturanSkpFactory>
{
    [Fact]
    public void Configuration_OverridesEveryDefault()
    {
        using var scope = factory.Services.CreateScope();

        var aturan = scope.ServiceProvider.GetRequiredService<IOptions<AturanSkp>>().Value;

        Assert.Equal(new AturanSkp { RhkMinimum = 2, RhkMaksimum = 20, WajibIntervensi = false, NilaiTargetMaksimum = 5000 }, aturan);
        Assert.NotEqual(AturanSkp.Bawaan, aturan);
    }
}
