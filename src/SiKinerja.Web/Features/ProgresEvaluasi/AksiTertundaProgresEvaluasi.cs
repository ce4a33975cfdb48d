using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.ProgresEvaluasi;

/// <summary>
/// Home page of the Admin BKD: each period of an open year that has ended and is not closed, with how many evaluations are
/// not final yet, due its evaluation date. One query (a correlated count per period; periods are few).
/// </summary>
public sealed class AksiTertundaProgresEvaluasi(AppDbContext db, IStringLocalizer<SharedResource> t) : IPenyediaAksiTertunda
{
    public const string Kode = "Beranda.Aksi.PeriodeBelumFinal";

    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (!pengguna.AdminBkd)
        {
            return [];
        }

        // A query variable, which EF inlines; the extension method called inside the projection would not translate.
        var dievaluasi = db.Skp.Dievaluasi(db.Skp);
        var periode = await (from p in db.PeriodeEvaluasi.AsNoTracking()
                             join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                             where !p.Ditutup && p.Selesai < hariIni && k.Status == StatusTahunKinerja.Dibuka
                             select new
                             {
                                 p.Id, k.Tahun, k.JenisPeriode, p.Nomor, p.BatasEvaluasi,
                                 BelumFinal = dievaluasi
                                     .Count(s => s.TahunKinerjaId == p.TahunKinerjaId && s.TanggalMulai <= p.Selesai && s.TanggalSelesai >= p.Mulai
                                         && !db.EvaluasiPeriode.Any(e => e.SkpId == s.Id && e.PeriodeEvaluasiId == p.Id
                                         && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Diterima))),
                             })
            .ToListAsync(ct);
        return [.. periode.Where(p => p.BelumFinal > 0).Select(p => new AksiTertunda(
            Kode,
            [t.Label(p.JenisPeriode, p.Nomor, HasilEvaluasi.RomawiPeriode.Dari(p.Nomor)) + " " + p.Tahun, p.BelumFinal, p.BatasEvaluasi.Tanggal()],
            p.BatasEvaluasi,
            $"/ProgresEvaluasi?periode={p.Id}"))];
    }
}
