using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Continuous feedback for the demo: the demo Pejabat penilai's feedback on the approved SKP of her direct reports
/// (the demo Pegawai's too, once he has one) in each period of the current year up to today, on the first RHK and
/// two BerAKHLAK values; and one waiting request for input to the demo Pegawai about a peer (her approved Kepala
/// Seksi), so his home page shows it. The same every run; a few inserts in one save. The caller owns the transaction.
/// </summary>
internal sealed class DemoUmpanBalik(AppDbContext db, DateTime sekarangUtc)
{
    private static readonly string[] TeksRhk =
    [
        "Rekapitulasi bulan ini tepat waktu dan rapi. Lengkapi bukti dukung dengan tangkapan layar aplikasi agar mudah diverifikasi.",
        "Progres sesuai rencana aksi. Perhatikan sekolah yang belum mengirim data; koordinasikan dengan operator kecamatan.",
        "Kualitas data meningkat dibanding periode lalu. Pertahankan validasi silang sebelum laporan dikirim.",
    ];

    private static readonly (NilaiBerakhlak Nilai, string Teks)[] TeksPerilaku =
    [
        (NilaiBerakhlak.BerorientasiPelayanan, "Responsif melayani pertanyaan sekolah melalui telepon dan surel; pertahankan."),
        (NilaiBerakhlak.Kolaboratif, "Sudah aktif berbagi data dengan seksi lain. Libatkan juga pengawas sekolah dalam rapat koordinasi."),
    ];

    public async Task SimpanAsync(TahunKinerja? tahun, CancellationToken ct)
    {
        if (tahun is null)
        {
            return;
        }

        var nipPenilai = DemoSeeder.Akun[2].Nip;
        var nipPegawai = DemoSeeder.Akun[3].Nip;
        var orang = await db.Pegawai.AsNoTracking().Where(p => p.Nip == nipPenilai || p.Nip == nipPegawai).ToDictionaryAsync(p => p.Nip, p => p.Id, ct);
        if (!orang.TryGetValue(nipPenilai, out var penilaiId) || !orang.TryGetValue(nipPegawai, out var pegawaiId))
        {
            return;
        }

        var skp = await db.Skp.AsNoTracking().Dievaluasi(db.Skp)
            .Where(s => s.TahunKinerjaId == tahun.Id && s.PejabatPenilaiId == penilaiId)
            .OrderBy(s => s.PegawaiId == pegawaiId ? 0 : 1).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.PegawaiId, s.TanggalMulai, s.TanggalSelesai, Rhk = s.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).Select(r => r.Kunci).ToList() })
            .ToListAsync(ct);
        var hariIni = DateOnly.FromDateTime(sekarangUtc);
        var periode = tahun.Periode.Where(p => p.Mulai <= hariIni).OrderBy(p => p.Nomor).ToList();
        var baru = new List<UmpanBalik>();
        foreach (var s in skp.Where(s => s.Rhk.Count > 0))
        {
            foreach (var p in periode.Where(p => p.Meliputi(s.TanggalMulai, s.TanggalSelesai)))
            {
                var mulai = p.Mulai.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
                DateTime Hari(int n) => new[] { mulai.AddDays(n), sekarangUtc.AddHours(-1) }.Min();
                for (var i = 0; i < Math.Min(2, s.Rhk.Count); i++)
                {
                    baru.Add(UmpanBalik.OlehPenilai(s.Id, p.Id, s.Rhk[i], null, TeksRhk[(p.Nomor + i) % TeksRhk.Length], penilaiId, nipPenilai, Hari(20 + (40 * i))));
                }

                foreach (var (nilai, teks) in TeksPerilaku)
                {
                    baru.Add(UmpanBalik.OlehPenilai(s.Id, p.Id, null, nilai, teks, penilaiId, nipPenilai, Hari(50 + (int)nilai)));
                }
            }
        }

        // The demo Pegawai is asked about a peer (another of her direct reports) in the running period.
        var rekan = skp.FirstOrDefault(s => s.PegawaiId != pegawaiId);
        var berjalan = periode.LastOrDefault();
        var permintaan = rekan is not null && berjalan is not null && berjalan.Meliputi(rekan.TanggalMulai, rekan.TanggalSelesai)
            ? PermintaanMasukan.Minta(rekan.Id, berjalan.Id, rekan.PegawaiId, pegawaiId, penilaiId,
                "Mohon masukan Anda tentang kerja sama dan ketepatan data rekan Anda pada semester ini.", new[] { sekarangUtc.AddDays(-3), berjalan.Mulai.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) }.Max())
            : null;
        db.UmpanBalik.AddRange(baru);
        if (permintaan is not null)
        {
            db.PermintaanMasukan.Add(permintaan);
        }

        await db.SaveChangesAsync(ct);
    }
}
