using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Organisasi;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Infrastructure.Kinerja;

/// <summary>
/// Keeps the SKP in line with the organisation (DOMAIN.md §1.7): when an employee's position (name or unit) or pejabat
/// penilai changes, the current SKP no longer describes their situation.
/// <list type="bullet">
/// <item>A plan never submitted (<see cref="SkpEntity.BelumPernahDiajukan"/>) gets its header refreshed in place.</item>
/// <item>Otherwise the current segment is closed the day before the change takes effect
/// (<see cref="SkpEntity.Tutup(DateOnly, string, DateTime, string)"/>, with a note in its history) and an empty Draft
/// continuation starts on that day with the new header (<see cref="SkpEntity.MulaiLanjutan"/>).</item>
/// <item>What cannot be done (the change takes effect on or before the segment's first day, the segment is already
/// closed, no header can be built) is skipped and logged: an organisation change never fails because of an SKP.</item>
/// </list>
/// Only the current segment of each employee in an open performance year is looked at: per employee and year, the one
/// with the latest start, latest revision (not <see cref="SkpEntity.Direvisi"/>). The comparison of the stored header with
/// the employee's current position, unit and <see cref="Pegawai.AtasanLangsungId"/> runs in the database, so only the SKP
/// that differ are loaded. It reads saved data: call it after the organisation change was saved, inside the same
/// transaction (<see cref="SimpanPerubahanOrganisasiAsync"/> does both).
/// </summary>
public static class PenyesuaianSkp
{
    /// <summary>Above this many candidates the id filter is done in memory (one query instead of one per chunk).</summary>
    private const int BatasFilterId = 2000;
    private const int Potongan = 500;

    /// <summary>
    /// The usual sequence after changing units, positions, Plt/Plh or employees: recompute the atasan
    /// (<see cref="PenghitungAtasan.HitungUlangRinciAsync"/>), save, adjust the SKP of the employees whose atasan changed
    /// plus <paramref name="pegawaiLain"/> (e.g. the edited employee or the holders of a renamed position) and save, in
    /// one transaction (the caller's, or its own). Throws what the recomputation or the first save throws (a loop, a
    /// concurrency conflict); the SKP adjustment itself does not throw domain errors.
    /// </summary>
    /// <param name="berlaku">The date the change takes effect (TMT); null = today.</param>
    /// <returns>The atasan recomputation's result.</returns>
    public static async Task<HasilHitungAtasan> SimpanPerubahanOrganisasiAsync(
        this AppDbContext db, IEnumerable<int>? pegawaiLain, DateOnly? berlaku, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var atasan = await PenghitungAtasan.HitungUlangRinciAsync(db, ct);
            Simpan(db);
            await db.SaveChangesAsync(ct);
            var ids = new HashSet<int>(atasan.PegawaiBerubah);
            ids.UnionWith(pegawaiLain ?? []);
            await SesuaikanAsync(db, ids, berlaku, logger, ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }

            return atasan;
        }
        finally
        {
            if (tx is not null)
            {
                await tx.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Adjusts the current SKP of <paramref name="pegawaiIds"/> (null = every employee) whose header no longer matches,
    /// and saves. Fixed number of queries: open years, the comparison (per 500 candidates, or one for all above
    /// 2,000), the headers and the aggregates of the SKP that differ.
    /// </summary>
    /// <param name="berlaku">The date the change takes effect (TMT): the old segment ends the day before. Null = today.</param>
    public static async Task<HasilPenyesuaianSkp> SesuaikanAsync(
        AppDbContext db, IReadOnlyCollection<int>? pegawaiIds, DateOnly? berlaku, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        var hasil = new HasilPenyesuaianSkp();
        if (pegawaiIds is { Count: 0 })
        {
            return hasil;
        }

        var tanggal = berlaku ?? DateOnly.FromDateTime(db.Jam.GetLocalNow().DateTime);
        var tahunIds = await db.TahunKinerja.AsNoTracking()
            .Where(t => t.Status == StatusTahunKinerja.Dibuka && t.Tahun >= tanggal.Year)
            .Select(t => t.Id).ToListAsync(ct);
        if (tahunIds.Count == 0)
        {
            return hasil;
        }

        var berbeda = await BerbedaAsync(db, tahunIds, pegawaiIds, ct);
        if (berbeda.Count == 0)
        {
            return hasil;
        }

        var snapshot = await PembuatSnapshotSkp.BuatAsync(db, [.. berbeda.Select(b => b.PegawaiId)], ct);
        var skpIds = berbeda.Select(b => b.SkpId).ToList();
        var daftar = new List<SkpEntity>(skpIds.Count);
        foreach (var chunk in skpIds.Chunk(Potongan))
        {
            daftar.AddRange(await db.Skp.DenganIsi().Where(s => chunk.Contains(s.Id)).ToListAsync(ct));
        }

        var pelaku = db.PenggunaSaatIni;
        if (pelaku.Length > Domain.Skp.RiwayatStatusSkp.PelakuMaxLength)
        {
            pelaku = pelaku[..Domain.Skp.RiwayatStatusSkp.PelakuMaxLength];
        }

        var waktu = db.Jam.GetUtcNow().UtcDateTime;
        var teksTanggal = tanggal.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        foreach (var skp in daftar.OrderBy(s => s.Id))
        {
            Sesuaikan(db, skp, snapshot.GetValueOrDefault(skp.PegawaiId), tanggal, teksTanggal, pelaku, waktu, hasil, logger);
        }

        Simpan(db);
        await db.SaveChangesAsync(ct);
        if (hasil.Ditutup.Count + hasil.Diperbarui.Count + hasil.Dilewati.Count > 0)
        {
            logger.LogInformation(
                "Penyesuaian SKP per {Tanggal}: {Ditutup} ditutup dan dilanjutkan, {Diperbarui} diperbarui, {Dilewati} dilewati",
                tanggal, hasil.Ditutup.Count, hasil.Diperbarui.Count, hasil.Dilewati.Count);
        }

        return hasil;
    }

    /// <summary>The note written in the history of a segment closed by a change (stored data, in Indonesian).</summary>
    public static string CatatanDitutup(string tanggal) => $"Ditutup karena pergantian jabatan/pejabat penilai per {tanggal}";

    /// <summary>The note on the creation entry of the continuation.</summary>
    public static string CatatanLanjutan(string tanggal) => $"Dimulai karena pergantian jabatan/pejabat penilai per {tanggal}";

    private static void Sesuaikan(
        AppDbContext db, SkpEntity skp, Domain.Skp.SnapshotSkp? baru, DateOnly tanggal, string teksTanggal, string pelaku,
        DateTime waktu, HasilPenyesuaianSkp hasil, ILogger logger)
    {
        if (baru is null)
        {
            hasil.Dilewati.Add(skp.Id);
            logger.LogWarning("SKP {SkpId}: kepala SKP baru tidak dapat disusun (pegawai atau penilai tanpa jabatan); dilewati", skp.Id);
            return;
        }

        if (tanggal > skp.TanggalSelesai)
        {
            // The change takes effect after this segment: nothing of it is affected.
            return;
        }

        try
        {
            if (skp.BelumPernahDiajukan)
            {
                skp.PerbaruiSnapshot(baru);
                hasil.Diperbarui.Add(skp.Id);
                return;
            }

            if (skp.Ditutup || tanggal <= skp.TanggalMulai)
            {
                hasil.Dilewati.Add(skp.Id);
                logger.LogWarning(
                    "SKP {SkpId} ({Status}, {Mulai}–{Selesai}, ditutup {Ditutup}) tidak dapat ditutup per {Tanggal}; dilewati",
                    skp.Id, skp.Status, skp.TanggalMulai, skp.TanggalSelesai, skp.Ditutup, tanggal);
                return;
            }

            var selesai = skp.TanggalSelesai;
            skp.Tutup(tanggal.AddDays(-1), pelaku, waktu, CatatanDitutup(teksTanggal));
            var lanjutan = SkpEntity.MulaiLanjutan(
                skp, baru, skp.Pendekatan, pelaku, waktu, selesai == new DateOnly(skp.Tahun, 12, 31) ? null : selesai,
                CatatanLanjutan(teksTanggal));
            db.Skp.Add(lanjutan);
            hasil.Ditutup.Add(skp.Id);
        }
        catch (DomainException ex)
        {
            hasil.Dilewati.Add(skp.Id);
            logger.LogWarning("SKP {SkpId} tidak dapat disesuaikan per {Tanggal}: {Kode}", skp.Id, tanggal, ex.Kode);
        }
    }

    /// <summary>The current segments whose header differs from the employee's current position, unit or atasan.</summary>
    private static async Task<List<(int SkpId, int PegawaiId)>> BerbedaAsync(
        AppDbContext db, List<int> tahunIds, IReadOnlyCollection<int>? pegawaiIds, CancellationToken ct)
    {
        IQueryable<SkpEntity> Saat() =>
            db.Skp.AsNoTracking().Where(s => tahunIds.Contains(s.TahunKinerjaId)).Terkini(db.Skp);

        async Task<List<(int, int)>> CariAsync(IQueryable<SkpEntity> skp) =>
            [.. (await (
                from s in skp
                join p in db.Pegawai on s.PegawaiId equals p.Id
                where p.Status == StatusPegawai.Aktif && p.Jabatan != null
                    && (s.Snapshot.Pegawai.JabatanNama != p.Jabatan.Nama
                        || s.Snapshot.Pegawai.UnitNama != p.Jabatan.UnitKerja!.Nama
                        || s.PejabatPenilaiId != p.AtasanLangsungId)
                select new { s.Id, s.PegawaiId }).ToListAsync(ct)).Select(x => (x.Id, x.PegawaiId))];

        if (pegawaiIds is null)
        {
            return await CariAsync(Saat());
        }

        if (pegawaiIds.Count > BatasFilterId)
        {
            var set = pegawaiIds as IReadOnlySet<int> ?? pegawaiIds.ToHashSet();
            return [.. (await CariAsync(Saat())).Where(x => set.Contains(x.Item2))];
        }

        var hasil = new List<(int, int)>();
        foreach (var chunk in pegawaiIds.Distinct().Chunk(Potongan))
        {
            hasil.AddRange(await CariAsync(Saat().Where(s => chunk.Contains(s.PegawaiId))));
        }

        return hasil;
    }

    /// <summary>The import works with automatic change detection off.</summary>
    private static void Simpan(AppDbContext db)
    {
        if (!db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }
    }
}

/// <summary>What <see cref="PenyesuaianSkp.SesuaikanAsync"/> did, by SKP id (of the segment that was looked at).</summary>
public sealed class HasilPenyesuaianSkp
{
    /// <summary>Closed the day before the change, with a Draft continuation added.</summary>
    public List<int> Ditutup { get; } = [];

    /// <summary>Never submitted: header refreshed in place.</summary>
    public List<int> Diperbarui { get; } = [];

    /// <summary>Could not be adjusted (logged).</summary>
    public List<int> Dilewati { get; } = [];
}
