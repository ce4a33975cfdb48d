using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The SKP aggregate through EF on both providers: round trip, workflow, audit, concurrency, query count.</summary>
public abstract class SkpPersistensiTests(SiKinerjaAppFactory factory)
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2070;

    private sealed record RhkData(Guid Kunci, int Urutan, JenisRhk Jenis, string Teks, int? RhkAtasanId, int? SasaranOrganisasiId);

    private sealed record IkiData(
        Guid RhkKunci, Guid Kunci, int Urutan, AspekIki Aspek, string Indikator, JenisTarget Jenis, decimal? Nilai, decimal? Maks,
        string? Satuan, string? Narasi, DateOnly? Tanggal);

    private sealed record RiwayatData(StatusSkp? Dari, StatusSkp Ke, string PelakuNip, DateTime WaktuUtc, string? Catatan);

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private Task<int> TahunAsync() => DenganDbAsync(async db =>
    {
        var tahun = Interlocked.Increment(ref _tahun);
        var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return t.Id;
    });

    private async Task<(Skp Skp, OrganisasiUji Org)> SkpBaruAsync(int rhk, int iki)
    {
        var org = await factory.OrganisasiAsync();
        var tahunId = await TahunAsync();
        var tahun = await DenganDbAsync(db => db.TahunKinerja.Where(t => t.Id == tahunId).Select(t => t.Tahun).SingleAsync());
        var snapshot = new SnapshotSkp(
            new SnapshotPejabat(org.Staf.PegawaiId!.Value, org.Staf.Login, org.Staf.Nama, "II/c", "Pengatur Muda Tingkat I", "Pengelola Data", "Bidang Kinerja"),
            new SnapshotPejabat(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama, "IV/a", "Pembina", "Kepala Bidang Kinerja", "Bidang Kinerja"),
            new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala Dinas", "Dinas Uji"));
        var skp = Skp.Buat(tahunId, tahun, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), PendekatanSkp.Kuantitatif, snapshot, org.Staf.Login, Waktu);
        for (var r = 1; r <= rhk; r++)
        {
            var rencana = skp.TambahRhk(r % 3 == 0 ? JenisRhk.Tambahan : JenisRhk.Utama, $"Rencana hasil kerja {r}", 900 + r);
            for (var i = 1; i <= iki; i++)
            {
                var target = ((r + i) % 4) switch
                {
                    0 => Target.Angka(12.5m, "dokumen"),
                    1 => Target.Rentang(80, 100, "%"),
                    2 => Target.Angka(3, "bulan"),
                    _ => Target.Tenggat(new DateOnly(tahun, 6, 30)),
                };
                var aspek = target.Jenis == JenisTarget.Tanggal || target.Satuan == "bulan" ? AspekIki.Waktu : AspekIki.Kuantitas;
                skp.TambahIki(rencana, aspek, $"Indikator {r}.{i}", target);
            }
        }

        await DenganDbAsync(db =>
        {
            db.Skp.Add(skp);
            return db.SaveChangesAsync();
        });
        return (skp, org);
    }

    private Task<Skp> MuatAsync(int id) => DenganDbAsync(db => db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == id));

    /// <summary>Loads the SKP in a fresh context, changes it and saves.</summary>
    private Task<int> UbahAsync(int id, Action<Skp> ubah) => DenganDbAsync(async db =>
    {
        var skp = await db.Skp.DenganIsi().SingleAsync(s => s.Id == id);
        ubah(skp);
        return await db.SaveChangesAsync();
    });

    private static List<RhkData> Rhk(Skp s) => [.. s.Rhk.Select(r => new RhkData(r.Kunci, r.Urutan, r.Jenis, r.Teks, r.RhkAtasanId, r.SasaranOrganisasiId))];

    private static List<IkiData> Iki(Skp s) =>
    [
        .. s.Rhk.SelectMany(r => r.Indikator.Select(i => new IkiData(
            r.Kunci, i.Kunci, i.Urutan, i.Aspek, i.Indikator, i.Target.Jenis, i.Target.Nilai, i.Target.NilaiMaksimum, i.Target.Satuan,
            i.Target.Narasi, i.Target.Tanggal))),
    ];

    private static List<RiwayatData> Riwayat(Skp s) => [.. s.Riwayat.Select(r => new RiwayatData(r.Dari, r.Ke, r.PelakuNip, r.WaktuUtc, r.Catatan))];

    private static Target TargetIki(Skp s, int rhk, int iki) => s.Rhk[rhk].Indikator[iki].Target;

    [Fact]
    public async Task Simpan_SkpWithRhkIkiLampiranAndSnapshot_ReloadsIdentically()
    {
        var (skp, _) = await SkpBaruAsync(3, 2);
        void Ubah(Skp s)
        {
            s.PindahkanRhk(s.Rhk[2], 1);
            s.UbahLampiran(JenisLampiran.DukunganSumberDaya, ["Anggaran DPA", "", "Aplikasi e-Kinerja"]);
            s.UbahLampiran(JenisLampiran.SkemaPertanggungjawaban, ["Laporan bulanan ke atasan"]);
            s.UbahLampiran(JenisLampiran.Konsekuensi, ["Teguran lisan", "Teguran tertulis"]);
            s.UbahIki(s.Rhk[1], s.Rhk[1].Indikator[0], AspekIki.Kualitas, "Mutu naskah", Target.Naratif("Naskah tanpa revisi substansi"));
        }

        await UbahAsync(skp.Id, Ubah);
        Ubah(skp); // the expected state, in memory

        var db = await MuatAsync(skp.Id);

        Assert.Equal(["Rencana hasil kerja 3", "Rencana hasil kerja 1", "Rencana hasil kerja 2"], db.Rhk.Select(r => r.Teks));
        Assert.Equal([1, 2, 3], db.Rhk.Select(r => r.Urutan));
        Assert.Equal(Rhk(skp), Rhk(db));
        Assert.Equal(6, Iki(db).Count);
        Assert.Equal(Iki(skp), Iki(db));
        Assert.Equal((JenisTarget.Narasi, "Naskah tanpa revisi substansi"), (TargetIki(db, 1, 0).Jenis, TargetIki(db, 1, 0).Narasi));
        Assert.Contains(Iki(db), i => i.Jenis == JenisTarget.Rentang && i.Nilai == 80 && i.Maks == 100 && i.Satuan == "%");
        Assert.Contains(Iki(db), i => i.Jenis == JenisTarget.Angka && i.Nilai == 12.5m && i.Satuan == "dokumen");
        Assert.Contains(Iki(db), i => i.Jenis == JenisTarget.Tanggal && i.Tanggal == new DateOnly(skp.Tahun, 6, 30));
        Assert.Equal(["Anggaran DPA", "Aplikasi e-Kinerja"], db.LampiranMenurut(JenisLampiran.DukunganSumberDaya));
        Assert.Equal(["Laporan bulanan ke atasan"], db.LampiranMenurut(JenisLampiran.SkemaPertanggungjawaban));
        Assert.Equal(["Teguran lisan", "Teguran tertulis"], db.LampiranMenurut(JenisLampiran.Konsekuensi));

        Assert.Equal(
            (skp.PegawaiId, skp.PejabatPenilaiId, skp.TahunKinerjaId, skp.Tahun, skp.TanggalMulai, skp.TanggalSelesai, skp.Pendekatan, skp.Status, skp.Revisi),
            (db.PegawaiId, db.PejabatPenilaiId, db.TahunKinerjaId, db.Tahun, db.TanggalMulai, db.TanggalSelesai, db.Pendekatan, db.Status, db.Revisi));
        foreach (var (a, b) in new[]
                 {
                     (skp.Snapshot.Pegawai, db.Snapshot.Pegawai), (skp.Snapshot.PejabatPenilai!, db.Snapshot.PejabatPenilai!),
                     (skp.Snapshot.AtasanPejabatPenilai!, db.Snapshot.AtasanPejabatPenilai!),
                 })
        {
            Assert.Equal(
                (a.PegawaiId, a.Nip, a.NamaLengkap, a.GolonganKode, a.Pangkat, a.JabatanNama, a.UnitNama),
                (b.PegawaiId, b.Nip, b.NamaLengkap, b.GolonganKode, b.Pangkat, b.JabatanNama, b.UnitNama));
        }

        Assert.Null(db.Snapshot.AtasanPejabatPenilai!.Pangkat);
        Assert.Equal(Riwayat(skp), Riwayat(db));
    }

    [Fact]
    public async Task Simpan_SkpWithoutPenilai_ReloadsWithoutTheOptionalPersons()
    {
        var org = await factory.OrganisasiAsync();
        var tahunId = await TahunAsync();
        var tahun = await DenganDbAsync(db => db.TahunKinerja.Where(t => t.Id == tahunId).Select(t => t.Tahun).SingleAsync());
        var skp = Skp.Buat(
            tahunId, tahun, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), PendekatanSkp.Kualitatif,
            new SnapshotSkp(new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", "Pembina Utama Muda", "Kepala Dinas", "Dinas Uji"), null, null),
            org.Kadis.Login, Waktu);
        await DenganDbAsync(db =>
        {
            db.Skp.Add(skp);
            return db.SaveChangesAsync();
        });

        var db = await MuatAsync(skp.Id);

        Assert.Null(db.Snapshot.PejabatPenilai);
        Assert.Null(db.Snapshot.AtasanPejabatPenilai);
        Assert.Null(db.PejabatPenilaiId);
        Assert.Equal((org.Kadis.PegawaiId, "Pembina Utama Muda"), (db.Snapshot.Pegawai.PegawaiId, db.Snapshot.Pegawai.Pangkat));
    }

    [Fact]
    public async Task Workflow_ReturnedEditedResubmittedApprovedAndRevised_ReloadsWithFullHistoryAndBothRevisions()
    {
        var (skp, org) = await SkpBaruAsync(3, 2);
        var penilai = org.Kabid.Login;
        var ekspektasi = Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}");

        await UbahAsync(skp.Id, s => s.Ajukan(AturanSkp.Bawaan, true, org.Staf.Login, Waktu.AddHours(1)));
        await UbahAsync(skp.Id, s => s.Kembalikan("Target RHK 2 belum terukur", penilai, Waktu.AddHours(2)));
        await UbahAsync(skp.Id, s => s.UbahRhk(s.Rhk[1], JenisRhk.Utama, "Rencana hasil kerja 2 diperbaiki", 902, null));
        await UbahAsync(skp.Id, s => s.Ajukan(AturanSkp.Bawaan, true, org.Staf.Login, Waktu.AddHours(3)));
        await UbahAsync(skp.Id, s => s.Setujui(ekspektasi, penilai, Waktu.AddHours(4), "Disetujui"));
        var revisiId = await DenganDbAsync(async db =>
        {
            var s = await db.Skp.DenganIsi().SingleAsync(x => x.Id == skp.Id);
            var baru = s.MulaiRevisi(org.Staf.Login, Waktu.AddDays(30), "Perubahan tugas");
            db.Skp.Add(baru);
            await db.SaveChangesAsync();
            return baru.Id;
        });

        var lama = await MuatAsync(skp.Id);
        var revisi = await MuatAsync(revisiId);

        Assert.Equal(
            [
                new RiwayatData(null, StatusSkp.Draft, org.Staf.Login, Waktu, null),
                new RiwayatData(StatusSkp.Draft, StatusSkp.Diajukan, org.Staf.Login, Waktu.AddHours(1), null),
                new RiwayatData(StatusSkp.Diajukan, StatusSkp.Dikembalikan, penilai, Waktu.AddHours(2), "Target RHK 2 belum terukur"),
                new RiwayatData(StatusSkp.Dikembalikan, StatusSkp.Diajukan, org.Staf.Login, Waktu.AddHours(3), null),
                new RiwayatData(StatusSkp.Diajukan, StatusSkp.Disetujui, penilai, Waktu.AddHours(4), "Disetujui"),
            ],
            Riwayat(lama));
        Assert.Equal((StatusSkp.Disetujui, true, 1, (int?)null), (lama.Status, lama.Direvisi, lama.Revisi, lama.RevisiSebelumnyaId));
        Assert.Equal(Enum.GetValues<NilaiBerakhlak>(), lama.Ekspektasi.Select(e => e.Nilai));
        Assert.Equal(ekspektasi.Values.Order(), lama.Ekspektasi.Select(e => e.Teks).Order());
        Assert.Equal("Rencana hasil kerja 2 diperbaiki", lama.Rhk[1].Teks);

        Assert.Equal((StatusSkp.Draft, false, 2, (int?)skp.Id), (revisi.Status, revisi.Direvisi, revisi.Revisi, revisi.RevisiSebelumnyaId));
        Assert.Equal([new RiwayatData(null, StatusSkp.Draft, org.Staf.Login, Waktu.AddDays(30), "Perubahan tugas")], Riwayat(revisi));
        Assert.Equal(Rhk(lama).Select(r => (r.Kunci, r.Teks, r.RhkAtasanId)), Rhk(revisi).Select(r => (r.Kunci, r.Teks, r.RhkAtasanId)));
        Assert.Equal(Iki(lama).Select(i => i with { RhkKunci = Guid.Empty }), Iki(revisi).Select(i => i with { RhkKunci = Guid.Empty }));
        Assert.Equal(lama.Ekspektasi.Select(e => (e.Nilai, e.Teks)), revisi.Ekspektasi.Select(e => (e.Nilai, e.Teks)));
        Assert.NotEqual(lama.Rhk.Select(r => r.Id), revisi.Rhk.Select(r => r.Id));
        var keduanya = await DenganDbAsync(db => db.Skp.Where(s => s.PegawaiId == skp.PegawaiId && s.TahunKinerjaId == skp.TahunKinerjaId)
            .OrderBy(s => s.Revisi).Select(s => s.Revisi).ToListAsync());
        Assert.Equal([1, 2], keduanya);
        var inbox = await DenganDbAsync(db => db.Skp.CountAsync(s => s.PejabatPenilaiId == org.Kabid.PegawaiId && s.Status == StatusSkp.Disetujui && s.Id == skp.Id));
        Assert.Equal(1, inbox);
    }

    [Fact]
    public async Task UbahIki_TargetOnly_BumpsSkpVersionAndWritesAuditBeforeAfter()
    {
        var (skp, _) = await SkpBaruAsync(3, 2);
        var awal = await MuatAsync(skp.Id);
        var ikiId = awal.Rhk[1].Indikator[0].Id;
        var nilaiLama = TargetIki(awal, 1, 0).Nilai;
        Assert.Equal(1, awal.Version);

        await UbahAsync(skp.Id, s =>
        {
            var iki = s.Rhk[1].Indikator[0];
            s.UbahIki(s.Rhk[1], iki, iki.Aspek, iki.Indikator, Target.Angka(777, "laporan"));
        });

        var sesudah = await MuatAsync(skp.Id);
        Assert.Equal(2, sesudah.Version);
        Assert.Equal((777m, "laporan"), (TargetIki(sesudah, 1, 0).Nilai, TargetIki(sesudah, 1, 0).Satuan));
        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(Skp) && a.EntitasId == skp.Id && a.Aksi == AksiAudit.Ubah).ToListAsync());
        var baris = Assert.Single(audit);
        Assert.False(string.IsNullOrEmpty(baris.Pengguna));
        var label = $"IndikatorKinerjaIndividu#{ikiId}.Target";
        Assert.Contains(label, baris.Sebelum!, StringComparison.Ordinal);
        Assert.Contains(label, baris.Sesudah!, StringComparison.Ordinal);
        Assert.Contains("777", baris.Sesudah!, StringComparison.Ordinal);
        Assert.Contains("laporan", baris.Sesudah!, StringComparison.Ordinal);
        Assert.DoesNotContain("777", baris.Sebelum!, StringComparison.Ordinal);
        Assert.Contains(Convert.ToString(nilaiLama, System.Globalization.CultureInfo.InvariantCulture)!.TrimEnd('0').TrimEnd('.'), baris.Sebelum!, StringComparison.Ordinal);

        // Replacing the target by an equal value is no change: no bump, no audit row.
        await UbahAsync(skp.Id, s =>
        {
            var iki = s.Rhk[1].Indikator[0];
            s.UbahIki(s.Rhk[1], iki, iki.Aspek, iki.Indikator, Target.Angka(777, "laporan"));
        });
        Assert.Equal(2, (await MuatAsync(skp.Id)).Version);
        Assert.Equal(1, await DenganDbAsync(db => db.AuditEntries.CountAsync(a => a.Entitas == nameof(Skp) && a.EntitasId == skp.Id && a.Aksi == AksiAudit.Ubah)));
    }

    [Fact]
    public async Task TambahDanHapusRhk_BumpsSkpVersionAndAuditsTheRows()
    {
        var (skp, _) = await SkpBaruAsync(2, 1);
        await UbahAsync(skp.Id, s => s.HapusRhk(s.Rhk[0]));
        await UbahAsync(skp.Id, s => s.TambahIki(s.TambahRhk(JenisRhk.Tambahan, "RHK baru", 950), AspekIki.Biaya, "Serapan", Target.Angka(50_000_000, "rupiah")));

        var db = await MuatAsync(skp.Id);
        Assert.Equal(3, db.Version);
        Assert.Equal(["Rencana hasil kerja 2", "RHK baru"], db.Rhk.Select(r => r.Teks));
        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(Skp) && a.EntitasId == skp.Id && a.Aksi == AksiAudit.Ubah).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("Rencana hasil kerja 1", audit[0].Sebelum!, StringComparison.Ordinal);
        Assert.Contains("RHK baru", audit[1].Sesudah!, StringComparison.Ordinal);
        Assert.Contains("Serapan", audit[1].Sesudah!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UbahBagian_WithoutItsRootTracked_IsRefusedAndNothingIsWritten()
    {
        var (skp, _) = await SkpBaruAsync(1, 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => DenganDbAsync(async db =>
        {
            var rhk = await db.Set<RencanaHasilKerja>().SingleAsync(r => r.SkpId == skp.Id);
            db.Entry(rhk).Property(r => r.Teks).CurrentValue = "Diubah tanpa SKP";
            return await db.SaveChangesAsync();
        }));

        var db = await MuatAsync(skp.Id);
        Assert.Equal(("Rencana hasil kerja 1", 1), (db.Rhk[0].Teks, db.Version));
    }

    [Fact]
    public async Task DuaKonteks_EditingTheSameSkp_SecondSaveThrowsConcurrency()
    {
        var (skp, _) = await SkpBaruAsync(2, 2);
        await using var scope1 = factory.Services.CreateAsyncScope();
        await using var scope2 = factory.Services.CreateAsyncScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<AppDbContext>();
        var s1 = await db1.Skp.DenganIsi().SingleAsync(s => s.Id == skp.Id);
        var s2 = await db2.Skp.DenganIsi().SingleAsync(s => s.Id == skp.Id);

        var iki1 = s1.Rhk[0].Indikator[0];
        s1.UbahIki(s1.Rhk[0], iki1, iki1.Aspek, iki1.Indikator, Target.Angka(41, "dokumen"));
        await db1.SaveChangesAsync();
        s2.UbahLampiran(JenisLampiran.Konsekuensi, ["Tidak boleh tersimpan"]);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var db = await MuatAsync(skp.Id);
        Assert.Equal(41m, TargetIki(db, 0, 0).Nilai);
        Assert.Empty(db.LampiranMenurut(JenisLampiran.Konsekuensi));
        Assert.Equal(2, db.Version);
    }

    [Fact]
    public async Task DenganIsi_LargeSkp_LoadsInAFixedNumberOfQueries()
    {
        var (besar, _) = await SkpBaruAsync(15, 3);
        var (kecil, _) = await SkpBaruAsync(1, 1);

        var (jumlahBesar, ikiBesar) = await HitungQueryAsync(besar.Id);
        var (jumlahKecil, ikiKecil) = await HitungQueryAsync(kecil.Id);

        Assert.Equal(45, ikiBesar);
        Assert.Equal(1, ikiKecil);
        // Split query: the Skp row, then RHK, IKI, lampiran, ekspektasi and history, one query each.
        Assert.Equal(6, jumlahBesar);
        Assert.Equal(jumlahKecil, jumlahBesar);
    }

    private Task<(int Query, int Iki)> HitungQueryAsync(int id) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var skp = await db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == id);
        return (penghitung.Jumlah, skp.Rhk.Sum(r => r.Indikator.Count));
    });
}

public sealed class SkpPersistensiTestsSqlite(SqliteAppFactory factory) : SkpPersistensiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SkpPersistensiTestsPostgres(PostgresAppFactory factory) : SkpPersistensiTests(factory), IClassFixture<PostgresAppFactory>;
