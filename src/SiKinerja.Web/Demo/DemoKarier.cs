using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Career data for the demo accounts: for each, the current golongan's TMT (a regular four-year step, at the latest three
/// years before this year) and two steps of pangkat history (the previous golongan four years earlier, when it falls after
/// the CPNS date); a Satyalancana Karya Satya X for the demo Pejabat penilai (CPNS 1999); a light sanction, long over, for
/// the demo Pegawai. The same every run; nothing when the history already exists. The caller owns the transaction.
/// </summary>
internal sealed class DemoKarier(AppDbContext db, DateTime sekarangUtc)
{
    public async Task SimpanAsync(CancellationToken ct)
    {
        var nip = DemoSeeder.Akun.Select(a => a.Nip).ToList();
        var pegawai = await db.Pegawai.Where(p => nip.Contains(p.Nip)).ToListAsync(ct);
        var ids = pegawai.Select(p => p.Id).ToList();
        if (pegawai.Count == 0 || await db.RiwayatPangkat.AnyAsync(r => ids.Contains(r.PegawaiId), ct))
        {
            return;
        }

        var tahunIni = sekarangUtc.Year;
        foreach (var p in pegawai)
        {
            var tabel = Golongan.Untuk(p.JenisPegawai);
            var indeks = tabel.ToList().FindIndex(g => g.Kode == p.GolonganKode);
            var tmt = new DateOnly(Math.Max(p.TmtCpns.Year + 4, tahunIni - 3), 4, 1);
            if (indeks > 0 && tmt.AddYears(-4) >= p.TmtCpns)
            {
                db.RiwayatPangkat.Add(RiwayatPangkat.Catat(p.Id, tabel[indeks - 1], tmt.AddYears(-4), $"823.4/{p.Id:000}/BKPSDM/{tmt.Year - 4}", tmt.AddYears(-4).AddDays(-30)));
            }

            db.RiwayatPangkat.Add(RiwayatPangkat.Catat(p.Id, p.Golongan, tmt, $"823.4/{p.Id:000}/BKPSDM/{tmt.Year}", tmt.AddDays(-30)));
            p.AturTmtGolongan(tmt);
        }

        if (pegawai.FirstOrDefault(p => p.Nip == DemoSeeder.Akun[2].Nip) is { } penilai)
        {
            var tanggal = new DateOnly(penilai.TmtCpns.Year + 11, 8, 17);
            db.Penghargaan.Add(Penghargaan.Catat(
                penilai.Id, JenisPenghargaan.SatyalancanaX, null, "Presiden Republik Indonesia", $"{tanggal.Year - 2000}/TK/{tanggal.Year}", tanggal, null));
        }

        if (pegawai.FirstOrDefault(p => p.Nip == DemoSeeder.Akun[3].Nip) is { } staf && tahunIni - 2 >= staf.TmtCpns.Year)
        {
            var mulai = new DateOnly(tahunIni - 2, 3, 1);
            db.HukumanDisiplin.Add(HukumanDisiplin.Catat(
                staf.Id, TingkatHukuman.Ringan, "Teguran lisan", $"800/{tahunIni - 2}/DISDIK", mulai.AddDays(-3), mulai, null, "Terlambat menyerahkan laporan bulanan."));
        }

        await db.SaveChangesAsync(ct);
    }
}
