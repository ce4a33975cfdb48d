namespace SiKinerja.Web.Demo;

/// <summary>Generates a synthetic province for benchmarks (placeholder until the generator lands).</summary>
public sealed class SyntheticGenerator
{
    public const int DefaultEmployees = 50_000;

    public Task GenerateAsync(int employees, CancellationToken ct) => Task.CompletedTask;
}
