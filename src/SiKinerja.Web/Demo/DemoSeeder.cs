namespace SiKinerja.Web.Demo;

/// <summary>Loads the demo Pemda (placeholder until the generator lands).</summary>
public sealed class DemoSeeder
{
    public const string DemoPassword = "Demo#2026";

    public static IReadOnlyList<(string Peran, string Login)> AkunDemo { get; } = [];

    public Task SeedAsync(CancellationToken ct) => Task.CompletedTask;
}
