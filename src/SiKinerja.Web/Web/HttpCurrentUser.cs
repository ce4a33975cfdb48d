using SiKinerja.Infrastructure.Audit;

namespace SiKinerja.Web.Web;

/// <summary>The audit identity of the request: the NIP, else the user name, else "sistem".</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Pengenal
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return SystemUser.Nama;
            }

            return user.FindFirst(Klaim.Nip)?.Value ?? user.Identity.Name ?? SystemUser.Nama;
        }
    }
}
