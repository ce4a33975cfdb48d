using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>
/// The pejabat penilai's pending scoring on the home page: per open period that has started, how many of their team
/// are not scored yet and how many are scored but not finalised, due at the period's BatasEvaluasi. Two queries.
/// </summary>
public sealed class AksiTertundaPenilaian(AppDbContext db) : IPenyediaAksiTertunda
{
    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return [];
        }

        var periode = (await KurvaUnitQueries.PeriodeAsync(db, ct)).Where(p => p.TahunDibuka && !p.Ditutup && p.Mulai <= hariIni).ToList();
        if (periode.Count == 0)
        {
            return [];
        }

        var ids = periode.Select(p => p.Id).ToList();
        var tim = db.Skp.AsNoTracking().Dievaluasi(db.Skp).Where(s => s.PejabatPenilaiId == saya && s.PegawaiId != saya);
        var rows = await (from p in db.PeriodeEvaluasi.AsNoTracking()
                          where ids.Contains(p.Id)
                          from s in tim
                          where s.TahunKinerjaId == p.TahunKinerjaId
                                && s.TanggalMulai <= p.Selesai && s.TanggalSelesai >= p.Mulai
                          select new
                          {
                              PeriodeId = p.Id,
                              Status = db.EvaluasiPeriode.Where(e => e.SkpId == s.Id && e.PeriodeEvaluasiId == p.Id).Select(e => (StatusEvaluasi?)e.Status).FirstOrDefault(),
                          })
            .ToListAsync(ct);

        var hasil = new List<AksiTertunda>();
        foreach (var p in periode.OrderBy(p => p.BatasEvaluasi))
        {
            var url = $"/Evaluasi/Tim?periode={p.Id}";
            var belum = rows.Count(r => r.PeriodeId == p.Id && r.Status is null or StatusEvaluasi.Belum);
            var draf = rows.Count(r => r.PeriodeId == p.Id && r.Status == StatusEvaluasi.Dinilai);
            if (belum > 0)
            {
                hasil.Add(new AksiTertunda("Penilaian.Tertunda.BelumDinilai", [belum, p.NomorRomawi, p.Tahun], p.BatasEvaluasi, url));
            }

            if (draf > 0)
            {
                hasil.Add(new AksiTertunda("Penilaian.Tertunda.BelumDifinalkan", [draf, p.NomorRomawi, p.Tahun], p.BatasEvaluasi, url));
            }
        }

        return hasil;
    }
}
