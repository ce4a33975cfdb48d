using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Demo;

namespace SiKinerja.Web.Hosting;

/// <summary>
/// Maintenance commands run instead of the web server:
/// <c>migrate</c> applies migrations; <c>seed-demo</c> migrates and loads the demo Pemda;
/// <c>generate-synthetic [--employees N]</c> migrates and generates a synthetic province of N employees
/// (default 50,000) for benchmarks.
/// </summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));
        if (verb is null)
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        switch (verb)
        {
            case "migrate":
                await ApplicationBuilderExtensions.MigrateAsync(db, app.Logger);
                app.Logger.LogInformation("Migrasi selesai");
                return true;
            case "seed-demo":
                await ApplicationBuilderExtensions.MigrateAsync(db, app.Logger);
                await ApplicationBuilderExtensions.EnsureRolesAsync(sp.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>());
                await sp.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
                return true;
            case "generate-synthetic":
                await ApplicationBuilderExtensions.MigrateAsync(db, app.Logger);
                var n = app.Configuration.GetValue("employees", SyntheticGenerator.DefaultEmployees);
                if (!await sp.GetRequiredService<SyntheticGenerator>().GenerateAsync(n, CancellationToken.None))
                {
                    Environment.ExitCode = 1;
                }

                return true;
            default:
                await Console.Error.WriteLineAsync($"Perintah tidak dikenal: {verb}. Gunakan migrate, seed-demo, atau generate-synthetic [--employees N].");
                Environment.ExitCode = 2;
                return true;
        }
    }
}
