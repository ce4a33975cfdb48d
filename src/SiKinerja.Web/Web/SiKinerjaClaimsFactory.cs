using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.Web.Web;

/// <summary>Puts the employee id, NIP, display name and the first-sign-in flag into the cookie.</summary>
public sealed class SiKinerjaClaimsFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PegawaiId is { } pegawaiId)
        {
            var pegawai = await db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId)
                .Select(p => new { p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang })
                .FirstOrDefaultAsync();
            identity.AddClaim(new Claim(Klaim.PegawaiId, pegawaiId.ToString(CultureInfo.InvariantCulture)));
            if (pegawai is not null)
            {
                identity.AddClaim(new Claim(Klaim.Nip, pegawai.Nip));
                identity.AddClaim(new Claim(Klaim.NamaTampilan,
                    Domain.Kepegawaian.Pegawai.FormatNama(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang)));
            }
        }

        if (user.HarusGantiPassword)
        {
            identity.AddClaim(new Claim(Klaim.HarusGantiPassword, "1"));
        }

        return identity;
    }
}
