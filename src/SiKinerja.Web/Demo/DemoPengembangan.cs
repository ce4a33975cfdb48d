using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;
using Kebutuhan = SiKinerja.Domain.Pengembangan.KebutuhanPengembangan;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Competency development data, the same every run:
/// <list type="bullet">
/// <item>for every employee but the demo Pegawai, by employee number: last year one verified 20 JP e-learning (three in four),
/// this year none, one or two verified activities (8 to 24 JP, so the recap shows units short of and over the 20 JP) and for
/// one in five one more awaiting verification by the atasan langsung;</item>
/// <item>the demo Pegawai: last year a development need recorded by his pejabat penilai, completed by a verified e-learning;
/// this year a verified 12 JP training, a 4 JP seminar awaiting her verification, and an open need;</item>
/// <item>the competency catalogue (the Permenpan-RB 38/2017 managerial and socio-cultural competencies and two technical ones),
/// the standard of the demo Pegawai's and the demo Pejabat penilai's positions, and an assessment of each (the Pegawai below
/// his standard in two competencies).</item>
/// </list>
/// Dates lie a week or more before today. Nothing when the catalogue already exists; the caller owns the transaction.
/// </summary>
internal sealed class DemoPengembangan(SiKinerja.Infrastructure.Data.AppDbContext db, DateTime sekarangUtc)
{
    private static readonly (string Kode, string Nama, JenisKompetensi Jenis)[] Katalog =
    [
        ("M-01", "Integritas", JenisKompetensi.Manajerial),
        ("M-02", "Kerja sama", JenisKompetensi.Manajerial),
        ("M-03", "Komunikasi", JenisKompetensi.Manajerial),
        ("M-04", "Orientasi pada hasil", JenisKompetensi.Manajerial),
        ("M-05", "Pelayanan publik", JenisKompetensi.Manajerial),
        ("M-06", "Pengembangan diri dan orang lain", JenisKompetensi.Manajerial),
        ("M-07", "Mengelola perubahan", JenisKompetensi.Manajerial),
        ("M-08", "Pengambilan keputusan", JenisKompetensi.Manajerial),
        ("SK-01", "Perekat bangsa", JenisKompetensi.SosialKultural),
        ("T-01", "Pengelolaan data pokok pendidikan", JenisKompetensi.Teknis),
        ("T-02", "Penyusunan program dan anggaran", JenisKompetensi.Teknis),
    ];

    public async Task SimpanAsync(CancellationToken ct)
    {
        if (await db.Kompetensi.AnyAsync(ct))
        {
            return;
        }

        var akhir = DateOnly.FromDateTime(sekarangUtc).AddDays(-7);
        var tahunIni = sekarangUtc.Year;
        var orang = await (from p in db.Pegawai.AsNoTracking()
                           where p.Status == StatusPegawai.Aktif
                           join a in db.Pegawai on p.AtasanLangsungId equals (int?)a.Id into aa
                           from a in aa.DefaultIfEmpty()
                           orderby p.Id
                           select new { p.Id, p.Nip, p.JabatanId, AtasanNip = a != null ? a.Nip : null })
            .ToListAsync(ct);
        var admin = DemoSeeder.Akun[0].Nip;
        var demoPegawai = orang.FirstOrDefault(o => o.Nip == DemoSeeder.Akun[3].Nip);
        var demoPenilai = orang.FirstOrDefault(o => o.Nip == DemoSeeder.Akun[2].Nip);

        // 1. Everyone else's activities.
        foreach (var (o, n) in orang.Select((o, i) => (o, i)).Where(x => x.o.Id != demoPegawai?.Id))
        {
            var verifikator = o.AtasanNip ?? admin;
            if (n % 4 != 0)
            {
                Tambah(o.Id, o.Nip, JenisKegiatanPengembangan.ELearning, JenisKompetensi.Teknis, "E-learning literasi digital ASN", "Kementerian Komunikasi dan Digital",
                    new DateOnly(tahunIni - 1, 3 + (n % 8), 10), 2, 20, verifikator);
            }

            var jumlah = n % 3;
            for (var k = 0; k < jumlah && akhir.Year == tahunIni; k++)
            {
                (JenisKegiatanPengembangan Jenis, string Nama, int Jp) pilihan = ((n + k) % 3) switch
                {
                    0 => (JenisKegiatanPengembangan.Diklat, "Pelatihan pelayanan publik prima", 24),
                    1 => (JenisKegiatanPengembangan.Seminar, "Seminar nasional reformasi birokrasi", 8),
                    _ => (JenisKegiatanPengembangan.Workshop, "Workshop penyusunan SKP berbasis hasil", 12),
                };
                Tambah(o.Id, o.Nip, pilihan.Jenis, k == 0 ? JenisKompetensi.Teknis : JenisKompetensi.Manajerial, pilihan.Nama, "BPSDM Provinsi Jawa Barat",
                    Sebelum(akhir, 40 + (n % 90) + (k * 60)), pilihan.Jenis == JenisKegiatanPengembangan.Diklat ? 3 : 1, pilihan.Jp, verifikator);
            }

            if (n % 5 == 4 && akhir.Year == tahunIni)
            {
                Tambah(o.Id, o.Nip, JenisKegiatanPengembangan.Coaching, JenisKompetensi.Manajerial, "Coaching pengelolaan kinerja tim", "Atasan langsung",
                    Sebelum(akhir, 5), 1, 4, null);
            }
        }

        // 2. The demo Pegawai: a need of last year met, this year's training, a seminar for his pejabat penilai, an open need.
        if (demoPegawai is not null)
        {
            var penilaiNip = demoPegawai.AtasanNip ?? admin;
            var waktuLalu = new DateTime(tahunIni - 1, 2, 3, 2, 0, 0, DateTimeKind.Utc);
            var lalu = Kebutuhan.Catat(
                demoPegawai.Id, tahunIni - 1, JenisKompetensi.Teknis, "Literasi digital untuk pengolahan data sekolah", SumberEvaluasi.Tahunan(null), penilaiNip, waktuLalu);
            var terbuka = Kebutuhan.Catat(
                demoPegawai.Id, tahunIni, JenisKompetensi.Teknis, "Analisis data pendidikan dengan lembar kerja dan dasbor", null, penilaiNip, sekarangUtc.AddDays(-20));
            db.KebutuhanPengembangan.AddRange(lalu, terbuka);
            await db.SaveChangesAsync(ct);

            var elearning = Tambah(demoPegawai.Id, demoPegawai.Nip, JenisKegiatanPengembangan.ELearning, JenisKompetensi.Teknis, "E-learning literasi digital ASN",
                "Kementerian Komunikasi dan Digital", new DateOnly(tahunIni - 1, 5, 12), 3, 20, penilaiNip, lalu.Id);
            if (akhir.Year == tahunIni)
            {
                Tambah(demoPegawai.Id, demoPegawai.Nip, JenisKegiatanPengembangan.Diklat, JenisKompetensi.Teknis, "Pelatihan operator Dapodik", "Pusdatin Kemendikdasmen",
                    Sebelum(akhir, 120), 2, 12, penilaiNip);
                Tambah(demoPegawai.Id, demoPegawai.Nip, JenisKegiatanPengembangan.Seminar, JenisKompetensi.SosialKultural, "Seminar moderasi beragama di sekolah", "Kantor Kementerian Agama",
                    Sebelum(akhir, 3), 1, 4, null);
            }

            await db.SaveChangesAsync(ct);
            lalu.Selesaikan(elearning.Id, waktuLalu.AddMonths(4));
        }

        // 3. The catalogue, the two positions' standards and their assessments.
        var kompetensi = Katalog.Select(k => Kompetensi.Buat(k.Kode, k.Nama, k.Jenis, null)).ToList();
        db.Kompetensi.AddRange(kompetensi);
        await db.SaveChangesAsync(ct);
        var bawah = DateOnly.FromDateTime(sekarangUtc).AddMonths(-8);
        void Standar(int? jabatanId, int level, int teknis)
        {
            if (jabatanId is { } id)
            {
                foreach (var k in kompetensi.Where(k => k.Jenis != JenisKompetensi.Teknis || k.Kode == "T-01"))
                {
                    db.StandarKompetensiJabatan.Add(StandarKompetensiJabatan.Buat(id, k.Id, k.Jenis == JenisKompetensi.Teknis ? teknis : level));
                }
            }
        }

        if (demoPegawai is not null)
        {
            Standar(demoPegawai.JabatanId, 2, 3);
            var a = Asesmen.Catat(demoPegawai.Id, bawah, "UPT Penilaian Kompetensi BKPSDM", "Uji kompetensi", 72, "Potensi baik; perlu penguatan komunikasi tertulis.", admin);
            a.AturLevel(kompetensi.ToDictionary(k => k.Id, k => k.Kode switch { "M-03" => 1, "T-01" => 2, _ => 2 }));
            db.Asesmen.Add(a);
        }

        if (demoPenilai is not null && demoPenilai.JabatanId != demoPegawai?.JabatanId)
        {
            Standar(demoPenilai.JabatanId, 3, 3);
            var a = Asesmen.Catat(demoPenilai.Id, bawah.AddDays(14), "UPT Penilaian Kompetensi BKPSDM", "Assessment center", 85, null, admin);
            a.AturLevel(kompetensi.ToDictionary(k => k.Id, k => k.Jenis == JenisKompetensi.Manajerial ? 4 : 3));
            db.Asesmen.Add(a);
        }

        await db.SaveChangesAsync(ct);
    }

    private static DateOnly Sebelum(DateOnly akhir, int hari)
    {
        var tanggal = akhir.AddDays(-hari);
        return tanggal.Year == akhir.Year ? tanggal : new DateOnly(akhir.Year, 1, 2);
    }

    /// <summary>An activity of <paramref name="hari"/> days ending on <paramref name="selesai"/>; verified by <paramref name="verifikator"/> when given.</summary>
    private KegiatanPengembangan Tambah(
        int pegawaiId, string nip, JenisKegiatanPengembangan jenis, JenisKompetensi kompetensi, string nama, string penyelenggara, DateOnly selesai, int hari, int jp,
        string? verifikator, int? kebutuhanId = null)
    {
        var mulai = selesai.AddDays(1 - hari);
        var dicatat = selesai.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddDays(2);
        var k = KegiatanPengembangan.Catat(pegawaiId, new DataKegiatan(jenis, kompetensi, nama, penyelenggara, mulai.Year == selesai.Year ? mulai : selesai, selesai, jp, null, kebutuhanId), nip, dicatat);
        if (verifikator is not null)
        {
            k.Verifikasi(verifikator, dicatat.AddDays(3));
        }

        db.KegiatanPengembangan.Add(k);
        return k;
    }
}
