using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.Skp;

/// <summary>
/// Builds the SKP header (employee, pejabat penilai, atasan pejabat penilai) from the current organisation data.
/// An employee without a position gets no entry. The lead swaps in the Infrastructure implementation (branch mutasi).
/// </summary>
public interface IPembuatSnapshotSkp
{
    Task<IReadOnlyDictionary<int, SnapshotSkp>> BuatAsync(IReadOnlyCollection<int> pegawaiIds, CancellationToken ct);
}

/// <summary>Pre-fills a new SKP's RHK (the pejabat penilai's "matriks peran hasil"); called before the first save.</summary>
public interface IPeranHasilPrefill
{
    Task TerapkanAsync(SkpEntity skp, CancellationToken ct);
}

/// <summary>Organisation targets (Perjanjian Kinerja / Renstra sasaran) an RHK at the top of the tree may link to.</summary>
public interface ISumberSasaranOrganisasi
{
    Task<IReadOnlyList<(int Id, string Label)>> DaftarAsync(int pegawaiId, int tahun, CancellationToken ct);
}

/// <summary>Default: no matriks peran hasil yet.</summary>
public sealed class TanpaPeranHasilPrefill : IPeranHasilPrefill
{
    public Task TerapkanAsync(SkpEntity skp, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Default: no organisation targets maintained yet.</summary>
public sealed class TanpaSasaranOrganisasi : ISumberSasaranOrganisasi
{
    public Task<IReadOnlyList<(int Id, string Label)>> DaftarAsync(int pegawaiId, int tahun, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(int Id, string Label)>>([]);
}

/// <summary>
/// A small builder reading the stored supervisor chain (<see cref="PegawaiEntity.AtasanLangsungId"/>): the pejabat penilai is the
/// atasan langsung, the atasan pejabat penilai is the penilai's atasan langsung (DOMAIN.md §1.6). Three queries whatever
/// the number of employees.
/// </summary>
public sealed class PembuatSnapshotSkpSederhana(AppDbContext db) : IPembuatSnapshotSkp
{
    private sealed record Orang(
        int Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, JenisPegawai JenisPegawai, string GolonganKode,
        string? Jabatan, string? Unit, int? AtasanId);

    public async Task<IReadOnlyDictionary<int, SnapshotSkp>> BuatAsync(IReadOnlyCollection<int> pegawaiIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pegawaiIds);
        var pegawai = await MuatAsync(pegawaiIds, ct);
        var penilai = await MuatAsync([.. pegawai.Values.Select(p => p.AtasanId).OfType<int>().Distinct()], ct);
        var atasan = await MuatAsync([.. penilai.Values.Select(p => p.AtasanId).OfType<int>().Distinct()], ct);
        var hasil = new Dictionary<int, SnapshotSkp>();
        foreach (var p in pegawai.Values)
        {
            if (Snapshot(p) is not { } diri)
            {
                continue;
            }

            var pn = p.AtasanId is { } a && a != p.Id ? penilai.GetValueOrDefault(a) : null;
            var at = pn?.AtasanId is { } b && b != pn.Id && b != p.Id ? atasan.GetValueOrDefault(b) : null;
            var snapPenilai = pn is null ? null : Snapshot(pn);
            hasil[p.Id] = new SnapshotSkp(diri, snapPenilai, snapPenilai is null || at is null ? null : Snapshot(at));
        }

        return hasil;
    }

    private static SnapshotPejabat? Snapshot(Orang o) =>
        o.Jabatan is null || o.Unit is null
            ? null
            : new SnapshotPejabat(
                o.Id, o.Nip, PegawaiEntity.FormatNama(o.GelarDepan, o.Nama, o.GelarBelakang), o.GolonganKode,
                Golongan.Find(o.GolonganKode, o.JenisPegawai)?.Pangkat, o.Jabatan, o.Unit);

    private async Task<Dictionary<int, Orang>> MuatAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Pegawai.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new Orang(
                p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JenisPegawai, p.GolonganKode,
                p.Jabatan != null ? p.Jabatan.Nama : null,
                p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null,
                p.AtasanLangsungId))
            .ToDictionaryAsync(o => o.Id, ct);
    }
}
