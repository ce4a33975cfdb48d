using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Realisasi for the demo year, the same every run (fixed seed): for the evaluated (approved) SKP, most employees
/// filled every IKI of the periods already over (semester I), about half have started the running period
/// (semester II) with part of their IKI, nothing for periods still to come. Some IKI carry a link as bukti dukung (no
/// files). Built through the domain, written with one AddRange and one SaveChanges. The caller owns the transaction.
/// </summary>
internal sealed class DemoRealisasi(AppDbContext db, DateTime sekarangUtc)
{
    public const int Seed = 20260701;

    private static readonly string[] RencanaAksi =
    [
        "Mengumpulkan data dari unit kerja setiap bulan",
        "Menyusun draf, membahas dengan atasan, lalu memfinalkan",
        "Melaksanakan kegiatan sesuai jadwal dan mendokumentasikannya",
        "Memantau tindak lanjut dan melaporkan kemajuan setiap bulan",
        "Berkoordinasi dengan pihak terkait sebelum pelaksanaan",
    ];

    private static readonly string[] Uraian =
    [
        "Terlaksana sesuai rencana; dokumen tersimpan di folder bersama.",
        "Sebagian besar terlaksana; sisa kegiatan dijadwalkan pada bulan berikutnya.",
        "Terlaksana dan telah dilaporkan kepada atasan langsung.",
        "Terlaksana dengan beberapa penyesuaian jadwal.",
    ];

    private static readonly string[] CatatanMandiri =
    [
        "Seluruh target periode ini tercapai; kendala utama pada ketepatan waktu pengumpulan data.",
        "Capaian sesuai rencana. Perlu dukungan sarana untuk periode berikutnya.",
        "Beberapa kegiatan melampaui target berkat kerja sama tim.",
    ];

    private sealed record Iki(int SkpId, Guid Kunci, JenisTarget Jenis, decimal? Nilai, decimal? Maks, DateOnly? Tanggal);

    /// <summary>Returns how many realisasi (employee × period) were written.</summary>
    public async Task<int> SimpanAsync(int tahunKinerjaId, CancellationToken ct)
    {
        var hariIni = DateOnly.FromDateTime(sekarangUtc);
        var skp = await db.Skp.AsNoTracking().Where(s => s.TahunKinerjaId == tahunKinerjaId).Dievaluasi(db.Skp)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, Nip = s.Snapshot.Pegawai.Nip, s.TanggalMulai, s.TanggalSelesai })
            .ToListAsync(ct);
        var skpIds = skp.Select(s => s.Id).ToList();
        var iki = (await (from r in db.Set<RencanaHasilKerja>().AsNoTracking()
                          where skpIds.Contains(r.SkpId)
                          join i in db.Set<IndikatorKinerjaIndividu>() on r.Id equals i.RencanaHasilKerjaId
                          orderby r.SkpId, r.Urutan, i.Urutan
                          select new Iki(r.SkpId, i.Kunci, i.Target.Jenis, i.Target.Nilai, i.Target.NilaiMaksimum, i.Target.Tanggal))
                .ToListAsync(ct))
            .GroupBy(i => i.SkpId).ToDictionary(g => g.Key, g => g.ToList());
        var periode = await db.PeriodeEvaluasi.AsNoTracking().Where(p => p.TahunKinerjaId == tahunKinerjaId && p.Mulai <= hariIni)
            .OrderBy(p => p.Nomor).Select(p => new { p.Id, p.Mulai, p.Selesai }).ToListAsync(ct);

        var rng = new Random(Seed);
        var baru = new List<RealisasiPeriode>();
        foreach (var s in skp)
        {
            if (!iki.TryGetValue(s.Id, out var daftar))
            {
                continue;
            }

            foreach (var p in periode.Where(p => p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai))
            {
                var lewat = p.Selesai < hariIni;
                if (rng.NextDouble() >= (lewat ? 0.85 : 0.5))
                {
                    continue;
                }

                var waktu = new[] { new DateTime(p.Selesai.AddDays(-3), TimeOnly.MinValue, DateTimeKind.Utc).AddHours(rng.Next(1, 9)), sekarangUtc.AddDays(-rng.Next(1, 20)) }.Min();
                var realisasi = RealisasiPeriode.Buat(s.Id, p.Id);
                var jumlah = lewat ? daftar.Count : rng.Next(1, daftar.Count + 1);
                foreach (var i in daftar.Take(jumlah))
                {
                    realisasi.Isi(i.Kunci, RencanaAksi[rng.Next(RencanaAksi.Length)], Angka(i, rng), Tanggal(i, new[] { p.Selesai, hariIni }.Min(), rng),
                        rng.NextDouble() < 0.6 ? Uraian[rng.Next(Uraian.Length)] : null);
                    if (rng.NextDouble() < 0.15)
                    {
                        realisasi.TambahTautan(i.Kunci, $"https://drive.sukamajukab.go.id/bukti/{s.Nip}/{p.Id}-{rng.Next(1000, 9999)}", "Folder bukti dukung", s.Nip, waktu);
                    }
                }

                if (lewat && rng.NextDouble() < 0.4)
                {
                    realisasi.UbahCatatanMandiri(CatatanMandiri[rng.Next(CatatanMandiri.Length)]);
                }

                baru.Add(realisasi);
            }
        }

        var deteksi = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.RealisasiPeriode.AddRange(baru);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = deteksi;
        }

        return baru.Count;
    }

    /// <summary>Around the target: most meet it, some exceed it, a few fall short.</summary>
    private static decimal? Angka(Iki i, Random rng)
    {
        var faktor = (decimal)(0.8 + (rng.NextDouble() * 0.45));
        return i.Jenis switch
        {
            JenisTarget.Angka when i.Nilai is { } n => Math.Round(n * faktor, n >= 10 ? 0 : 1),
            JenisTarget.Rentang when i.Nilai is { } min && i.Maks is { } maks => Math.Round(min + ((maks - min) * faktor) - ((maks - min) * 0.1m), 1),
            _ => null,
        };
    }

    private static DateOnly? Tanggal(Iki i, DateOnly selesaiPeriode, Random rng) =>
        i.Jenis == JenisTarget.Tanggal && i.Tanggal is { } batas
            ? new[] { batas.AddDays(rng.Next(-20, 6)), selesaiPeriode }.Min()
            : null;
}
