using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using JabatanEntity = SiKinerja.Domain.Organisasi.Jabatan;
using SasaranEntity = SiKinerja.Domain.Skp.SasaranOrganisasi;

namespace SiKinerja.Web.Features.SasaranOrganisasi;

/// <summary>One option of the SKP editor's link picker.</summary>
public sealed record PilihanSasaran(int Id, string Label);

/// <summary>
/// Look-ups other features use: the organisation targets an employee may link an RHK to (those of the perangkat daerah
/// their unit belongs to), and which perangkat daerah an employee heads. Each is one SQL query.
/// <para>"The perangkat daerah the unit belongs to" walks up the unit's parents inside the query, to at most
/// <see cref="KedalamanMaksimum"/> levels (Pemda / perangkat daerah / bidang / seksi / UPT and its subunits need five).</para>
/// </summary>
public sealed class SasaranOrganisasiQueries(AppDbContext db)
{
    public const int KedalamanMaksimum = 6;

    /// <summary>Active targets of <paramref name="tahun"/> of the employee's perangkat daerah, in kode and text order.</summary>
    public async Task<IReadOnlyList<PilihanSasaran>> PilihanAsync(int pegawaiId, int tahun, CancellationToken ct)
    {
        var rows = await Terpakai(pegawaiId, tahun)
            .OrderBy(s => s.Kode == null).ThenBy(s => s.Kode).ThenBy(s => s.Teks).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Kode, s.Teks })
            .ToListAsync(ct);
        return [.. rows.Select(s => new PilihanSasaran(s.Id, SasaranEntity.Label(s.Kode, s.Teks)))];
    }

    /// <summary>
    /// The labels of the targets <paramref name="ids"/> whatever their state (a plan keeps showing a target that was
    /// deactivated later, or of a unit the employee has since left); one query.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, string>> LabelAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var rows = await db.Set<SasaranEntity>().AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Kode, s.Teks }).ToListAsync(ct);
        return rows.ToDictionary(s => s.Id, s => SasaranEntity.Label(s.Kode, s.Teks));
    }

    /// <summary>True when <paramref name="sasaranId"/> is an active target of <paramref name="tahun"/> of the employee's perangkat daerah.</summary>
    public Task<bool> BolehDipakaiAsync(int pegawaiId, int tahun, int sasaranId, CancellationToken ct) =>
        Terpakai(pegawaiId, tahun).AnyAsync(s => s.Id == sasaranId, ct);

    /// <summary>
    /// The perangkat daerah <paramref name="pegawaiId"/> heads: an active managerial position placed directly in the
    /// perangkat daerah that reports to no position of that unit (the Kepala Dinas/Badan reports to the Sekda or the kepala
    /// daerah), held by the employee or acted in by them as Plt/Plh.
    /// </summary>
    public async Task<IReadOnlyList<int>> UnitDipimpinAsync(int pegawaiId, CancellationToken ct) =>
        await db.Jabatan.AsNoTracking()
            .Where(j => j.Aktif && j.UnitKerja!.Aktif && j.UnitKerja.Jenis == JenisUnitKerja.PerangkatDaerah)
            .Where(Manajerial)
            .Where(j => j.AtasanJabatanId == null || j.AtasanJabatan!.UnitKerjaId != j.UnitKerjaId)
            .Where(j => j.PenggantiPegawaiId == pegawaiId
                        || db.Pegawai.Any(p => p.Id == pegawaiId && p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif))
            .Select(j => j.UnitKerjaId)
            .Distinct()
            .ToListAsync(ct);

    /// <summary>Written out as comparisons: enums are stored as names, so an ordering comparison would compare text.</summary>
    private static readonly Expression<Func<JabatanEntity, bool>> Manajerial = j =>
        j.Jenis == JenisJabatan.JptUtama || j.Jenis == JenisJabatan.JptMadya || j.Jenis == JenisJabatan.JptPratama
        || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas;

    private IQueryable<SasaranEntity> Terpakai(int pegawaiId, int tahun)
    {
        var unit = db.Pegawai.Where(p => p.Id == pegawaiId && p.Jabatan != null).Select(p => p.Jabatan!.UnitKerja!);
        return db.SasaranOrganisasi.AsNoTracking()
            .Where(s => s.Aktif && s.Tahun == tahun)
            .Where(s => unit.Any(u =>
                u.Id == s.UnitKerjaId
                || u.ParentId == s.UnitKerjaId
                || u.Parent!.ParentId == s.UnitKerjaId
                || u.Parent!.Parent!.ParentId == s.UnitKerjaId
                || u.Parent!.Parent!.Parent!.ParentId == s.UnitKerjaId
                || u.Parent!.Parent!.Parent!.Parent!.ParentId == s.UnitKerjaId));
    }
}
