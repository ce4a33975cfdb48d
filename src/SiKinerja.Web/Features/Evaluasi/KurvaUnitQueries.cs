using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>The look-ups behind the curve and the period selectors; each a fixed number of queries.</summary>
public static class KurvaUnitQueries
{
    /// <summary>Every evaluation period of every year, newest year first (a handful of rows); one query.</summary>
    public static async Task<IReadOnlyList<PilihanPeriode>> PeriodeAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await (from p in db.PeriodeEvaluasi.AsNoTracking()
                          join t in db.TahunKinerja.AsNoTracking() on p.TahunKinerjaId equals t.Id
                          select new { p.Id, p.TahunKinerjaId, t.Tahun, p.Nomor, p.Mulai, p.Selesai, p.BatasEvaluasi, p.Ditutup, t.Status })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Tahun).ThenBy(r => r.Nomor).Select(r => new PilihanPeriode(
            r.Id, r.TahunKinerjaId, r.Tahun, r.Nomor, Romawi(r.Nomor), r.Mulai, r.Selesai, r.BatasEvaluasi, r.Ditutup, r.Status == StatusTahunKinerja.Dibuka))];
    }

    /// <summary>
    /// The period asked for, or by default the period of an open year that contains today (else the latest one that
    /// has started, else the first); null when there is none.
    /// </summary>
    public static PilihanPeriode? Pilih(IReadOnlyList<PilihanPeriode> semua, int? periodeId, DateOnly hariIni)
    {
        if (periodeId is { } id)
        {
            return semua.FirstOrDefault(p => p.Id == id);
        }

        var terbuka = semua.Where(p => p.TahunDibuka).ToList();
        return terbuka.FirstOrDefault(p => p.Mulai <= hariIni && p.Selesai >= hariIni)
            ?? terbuka.Where(p => p.Mulai <= hariIni).OrderByDescending(p => p.Mulai).FirstOrDefault()
            ?? terbuka.OrderBy(p => p.Mulai).FirstOrDefault()
            ?? (semua.Count > 0 ? semua[0] : null);
    }

    /// <summary>Unit names and their organisation predikat for the period; one query.</summary>
    public static async Task<Dictionary<int, (string Nama, PredikatOrganisasi? Predikat)>> UnitAsync(
        AppDbContext db, int periodeId, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0)
        {
            return [];
        }

        var rows = await db.UnitKerja.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.Nama,
                Predikat = db.PredikatOrganisasiUnit.Where(x => x.UnitKerjaId == u.Id && x.PeriodeEvaluasiId == periodeId)
                    .Select(x => (PredikatOrganisasi?)x.Predikat).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => (r.Nama, r.Predikat));
    }

    /// <summary>
    /// Predikat counts per unit of all evaluations of the period in <paramref name="unitIds"/> (whoever scored them),
    /// leaving out <paramref name="kecuali"/> (the evaluations the caller counts itself); one GROUP BY query.
    /// </summary>
    public static async Task<Dictionary<int, Dictionary<PredikatKinerja, int>>> JumlahAsync(
        AppDbContext db, int periodeId, IReadOnlyCollection<int> unitIds, IReadOnlyCollection<int> kecuali, CancellationToken ct)
    {
        if (unitIds.Count == 0)
        {
            return [];
        }

        var rows = await db.EvaluasiPeriode.AsNoTracking()
            .Where(e => e.PeriodeEvaluasiId == periodeId && unitIds.Contains(e.UnitKerjaId) && e.Predikat != null && !kecuali.Contains(e.Id))
            .GroupBy(e => new { e.UnitKerjaId, e.Predikat })
            .Select(g => new { g.Key.UnitKerjaId, g.Key.Predikat, Jumlah = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UnitKerjaId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Predikat!.Value, r => r.Jumlah));
    }

    public static Dictionary<PredikatKinerja, int> Tambah(IReadOnlyDictionary<PredikatKinerja, int>? dasar, IEnumerable<PredikatKinerja?> tambahan)
    {
        var hasil = Enum.GetValues<PredikatKinerja>().ToDictionary(p => p, p => dasar?.GetValueOrDefault(p) ?? 0);
        foreach (var p in tambahan)
        {
            if (p is { } x)
            {
                hasil[x]++;
            }
        }

        return hasil;
    }

    private static string Romawi(int nomor) =>
        nomor is >= 1 and <= 12 ? new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" }[nomor - 1] : nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
