using System.Data.Common;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// DOMAIN.md §1.7: a change of position or pejabat penilai mid-year closes the current SKP and starts a continuation,
/// or refreshes a plan never submitted; through the real Pegawai and Jabatan forms on both providers.
/// </summary>
public abstract class PenyesuaianSkpTests(SiKinerjaAppFactory factory)
{
    private static int _n;

    /// <summary>A bidang under Dinas Uji: two heads (A, B) reporting to the Kepala Dinas, two staff positions under A, one employee in the first.</summary>
    private sealed record Tim(int JabatanKabidA, int JabatanKabidB, int JabatanStaf, int JabatanStaf2, int KabidA, int KabidB, int Staf, string NamaStaf2, string NipStaf);

    private static DateOnly HariIni => DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<T> DenganDbAsync<T>(Func<AppDbContext, Task<T>> aksi) =>
        factory.WithScopeAsync(sp => aksi(sp.GetRequiredService<AppDbContext>()));

    private async Task<HtmlClient> AdminAsync()
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(org.AdminBkd.Login, TestData.Password);
        return client;
    }

    /// <summary>The current year, open (one database per test class, so it is created once).</summary>
    private Task<(int Id, int Tahun)> TahunAsync() => DenganDbAsync(async db =>
    {
        var tahun = HariIni.Year;
        var ada = await db.TahunKinerja.Where(t => t.Tahun == tahun).Select(t => (int?)t.Id).FirstOrDefaultAsync();
        if (ada is { } id)
        {
            return (id, tahun);
        }

        var t = TahunKinerja.Buka(tahun, JenisPeriode.Triwulanan, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return (t.Id, tahun);
    });

    private async Task<Tim> TimAsync()
    {
        var org = await factory.OrganisasiAsync();
        var n = Interlocked.Increment(ref _n);
        return await DenganDbAsync(async db =>
        {
            var unit = new UnitKerja($"Bidang Mutasi {n}", JenisUnitKerja.BidangBagian, org.UnitDinasId);
            db.UnitKerja.Add(unit);
            await db.SaveChangesAsync();
            var kabidA = new Jabatan($"Kepala Bidang Mutasi {n}", JenisJabatan.Administrator, null, unit.Id);
            var kabidB = new Jabatan($"Kepala Bidang Rotasi {n}", JenisJabatan.Administrator, null, unit.Id);
            kabidA.LaporKe(org.JabatanKadisId, _ => null);
            kabidB.LaporKe(org.JabatanKadisId, _ => null);
            db.Jabatan.AddRange(kabidA, kabidB);
            await db.SaveChangesAsync();
            var staf = new Jabatan($"Analis Mutasi {n}", JenisJabatan.Pelaksana, null, unit.Id);
            var staf2 = new Jabatan($"Pranata Rotasi {n}", JenisJabatan.Pelaksana, null, unit.Id);
            staf.LaporKe(kabidA.Id, _ => null);
            staf2.LaporKe(kabidA.Id, _ => null);
            db.Jabatan.AddRange(staf, staf2);
            await db.SaveChangesAsync();
            var pA = TestData.Pegawai("Hendra Gunawan", kabidA.Id, "IV/a", "Ir.", "M.T.");
            var pB = TestData.Pegawai("Maya Sari", kabidB.Id, "IV/a", null, "S.H.");
            var pStaf = TestData.Pegawai("Joko Susilo", staf.Id, "III/b", null, "S.Kom.");
            db.Pegawai.AddRange(pA, pB, pStaf);
            await db.SaveChangesAsync();
            await PenghitungAtasan.HitungUlangAsync(db);
            await db.SaveChangesAsync();
            return new Tim(kabidA.Id, kabidB.Id, staf.Id, staf2.Id, pA.Id, pB.Id, pStaf.Id, staf2.Nama, pStaf.Nip);
        });
    }

    private enum Tahap
    {
        Draft,
        Diajukan,
        Disetujui,
    }

    /// <summary>An SKP for the whole year with the header built by <see cref="PembuatSnapshotSkp"/>, brought to <paramref name="tahap"/>.</summary>
    private async Task<int> SkpAsync(int pegawaiId, Tahap tahap)
    {
        var (tahunId, tahun) = await TahunAsync();
        return await DenganDbAsync(async db =>
        {
            var snapshot = await PembuatSnapshotSkp.BuatAsync(db, pegawaiId) ?? throw new InvalidOperationException("no header");
            var waktu = DateTime.UtcNow;
            var skp = Skp.Buat(tahunId, tahun, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), PendekatanSkp.Kuantitatif, snapshot, snapshot.Pegawai.Nip, waktu);
            var rhk = skp.TambahRhk(JenisRhk.Utama, "Tersusunnya laporan analisis mutasi", rhkAtasanId: 9001);
            skp.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan analisis", Target.Angka(12, "laporan"));
            if (tahap >= Tahap.Diajukan)
            {
                skp.Ajukan(AturanSkp.Bawaan, true, snapshot.Pegawai.Nip, waktu);
            }

            if (tahap >= Tahap.Disetujui)
            {
                skp.Setujui(PerilakuKerja.Semua.ToDictionary(p => p.Nilai, p => $"Ekspektasi {p.Nilai}"), snapshot.PejabatPenilai!.Nip, waktu);
            }

            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
    }

    private Task<List<Skp>> SkpPegawaiAsync(int pegawaiId) => DenganDbAsync(db =>
        db.Skp.AsNoTracking().DenganIsi().Where(s => s.PegawaiId == pegawaiId).OrderBy(s => s.TanggalMulai).ThenBy(s => s.Id).ToListAsync());

    private static Dictionary<string, string> PindahJabatan(int jabatanId, string? tmt) => tmt is null
        ? new() { ["JabatanId"] = Id(jabatanId) }
        : new() { ["JabatanId"] = Id(jabatanId), ["TanggalMulaiJabatan"] = tmt };

    [Fact]
    public async Task UbahPegawai_JabatanBaruDenganTmt_SkpDisetujuiDitutup_DanDraftLanjutanDenganKepalaBaru()
    {
        var org = await factory.OrganisasiAsync();
        var tim = await TimAsync();
        var (_, tahun) = await TahunAsync();
        var lamaId = await SkpAsync(tim.Staf, Tahap.Disetujui);
        using var admin = await AdminAsync();
        var tmt = new DateOnly(tahun, 6, 1);

        var response = await admin.SubmitAsync($"/Pegawai/Ubah/{tim.Staf}", PindahJabatan(tim.JabatanStaf2, Iso(tmt)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var semua = await SkpPegawaiAsync(tim.Staf);
        Assert.Equal(2, semua.Count);
        var (lama, baru) = (semua[0], semua[1]);
        Assert.Equal(lamaId, lama.Id);
        Assert.True(lama.Ditutup);
        Assert.Equal(new DateOnly(tahun, 5, 31), lama.TanggalSelesai);
        Assert.Equal(StatusSkp.Disetujui, lama.Status);
        Assert.StartsWith("Analis Mutasi", lama.Snapshot.Pegawai.JabatanNama, StringComparison.Ordinal); // the signed plan keeps its header
        var catatan = lama.Riwayat[^1];
        Assert.Equal((StatusSkp.Disetujui, StatusSkp.Disetujui), (catatan.Dari!.Value, catatan.Ke));
        Assert.Equal($"Ditutup karena pergantian jabatan/pejabat penilai per 01-06-{tahun}", catatan.Catatan);
        Assert.Equal(org.AdminBkd.Login, catatan.PelakuNip);

        Assert.Equal(StatusSkp.Draft, baru.Status);
        Assert.Equal((tmt, new DateOnly(tahun, 12, 31)), (baru.TanggalMulai, baru.TanggalSelesai));
        Assert.Equal(1, baru.Revisi);
        Assert.Empty(baru.Rhk);
        Assert.Equal(tim.NamaStaf2, baru.Snapshot.Pegawai.JabatanNama);
        Assert.Equal(tim.KabidA, baru.PejabatPenilaiId);
        Assert.Equal(org.Kadis.PegawaiId, baru.Snapshot.AtasanPejabatPenilai!.PegawaiId);
        Assert.Equal("Penata Muda Tingkat I", baru.Snapshot.Pegawai.Pangkat);
        Assert.Equal("III/b", baru.Snapshot.Pegawai.GolonganKode);
        Assert.Equal("Joko Susilo, S.Kom.", baru.Snapshot.Pegawai.NamaLengkap);
        Assert.Equal("Ir. Hendra Gunawan, M.T.", baru.Snapshot.PejabatPenilai!.NamaLengkap);
        Assert.Contains("per 01-06-", Assert.Single(baru.Riwayat).Catatan, StringComparison.Ordinal);

        var audit = await DenganDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(Skp) && (a.EntitasId == lama.Id || a.EntitasId == baru.Id) && a.WaktuUtc > DateTime.UtcNow.AddMinutes(-5))
            .Select(a => new { a.EntitasId, a.Aksi, a.Pengguna, a.Sesudah }).ToListAsync());
        Assert.Contains(audit, a => a.EntitasId == lama.Id && a.Aksi == AksiAudit.Ubah && a.Pengguna == org.AdminBkd.Login && a.Sesudah!.Contains("Ditutup", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntitasId == baru.Id && a.Aksi == AksiAudit.Tambah && a.Pengguna == org.AdminBkd.Login);
    }

    [Fact]
    public async Task UbahPegawai_SkpMasihDraftPertama_KepalaDiperbaruiDiTempat()
    {
        var tim = await TimAsync();
        var (_, tahun) = await TahunAsync();
        var id = await SkpAsync(tim.Staf, Tahap.Draft);
        var versi = await DenganDbAsync(db => db.Skp.Where(s => s.Id == id).Select(s => s.Version).SingleAsync());
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync($"/Pegawai/Ubah/{tim.Staf}", PindahJabatan(tim.JabatanStaf2, Iso(new DateOnly(tahun, 6, 1))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var skp = Assert.Single(await SkpPegawaiAsync(tim.Staf));
        Assert.Equal(id, skp.Id);
        Assert.False(skp.Ditutup);
        Assert.Equal(new DateOnly(tahun, 12, 31), skp.TanggalSelesai);
        Assert.Equal(StatusSkp.Draft, skp.Status);
        Assert.Equal(tim.NamaStaf2, skp.Snapshot.Pegawai.JabatanNama);
        Assert.Single(skp.Rhk); // content kept
        Assert.True(skp.Version > versi);
        Assert.True(await DenganDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Entitas == nameof(Skp) && a.EntitasId == id && a.Aksi == AksiAudit.Ubah && a.Sesudah!.Contains(tim.NamaStaf2))));
    }

    [Fact]
    public async Task UbahJabatan_AtasanDipindah_SkpBawahanDitutupKemarin_DanDilanjutkanDenganPenilaiBaru()
    {
        var tim = await TimAsync();
        var lamaId = await SkpAsync(tim.Staf, Tahap.Disetujui);
        var skpKabid = await SkpAsync(tim.KabidA, Tahap.Disetujui);
        using var admin = await AdminAsync();
        var hariIni = HariIni;

        var response = await admin.SubmitAsync($"/Jabatan/Ubah/{tim.JabatanStaf}", new Dictionary<string, string> { ["AtasanJabatanId"] = Id(tim.JabatanKabidB) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(tim.KabidB, await DenganDbAsync(db => db.Pegawai.Where(p => p.Id == tim.Staf).Select(p => p.AtasanLangsungId).SingleAsync()));
        var semua = await SkpPegawaiAsync(tim.Staf);
        Assert.Equal(2, semua.Count);
        Assert.Equal(lamaId, semua[0].Id);
        Assert.True(semua[0].Ditutup);
        Assert.Equal(hariIni.AddDays(-1), semua[0].TanggalSelesai);
        Assert.Equal(tim.KabidA, semua[0].PejabatPenilaiId);
        Assert.Equal(hariIni, semua[1].TanggalMulai);
        Assert.Equal(tim.KabidB, semua[1].PejabatPenilaiId);
        Assert.Equal("Maya Sari, S.H.", semua[1].Snapshot.PejabatPenilai!.NamaLengkap);
        Assert.Equal(StatusSkp.Draft, semua[1].Status);

        // The head's own SKP did not change.
        var kabid = Assert.Single(await SkpPegawaiAsync(tim.KabidA));
        Assert.Equal(skpKabid, kabid.Id);
        Assert.False(kabid.Ditutup);
    }

    [Fact]
    public async Task UbahPegawai_TanpaSkp_TidakMembuatApaPun()
    {
        var tim = await TimAsync();
        await TahunAsync();
        var sebelum = await DenganDbAsync(db => db.Skp.CountAsync());
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync($"/Pegawai/Ubah/{tim.Staf}", PindahJabatan(tim.JabatanStaf2, null));
        var atasan = await admin.SubmitAsync($"/Jabatan/Ubah/{tim.JabatanStaf2}", new Dictionary<string, string> { ["AtasanJabatanId"] = Id(tim.JabatanKabidB) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, atasan.StatusCode);
        Assert.Equal(tim.JabatanStaf2, await DenganDbAsync(db => db.Pegawai.Where(p => p.Id == tim.Staf).Select(p => p.JabatanId).SingleAsync()));
        Assert.Equal(sebelum, await DenganDbAsync(db => db.Skp.CountAsync()));
        Assert.Empty(await SkpPegawaiAsync(tim.Staf));
    }

    [Fact]
    public async Task UbahPegawai_TmtDiLuarTahunDibukaAtauTidakTerbaca_PesanDiForm_DanTidakDisimpan()
    {
        var tim = await TimAsync();
        var (_, tahun) = await TahunAsync();
        var id = await SkpAsync(tim.Staf, Tahap.Disetujui);
        using var admin = await AdminAsync();
        var form = await admin.GetDocumentAsync($"/Pegawai/Ubah/{tim.Staf}");
        Assert.Equal(Iso(HariIni), form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#TanggalMulaiJabatan")!.Value);

        var luar = await admin.SubmitAsync($"/Pegawai/Ubah/{tim.Staf}", PindahJabatan(tim.JabatanStaf2, $"{tahun - 3}-06-01"));
        var rusak = await admin.SubmitAsync($"/Pegawai/Ubah/{tim.Staf}", PindahJabatan(tim.JabatanStaf2, "01/13/abc"));

        Assert.Equal(HttpStatusCode.OK, luar.StatusCode);
        var doc = await HtmlClient.ParseAsync(luar);
        Assert.Equal(
            $"Tanggal mulai jabatan baru harus di dalam tahun kinerja yang dibuka ({tahun}).",
            doc.QuerySelector("[data-valmsg-for=TanggalMulaiJabatan]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, rusak.StatusCode);
        var docRusak = await HtmlClient.ParseAsync(rusak);
        Assert.Contains("tidak valid", docRusak.QuerySelector("[data-valmsg-for=TanggalMulaiJabatan]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tim.JabatanStaf, await DenganDbAsync(db => db.Pegawai.Where(p => p.Id == tim.Staf).Select(p => p.JabatanId).SingleAsync()));
        var skp = Assert.Single(await SkpPegawaiAsync(tim.Staf));
        Assert.Equal(id, skp.Id);
        Assert.False(skp.Ditutup);
    }

    [Fact]
    public async Task UbahPegawai_TmtPadaHariPertamaSkpYangSudahDiajukan_DilewatiTanpaGalat()
    {
        var tim = await TimAsync();
        var (_, tahun) = await TahunAsync();
        var id = await SkpAsync(tim.Staf, Tahap.Diajukan);
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync($"/Pegawai/Ubah/{tim.Staf}", PindahJabatan(tim.JabatanStaf2, Iso(new DateOnly(tahun, 1, 1))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(tim.JabatanStaf2, await DenganDbAsync(db => db.Pegawai.Where(p => p.Id == tim.Staf).Select(p => p.JabatanId).SingleAsync()));
        var skp = Assert.Single(await SkpPegawaiAsync(tim.Staf));
        Assert.Equal(id, skp.Id);
        Assert.False(skp.Ditutup);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
    }

    [Fact]
    public async Task SesuaikanAsync_KepalaSudahSesuai_TidakMengubahApaPun_DanMuatDalamJumlahKueriTetap()
    {
        var tim = await TimAsync();
        var id = await SkpAsync(tim.Staf, Tahap.Disetujui);

        var hasil = await DenganDbAsync(db => PenyesuaianSkp.SesuaikanAsync(db, [tim.Staf, tim.KabidA, tim.KabidB], null, NullLogger.Instance));

        Assert.Empty(hasil.Ditutup);
        Assert.Empty(hasil.Diperbarui);
        Assert.Empty(hasil.Dilewati);
        var skp = Assert.Single(await SkpPegawaiAsync(tim.Staf));
        Assert.Equal(id, skp.Id);
        Assert.False(skp.Ditutup);
    }

    [Fact]
    public async Task SesuaikanAsync_BanyakKandidat_DisaringDiMemori_TetapMenutupYangBerbeda()
    {
        var tim = await TimAsync();
        var (_, tahun) = await TahunAsync();
        var id = await SkpAsync(tim.Staf, Tahap.Disetujui);
        await DenganDbAsync(async db =>
        {
            var p = await db.Pegawai.SingleAsync(x => x.Id == tim.Staf);
            p.JabatanId = tim.JabatanStaf2;
            return await db.SaveChangesAsync();
        });
        var kandidat = Enumerable.Range(-3000, 3000).Append(tim.Staf).ToList();

        var hasil = await DenganDbAsync(db => PenyesuaianSkp.SesuaikanAsync(db, kandidat, new DateOnly(tahun, 3, 1), NullLogger.Instance));
        var lagi = await DenganDbAsync(db => PenyesuaianSkp.SesuaikanAsync(db, kandidat, new DateOnly(tahun, 3, 1), NullLogger.Instance));

        Assert.Equal([id], hasil.Ditutup);
        Assert.Empty(lagi.Ditutup); // the continuation matches: nothing more to do
        Assert.Empty(lagi.Dilewati);
        var semua = await SkpPegawaiAsync(tim.Staf);
        Assert.Equal([new DateOnly(tahun, 2, 28 + (DateTime.IsLeapYear(tahun) ? 1 : 0)), new DateOnly(tahun, 12, 31)], semua.Select(s => s.TanggalSelesai));
    }

    [Fact]
    public async Task PembuatSnapshotSkp_Bulk_ForTheWholeTeam_OneHeaderEach_WithoutSharedInstances()
    {
        var org = await factory.OrganisasiAsync();
        var tim = await TimAsync();

        var (hasil, query) = await factory.WithScopeAsync(async sp =>
        {
            var penghitung = new PenghitungPerintah();
            var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>())
                .AddInterceptors(penghitung).Options;
            await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
            var h = await PembuatSnapshotSkp.BuatAsync(db, [tim.Staf, tim.KabidA, tim.KabidB, org.Kadis.PegawaiId!.Value, -1]);
            return (h, penghitung.Jumlah);
        });

        Assert.Equal(1, query); // penilai and their atasan come through joins
        Assert.Equal(4, hasil.Count);
        Assert.Equal(tim.KabidA, hasil[tim.Staf].PejabatPenilai!.PegawaiId);
        Assert.Equal(org.Kadis.PegawaiId, hasil[tim.Staf].AtasanPejabatPenilai!.PegawaiId);
        Assert.Equal(org.Kadis.PegawaiId, hasil[tim.KabidA].PejabatPenilai!.PegawaiId);
        Assert.Null(hasil[org.Kadis.PegawaiId!.Value].PejabatPenilai); // top of the organisation
        Assert.Equal("Kepala Dinas Uji", hasil[tim.KabidA].PejabatPenilai!.JabatanNama);
        Assert.Equal("Dinas Uji", hasil[tim.KabidA].PejabatPenilai!.UnitNama);
        Assert.NotSame(hasil[tim.KabidA].PejabatPenilai, hasil[tim.KabidB].PejabatPenilai);
    }
}

public sealed class PenyesuaianSkpTestsSqlite(SqliteAppFactory factory) : PenyesuaianSkpTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PenyesuaianSkpTestsPostgres(PostgresAppFactory factory) : PenyesuaianSkpTests(factory), IClassFixture<PostgresAppFactory>;
