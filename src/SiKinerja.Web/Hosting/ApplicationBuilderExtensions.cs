using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Demo;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Hosting;

public static class ApplicationBuilderExtensions
{
    public static WebApplication UseSiKinerja(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Beranda/Galat");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Beranda/Status/{0}");
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<HarusGantiPasswordMiddleware>();

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = TulisKesehatanAsync,
        }).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Beranda}/{action=Index}/{id?}");
        return app;
    }

    /// <summary>Applies migrations (when configured), makes sure the stored roles exist and loads demo data when asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var options = sp.GetRequiredService<DatabaseOptions>();
        var db = sp.GetRequiredService<AppDbContext>();
        if (options.MigrateOnStartup)
        {
            await MigrateAsync(db, app.Logger);
        }

        if (!await db.Database.CanConnectAsync() || (await db.Database.GetPendingMigrationsAsync()).Any())
        {
            app.Logger.LogWarning("Database belum siap (migrasi belum diterapkan); jalankan perintah migrate");
            return;
        }

        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    public static async Task MigrateAsync(AppDbContext db, ILogger logger)
    {
        // Migrate creates the history table first; asking for pending migrations before that makes
        // PostgreSQL log a failed query on a fresh database.
        await db.Database.MigrateAsync();
        logger.LogInformation("Skema basis data mutakhir ({Provider})", db.Database.ProviderName);

        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while one writer works (persisted in the file).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Peran.Tersimpan)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>
    /// <c>{"status":"Degraded","checks":{"database":"Healthy","pdf":"Degraded"}}</c>: the overall status (Degraded when only
    /// the PDF service is down, which still answers 200) and each check's, without details that could leak internals.
    /// </summary>
    private static Task TulisKesehatanAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var isi = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(isi));
    }
}
