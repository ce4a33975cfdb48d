using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Generates a synthetic province (<see cref="ProvinsiSintetis"/>) of exactly N employees for
/// benchmarks, in one transaction, in batches. Refuses a database that already holds employees or
/// units: it is never mixed with real or demo data.
/// </summary>
public sealed class SyntheticGenerator(AppDbContext db, ILogger<SyntheticGenerator> logger)
{
    public const int DefaultEmployees = 50_000;

    /// <summary>Below this the managerial skeleton would leave (almost) no staff.</summary>
    public const int MinimumEmployees = 200;

    public const int UkuranBatch = 2_000;

    /// <returns>False (after logging why) when the request was refused.</returns>
    public async Task<bool> GenerateAsync(int employees, CancellationToken ct)
    {
        if (employees < MinimumEmployees)
        {
            logger.LogError("Jumlah pegawai sintetis minimal {Minimum}; diminta {Diminta}", MinimumEmployees, employees);
            return false;
        }

        var ada = await db.Pegawai.CountAsync(ct);
        if (ada > 0 || await db.UnitKerja.AnyAsync(ct))
        {
            logger.LogError(
                "Basis data sudah berisi data organisasi ({Pegawai} pegawai); provinsi sintetis hanya dibuat di basis data kosong. Gunakan basis data lain atau kosongkan dulu",
                ada);
            return false;
        }

        var waktu = Stopwatch.StartNew();
        var rencana = ProvinsiSintetis.Buat(employees);
        logger.LogInformation(
            "Provinsi sintetis direncanakan: {Unit} unit kerja, {Jabatan} jabatan, {Pegawai} pegawai ({Detik:0.0} detik)",
            rencana.Unit.Count, rencana.Jabatan.Count, rencana.Pegawai.Count, waktu.Elapsed.TotalSeconds);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var berubah = await new PenyimpanRencana(db, logger, UkuranBatch).SimpanAsync(rencana, atasanAwal: true, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation(
            "Provinsi sintetis selesai: {Pegawai} pegawai dalam {Detik:0.0} detik ({Koreksi} atasan dikoreksi oleh penurunan ulang)",
            rencana.Pegawai.Count, waktu.Elapsed.TotalSeconds, berubah);
        return true;
    }
}
