using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>Why a finalisation (penetapan) was refused: units without an organisation predikat, or blocking curve findings.</summary>
public sealed record TolakPenetapan(IReadOnlyList<string> UnitTanpaPredikat, IReadOnlyList<KurvaTampilan> Kurva);

/// <summary>
/// The curve at penetapan (DOMAIN.md §3.2, issue 4 "Distribution"): when evaluations are finalised, the distribution
/// of each affected unit is checked as it would be after the change (all evaluations of the unit and period with a
/// predikat, whoever scored them, with the changed ones at their new values). A unit without an organisation
/// predikat cannot be finalised; a blocking finding refuses the finalisation unless an override is allowed
/// (<see cref="OpsiEvaluasi.IzinkanPengecualianKurva"/>) and a reason is given, which each finalised evaluation of
/// that unit records in its history. Two queries.
/// </summary>
public static class PenetapanKurva
{
    public static async Task<TolakPenetapan?> FinalkanAsync(
        AppDbContext db,
        int periodeId,
        IReadOnlyCollection<EvaluasiPeriode> diubah,
        IReadOnlyCollection<EvaluasiPeriode> difinalkan,
        string? alasanPengecualian,
        bool izinkanPengecualian,
        AturanKurva aturan,
        string pelakuNip,
        DateTime waktuUtc,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(diubah);
        ArgumentNullException.ThrowIfNull(difinalkan);
        var kurva = await KurvaAsync(db, periodeId, diubah, [.. difinalkan.Select(e => e.UnitKerjaId).Distinct()], aturan, ct);
        var tanpa = kurva.Where(k => k.Organisasi is null).Select(k => k.NamaUnit).ToList();
        var blokir = kurva.Where(k => k.Memblokir).ToList();
        var alasan = alasanPengecualian?.Trim();
        if (tanpa.Count > 0 || (blokir.Count > 0 && (!izinkanPengecualian || string.IsNullOrEmpty(alasan))))
        {
            return new TolakPenetapan(tanpa, blokir);
        }

        var unitBlokir = blokir.Select(k => k.UnitKerjaId).ToHashSet();
        foreach (var e in difinalkan)
        {
            e.Finalkan(pelakuNip, waktuUtc, unitBlokir.Contains(e.UnitKerjaId) ? alasan : null);
        }

        return null;
    }

    /// <summary>The curve of <paramref name="unitIds"/> with <paramref name="diubah"/> counted at their in-memory predikat.</summary>
    public static async Task<IReadOnlyList<KurvaTampilan>> KurvaAsync(
        AppDbContext db, int periodeId, IReadOnlyCollection<EvaluasiPeriode> diubah, IReadOnlyCollection<int> unitIds, AturanKurva aturan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(diubah);
        var unit = await KurvaUnitQueries.UnitAsync(db, periodeId, unitIds, ct);
        var lain = await KurvaUnitQueries.JumlahAsync(db, periodeId, unitIds, [.. diubah.Where(e => e.Id > 0).Select(e => e.Id)], ct);
        return [.. unitIds.Select(u =>
        {
            var dasar = KurvaUnitQueries.Tambah(lain.GetValueOrDefault(u), []);
            var jumlah = KurvaUnitQueries.Tambah(dasar, diubah.Where(e => e.UnitKerjaId == u).Select(e => e.Predikat));
            var (nama, organisasi) = unit.GetValueOrDefault(u, (string.Empty, null));
            return KurvaTampilan.Hitung(u, nama, organisasi, jumlah, dasar, aturan);
        })];
    }
}
