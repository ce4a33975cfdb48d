using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Web;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;

namespace SiKinerja.Web.Features.Kelayakan;

/// <summary>An employee as the eligibility lists show them.</summary>
public sealed record PegawaiKelayakan(int Id, string Nip, string NamaLengkap, JenisPegawai JenisPegawai, string GolonganKode, DateOnly TmtCpns, DateOnly? TmtGolongan, string? NamaUnit);

public sealed record BarisSatyalancana(PegawaiKelayakan Pegawai, HasilSatyalancana Hasil);

public sealed record BarisKenaikanPangkat(PegawaiKelayakan Pegawai, HasilKenaikanPangkat Hasil, PredikatKinerja? PredikatPertama, PredikatKinerja? PredikatKedua);

public sealed record BarisBerprestasi(PegawaiKelayakan Pegawai, HasilBerprestasi Hasil);

/// <summary>An eligibility list (filtered, ordered) with the counts per status over the whole filter.</summary>
public sealed record DaftarKelayakan<T>(IReadOnlyList<T> Baris, IReadOnlyDictionary<string, int> Jumlah);

/// <summary>
/// The eligibility lists for the Admin BKD, computed in bulk: one query for the employees of the filter (projected), one for
/// their sanctions, one for their Satyalancana rewards, one for the annual predikat of the years needed (plus the unit tree
/// when a unit is chosen); then the pure rules of <c>Domain/Karier</c> in memory; then the page. No query per employee.
/// </summary>
public sealed class KelayakanService(AppDbContext db, IOptions<PeriodeKenaikanPangkat> periode, TimeProvider waktu)
{
    public const int JumlahPilihanPeriode = 6;

    public PeriodeKenaikanPangkat Periode => periode.Value;

    public DateOnly HariIni => DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);

    public async Task<DaftarKelayakan<BarisSatyalancana>> SatyalancanaAsync(
        int tahun, int? unitId, bool subunit, StatusSatyalancana? status, CancellationToken ct)
    {
        var batas = KelayakanSatyalancana.TanggalAcuan(tahun).AddYears(-10);
        var basis = (await PegawaiQueryAsync(unitId, subunit, ct)).Where(p => p.TmtCpns <= batas);
        var pegawai = await ProyeksiAsync(basis, ct);
        var hukuman = await HukumanAsync(basis, sedangBeratSaja: true, ct, semua: unitId is null);
        var penghargaan = (await db.Penghargaan.AsNoTracking()
                .Where(x => x.Jenis == JenisPenghargaan.SatyalancanaX || x.Jenis == JenisPenghargaan.SatyalancanaXX || x.Jenis == JenisPenghargaan.SatyalancanaXXX)
                .Where(x => basis.Any(p => p.Id == x.PegawaiId))
                .Select(x => new { x.PegawaiId, x.Jenis })
                .ToListAsync(ct))
            .ToLookup(x => x.PegawaiId, x => x.Jenis);
        var semua = pegawai
            .Select(p => (p, h: KelayakanSatyalancana.Periksa(p.JenisPegawai, p.TmtCpns, tahun, penghargaan[p.Id], hukuman[p.Id])))
            .Where(x => x.h is not null)
            .Select(x => new BarisSatyalancana(x.p, x.h!))
            .ToList();
        var jumlah = Enum.GetValues<StatusSatyalancana>().ToDictionary(s => s.ToString(), s => semua.Count(b => b.Hasil.Status == s));
        var terpilih = semua.Where(b => status is null || b.Hasil.Status == status)
            .OrderBy(b => b.Hasil.Status).ThenBy(b => b.Pegawai.NamaLengkap, StringComparer.Ordinal).ThenBy(b => b.Pegawai.Nip, StringComparer.Ordinal);
        return new DaftarKelayakan<BarisSatyalancana>([.. terpilih], jumlah);
    }

    /// <summary>
    /// Promotion eligibility on <paramref name="tanggal"/>: the employees with the final predikat of the two years that count
    /// (two left joins in the same statement, at most one row each by the unique (PegawaiId, TahunKinerjaId) index; correlated
    /// subqueries were twice as slow on PostgreSQL), their sanctions, then the rule in memory.
    /// </summary>
    public async Task<DaftarKelayakan<BarisKenaikanPangkat>> KenaikanPangkatAsync(
        DateOnly tanggal, int? unitId, bool subunit, bool? layak, CancellationToken ct)
    {
        var basis = await PegawaiQueryAsync(unitId, subunit, ct);
        var (pertama, kedua) = KelayakanKenaikanPangkat.TahunPredikat(tanggal);
        var final = FinalQuery();
        var pegawai = await (from p in basis
                             join fa in final.Where(x => x.Tahun == pertama) on p.Id equals fa.PegawaiId into ga
                             from fa in ga.DefaultIfEmpty()
                             join fb in final.Where(x => x.Tahun == kedua) on p.Id equals fb.PegawaiId into gb
                             from fb in gb.DefaultIfEmpty()
                             select new
                             {
                                 Pegawai = new PegawaiKelayakan(
                                     p.Id, p.Nip, PegawaiEntity.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.JenisPegawai, p.GolonganKode, p.TmtCpns, p.TmtGolongan,
                                     p.Jabatan == null ? null : p.Jabatan.UnitKerja!.Nama),
                                 Pertama = fa == null ? null : (PredikatKinerja?)fa.Predikat,
                                 Kedua = fb == null ? null : (PredikatKinerja?)fb.Predikat,
                             })
            .ToListAsync(ct);
        var hukuman = await HukumanAsync(basis, sedangBeratSaja: true, ct, semua: unitId is null);
        var semua = pegawai.Select(x =>
        {
            var milik = new Dictionary<int, PredikatKinerja>(2);
            if (x.Pertama is { } a)
            {
                milik[pertama] = a;
            }

            if (x.Kedua is { } b)
            {
                milik[kedua] = b;
            }

            var p = x.Pegawai;
            var h = KelayakanKenaikanPangkat.Periksa(p.JenisPegawai, p.GolonganKode, p.TmtGolongan, milik, hukuman[p.Id], tanggal);
            return new BarisKenaikanPangkat(p, h, x.Pertama, x.Kedua);
        }).ToList();
        var jumlah = new Dictionary<string, int> { ["layak"] = semua.Count(b => b.Hasil.Layak), ["tidak"] = semua.Count(b => !b.Hasil.Layak) };
        var terpilih = semua.Where(b => layak is null || b.Hasil.Layak == layak)
            .OrderByDescending(b => b.Hasil.Layak).ThenBy(b => b.Pegawai.NamaLengkap, StringComparer.Ordinal).ThenBy(b => b.Pegawai.Nip, StringComparer.Ordinal);
        return new DaftarKelayakan<BarisKenaikanPangkat>([.. terpilih], jumlah);
    }

    public async Task<DaftarKelayakan<BarisBerprestasi>> BerprestasiAsync(int tahun, int? unitId, bool subunit, CancellationToken ct)
    {
        var semuaPegawai = await PegawaiQueryAsync(unitId, subunit, ct);
        var sb = FinalQuery().Where(x => x.Tahun == tahun && x.Predikat == PredikatKinerja.SangatBaik).Select(x => x.PegawaiId);
        var basis = semuaPegawai.Where(p => sb.Contains(p.Id));
        var pegawai = await ProyeksiAsync(basis, ct);
        var hukuman = await HukumanAsync(basis, sedangBeratSaja: false, ct);
        var semua = pegawai
            .Select(p => new BarisBerprestasi(p, KelayakanBerprestasi.Periksa(PredikatKinerja.SangatBaik, tahun, hukuman[p.Id])!))
            .ToList();
        var jumlah = new Dictionary<string, int> { ["layak"] = semua.Count(b => b.Hasil.Layak), ["tidak"] = semua.Count(b => !b.Hasil.Layak) };
        var terpilih = semua.OrderByDescending(b => b.Hasil.Layak).ThenBy(b => b.Pegawai.NamaLengkap, StringComparer.Ordinal).ThenBy(b => b.Pegawai.Nip, StringComparer.Ordinal);
        return new DaftarKelayakan<BarisBerprestasi>([.. terpilih], jumlah);
    }

    /// <summary>The units for the filter (id, name), ordered by name.</summary>
    public async Task<IReadOnlyList<(int Id, string Nama)>> UnitAsync(CancellationToken ct) =>
        [.. (await db.UnitKerja.AsNoTracking().Where(u => u.Aktif).OrderBy(u => u.Nama).Select(u => new { u.Id, u.Nama }).ToListAsync(ct)).Select(u => (u.Id, u.Nama))];

    /// <summary>A page of a list computed in memory.</summary>
    public static Halaman<T> Halaman<T>(IReadOnlyList<T> semua, int nomor, int ukuran)
    {
        ukuran = Math.Clamp(ukuran <= 0 ? HalamanExtensions.UkuranBawaan : ukuran, 1, HalamanExtensions.UkuranMaksimum);
        var jumlah = Math.Max(1, (int)Math.Ceiling(semua.Count / (double)ukuran));
        nomor = Math.Clamp(nomor, 1, jumlah);
        return new Halaman<T>([.. semua.Skip((nomor - 1) * ukuran).Take(ukuran)], nomor, ukuran, semua.Count);
    }

    private async Task<IQueryable<PegawaiEntity>> PegawaiQueryAsync(int? unitId, bool subunit, CancellationToken ct)
    {
        var q = db.Pegawai.AsNoTracking().Where(p => p.Status == StatusPegawai.Aktif && p.JenisPegawai == JenisPegawai.Pns);
        if (unitId is { } id)
        {
            if (subunit)
            {
                var ids = await UnitTree.UnitDanTurunanAsync(db, id, ct);
                q = q.Where(p => p.Jabatan != null && ids.Contains(p.Jabatan.UnitKerjaId));
            }
            else
            {
                q = q.Where(p => p.Jabatan != null && p.Jabatan.UnitKerjaId == id);
            }
        }

        return q;
    }

    private static Task<List<PegawaiKelayakan>> ProyeksiAsync(IQueryable<PegawaiEntity> q, CancellationToken ct) =>
        q.Select(p => new PegawaiKelayakan(
                p.Id, p.Nip, PegawaiEntity.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.JenisPegawai, p.GolonganKode, p.TmtCpns, p.TmtGolongan,
                p.Jabatan == null ? null : p.Jabatan.UnitKerja!.Nama))
            .ToListAsync(ct);

    /// <summary>
    /// The sanctions of the employees of <paramref name="basis"/>. For the whole province (<paramref name="semua"/>) the semi-join
    /// is left out: rows of anyone else are never looked up, and the plain scan is cheaper than the EXISTS over every employee.
    /// </summary>
    private async Task<ILookup<int, HukumanRingkas>> HukumanAsync(IQueryable<PegawaiEntity> basis, bool sedangBeratSaja, CancellationToken ct, bool semua = false)
    {
        var q = db.HukumanDisiplin.AsNoTracking();
        if (!semua)
        {
            q = q.Where(h => basis.Any(p => p.Id == h.PegawaiId));
        }
        if (sedangBeratSaja)
        {
            q = q.Where(h => h.Tingkat == TingkatHukuman.Sedang || h.Tingkat == TingkatHukuman.Berat);
        }

        var rows = await q.Select(h => new { h.PegawaiId, h.Tingkat, h.TmtMulai, h.TmtSelesai }).ToListAsync(ct);
        return rows.ToLookup(h => h.PegawaiId, h => new HukumanRingkas(h.Tingkat, h.TmtMulai, h.TmtSelesai));
    }

    private IQueryable<PredikatFinal> FinalQuery() =>
        from e in db.EvaluasiTahunan.AsNoTracking()
        join t in db.TahunKinerja.AsNoTracking() on e.TahunKinerjaId equals t.Id
        where e.Status == StatusEvaluasiTahunan.Final
        select new PredikatFinal { PegawaiId = e.PegawaiId, Tahun = t.Tahun, Predikat = e.Predikat };

    private sealed class PredikatFinal
    {
        public int PegawaiId { get; init; }

        public int Tahun { get; init; }

        public PredikatKinerja Predikat { get; init; }
    }
}
