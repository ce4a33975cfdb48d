using System.Diagnostics;
using System.Security.Claims;

namespace SiKinerja.Web.Web;

/// <summary>
/// One structured line per request: method, path (never the query string, which may hold names being
/// searched), status, duration and the NIP of the user. No cookies, headers or bodies.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var path = context.Request.Path.Value ?? "/";
            if (!path.StartsWith("/lib/", StringComparison.Ordinal) && !path.StartsWith("/css/", StringComparison.Ordinal))
            {
                logger.LogInformation(
                    "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms for {Nip}",
                    context.Request.Method,
                    path,
                    context.Response.StatusCode,
                    elapsed,
                    context.User.FindFirstValue(Klaim.Nip) ?? "-");
            }
        }
    }
}
