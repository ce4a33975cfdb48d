namespace SiKinerja.Web.Web;

/// <summary>
/// Accounts created in bulk or reset by an administrator must choose their own password before
/// anything else: every page except the change form, sign-out and static files redirects there.
/// </summary>
public sealed class HarusGantiPasswordMiddleware(RequestDelegate next)
{
    public const string GantiPasswordPath = "/Akun/GantiPassword";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == Klaim.HarusGantiPassword)
            && !context.Request.Path.StartsWithSegments(GantiPasswordPath, StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/Akun/Keluar", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(GantiPasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
