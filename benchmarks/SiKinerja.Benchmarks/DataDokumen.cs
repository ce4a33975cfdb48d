using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.Benchmarks;

/// <summary>
/// The data of the document benchmarks (issue 5), in its own database <c>sikinerja_bench_dokumen</c>: one perangkat
/// daerah with two bidang of 250 and 750 employees, each with an approved SKP of 5 RHK × 2 IKI (the "ordinary"
/// SKP) for year 2026, and the Admin BKD account. Created once and reused.
/// </summary>
public static class DataDokumen
{
    public const string NamaDatabase = "sikinerja_bench_dokumen";
    public const int Tahun = 2026;
    public const int JumlahA = 250;
    public const int JumlahB = 750;

    public sealed record Data(int UnitInduk, int UnitA, int UnitB, int SkpPertama);

    public static async Task<Data> SiapkanAsync(BenchmarkApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(BenchmarkApp.AdminLogin) is null)
        {
            var admin = new AppUser { UserName = BenchmarkApp.AdminLogin };
            await users.CreateAsync(admin, BenchmarkApp.AdminPassword);
            await users.AddToRoleAsync(admin, Peran.AdminBkd);
        }

        var induk = await db.UnitKerja.FirstOrDefaultAsync(u => u.Kode == "BENCH-PD");
        if (induk is null)
        {
            var pemda = new UnitKerja("Pemerintah Provinsi Tolok Ukur", JenisUnitKerja.Pemda, null, "BENCH-PEMDA");
            db.UnitKerja.Add(pemda);
            await db.SaveChangesAsync();
            induk = new UnitKerja("Dinas Tolok Ukur", JenisUnitKerja.PerangkatDaerah, pemda.Id, "BENCH-PD");
            db.UnitKerja.Add(induk);
            await db.SaveChangesAsync();
            var a = new UnitKerja("Bidang Tolok Ukur A", JenisUnitKerja.BidangBagian, induk.Id, "BENCH-A");
            var b = new UnitKerja("Bidang Tolok Ukur B", JenisUnitKerja.BidangBagian, induk.Id, "BENCH-B");
            db.UnitKerja.AddRange(a, b);
            await db.SaveChangesAsync();
            var kadis = new Jabatan("Kepala Dinas Tolok Ukur", JenisJabatan.JptPratama, null, induk.Id, "BENCH-KADIS");
            db.Jabatan.Add(kadis);
            await db.SaveChangesAsync();
            var kabid = new Jabatan("Kepala Bidang Tolok Ukur", JenisJabatan.Administrator, null, a.Id, "BENCH-KABID");
            db.Jabatan.Add(kabid);
            await db.SaveChangesAsync();
            var stafA = new Jabatan("Analis Kebijakan Ahli Pertama", JenisJabatan.Pelaksana, null, a.Id, "BENCH-STAF-A");
            var stafB = new Jabatan("Pengolah Data dan Informasi", JenisJabatan.Pelaksana, null, b.Id, "BENCH-STAF-B");
            db.Jabatan.AddRange(stafA, stafB);
            await db.SaveChangesAsync();

            var tahun = await db.TahunKinerja.SingleOrDefaultAsync(t => t.Tahun == Tahun);
            if (tahun is null)
            {
                tahun = TahunKinerja.Buka(Tahun, JenisPeriode.Semesteran, new DateOnly(Tahun, 1, 31), new DateOnly(Tahun + 1, 1, 31));
                db.TahunKinerja.Add(tahun);
                await db.SaveChangesAsync();
            }

            var pKepala = new Pegawai(Nip.Parse(NipKe(0)), "Hendra Gunawan", JenisPegawai.Pns, Golongan.Find("IV/b", JenisPegawai.Pns)!) { JabatanId = kadis.Id };
            var pPenilai = new Pegawai(Nip.Parse(NipKe(1)), "Sri Wahyuningsih", JenisPegawai.Pns, Golongan.Find("IV/a", JenisPegawai.Pns)!) { JabatanId = kabid.Id };
            db.Pegawai.AddRange(pKepala, pPenilai);
            await db.SaveChangesAsync();
            SnapshotPejabat Kepala() => new SnapshotPejabat(pKepala.Id, pKepala.Nip, "Dr. Hendra Gunawan, M.Si.", "IV/b", "Pembina Tingkat I", kadis.Nama, induk.Nama);
            SnapshotPejabat Penilai() => new SnapshotPejabat(pPenilai.Id, pPenilai.Nip, "Sri Wahyuningsih, S.E., M.M.", "IV/a", "Pembina", kabid.Nama, a.Nama);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < JumlahA + JumlahB; i++)
            {
                var jabatan = i < JumlahA ? stafA : stafB;
                var p = new Pegawai(Nip.Parse(NipKe(i + 2)), $"Pegawai Tolok Ukur {i + 1:D4}", JenisPegawai.Pns, Golongan.Find("III/a", JenisPegawai.Pns)!)
                {
                    JabatanId = jabatan.Id,
                };
                db.Pegawai.Add(p);
                await db.SaveChangesAsync();
                var diri = new SnapshotPejabat(p.Id, p.Nip, p.NamaLengkap, "III/a", "Penata Muda", jabatan.Nama, i < JumlahA ? a.Nama : b.Nama);
                db.Skp.Add(Skp5x2(tahun, diri, Penilai(), Kepala())); // owned values: one instance per SKP
                if (i % 100 == 99)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        var unitA = await db.UnitKerja.Where(u => u.Kode == "BENCH-A").Select(u => u.Id).SingleAsync();
        var unitB = await db.UnitKerja.Where(u => u.Kode == "BENCH-B").Select(u => u.Id).SingleAsync();
        var pertama = await db.Skp.Where(s => s.Tahun == Tahun && db.Pegawai.Any(p => p.Id == s.PegawaiId && p.JabatanId != null && p.Jabatan!.UnitKerjaId == unitA))
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return new Data(induk.Id, unitA, unitB, pertama);
    }

    /// <summary>An approved SKP of 5 RHK (4 utama, 1 tambahan) with 2 IKI each and a Lampiran.</summary>
    private static Skp Skp5x2(TahunKinerja tahun, SnapshotPejabat diri, SnapshotPejabat penilai, SnapshotPejabat atasan)
    {
        var waktu = new DateTime(Tahun, 1, 10, 2, 0, 0, DateTimeKind.Utc);
        var skp = Skp.Buat(tahun.Id, Tahun, new DateOnly(Tahun, 1, 1), new DateOnly(Tahun, 12, 31), PendekatanSkp.Kuantitatif,
            new SnapshotSkp(diri, penilai, atasan), diri.Nip, waktu);
        for (var r = 1; r <= 5; r++)
        {
            var rhk = skp.TambahRhk(r <= 4 ? JenisRhk.Utama : JenisRhk.Tambahan, $"Tersusunnya laporan kinerja dan analisis kebijakan bidang nomor {r} secara tepat waktu", 900 + r);
            skp.TambahIki(rhk, AspekIki.Kuantitas, $"Jumlah laporan {r} yang disusun dan disampaikan kepada pimpinan", Target.Angka(12, "laporan"));
            skp.TambahIki(rhk, AspekIki.Kualitas, $"Persentase laporan {r} yang diterima tanpa revisi", Target.Rentang(80, 100, "%"));
        }

        skp.UbahLampiran(JenisLampiran.DukunganSumberDaya, ["Anggaran kegiatan bidang", "Perangkat komputer dan jaringan"]);
        skp.UbahLampiran(JenisLampiran.SkemaPertanggungjawaban, ["Laporan bulanan kepada Kepala Bidang"]);
        skp.UbahLampiran(JenisLampiran.Konsekuensi, ["Penilaian kinerja sesuai capaian"]);
        skp.Ajukan(AturanSkp.Bawaan, true, diri.Nip, waktu.AddHours(1));
        skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Menunjukkan perilaku {n} dalam pelaksanaan tugas"), penilai.Nip, waktu.AddHours(2), null);
        return skp;
    }

    /// <summary>A valid, distinct NIP per index: birth date moves a day per index, sequence 001.</summary>
    private static string NipKe(int i) =>
        new DateOnly(1975, 1, 1).AddDays(i).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "200501" + "1" + "001";
}
