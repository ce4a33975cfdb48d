using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>
/// What decides who may do what with one SKP's evaluation in one period: the SKP's people (from its snapshot), whether
/// it is the evaluated (approved) SKP, whether the period is closed, and the evaluation's status (null: none yet).
/// </summary>
public sealed record DataAksesEvaluasi(
    int SkpId,
    int PeriodeEvaluasiId,
    int PegawaiId,
    int? PejabatPenilaiId,
    int? AtasanPejabatPenilaiId,
    bool Dievaluasi,
    bool PeriodeDitutup,
    StatusEvaluasi? Status)
{
    /// <summary>
    /// One query: the SKP, the period (which must belong to the SKP's year and overlap its dates) and the evaluation
    /// if any. Null when the SKP or the period does not exist or does not fit.
    /// </summary>
    public static Task<DataAksesEvaluasi?> MuatAsync(AppDbContext db, int skpId, int periodeEvaluasiId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from s in db.Skp.AsNoTracking()
                where s.Id == skpId
                from p in db.PeriodeEvaluasi.Where(p => p.Id == periodeEvaluasiId && p.TahunKinerjaId == s.TahunKinerjaId
                    && p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai)
                select new DataAksesEvaluasi(
                    s.Id,
                    p.Id,
                    s.PegawaiId,
                    s.PejabatPenilaiId,
                    s.Snapshot.AtasanPejabatPenilai!.PegawaiId,
                    // EvaluasiQueries.Dievaluasi written out: an extension method inside the projection cannot be translated.
                    s.Status == StatusSkp.Disetujui && !db.Skp.Any(x => x.PegawaiId == s.PegawaiId && x.TahunKinerjaId == s.TahunKinerjaId
                        && x.TanggalMulai == s.TanggalMulai && x.Status == StatusSkp.Disetujui && x.Revisi > s.Revisi),
                    p.Ditutup,
                    db.EvaluasiPeriode.Where(e => e.SkpId == s.Id && e.PeriodeEvaluasiId == p.Id).Select(e => (StatusEvaluasi?)e.Status).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
    }
}

/// <summary>
/// Who may do what with one evaluation (issue 4, "What must hold"; the SKP issue's matrix extended):
/// <list type="bullet">
/// <item>read: the employee, the pejabat penilai, the atasan pejabat penilai and the Admin BKD; anyone else gets a 404;</item>
/// <item>realisasi and the self-assessment: the employee, on the evaluated SKP, while the period is open and the
/// evaluation is not final (Belum/Dinilai or none yet);</item>
/// <item>continuous feedback and scoring: the pejabat penilai (never the employee themself), while the period is open;
/// scoring only while the evaluation may change; finalising only once scored;</item>
/// <item>acknowledging and filing a keberatan: the employee, on a final evaluation (the deadline is the domain's);</item>
/// <item>deciding a keberatan: the atasan pejabat penilai (not the pejabat penilai);</item>
/// <item>reopening a final evaluation with a reason: the Admin BKD.</item>
/// </list>
/// </summary>
public sealed record AksesEvaluasi(
    bool Baca,
    bool IsiRealisasi,
    bool UmpanBalik,
    bool Nilai,
    bool Finalkan,
    bool Terima,
    bool AjukanKeberatan,
    bool PutuskanKeberatan,
    bool BukaKembali)
{
    public static AksesEvaluasi Untuk(PenggunaSkp pengguna, DataAksesEvaluasi data)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        ArgumentNullException.ThrowIfNull(data);
        var saya = pengguna.PegawaiId;
        var pemilik = saya is not null && saya == data.PegawaiId;
        var penilai = saya is not null && saya == data.PejabatPenilaiId && !pemilik;
        var atasan = saya is not null && saya == data.AtasanPejabatPenilaiId && !pemilik && !penilai;
        var terbuka = data.Dievaluasi && !data.PeriodeDitutup;
        var dapatDiubah = data.Status is null or StatusEvaluasi.Belum or StatusEvaluasi.Dinilai;
        return new(
            Baca: pemilik || penilai || atasan || pengguna.AdminBkd,
            IsiRealisasi: pemilik && terbuka && dapatDiubah,
            UmpanBalik: penilai && terbuka,
            Nilai: penilai && terbuka && dapatDiubah,
            Finalkan: penilai && terbuka && data.Status == StatusEvaluasi.Dinilai,
            Terima: pemilik && data.Status == StatusEvaluasi.Final,
            AjukanKeberatan: pemilik && data.Status == StatusEvaluasi.Final,
            PutuskanKeberatan: atasan && data.Status == StatusEvaluasi.Keberatan,
            BukaKembali: pengguna.AdminBkd && !pemilik && data.Status is StatusEvaluasi.Final or StatusEvaluasi.Diterima);
    }
}
