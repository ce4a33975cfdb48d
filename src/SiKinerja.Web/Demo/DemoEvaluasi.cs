using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Scoring data for the demo year (issue 4 parts 3–4), the same every run:
/// <list type="bullet">
/// <item>an organisation predikat for every active unit in every period of the year that has started: Baik, except the
/// first perangkat daerah by name, Istimewa;</item>
/// <item>periods that have ended: final evaluations for most evaluated SKP (nine in ten), ratings spread roughly like
/// the Baik curve (one in ten Sangat Baik, seven Baik, one Butuh Perbaikan, one Kurang);</item>
/// <item>the running period: draft scores for about a third, never for the demo Pejabat penilai's own team nor in the
/// units of her direct reports, so the browser journey scores and finalises them against a curve that is hers alone.</item>
/// </list>
/// Only inserts, one SaveChanges; the caller owns the transaction.
/// </summary>
internal sealed class DemoEvaluasi(AppDbContext db, DateTime sekarangUtc)
{
    private static readonly (Rating Hasil, Rating Perilaku)[] Pola =
    [
        (Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi),
        (Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi),
        (Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi),
        (Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi),
        (Rating.DiBawahEkspektasi, Rating.SesuaiEkspektasi),
        (Rating.SesuaiEkspektasi, Rating.DiAtasEkspektasi),
        (Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi),
        (Rating.SesuaiEkspektasi, Rating.DiBawahEkspektasi),
        (Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi),
        (Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi),
    ];

    public async Task<int> SimpanAsync(TahunKinerja tahun, CancellationToken ct)
    {
        var hariIni = DateOnly.FromDateTime(sekarangUtc);
        var periode = tahun.Periode.Where(p => p.Mulai <= hariIni).ToList();
        if (periode.Count == 0)
        {
            return 0;
        }

        var penilaiDemo = await db.Pegawai.AsNoTracking().Where(p => p.Nip == DemoSeeder.Akun[2].Nip).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        // The units of her direct reports get no drafts in the running period: their curve is only what she decides there.
        var unitTimDemo = (await db.Pegawai.AsNoTracking().Where(p => p.AtasanLangsungId == penilaiDemo && p.Jabatan != null)
            .Select(p => p.Jabatan!.UnitKerjaId).ToListAsync(ct)).ToHashSet();
        var unit = await db.UnitKerja.AsNoTracking().Where(u => u.Aktif).OrderBy(u => u.Nama).Select(u => new { u.Id, u.Jenis }).ToListAsync(ct);
        var istimewa = unit.FirstOrDefault(u => u.Jenis == JenisUnitKerja.PerangkatDaerah)?.Id;
        var skp = await db.Skp.AsNoTracking().Dievaluasi(db.Skp)
            .Where(s => s.TahunKinerjaId == tahun.Id && s.PejabatPenilaiId != null)
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.PejabatPenilaiId,
                s.TanggalMulai,
                s.TanggalSelesai,
                Nip = s.Snapshot.PejabatPenilai!.Nip,
                UnitId = db.Pegawai.Where(p => p.Id == s.PegawaiId && p.Jabatan != null).Select(p => (int?)p.Jabatan!.UnitKerjaId).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var deteksi = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var jumlah = 0;
            foreach (var p in periode)
            {
                var selesai = p.Selesai < hariIni;
                var waktu = selesai ? new DateTime(p.Selesai.Year, p.Selesai.Month, p.Selesai.Day, 2, 0, 0, DateTimeKind.Utc).AddDays(5) : sekarangUtc.AddDays(-1);
                db.PredikatOrganisasiUnit.AddRange(unit.Select(u => PredikatOrganisasiUnit.Tetapkan(
                    u.Id, p.Id, u.Id == istimewa ? PredikatOrganisasi.Istimewa : PredikatOrganisasi.Baik, null, DemoSeeder.Akun[0].Nip, waktu)));
                var i = 0;
                foreach (var s in skp.Where(s => s.UnitId is not null && p.Meliputi(s.TanggalMulai, s.TanggalSelesai)))
                {
                    i++;
                    var dinilai = selesai ? i % 10 != 0 : i % 3 == 0 && s.PejabatPenilaiId != penilaiDemo && !unitTimDemo.Contains(s.UnitId!.Value);
                    if (!dinilai)
                    {
                        continue;
                    }

                    var (hasil, perilaku) = Pola[i % Pola.Length];
                    var e = EvaluasiPeriode.Buat(s.Id, p.Id, s.UnitId!.Value);
                    e.Nilai(hasil, perilaku, null, s.Nip, waktu);
                    if (selesai)
                    {
                        e.Finalkan(s.Nip, waktu.AddHours(1));
                    }

                    db.EvaluasiPeriode.Add(e);
                    jumlah++;
                }
            }

            await db.SaveChangesAsync(ct);
            return jumlah;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = deteksi;
        }
    }
}
