using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Infrastructure.Kinerja;

/// <summary>
/// Builds the SKP header (<see cref="SnapshotSkp"/>) from the employees' current data: the employee, the pejabat
/// penilai = their stored <see cref="Pegawai.AtasanLangsungId"/>, and the atasan pejabat penilai = the penilai's own
/// atasan langsung (DOMAIN.md §1.3, §1.6). Each person: NIP, full name with gelar (<see cref="Pegawai.FormatNama"/>),
/// golongan code and pangkat name (<see cref="Golongan"/>), position name and the position's unit name.
/// Used when an SKP is created (SKP editor) and when a change of position or supervisor adjusts the SKP
/// (<see cref="PenyesuaianSkp"/>).
/// </summary>
public static class PembuatSnapshotSkp
{
    private const int Potongan = 500;

    /// <summary>
    /// The current header for each of <paramref name="pegawaiIds"/>: one SQL query per 500 employees (the penilai and
    /// their atasan come in the same query through joins), read-only (no tracking); the database state, so call it
    /// after pending organisation changes were saved. Every value is a fresh instance (EF owned values cannot be shared
    /// between SKP rows). An employee is missing from the result when no header can be built: unknown id, no
    /// position, or a penilai without a position. Someone at the top of the organisation (no atasan langsung) gets a
    /// header without penilai; a penilai without atasan, one without atasan penilai.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, SnapshotSkp>> BuatAsync(
        AppDbContext db, IReadOnlyCollection<int> pegawaiIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pegawaiIds);
        var hasil = new Dictionary<int, SnapshotSkp>(pegawaiIds.Count);
        foreach (var chunk in pegawaiIds.Distinct().Chunk(Potongan))
        {
            var rows = await db.Pegawai.AsNoTracking()
                .Where(p => chunk.Contains(p.Id))
                .Select(p => new
                {
                    Pegawai = new Orang(
                        p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JenisPegawai, p.GolonganKode,
                        p.Jabatan != null ? p.Jabatan.Nama : null, p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null),
                    Penilai = p.AtasanLangsung == null ? null : new Orang(
                        p.AtasanLangsung.Id, p.AtasanLangsung.Nip, p.AtasanLangsung.GelarDepan, p.AtasanLangsung.Nama,
                        p.AtasanLangsung.GelarBelakang, p.AtasanLangsung.JenisPegawai, p.AtasanLangsung.GolonganKode,
                        p.AtasanLangsung.Jabatan != null ? p.AtasanLangsung.Jabatan.Nama : null,
                        p.AtasanLangsung.Jabatan != null ? p.AtasanLangsung.Jabatan.UnitKerja!.Nama : null),
                    Atasan = p.AtasanLangsung == null || p.AtasanLangsung.AtasanLangsung == null ? null : new Orang(
                        p.AtasanLangsung.AtasanLangsung.Id, p.AtasanLangsung.AtasanLangsung.Nip,
                        p.AtasanLangsung.AtasanLangsung.GelarDepan, p.AtasanLangsung.AtasanLangsung.Nama,
                        p.AtasanLangsung.AtasanLangsung.GelarBelakang, p.AtasanLangsung.AtasanLangsung.JenisPegawai,
                        p.AtasanLangsung.AtasanLangsung.GolonganKode,
                        p.AtasanLangsung.AtasanLangsung.Jabatan != null ? p.AtasanLangsung.AtasanLangsung.Jabatan.Nama : null,
                        p.AtasanLangsung.AtasanLangsung.Jabatan != null ? p.AtasanLangsung.AtasanLangsung.Jabatan.UnitKerja!.Nama : null),
                })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                if (Snapshot(r.Pegawai) is not { } pegawai)
                {
                    continue;
                }

                SnapshotPejabat? penilai = null;
                if (r.Penilai is not null && r.Penilai.Id != r.Pegawai.Id)
                {
                    penilai = Snapshot(r.Penilai);
                    if (penilai is null)
                    {
                        continue;
                    }
                }

                var atasan = penilai is null || r.Atasan is null || r.Atasan.Id == r.Penilai!.Id ? null : Snapshot(r.Atasan);
                hasil[r.Pegawai.Id] = new SnapshotSkp(pegawai, penilai, atasan);
            }
        }

        return hasil;
    }

    /// <summary>One employee's header; null when it cannot be built (see <see cref="BuatAsync"/>).</summary>
    public static async Task<SnapshotSkp?> BuatAsync(AppDbContext db, int pegawaiId, CancellationToken ct = default) =>
        (await BuatAsync(db, [pegawaiId], ct)).GetValueOrDefault(pegawaiId);

    private static SnapshotPejabat? Snapshot(Orang o)
    {
        if (string.IsNullOrWhiteSpace(o.JabatanNama) || string.IsNullOrWhiteSpace(o.UnitNama))
        {
            return null;
        }

        var nama = Pegawai.FormatNama(o.GelarDepan, o.Nama, o.GelarBelakang);
        if (nama.Length > SnapshotPejabat.NamaLengkapMaxLength)
        {
            nama = nama[..SnapshotPejabat.NamaLengkapMaxLength];
        }

        var pangkat = Golongan.Find(o.GolonganKode, o.JenisPegawai)?.Pangkat;
        return new SnapshotPejabat(o.Id, o.Nip, nama, o.GolonganKode, pangkat, o.JabatanNama, o.UnitNama);
    }

    private sealed record Orang(
        int Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, JenisPegawai JenisPegawai, string GolonganKode,
        string? JabatanNama, string? UnitNama);
}
