using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Features.TahunKinerja;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Demo;

/// <summary>A demo account: who it is and which stored role it gets (none for derived roles).</summary>
internal sealed record AkunDemoSpesifikasi(
    string Peran, string? PeranTersimpan, string Nip, string Nama, string? GelarDepan, string? GelarBelakang, string Golongan, string Email);

/// <summary>
/// Loads the demo Pemda (<see cref="OrganisasiSukamaju"/>: about 300 employees, the same every run)
/// into an empty database, with sign-in accounts for the four demo roles, the current performance
/// year open (last year closed) and SKP in a mix of states (<see cref="DemoSkp"/>). Skips a database that already holds units or employees.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    IOptions<InstansiOptions> instansi,
    IOptions<KinerjaOptions> kinerja,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Demo#2026";

    /// <summary>Fixed NIPs, so the banner can print the accounts before the data exists.</summary>
    internal static readonly AkunDemoSpesifikasi[] Akun =
    [
        new("Admin BKD", Peran.AdminBkd, "198611022010012003", "Nurul Hidayah", null, "S.Psi.", "III/d", "nurul.hidayah@sukamajukab.go.id"),
        new("Administrator", Peran.Administrator, "198402172009031002", "Yudi Permana", null, "S.Kom., M.T.", "III/d", "yudi.permana@sukamajukab.go.id"),
        new("Pejabat penilai", null, "197508211999032002", "Euis Komalasari", null, "S.Pd., M.Pd.", "IV/a", "euis.komalasari@sukamajukab.go.id"),
        new("Pegawai", null, "199005142014031004", "Ahmad Fauzi", null, "A.Md.", "III/a", "ahmad.fauzi@sukamajukab.go.id"),
    ];

    /// <summary>(role label, login) for the banner and the browser tests; the login is the NIP.</summary>
    public static IReadOnlyList<(string Peran, string Login)> AkunDemo { get; } = [.. Akun.Select(a => (a.Peran, Nip.Format(a.Nip)))];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Pegawai.AnyAsync(ct) || await db.UnitKerja.AnyAsync(ct))
        {
            logger.LogInformation("Data demo tidak dimuat: basis data sudah berisi data organisasi");
            return;
        }

        var waktu = Stopwatch.StartNew();
        var rencana = OrganisasiSukamaju.Buat(instansi.Value.Nama);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await new PenyimpanRencana(db, logger, 1000).SimpanAsync(rencana, atasanAwal: false, ct);
        foreach (var akun in Akun)
        {
            var pegawaiId = await db.Pegawai.Where(p => p.Nip == akun.Nip).Select(p => p.Id).SingleAsync(ct);
            var user = new AppUser { UserName = akun.Nip, Email = akun.Email, EmailConfirmed = true, PegawaiId = pegawaiId, HarusGantiPassword = false };
            var hasil = await users.CreateAsync(user, DemoPassword);
            if (hasil.Succeeded && akun.PeranTersimpan is { } peran)
            {
                hasil = await users.AddToRoleAsync(user, peran);
            }

            if (!hasil.Succeeded)
            {
                throw new InvalidOperationException("Akun demo gagal dibuat: " + string.Join("; ", hasil.Errors.Select(e => e.Code)));
            }
        }

        var (tahun, skp) = await BukaTahunDenganSkpAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation(
            "Data demo dimuat: {Unit} unit kerja, {Jabatan} jabatan, {Pegawai} pegawai, {Akun} akun, tahun kinerja {Tahun}, {Skp} SKP tahun berjalan, {SkpLalu} SKP tahun lalu dalam {Detik:0.0} detik",
            rencana.Unit.Count, rencana.Jabatan.Count, rencana.Pegawai.Count, Akun.Length, tahun, skp.Berjalan, skp.Lalu, waktu.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Opens the current year and last year (<see cref="BukaTahun"/>), writes the demo SKP of both (<see cref="DemoSkp"/>),
    /// then closes last year. Returns the current year, or null (and no SKP) when the clock is outside the years the domain accepts.
    /// </summary>
    private async Task<(int? Tahun, (int Berjalan, int Lalu) Skp)> BukaTahunDenganSkpAsync(CancellationToken ct)
    {
        var tahun = clock.GetLocalNow().Year;
        if (!TahunKinerja.TahunWajar(tahun))
        {
            return (null, (0, 0));
        }

        var berjalan = BukaTahun(tahun);
        var lalu = TahunKinerja.TahunWajar(tahun - 1) ? BukaTahun(tahun - 1) : null;
        await db.SaveChangesAsync(ct);
        var skp = await new DemoSkp(db, clock.GetUtcNow().UtcDateTime).SimpanAsync(berjalan, lalu, ct);
        await new DemoRealisasi(db, clock.GetUtcNow().UtcDateTime).SimpanAsync(berjalan.Id, ct);
        await new DemoUmpanBalik(db, clock.GetUtcNow().UtcDateTime).SimpanAsync(berjalan, ct);
        await new DemoEvaluasi(db, clock.GetUtcNow().UtcDateTime).SimpanAsync(berjalan, ct);
        await new DemoKarier(db, clock.GetUtcNow().UtcDateTime).SimpanAsync(ct);
        await new DemoPengembangan(db, clock.GetUtcNow().UtcDateTime).SimpanAsync(ct);
        if (lalu is not null)
        {
            db.TahunKinerja.Attach(lalu);
            lalu.Tutup();
            await db.SaveChangesAsync(ct);
        }

        return (tahun, skp);
    }

    /// <summary>
    /// Opens a year, split as the instansi setting says: plan due 31 January, annual evaluation due
    /// 31 January of the next year (both within the domain's allowed range). Saved by the caller.
    /// </summary>
    private TahunKinerja BukaTahun(int tahun)
    {
        var t = TahunKinerja.Buka(tahun, kinerja.Value.JenisPeriodeBawaan, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        db.TahunKinerja.Add(t);
        return t;
    }
}
