using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pengguna;

/// <summary>
/// Accounts come from employee records (no self-registration). The admin creates them in bulk with
/// temporary passwords, resets and unlocks them; only an Administrator grants roles.
/// </summary>
public sealed class PenggunaService(
    AppDbContext db,
    UserManager<AppUser> users,
    TimeProvider clock,
    ILogger<PenggunaService> logger)
{
    /// <summary>At most this many accounts per bulk run, so one request stays short; run again for more.</summary>
    public const int MaksimumPerProses = 1000;

    /// <summary>
    /// Temporary passwords are random (~60 bits) and replaced at first sign-in, so they are hashed with
    /// fewer PBKDF2 iterations than chosen passwords; that keeps a bulk run of hundreds of accounts to
    /// seconds. Identity reads the count from the hash, and the user's own password gets the default.
    /// </summary>
    private static readonly PasswordHasher<AppUser> HasherSementara =
        new(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));

    public async Task<Halaman<PenggunaBaris>> CariAsync(PenggunaFilter f, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query =
            from p in db.Pegawai.AsNoTracking()
            where p.Status == StatusPegawai.Aktif
            join u in db.Users.AsNoTracking() on (int?)p.Id equals u.PegawaiId into akun
            from u in akun.DefaultIfEmpty()
            select new { p, u };
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var kunci = Pegawai.PegawaiService.KunciPencarian(f.Q);
            query = query.Where(x => x.p.KataKunci.Contains(kunci));
        }

        query = f.Tampil switch
        {
            FilterAkun.TanpaAkun => query.Where(x => x.u == null),
            FilterAkun.Terkunci => query.Where(x => x.u != null && x.u.LockoutEnd != null && x.u.LockoutEnd > now),
            FilterAkun.HarusGantiPassword => query.Where(x => x.u != null && x.u.HarusGantiPassword),
            _ => query,
        };

        var halaman = await query
            .OrderBy(x => x.p.Nama).ThenBy(x => x.p.Nip)
            .Select(x => new PenggunaBaris(
                x.p.Id,
                x.p.Nip,
                Domain.Kepegawaian.Pegawai.FormatNama(x.p.GelarDepan, x.p.Nama, x.p.GelarBelakang),
                x.p.Jabatan != null ? x.p.Jabatan.UnitKerja!.Nama : null,
                x.u != null ? x.u.Id : null,
                x.u != null && x.u.LockoutEnd != null && x.u.LockoutEnd > now,
                x.u != null && x.u.HarusGantiPassword,
                x.u != null ? x.u.TerakhirMasukUtc : null,
                new List<string>()))
            .ToHalamanAsync(f.Halaman, f.Ukuran, ct);

        // Roles for the page's accounts in one query.
        var ids = halaman.Items.Where(r => r.UserId is not null).Select(r => r.UserId!).ToList();
        var peran = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        foreach (var row in halaman.Items)
        {
            row.Peran.AddRange(peran.Where(p => p.UserId == row.UserId).Select(p => p.Name!));
        }

        return halaman;
    }

    /// <summary>
    /// Creates accounts (user name = NIP) for active employees that have none, optionally only within a
    /// unit and its sub-units. Returns the CSV that hands the temporary passwords over; they are never stored.
    /// </summary>
    public async Task<HasilBuatAkun> BuatAkunMassalAsync(int? unitId, CancellationToken ct)
    {
        var query = db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && !db.Users.Any(u => u.PegawaiId == p.Id));
        if (unitId is { } u)
        {
            var unitIds = await UnitTree.UnitDanTurunanAsync(db, u, ct);
            query = query.Where(p => p.Jabatan != null && unitIds.Contains(p.Jabatan.UnitKerjaId));
        }

        var pegawai = await query.OrderBy(p => p.Nama).Take(MaksimumPerProses)
            .Select(p => new
            {
                p.Id,
                p.Nip,
                Nama = Domain.Kepegawaian.Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang),
                p.Email,
                Unit = p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null,
            })
            .ToListAsync(ct);
        var sisa = await query.CountAsync(ct) - pegawai.Count;

        var baris = new List<AkunBaru>(pegawai.Count);
        foreach (var p in pegawai)
        {
            var sandi = KataSandiSementara.Buat();
            var user = new AppUser
            {
                UserName = p.Nip,
                NormalizedUserName = users.NormalizeName(p.Nip),
                Email = p.Email,
                NormalizedEmail = p.Email is null ? null : users.NormalizeEmail(p.Email),
                PegawaiId = p.Id,
                HarusGantiPassword = true,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            user.PasswordHash = HasherSementara.HashPassword(user, sandi);
            db.Users.Add(user);
            baris.Add(new AkunBaru(p.Nip, p.Nama, p.Unit, sandi));
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Jumlah} akun pegawai dibuat; {Sisa} pegawai masih tanpa akun", baris.Count, sisa);
        return new HasilBuatAkun(baris, sisa);
    }

    public static byte[] KeCsv(IReadOnlyList<AkunBaru> akun)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape,
        }))
        {
            csv.WriteField("NIP");
            csv.WriteField("NAMA");
            csv.WriteField("UNIT KERJA");
            csv.WriteField("KATA SANDI SEMENTARA");
            csv.NextRecord();
            foreach (var a in akun)
            {
                csv.WriteField(Nip.Format(a.Nip));
                csv.WriteField(a.Nama);
                csv.WriteField(a.Unit ?? string.Empty);
                csv.WriteField(a.KataSandi);
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>Sets a new temporary password, unlocks, and signs the user out everywhere (security stamp).</summary>
    public async Task<string?> AturUlangAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var sandi = KataSandiSementara.Buat();
        user.PasswordHash = HasherSementara.HashPassword(user, sandi);
        user.HarusGantiPassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user); // also saves the changes above
        logger.LogInformation("Kata sandi {Nip} diatur ulang", user.UserName);
        return sandi;
    }

    public async Task<bool> BukaKunciAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Akun {Nip} dibuka kuncinya", user.UserName);
        return true;
    }

    /// <summary>Grants or removes a stored role. Refuses to remove the acting Administrator's own role.</summary>
    public async Task<HasilPeran> AturPeranAsync(string userId, string peran, bool beri, string? userIdPelaku)
    {
        if (!Peran.Tersimpan.Contains(peran))
        {
            return HasilPeran.TidakDikenal;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return HasilPeran.TidakDikenal;
        }

        if (!beri && peran == Peran.Administrator && userId == userIdPelaku)
        {
            return HasilPeran.TidakBolehDiriSendiri;
        }

        var ada = await users.IsInRoleAsync(user, peran);
        if (beri && !ada)
        {
            await users.AddToRoleAsync(user, peran);
        }
        else if (!beri && ada)
        {
            await users.RemoveFromRoleAsync(user, peran);
        }

        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Peran {Peran} {Aksi} untuk {Nip}", peran, beri ? "diberikan" : "dicabut", user.UserName);
        return HasilPeran.Berhasil;
    }
}

public enum FilterAkun
{
    Semua,
    TanpaAkun,
    Terkunci,
    HarusGantiPassword,
}

public enum HasilPeran
{
    Berhasil,
    TidakDikenal,
    TidakBolehDiriSendiri,
}

public sealed class PenggunaFilter
{
    public string? Q { get; set; }

    public FilterAkun Tampil { get; set; }

    public int Halaman { get; set; } = 1;

    public int Ukuran { get; set; } = HalamanExtensions.UkuranBawaan;
}

public sealed record PenggunaBaris(
    int PegawaiId,
    string Nip,
    string Nama,
    string? Unit,
    string? UserId,
    bool Terkunci,
    bool HarusGantiPassword,
    DateTime? TerakhirMasukUtc,
    List<string> Peran);

public sealed record AkunBaru(string Nip, string Nama, string? Unit, string KataSandi);

public sealed record HasilBuatAkun(IReadOnlyList<AkunBaru> Akun, int Sisa);
