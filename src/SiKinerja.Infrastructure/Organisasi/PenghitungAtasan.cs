using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Infrastructure.Organisasi;

/// <summary>
/// Recomputes the stored atasan langsung of every active employee from the position tree, after
/// the tracked (unsaved) changes in <see cref="AppDbContext"/>. Call it before <c>SaveChanges</c> of
/// any change to units, positions or employees, inside the same transaction, so the derived column is
/// never stale. Refuses a change that would make someone their own indirect supervisor.
/// </summary>
public static class PenghitungAtasan
{
    /// <returns>The number of untracked employees whose atasan changed (tracked ones are updated in place).</returns>
    public static async Task<int> HitungUlangAsync(AppDbContext db, CancellationToken ct = default) =>
        (await HitungUlangRinciAsync(db, ct)).Jumlah;

    /// <summary>
    /// <see cref="HitungUlangAsync"/> that also tells which employees' stored atasan (or problem flag) changed,
    /// tracked ones included, e.g. to adjust their SKP afterwards (<c>PenyesuaianSkp</c>).
    /// </summary>
    public static async Task<HasilHitungAtasan> HitungUlangRinciAsync(AppDbContext db, CancellationToken ct = default)
    {
        // Flush pending inserts' keys is not needed: derivation only looks at rows with keys; new
        // rows without an Id are handled by a second call after their first save.
        var jabatanTracked = db.ChangeTracker.Entries<Jabatan>().Where(e => e.Entity.Id > 0).ToDictionary(e => e.Entity.Id, e => e.Entity);
        var unitParents = await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        foreach (var u in db.ChangeTracker.Entries<UnitKerja>().Where(e => e.Entity.Id > 0))
        {
            unitParents[u.Entity.Id] = u.Entity.ParentId;
        }

        var jabatanRows = await db.Jabatan.AsNoTracking()
            .Where(j => j.Aktif)
            .Select(j => new { j.Id, j.AtasanJabatanId, j.PenggantiPegawaiId, j.Jenis, j.UnitKerjaId })
            .ToListAsync(ct);
        var posisi = jabatanRows.Select(j =>
        {
            var (atasan, pengganti, jenis, unit) = jabatanTracked.TryGetValue(j.Id, out var t)
                ? (t.AtasanJabatanId, t.PenggantiPegawaiId, t.Jenis, t.UnitKerjaId)
                : (j.AtasanJabatanId, j.PenggantiPegawaiId, j.Jenis, j.UnitKerjaId);
            return new PosisiJabatan(j.Id, atasan, pengganti, atasan is null && IsPuncak(jenis, unit, unitParents));
        });

        var trackedPegawai = db.ChangeTracker.Entries<Pegawai>().Where(e => e.Entity.Id > 0).ToDictionary(e => e.Entity.Id, e => e.Entity);
        var pegawaiRows = await db.Pegawai.AsNoTracking()
            .Select(p => new { p.Id, p.JabatanId, p.Status, p.AtasanLangsungId, p.MasalahAtasan })
            .ToListAsync(ct);
        var aktif = pegawaiRows
            .Select(p => trackedPegawai.TryGetValue(p.Id, out var t) ? (t.Id, t.JabatanId, t.Status) : (p.Id, p.JabatanId, p.Status))
            .Where(p => p.Status == StatusPegawai.Aktif)
            .Select(p => new PosisiPegawai(p.Id, p.JabatanId));

        var struktur = new StrukturAtasan(posisi, aktif);
        if (struktur.PegawaiDalamSiklus.Count > 0)
        {
            var nips = await db.Pegawai.AsNoTracking().Where(p => struktur.PegawaiDalamSiklus.Contains(p.Id))
                .Select(p => p.Nip).Take(5).ToListAsync(ct);
            throw new DomainException("Organisasi.SiklusAtasan", string.Join(", ", nips.Select(Nip.Format)));
        }

        // Only rows whose derivation changed are loaded and updated.
        var berubah = new Dictionary<int, HasilAtasan>();
        var trackedBerubah = new List<int>();
        foreach (var p in pegawaiRows)
        {
            var hasil = p.Status == StatusPegawai.Aktif || (trackedPegawai.TryGetValue(p.Id, out var t) && t.Aktif)
                ? struktur.AtasanDari(p.Id)
                : new HasilAtasan(null, MasalahAtasan.Tidak);
            if (trackedPegawai.TryGetValue(p.Id, out var tracked))
            {
                if (!tracked.Aktif)
                {
                    hasil = new HasilAtasan(null, MasalahAtasan.Tidak);
                }

                if (tracked.TetapkanAtasan(hasil.AtasanId, hasil.Masalah))
                {
                    trackedBerubah.Add(tracked.Id);
                }
            }
            else if (hasil.AtasanId != p.AtasanLangsungId || hasil.Masalah != p.MasalahAtasan)
            {
                berubah[p.Id] = hasil;
            }
        }

        foreach (var chunk in berubah.Keys.Chunk(500))
        {
            var rows = await db.Pegawai.Where(p => chunk.Contains(p.Id)).ToListAsync(ct);
            foreach (var row in rows)
            {
                var h = berubah[row.Id];
                row.TetapkanAtasan(h.AtasanId, h.Masalah);
            }
        }

        return new HasilHitungAtasan(berubah.Count, [.. berubah.Keys, .. trackedBerubah]);
    }

    /// <summary>
    /// The top of the organisation (the Sekda) has no pejabat penilai among ASN records: a JPT
    /// position without atasan in the root unit or a unit directly under it.
    /// </summary>
    private static bool IsPuncak(JenisJabatan jenis, int unitId, Dictionary<int, int?> unitParents)
    {
        if (jenis is not (JenisJabatan.JptUtama or JenisJabatan.JptMadya or JenisJabatan.JptPratama))
        {
            return false;
        }

        var parent = unitParents.GetValueOrDefault(unitId);
        return parent is null || unitParents.GetValueOrDefault(parent.Value) is null;
    }
}

/// <param name="Jumlah">Untracked employees whose atasan changed (what <see cref="PenghitungAtasan.HitungUlangAsync"/> returns).</param>
/// <param name="PegawaiBerubah">Every employee whose stored atasan or problem flag changed, tracked ones included.</param>
public sealed record HasilHitungAtasan(int Jumlah, IReadOnlyCollection<int> PegawaiBerubah);
