using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data;

public static class EvaluasiQueries
{
    /// <summary>
    /// Evaluations with their history in order, in a fixed number of SQL queries (split query: the evaluations, then
    /// the history), however many are loaded. Load through this before changing an evaluation: a history row added
    /// without its root tracked is refused at save.
    /// </summary>
    public static IQueryable<EvaluasiPeriode> DenganRiwayat(this IQueryable<EvaluasiPeriode> evaluasi) =>
        evaluasi.Include(e => e.Riwayat.OrderBy(r => r.Id)).AsSplitQuery();

    /// <summary>
    /// Evaluations with their history, per-RHK feedback and per-value ratings (split query: a fixed number of SQL
    /// queries). Load through this before scoring.
    /// </summary>
    public static IQueryable<EvaluasiPeriode> DenganPenilaian(this IQueryable<EvaluasiPeriode> evaluasi) =>
        evaluasi.Include(e => e.Riwayat.OrderBy(r => r.Id)).Include(e => e.PenilaianRhk).Include(e => e.PenilaianPerilaku).AsSplitQuery();

    /// <summary>A realisasi with its IKI rows and their bukti dukung, in a fixed number of SQL queries.</summary>
    public static IQueryable<RealisasiPeriode> DenganIsi(this IQueryable<RealisasiPeriode> realisasi) =>
        realisasi.Include(r => r.Indikator).ThenInclude(i => i.Bukti).AsSplitQuery();

    /// <summary>
    /// The SKP that are evaluated: in each segment (employee, year, start date) the approved revision with the highest
    /// number. While a newer revision waits in Draft or Diajukan the approved one stays the evaluated one; once the
    /// newer one is approved the evaluation moves to it (its RHK and IKI keep their <c>Kunci</c>). One correlated
    /// NOT EXISTS, so it composes with any filter; <paramref name="semua"/> is the table to compare with (<c>db.Skp</c>).
    /// </summary>
    public static IQueryable<Skp> Dievaluasi(this IQueryable<Skp> skp, IQueryable<Skp> semua) =>
        skp.Where(s => s.Status == StatusSkp.Disetujui
            && !semua.Any(x => x.PegawaiId == s.PegawaiId && x.TahunKinerjaId == s.TahunKinerjaId && x.TanggalMulai == s.TanggalMulai
                && x.Status == StatusSkp.Disetujui && x.Revisi > s.Revisi));
}
