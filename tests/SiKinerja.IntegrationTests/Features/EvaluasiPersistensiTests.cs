using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The evaluation aggregate through EF on both providers: round trip, workflow, unique index, concurrency, audit, query count.</summary>
public abstract class EvaluasiPersistensiTests(SiKinerjaAppFactory factory)
{
    private static readonly DateTime Waktu = new(2026, 7, 3, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2080;

    private sealed record RiwayatData(PeristiwaEvaluasi Peristiwa, StatusEvaluasi Dari, StatusEvaluasi Ke, string PelakuNip, DateTime WaktuUtc, string? Catatan);

    private sealed record Tahun(int Id, int Nomor, IReadOnlyList<int> PeriodeId);

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private Task<Tahun> TahunAsync() => DenganDbAsync(async db =>
    {
        var tahun = Interlocked.Increment(ref _tahun);
        var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return new Tahun(t.Id, tahun, [.. t.Periode.Select(p => p.Id)]);
    });

    /// <summary>An approved SKP of the test organisation's staff member in <paramref name="tahun"/>.</summary>
    private async Task<int> SkpDisetujuiAsync(Tahun tahun)
    {
        var org = await factory.OrganisasiAsync();
        var snapshot = new SnapshotSkp(
            new SnapshotPejabat(org.Staf.PegawaiId!.Value, org.Staf.Login, org.Staf.Nama, "II/c", "Pengatur Muda Tingkat I", "Pengelola Data", "Bidang Kinerja"),
            new SnapshotPejabat(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama, "IV/a", "Pembina", "Kepala Bidang Kinerja", "Bidang Kinerja"),
            new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala Dinas", "Dinas Uji"));
        var skp = Skp.Buat(
            tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), PendekatanSkp.Kuantitatif, snapshot,
            org.Staf.Login, Waktu);
        for (var r = 1; r <= 3; r++)
        {
            var rencana = skp.TambahRhk(r % 3 == 0 ? JenisRhk.Tambahan : JenisRhk.Utama, $"Rencana hasil kerja {r}", 900 + r);
            skp.TambahIki(rencana, AspekIki.Kuantitas, $"Indikator {r}.1", Target.Angka(12, "dokumen"));
            skp.TambahIki(rencana, AspekIki.Kualitas, $"Indikator {r}.2", Target.Rentang(80, 100, "%"));
        }

        skp.Ajukan(AturanSkp.Bawaan, true, org.Staf.Login, Waktu.AddHours(1));
        skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kabid.Login, Waktu.AddHours(2), null);
        await DenganDbAsync(db =>
        {
            db.Skp.Add(skp);
            return db.SaveChangesAsync();
        });
        return skp.Id;
    }

    private async Task<(EvaluasiPeriode Evaluasi, OrganisasiUji Org, Tahun Tahun)> EvaluasiBaruAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var skpId = await SkpDisetujuiAsync(tahun);
        var evaluasi = EvaluasiPeriode.Buat(skpId, tahun.PeriodeId[0], org.UnitBidangId);
        await DenganDbAsync(db =>
        {
            db.EvaluasiPeriode.Add(evaluasi);
            return db.SaveChangesAsync();
        });
        return (evaluasi, org, tahun);
    }

    private Task<EvaluasiPeriode> MuatAsync(int id) =>
        DenganDbAsync(db => db.EvaluasiPeriode.AsNoTracking().DenganRiwayat().SingleAsync(e => e.Id == id));

    /// <summary>Loads the evaluation in a fresh context, changes it and saves.</summary>
    private Task<int> UbahAsync(int id, Action<EvaluasiPeriode> ubah) => DenganDbAsync(async db =>
    {
        var e = await db.EvaluasiPeriode.DenganRiwayat().SingleAsync(x => x.Id == id);
        ubah(e);
        return await db.SaveChangesAsync();
    });

    private static List<RiwayatData> Riwayat(EvaluasiPeriode e) =>
        [.. e.Riwayat.Select(r => new RiwayatData(r.Peristiwa, r.Dari, r.Ke, r.PelakuNip, r.WaktuUtc, r.Catatan))];

    [Fact]
    public async Task Simpan_RatedAndFinalised_ReloadsRatingsPredikatHistoryAndTimestamps()
    {
        var (evaluasi, org, tahun) = await EvaluasiBaruAsync();
        var penilai = org.Kabid.Login;
        void Ubah(EvaluasiPeriode e)
        {
            e.Nilai(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, "Capaian melampaui target", penilai, Waktu.AddDays(1));
            e.Finalkan(penilai, Waktu.AddDays(2));
            e.Terima(org.Staf.Login, Waktu.AddDays(3));
        }

        await UbahAsync(evaluasi.Id, Ubah);
        Ubah(evaluasi); // the expected state, in memory

        var db = await MuatAsync(evaluasi.Id);

        Assert.Equal((evaluasi.SkpId, tahun.PeriodeId[0]), (db.SkpId, db.PeriodeEvaluasiId));
        Assert.Equal(
            (StatusEvaluasi.Diterima, (Rating?)Rating.DiAtasEkspektasi, (Rating?)Rating.SesuaiEkspektasi, "Capaian melampaui target"),
            (db.Status, db.RatingHasil, db.RatingPerilaku, db.Catatan));
        Assert.Equal(MatriksPredikat.Dari(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi), db.Predikat);
        Assert.Equal(evaluasi.Predikat, db.Predikat);
        Assert.Equal(((DateTime?)Waktu.AddDays(2), (DateTime?)Waktu.AddDays(3)), (db.FinalUtc, db.DiterimaUtc));
        Assert.Null(db.KeberatanUtc);
        Assert.Equal(
            [
                new RiwayatData(PeristiwaEvaluasi.Dinilai, StatusEvaluasi.Belum, StatusEvaluasi.Dinilai, penilai, Waktu.AddDays(1), null),
                new RiwayatData(PeristiwaEvaluasi.Difinalkan, StatusEvaluasi.Dinilai, StatusEvaluasi.Final, penilai, Waktu.AddDays(2), null),
                new RiwayatData(PeristiwaEvaluasi.Diterima, StatusEvaluasi.Final, StatusEvaluasi.Diterima, org.Staf.Login, Waktu.AddDays(3), null),
            ],
            Riwayat(db));
        Assert.Equal(Riwayat(evaluasi), Riwayat(db));
        Assert.Equal(2, db.Version);

        // The stored predikat is countable in SQL (lists, the distribution curve).
        var jumlah = await DenganDbAsync(x => x.EvaluasiPeriode.CountAsync(e =>
            e.PeriodeEvaluasiId == tahun.PeriodeId[0] && e.Status == StatusEvaluasi.Diterima && e.Predikat == db.Predikat));
        Assert.Equal(1, jumlah);
    }

    [Fact]
    public async Task Simpan_New_ReloadsEmpty()
    {
        var (evaluasi, _, _) = await EvaluasiBaruAsync();

        var db = await MuatAsync(evaluasi.Id);

        Assert.Equal((StatusEvaluasi.Belum, 1), (db.Status, db.Version));
        Assert.Null(db.RatingHasil);
        Assert.Null(db.RatingPerilaku);
        Assert.Null(db.Predikat);
        Assert.Null(db.FinalUtc);
        Assert.Empty(db.Riwayat);
        var audit = await DenganDbAsync(x => x.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(EvaluasiPeriode) && a.EntitasId == evaluasi.Id).ToListAsync());
        Assert.Equal(AksiAudit.Tambah, Assert.Single(audit).Aksi);
    }

    [Fact]
    public async Task Workflow_NilaiFinalkanKeberatanDitolak_SavedAcrossContexts_ReloadsWithFullHistory()
    {
        var (evaluasi, org, _) = await EvaluasiBaruAsync();
        var penilai = org.Kabid.Login;
        var atasan = org.Kadis.Login;

        await UbahAsync(evaluasi.Id, e => e.Nilai(Rating.SesuaiEkspektasi, null, null, penilai, Waktu.AddDays(1)));
        var draf = await MuatAsync(evaluasi.Id);
        Assert.Equal((StatusEvaluasi.Dinilai, (PredikatKinerja?)null), (draf.Status, draf.Predikat));

        await UbahAsync(evaluasi.Id, e => e.Nilai(Rating.SesuaiEkspektasi, Rating.DiBawahEkspektasi, "Perilaku perlu dibina", penilai, Waktu.AddDays(2)));
        await UbahAsync(evaluasi.Id, e => e.Finalkan(penilai, Waktu.AddDays(3)));
        await UbahAsync(evaluasi.Id, e => e.AjukanKeberatan("Bukti kerja sama tim belum dipertimbangkan", org.Staf.Login, Waktu.AddDays(5)));
        var keberatan = await MuatAsync(evaluasi.Id);
        Assert.Equal(StatusEvaluasi.Keberatan, keberatan.Status);
        Assert.Equal((DateTime?)Waktu.AddDays(5), keberatan.KeberatanUtc);
        Assert.Null(keberatan.KeberatanDiterima);
        Assert.False(keberatan.DapatMengajukanKeberatan(Waktu.AddDays(6)));

        await UbahAsync(evaluasi.Id, e => e.TolakKeberatan("Penilaian sesuai bukti", atasan, Waktu.AddDays(7)));

        var db = await MuatAsync(evaluasi.Id);
        Assert.Equal(
            (StatusEvaluasi.Final, (Rating?)Rating.SesuaiEkspektasi, (Rating?)Rating.DiBawahEkspektasi, "Perilaku perlu dibina"),
            (db.Status, db.RatingHasil, db.RatingPerilaku, db.Catatan));
        Assert.Equal(MatriksPredikat.Dari(Rating.SesuaiEkspektasi, Rating.DiBawahEkspektasi), db.Predikat);
        Assert.Equal(((DateTime?)Waktu.AddDays(3), (DateTime?)Waktu.AddDays(5)), (db.FinalUtc, db.KeberatanUtc));
        Assert.Equal(("Bukti kerja sama tim belum dipertimbangkan", (bool?)false, "Penilaian sesuai bukti"), (db.AlasanKeberatan, db.KeberatanDiterima, db.CatatanKeputusanKeberatan));
        Assert.Equal(
            [
                new RiwayatData(PeristiwaEvaluasi.Dinilai, StatusEvaluasi.Belum, StatusEvaluasi.Dinilai, penilai, Waktu.AddDays(1), null),
                new RiwayatData(PeristiwaEvaluasi.Difinalkan, StatusEvaluasi.Dinilai, StatusEvaluasi.Final, penilai, Waktu.AddDays(3), null),
                new RiwayatData(
                    PeristiwaEvaluasi.KeberatanDiajukan, StatusEvaluasi.Final, StatusEvaluasi.Keberatan, org.Staf.Login, Waktu.AddDays(5),
                    "Bukti kerja sama tim belum dipertimbangkan"),
                new RiwayatData(PeristiwaEvaluasi.KeberatanDitolak, StatusEvaluasi.Keberatan, StatusEvaluasi.Final, atasan, Waktu.AddDays(7), "Penilaian sesuai bukti"),
            ],
            Riwayat(db));
        Assert.Equal(6, db.Version);

        // One keberatan per finalisation, also after a reload.
        var ex = await Assert.ThrowsAsync<SiKinerja.Domain.Common.DomainException>(() =>
            UbahAsync(evaluasi.Id, e => e.AjukanKeberatan("Lagi", org.Staf.Login, Waktu.AddDays(8))));
        Assert.Equal(KodeEvaluasi.KeberatanSudahDiajukan, ex.Kode);
    }

    [Fact]
    public async Task Simpan_SecondEvaluationOfTheSameSkpAndPeriod_IsRefusedByTheUniqueIndex()
    {
        var (evaluasi, _, tahun) = await EvaluasiBaruAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => DenganDbAsync(db =>
        {
            db.EvaluasiPeriode.Add(EvaluasiPeriode.Buat(evaluasi.SkpId, evaluasi.PeriodeEvaluasiId, evaluasi.UnitKerjaId));
            return db.SaveChangesAsync();
        }));

        // The same SKP in the next period is fine.
        var berikut = EvaluasiPeriode.Buat(evaluasi.SkpId, tahun.PeriodeId[1], evaluasi.UnitKerjaId);
        await DenganDbAsync(db =>
        {
            db.EvaluasiPeriode.Add(berikut);
            return db.SaveChangesAsync();
        });
        var semua = await DenganDbAsync(db => db.EvaluasiPeriode.Where(e => e.SkpId == evaluasi.SkpId)
            .OrderBy(e => e.PeriodeEvaluasiId).Select(e => e.PeriodeEvaluasiId).ToListAsync());
        Assert.Equal(tahun.PeriodeId.Order(), semua);
    }

    [Fact]
    public async Task DuaKonteks_EditingTheSameEvaluation_SecondSaveThrowsConcurrency()
    {
        var (evaluasi, org, _) = await EvaluasiBaruAsync();
        var penilai = org.Kabid.Login;
        await UbahAsync(evaluasi.Id, e => e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, penilai, Waktu.AddDays(1)));

        await using var scope1 = factory.Services.CreateAsyncScope();
        await using var scope2 = factory.Services.CreateAsyncScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<AppDbContext>();
        var e1 = await db1.EvaluasiPeriode.DenganRiwayat().SingleAsync(e => e.Id == evaluasi.Id);
        var e2 = await db2.EvaluasiPeriode.DenganRiwayat().SingleAsync(e => e.Id == evaluasi.Id);

        e1.Finalkan(penilai, Waktu.AddDays(2));
        await db1.SaveChangesAsync();
        e2.Nilai(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, "Tidak boleh tersimpan", penilai, Waktu.AddDays(2));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var db = await MuatAsync(evaluasi.Id);
        Assert.Equal((StatusEvaluasi.Final, (Rating?)Rating.SesuaiEkspektasi, (string?)null, 3), (db.Status, db.RatingHasil, db.Catatan, db.Version));
        Assert.Equal([PeristiwaEvaluasi.Dinilai, PeristiwaEvaluasi.Difinalkan], db.Riwayat.Select(r => r.Peristiwa));
    }

    [Fact]
    public async Task Ubah_RatingAndTransition_WritesOneAuditRowOnTheRootWithBeforeAfterAndTheHistoryRow()
    {
        var (evaluasi, org, _) = await EvaluasiBaruAsync();
        var penilai = org.Kabid.Login;
        await UbahAsync(evaluasi.Id, e => e.Nilai(Rating.DiBawahEkspektasi, Rating.SesuaiEkspektasi, "Catatan awal", penilai, Waktu.AddDays(1)));
        await UbahAsync(evaluasi.Id, e =>
        {
            e.Nilai(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, "Catatan diperbarui", penilai, Waktu.AddDays(2));
            e.Finalkan(penilai, Waktu.AddDays(2));
        });

        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(EvaluasiPeriode) && a.EntitasId == evaluasi.Id && a.Aksi == AksiAudit.Ubah)
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Empty(await DenganDbAsync(db => db.AuditEntries.Where(a => a.Entitas == nameof(RiwayatEvaluasi)).ToListAsync()));
        var baris = audit[1];
        Assert.False(string.IsNullOrEmpty(baris.Pengguna));
        Assert.Contains("Catatan awal", baris.Sebelum!, StringComparison.Ordinal);
        Assert.DoesNotContain("Catatan diperbarui", baris.Sebelum!, StringComparison.Ordinal);
        Assert.Contains("Catatan diperbarui", baris.Sesudah!, StringComparison.Ordinal);
        foreach (var kolom in new[] { "\"RatingHasil\"", "\"Status\"", "\"Predikat\"", "\"FinalUtc\"" })
        {
            Assert.Contains(kolom, baris.Sebelum!, StringComparison.Ordinal);
            Assert.Contains(kolom, baris.Sesudah!, StringComparison.Ordinal);
        }

        // Enum values are stored by name but the audit serialises the CLR values (numbers).
        Assert.Contains($"\"Predikat\":{(int)PredikatKinerja.ButuhPerbaikan}", baris.Sebelum!, StringComparison.Ordinal);
        Assert.Contains($"\"Predikat\":{(int)PredikatKinerja.Baik}", baris.Sesudah!, StringComparison.Ordinal);

        Assert.DoesNotContain("\"RatingPerilaku\"", baris.Sesudah!, StringComparison.Ordinal); // unchanged
        Assert.Contains(nameof(RiwayatEvaluasi), baris.Sesudah!, StringComparison.Ordinal);
        Assert.Equal(3, (await MuatAsync(evaluasi.Id)).Version);

        // Saving the same scores again is no change: no bump, no audit row.
        await UbahAsync(evaluasi.Id, _ => { });
        Assert.Equal(3, (await MuatAsync(evaluasi.Id)).Version);
        Assert.Equal(2, await DenganDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Entitas == nameof(EvaluasiPeriode) && a.EntitasId == evaluasi.Id && a.Aksi == AksiAudit.Ubah)));
    }

    [Fact]
    public async Task TambahRiwayat_WithoutItsRootTracked_IsRefusedAndNothingIsWritten()
    {
        var (evaluasi, org, _) = await EvaluasiBaruAsync();
        await UbahAsync(evaluasi.Id, e => e.Nilai(Rating.SesuaiEkspektasi, null, null, org.Kabid.Login, Waktu.AddDays(1)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => DenganDbAsync(async db =>
        {
            var riwayat = await db.Set<RiwayatEvaluasi>().SingleAsync(r => r.EvaluasiPeriodeId == evaluasi.Id);
            db.Entry(riwayat).Property(r => r.Catatan).CurrentValue = "Diubah tanpa evaluasi";
            return await db.SaveChangesAsync();
        }));

        var db = await MuatAsync(evaluasi.Id);
        Assert.Equal(((string?)null, 2), (db.Riwayat[0].Catatan, db.Version));
    }

    [Fact]
    public async Task DaftarPeriode_ManyEvaluations_LoadInAFixedNumberOfQueries()
    {
        var org = await factory.OrganisasiAsync();
        var banyak = await TahunAsync();
        for (var i = 0; i < 6; i++)
        {
            var skpId = await SkpDisetujuiAsync(banyak);
            await DenganDbAsync(db =>
            {
                var e = EvaluasiPeriode.Buat(skpId, banyak.PeriodeId[0], org.UnitBidangId);
                e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, org.Kabid.Login, Waktu.AddDays(1));
                if (i % 2 == 0)
                {
                    e.Finalkan(org.Kabid.Login, Waktu.AddDays(2));
                }

                db.EvaluasiPeriode.Add(e);
                return db.SaveChangesAsync();
            });
        }

        var (satu, _, _) = await EvaluasiBaruAsync();

        var (queryBanyak, jumlahBanyak, riwayatBanyak) = await HitungQueryAsync(banyak.PeriodeId[0]);
        var (querySatu, jumlahSatu, riwayatSatu) = await HitungQueryAsync(satu.PeriodeEvaluasiId);

        Assert.Equal((6, 9), (jumlahBanyak, riwayatBanyak));
        Assert.Equal((1, 0), (jumlahSatu, riwayatSatu));
        // Split query: the evaluations, then their history.
        Assert.Equal(2, queryBanyak);
        Assert.Equal(querySatu, queryBanyak);

        var final = await DenganDbAsync(db => db.EvaluasiPeriode
            .CountAsync(e => e.PeriodeEvaluasiId == banyak.PeriodeId[0] && e.Status == StatusEvaluasi.Final));
        Assert.Equal(3, final);
    }

    private Task<(int Query, int Evaluasi, int Riwayat)> HitungQueryAsync(int periodeId) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var daftar = await db.EvaluasiPeriode.AsNoTracking().DenganRiwayat()
            .Where(e => e.PeriodeEvaluasiId == periodeId).OrderBy(e => e.Status).ThenBy(e => e.Id).ToListAsync();
        return (penghitung.Jumlah, daftar.Count, daftar.Sum(e => e.Riwayat.Count));
    });
}

public sealed class EvaluasiPersistensiTestsSqlite(SqliteAppFactory factory) : EvaluasiPersistensiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class EvaluasiPersistensiTestsPostgres(PostgresAppFactory factory) : EvaluasiPersistensiTests(factory), IClassFixture<PostgresAppFactory>;
