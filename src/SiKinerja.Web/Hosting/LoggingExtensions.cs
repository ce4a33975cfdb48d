using Serilog;

namespace SiKinerja.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of appsettings (console and rolling JSON files by default).
    /// Serilog.AspNetCore is not available here, so Serilog plugs into Microsoft.Extensions.Logging and
    /// request logging is <see cref="Web.RequestLoggingMiddleware"/>.
    /// </summary>
    public static void AddSiKinerjaLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.WithProperty("Application", "SiKinerja")
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
