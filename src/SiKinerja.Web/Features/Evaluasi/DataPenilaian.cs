using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using JabatanEntity = SiKinerja.Domain.Organisasi.Jabatan;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>Settings of the scoring pages (<c>Evaluasi:*</c>).</summary>
public sealed class OpsiEvaluasi
{
    /// <summary>
    /// Default true: a blocking finding of the distribution curve may be overridden at finalisation with a reason,
    /// which is recorded in each finalised evaluation's history. False: the curve must hold.
    /// </summary>
    public bool IzinkanPengecualianKurva { get; set; } = true;
}

/// <summary>How far the employee's realisasi of one SKP in a period has come, and the suggested Rating Hasil Kerja from it.</summary>
public sealed record RingkasanRealisasi(int JumlahIki, int TerisiIki, SaranRating Saran);

/// <summary>
/// Bulk look-ups shared by the scoring pages: the IKI targets and realisasi of many SKP in one period in two
/// queries (only the columns the capaian needs), the suggestions computed in memory; which units an employee heads.
/// </summary>
public static class DataPenilaian
{
    private sealed record IkiData(int SkpId, int RhkId, JenisRhk Jenis, Guid Kunci, AspekIki Aspek, JenisTarget JenisTarget, decimal? Nilai, decimal? NilaiMaksimum, DateOnly? Tanggal);

    private sealed record RealisasiData(int SkpId, Guid IkiKunci, decimal? Angka, DateOnly? Tanggal, bool Terisi);

    public static async Task<IReadOnlyDictionary<int, RingkasanRealisasi>> RealisasiAsync(
        AppDbContext db, IReadOnlyCollection<int> skpIds, int periodeId, AturanRating aturan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(skpIds);
        if (skpIds.Count == 0)
        {
            return new Dictionary<int, RingkasanRealisasi>();
        }

        var iki = await (from r in db.Set<RencanaHasilKerja>().AsNoTracking()
                         where skpIds.Contains(r.SkpId)
                         join i in db.Set<IndikatorKinerjaIndividu>().AsNoTracking() on r.Id equals i.RencanaHasilKerjaId
                         select new IkiData(r.SkpId, r.Id, r.Jenis, i.Kunci, i.Aspek, i.Target.Jenis, i.Target.Nilai, i.Target.NilaiMaksimum, i.Target.Tanggal))
            .ToListAsync(ct);
        var realisasi = await (from rp in db.RealisasiPeriode.AsNoTracking()
                               where rp.PeriodeEvaluasiId == periodeId && skpIds.Contains(rp.SkpId)
                               join ri in db.Set<RealisasiIki>().AsNoTracking() on rp.Id equals ri.RealisasiPeriodeId
                               select new RealisasiData(rp.SkpId, ri.IkiKunci, ri.RealisasiAngka, ri.RealisasiTanggal,
                                   ri.RealisasiAngka != null || ri.RealisasiTanggal != null || ri.RealisasiTeks != null))
            .ToListAsync(ct);
        var perIki = realisasi.ToDictionary(r => (r.SkpId, r.IkiKunci));

        return iki.GroupBy(i => i.SkpId).ToDictionary(g => g.Key, g =>
        {
            var rhk = g.GroupBy(i => (i.RhkId, i.Jenis)).Select(r => new CapaianRhk(r.Key.Jenis, [.. r.Select(i =>
            {
                var nyata = perIki.GetValueOrDefault((i.SkpId, i.Kunci));
                return new CapaianIki(i.Aspek, Target(i.JenisTarget, i.Nilai, i.NilaiMaksimum, i.Tanggal), nyata?.Angka, nyata?.Tanggal);
            })])).ToList();
            var terisi = g.Count(i => perIki.TryGetValue((i.SkpId, i.Kunci), out var r) && r.Terisi);
            return new RingkasanRealisasi(g.Count(), terisi, SaranRatingHasil.Dari(rhk, aturan));
        });
    }

    /// <summary>A target rebuilt from its columns for the capaian (a narrative target is not assessable, its text is not needed).</summary>
    public static Target Target(JenisTarget jenis, decimal? nilai, decimal? maksimum, DateOnly? tanggal) => jenis switch
    {
        JenisTarget.Rentang => Domain.Skp.Target.Rentang(nilai, maksimum, null),
        JenisTarget.Tanggal when tanggal is { } t => Domain.Skp.Target.Tenggat(t),
        JenisTarget.Angka => Domain.Skp.Target.Angka(nilai, null),
        _ => Domain.Skp.Target.Angka(null, null),
    };

    /// <summary>
    /// The units <paramref name="pegawaiId"/> heads (kepala unit): an active managerial position placed in the unit that
    /// reports to no position of that unit, held by the employee or acted in by them as Plt/Plh. Any kind of unit
    /// (perangkat daerah, bidang, seksi...). One query.
    /// </summary>
    public static IQueryable<int> UnitDipimpin(AppDbContext db, int pegawaiId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Jabatan.AsNoTracking()
            .Where(j => j.Aktif && j.UnitKerja!.Aktif)
            .Where(Manajerial)
            .Where(j => j.AtasanJabatanId == null || j.AtasanJabatan!.UnitKerjaId != j.UnitKerjaId)
            .Where(j => j.PenggantiPegawaiId == pegawaiId
                        || db.Pegawai.Any(p => p.Id == pegawaiId && p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif))
            .Select(j => j.UnitKerjaId)
            .Distinct();
    }

    /// <summary>Written out as comparisons: enums are stored as names, so an ordering comparison would compare text.</summary>
    private static readonly Expression<Func<JabatanEntity, bool>> Manajerial = j =>
        j.Jenis == JenisJabatan.JptUtama || j.Jenis == JenisJabatan.JptMadya || j.Jenis == JenisJabatan.JptPratama
        || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas;
}
