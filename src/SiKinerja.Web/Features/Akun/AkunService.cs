using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.Web.Features.Akun;

public enum HasilMasuk
{
    Gagal,
    Berhasil,
    HarusGantiPassword,
    Terkunci,
}

/// <summary>Sign-in by NIP (with or without spaces) or e-mail, lockout, and the password change.</summary>
public sealed class AkunService(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    TimeProvider clock,
    ILogger<AkunService> logger)
{
    public async Task<HasilMasuk> MasukAsync(string login, string password, bool ingat)
    {
        var user = await CariAsync(login);
        if (user is null)
        {
            logger.LogInformation("Gagal masuk: akun tidak ditemukan");
            return HasilMasuk.Gagal;
        }

        // Pensiun, mutasi keluar, meninggal: the account stays for the record but cannot sign in.
        if (user.PegawaiId is not null
            && await users.Users.AnyAsync(u => u.Id == user.Id && u.Pegawai!.Status != StatusPegawai.Aktif))
        {
            logger.LogInformation("Gagal masuk: pegawai {Nip} tidak aktif", user.UserName);
            return HasilMasuk.Gagal;
        }

        var result = await signIn.PasswordSignInAsync(user, password, ingat, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Akun {Nip} terkunci setelah gagal masuk berulang", user.UserName);
            return HasilMasuk.Terkunci;
        }

        if (!result.Succeeded)
        {
            logger.LogInformation("Gagal masuk untuk {Nip}", user.UserName);
            return HasilMasuk.Gagal;
        }

        user.TerakhirMasukUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        logger.LogInformation("{Nip} masuk", user.UserName);
        return user.HarusGantiPassword ? HasilMasuk.HarusGantiPassword : HasilMasuk.Berhasil;
    }

    public async Task<IReadOnlyList<string>> GantiPasswordAsync(ClaimsPrincipal principal, string lama, string baru)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Pengguna tidak ditemukan.");
        var result = await users.ChangePasswordAsync(user, lama, baru);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        user.HarusGantiPassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("{Nip} mengganti kata sandi", user.UserName);
        return [];
    }

    private async Task<AppUser?> CariAsync(string login)
    {
        var nip = Nip.Normalize(login);
        if (nip.Length == Nip.Length && nip.All(char.IsAsciiDigit))
        {
            var byNip = await users.FindByNameAsync(nip);
            if (byNip is not null)
            {
                return byNip;
            }
        }

        return login.Contains('@', StringComparison.Ordinal)
            ? await users.FindByEmailAsync(login.Trim())
            : await users.FindByNameAsync(login.Trim());
    }
}
