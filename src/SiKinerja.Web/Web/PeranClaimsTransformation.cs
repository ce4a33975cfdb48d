using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.Web.Web;

/// <summary>
/// Adds the derived roles on every request: <see cref="Peran.Pegawai"/> for anyone linked to an
/// employee record, <see cref="Peran.PejabatPenilai"/> for anyone who currently has an active
/// direct report. Derived from the organisation data (one indexed query), never stored.
/// </summary>
public sealed class PeranClaimsTransformation(AppDbContext db) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || principal.PegawaiIdDari() is not { } pegawaiId
            || principal.IsInRole(Peran.Pegawai))
        {
            return principal;
        }

        var derived = new ClaimsIdentity();
        derived.AddClaim(new Claim(identity.RoleClaimType, Peran.Pegawai));
        var punyaBawahan = await db.Pegawai.AnyAsync(p => p.AtasanLangsungId == pegawaiId && p.Status == StatusPegawai.Aktif);
        if (punyaBawahan)
        {
            derived.AddClaim(new Claim(identity.RoleClaimType, Peran.PejabatPenilai));
        }

        principal.AddIdentity(derived);
        return principal;
    }
}
