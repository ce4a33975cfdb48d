using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.Realisasi;

/// <summary>
/// When a newer revision of an SKP is approved it becomes the evaluated SKP of its segment
/// (<see cref="EvaluasiQueries.Dievaluasi"/>): the realisasi, evaluations, continuous feedback and peer requests of the revision it replaced (the
/// highest approved revision below it: same employee, year and start date) follow it, so nothing entered is left
/// behind on a plan nobody evaluates any more. RHK and IKI keep their <c>Kunci</c>, so every row finds its IKI.
/// The caller saves (in the same SaveChanges as the approval).
/// </summary>
public static class PindahRevisi
{
    /// <summary>A few queries (one per kind of row), then the moved rows are tracked for the caller's save. Returns how many rows move.</summary>
    public static async Task<int> SiapkanAsync(AppDbContext db, SkpEntity disetujui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(disetujui);
        if (disetujui.Status != StatusSkp.Disetujui || disetujui.Revisi <= 1)
        {
            return 0;
        }

        var sebelumnya = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == disetujui.PegawaiId && s.TahunKinerjaId == disetujui.TahunKinerjaId && s.TanggalMulai == disetujui.TanggalMulai
                && s.Status == StatusSkp.Disetujui && s.Revisi < disetujui.Revisi && s.Id != disetujui.Id)
            .OrderByDescending(s => s.Revisi)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(ct);
        if (sebelumnya is not { } lamaId)
        {
            return 0;
        }

        var realisasi = await db.RealisasiPeriode.DenganIsi().Where(r => r.SkpId == lamaId).ToListAsync(ct);
        var evaluasi = await db.EvaluasiPeriode.DenganRiwayat().Where(e => e.SkpId == lamaId).ToListAsync(ct);
        var umpanBalik = await db.UmpanBalik.Where(u => u.SkpId == lamaId).ToListAsync(ct);
        var permintaan = await db.PermintaanMasukan.Where(p => p.SkpId == lamaId).ToListAsync(ct);
        foreach (var r in realisasi)
        {
            r.PindahKeSkp(disetujui.Id);
        }

        foreach (var e in evaluasi)
        {
            e.PindahKeSkp(disetujui.Id);
        }

        foreach (var u in umpanBalik)
        {
            u.PindahKeSkp(disetujui.Id);
        }

        foreach (var p in permintaan)
        {
            p.PindahKeSkp(disetujui.Id);
        }

        return realisasi.Count + evaluasi.Count + umpanBalik.Count + permintaan.Count;
    }
}
