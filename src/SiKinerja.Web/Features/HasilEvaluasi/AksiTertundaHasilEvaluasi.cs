using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.HasilEvaluasi;

/// <summary>
/// Home page: the employee's final evaluations waiting for a response (acknowledge or keberatan, due the keberatan
/// deadline) and, for an atasan pejabat penilai, the keberatan waiting for a decision. Two queries.
/// </summary>
public sealed class AksiTertundaHasilEvaluasi(
    AppDbContext db, HasilEvaluasiService layanan, IOptions<AturanEvaluasi> aturan, IStringLocalizer<SharedResource> t) : IPenyediaAksiTertunda
{
    public const string KodeTanggapan = "Beranda.Aksi.TanggapiEvaluasi";
    public const string KodeKeberatan = "Beranda.Aksi.PutuskanKeberatan";

    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return [];
        }

        var final = await (from e in db.EvaluasiPeriode.AsNoTracking()
                           where e.Status == StatusEvaluasi.Final && e.KeberatanUtc == null
                           join s in db.Skp on e.SkpId equals s.Id
                           where s.PegawaiId == saya
                           join p in db.PeriodeEvaluasi on e.PeriodeEvaluasiId equals p.Id
                           join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                           select new { e.Id, e.FinalUtc, k.JenisPeriode, k.Tahun, p.Nomor })
            .ToListAsync(ct);
        var hari = aturan.Value.BatasHariKeberatan;
        var aksi = final.Select(e =>
        {
            var batas = e.FinalUtc!.Value.AddDays(hari).ToLocalTime();
            var label = t.Label(e.JenisPeriode, e.Nomor, RomawiPeriode.Dari(e.Nomor)) + " " + e.Tahun;
            return new AksiTertunda(KodeTanggapan, [label, batas.ToString("g")], DateOnly.FromDateTime(batas), $"/HasilEvaluasi/{e.Id}");
        }).ToList();

        var keberatan = await layanan.JumlahKeberatanAsync(saya, ct);
        if (keberatan > 0)
        {
            aksi.Add(new AksiTertunda(KodeKeberatan, [keberatan], null, "/HasilEvaluasi/Keberatan"));
        }

        return aksi;
    }
}
