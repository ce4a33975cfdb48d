using Microsoft.AspNetCore.Identity;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Infrastructure.Identity;

/// <summary>
/// A sign-in account. Employee accounts use the NIP as user name and point at their
/// <see cref="Pegawai"/>; there is no self-registration.
/// </summary>
public class AppUser : IdentityUser
{
    public int? PegawaiId { get; set; }

    public Pegawai? Pegawai { get; set; }

    /// <summary>Set for accounts created in bulk or after a reset: the next sign-in must choose a new password.</summary>
    public bool HarusGantiPassword { get; set; }

    public DateTime? TerakhirMasukUtc { get; set; }
}

/// <summary>Roles kept in Identity. Pegawai and Pejabat Penilai are derived per request, never stored.</summary>
public static class Peran
{
    public const string Pegawai = "Pegawai";
    public const string PejabatPenilai = "PejabatPenilai";
    public const string AdminBkd = "AdminBkd";
    public const string Administrator = "Administrator";

    /// <summary>Roles an administrator can grant.</summary>
    public static readonly string[] Tersimpan = [AdminBkd, Administrator];
}
