using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Organisasi;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Writes a <see cref="RencanaOrganisasi"/> in dependency order: units level by level, positions by
/// their depth in the reporting tree, then employees in batches, Plt assignments, and finally the
/// derived atasan through <see cref="PenghitungAtasan"/>. Change tracking is kept small (no automatic
/// detection, the tracker cleared after every batch) so tens of thousands of rows stay fast. The
/// caller owns the transaction. Audit rows are written by <see cref="AppDbContext"/> as usual.
/// </summary>
internal sealed class PenyimpanRencana(AppDbContext db, ILogger logger, int ukuranBatch)
{
    /// <param name="atasanAwal">
    /// Fill in each employee's atasan while inserting (holder of the nearest filled position above),
    /// so the final derivation only confirms it instead of updating every row. For plans without
    /// vacancies or Plt, where this walk equals the derivation.
    /// </param>
    /// <returns>How many employees' atasan the final derivation changed.</returns>
    public async Task<int> SimpanAsync(RencanaOrganisasi rencana, bool atasanAwal, CancellationToken ct)
    {
        var deteksi = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var tingkat in rencana.Unit.GroupBy(u => u.Kedalaman).OrderBy(g => g.Key))
            {
                await SimpanPerBatchAsync(tingkat, u => new UnitKerja(u.Nama, u.Jenis, u.Induk?.Id), (u, e) => u.Id = e.Id, ct);
            }

            logger.LogInformation("{Jumlah} unit kerja tersimpan", rencana.Unit.Count);

            foreach (var tingkat in rencana.Jabatan.GroupBy(j => j.Kedalaman).OrderBy(g => g.Key))
            {
                await SimpanPerBatchAsync(
                    tingkat,
                    j =>
                    {
                        var e = new Jabatan(j.Nama, j.Jenis, j.Jenjang, j.Unit.Id);
                        e.LaporKe(j.Atasan?.Id, _ => null);
                        return e;
                    },
                    (j, e) => j.Id = e.Id,
                    ct);
            }

            logger.LogInformation("{Jumlah} jabatan tersimpan", rencana.Jabatan.Count);

            // Supervisors first (one depth of the reporting tree at a time), so their keys are known
            // when their staff are inserted.
            var batches = rencana.Pegawai.GroupBy(p => p.Jabatan?.Kedalaman ?? int.MaxValue).OrderBy(g => g.Key)
                .SelectMany(g => g.Chunk(ukuranBatch));
            var selesai = 0;
            foreach (var batch in batches)
            {
                var entitas = batch.Select(p => (p, e: BuatPegawai(p, atasanAwal))).ToList();
                db.Pegawai.AddRange(entitas.Select(x => x.e));
                await db.SaveChangesAsync(ct);
                foreach (var (p, e) in entitas)
                {
                    p.Id = e.Id;
                }

                db.ChangeTracker.Clear();
                selesai += batch.Length;
                logger.LogInformation("Pegawai tersimpan {Selesai}/{Total}", selesai, rencana.Pegawai.Count);
            }

            foreach (var j in rencana.Jabatan.Where(j => j.Plt is not null))
            {
                var e = await db.Jabatan.SingleAsync(x => x.Id == j.Id, ct);
                e.TunjukPengganti(j.Plt!.Id, JenisPengganti.Plt);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();

            var berubah = await PenghitungAtasan.HitungUlangAsync(db, ct);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogInformation("Atasan langsung diturunkan; {Berubah} pegawai diperbarui", berubah);
            return berubah;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = deteksi;
        }
    }

    private async Task SimpanPerBatchAsync<TRencana, TEntitas>(
        IEnumerable<TRencana> rencana, Func<TRencana, TEntitas> buat, Action<TRencana, TEntitas> kunci, CancellationToken ct)
        where TEntitas : class
    {
        foreach (var batch in rencana.Chunk(ukuranBatch))
        {
            var entitas = batch.Select(r => (r, e: buat(r))).ToList();
            db.AddRange(entitas.Select(x => x.e));
            await db.SaveChangesAsync(ct);
            foreach (var (r, e) in entitas)
            {
                kunci(r, e);
            }

            db.ChangeTracker.Clear();
        }
    }

    private static Pegawai BuatPegawai(RencanaPegawai p, bool atasanAwal)
    {
        var e = new Pegawai(Nip.Parse(p.Nip), p.Nama, p.Golongan.JenisPegawai, p.Golongan)
        {
            JabatanId = p.Jabatan?.Id,
            Email = p.Email,
        };
        e.UbahNama(p.GelarDepan, p.Nama, p.GelarBelakang);
        if (atasanAwal && p.Jabatan is not null)
        {
            e.TetapkanAtasan(AtasanTerdekat(p), MasalahAtasan.Tidak);
        }

        return e;
    }

    private static int? AtasanTerdekat(RencanaPegawai p)
    {
        for (var j = p.Jabatan!.Atasan; j is not null; j = j.Atasan)
        {
            var lain = j.Pemegang.Where(x => x != p).ToList();
            if (lain.Count == 1)
            {
                return lain[0].Id;
            }

            if (lain.Count > 1)
            {
                return null;
            }
        }

        return null;
    }
}
