using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.RekapSkp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.ProgresEvaluasi;

/// <summary>
/// Evaluation progress of one period for the Admin BKD, per unit and rolled up per perangkat daerah like
/// <see cref="RekapSkpService"/>: the evaluated SKP (<see cref="EvaluasiQueries.Dievaluasi"/>) overlapping the period,
/// left-joined to their evaluation, counted in the unit the evaluation counts in (<see cref="EvaluasiPeriode.UnitKerjaId"/>)
/// or, before it exists, the employee's current unit. A fixed number of queries whatever the size: the periods, the unit
/// tree, one GROUP BY, the organisation predikat of the period.
/// </summary>
public sealed class ProgresEvaluasiService(AppDbContext db, TimeProvider clock, ILogger<ProgresEvaluasiService> logger)
{
    private Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>? _unit;

    /// <summary>Every period, newest first, and the chosen one: <paramref name="periodeId"/>, else the one running today, else the newest started, else the newest.</summary>
    public async Task<(IReadOnlyList<PilihanPeriode> Daftar, PilihanPeriode? Terpilih)> PeriodeAsync(int? periodeId, CancellationToken ct)
    {
        var daftar = await (from p in db.PeriodeEvaluasi.AsNoTracking()
                            join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                            orderby k.Tahun descending, p.Nomor descending
                            select new PilihanPeriode(p.Id, k.Id, k.Tahun, k.JenisPeriode, p.Nomor, p.Mulai, p.Selesai, p.BatasEvaluasi, p.Ditutup, p.Version))
            .ToListAsync(ct);
        var hariIni = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var terpilih = periodeId is { } id
            ? daftar.FirstOrDefault(p => p.Id == id)
            : daftar.FirstOrDefault(p => p.Mulai <= hariIni && p.Selesai >= hariIni) ?? daftar.FirstOrDefault(p => p.Mulai <= hariIni) ?? daftar.FirstOrDefault();
        return (daftar, terpilih);
    }

    /// <summary>
    /// Without <paramref name="perangkatDaerahId"/>: one row per perangkat daerah (with its subunits); with it: one row per
    /// unit of it, with the unit's organisation predikat and curve findings. "(Tanpa jabatan)" last.
    /// </summary>
    public async Task<ProgresHasil> ProgresAsync(PilihanPeriode periode, int? perangkatDaerahId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(periode);
        var unit = await PohonAsync(ct);
        var hitungan = await HitungAsync(Baris(periode), ct);
        var organisasi = await db.PredikatOrganisasiUnit.AsNoTracking().Where(o => o.PeriodeEvaluasiId == periode.Id)
            .Select(o => new { o.UnitKerjaId, o.Predikat }).ToDictionaryAsync(o => o.UnitKerjaId, o => o.Predikat, ct);

        var perUnit = hitungan.Select(h => h with
        {
            Jalur = h.UnitId == RekapSkpService.TanpaUnit ? string.Empty : AturanRekap.Jalur(h.UnitId, unit),
            Organisasi = organisasi.TryGetValue(h.UnitId, out var o) ? o : null,
        });
        var (baris, pilihanPd) = GulunganRekap.Susun(perUnit, perangkatDaerahId, unit);
        return new ProgresHasil(baris, BarisProgresUnit.Jumlah(baris), pilihanPd);
    }

    /// <summary>One unit: its counts, organisation predikat and curve (own evaluations only, as the curve counts them) and its people, paged.</summary>
    public async Task<ProgresUnit?> UnitAsync(PilihanPeriode periode, int unitId, int halaman, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(periode);
        var unit = await PohonAsync(ct);
        if (unitId != RekapSkpService.TanpaUnit && !unit.ContainsKey(unitId))
        {
            return null;
        }

        int? id = unitId == RekapSkpService.TanpaUnit ? null : unitId;
        var baris = Baris(periode).Where(x => x.UnitId == id);
        var jumlah = (await HitungAsync(baris, ct)).FirstOrDefault() ?? BarisProgresUnit.Kosong(unitId);
        var organisasi = id is null ? null : await db.PredikatOrganisasiUnit.AsNoTracking()
            .Where(o => o.PeriodeEvaluasiId == periode.Id && o.UnitKerjaId == unitId).Select(o => (PredikatOrganisasi?)o.Predikat).FirstOrDefaultAsync(ct);
        var pegawai = await baris.OrderBy(x => x.Nama).ThenBy(x => x.Nip).ThenBy(x => x.SkpId)
            .Select(x => new PegawaiProgres(x.SkpId, x.Nip, x.Nama, x.Jabatan, x.EvaluasiId, x.Status, x.Predikat))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
        var jalur = id is null ? string.Empty : AturanRekap.Jalur(unitId, unit);
        return new ProgresUnit(periode, unitId, jalur, jumlah with { Jalur = jalur, Organisasi = organisasi }, pegawai);
    }

    /// <summary>Evaluated SKP of the period whose evaluation is not final (none, Belum, Dinilai or Keberatan): one query.</summary>
    public Task<int> BelumFinalAsync(PilihanPeriode periode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(periode);
        return Baris(periode).CountAsync(x => x.Status == null || (x.Status != StatusEvaluasi.Final && x.Status != StatusEvaluasi.Diterima), ct);
    }

    /// <summary>Closes (<paramref name="tutup"/>) or opens the period through its year (the year's rules; audited); false when it does not exist.</summary>
    public async Task<bool> TutupAtauBukaAsync(int periodeId, bool tutup, int version, CancellationToken ct)
    {
        var tahunId = await db.PeriodeEvaluasi.Where(p => p.Id == periodeId).Select(p => (int?)p.TahunKinerjaId).FirstOrDefaultAsync(ct);
        if (tahunId is null)
        {
            return false;
        }

        var tahun = await db.TahunKinerja.Include(k => k.Periode).FirstAsync(k => k.Id == tahunId, ct);
        var periode = tahun.Periode.Single(p => p.Id == periodeId);
        if (periode.Version != version)
        {
            throw new DbUpdateConcurrencyException();
        }

        // The period row carries the change (and its audit row); its version guards against a stale confirmation page.
        db.Entry(periode).Property(p => p.Version).OriginalValue = version;
        var nomor = periode.Nomor;
        if (tutup)
        {
            tahun.TutupPeriode(nomor, clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            tahun.BukaPeriode(nomor);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Periode evaluasi {Nomor} tahun {Tahun} {Tindakan}", nomor, tahun.Tahun, tutup ? "ditutup" : "dibuka kembali");
        return true;
    }

    /// <summary>One GROUP BY over the rows: status counts and the predikat of the final evaluations, per unit.</summary>
    private static async Task<List<BarisProgresUnit>> HitungAsync(IQueryable<BarisProgres> baris, CancellationToken ct)
    {
        var hasil = await baris
            .GroupBy(x => x.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Total = g.Count(),
                Belum = g.Count(x => x.Status == null || x.Status == StatusEvaluasi.Belum),
                Berjalan = g.Count(x => x.Status == StatusEvaluasi.Dinilai || x.Status == StatusEvaluasi.Keberatan),
                Final = g.Count(x => x.Status == StatusEvaluasi.Final || x.Status == StatusEvaluasi.Diterima),
                SangatBaik = g.Count(x => (x.Status == StatusEvaluasi.Final || x.Status == StatusEvaluasi.Diterima) && x.Predikat == PredikatKinerja.SangatBaik),
                Baik = g.Count(x => (x.Status == StatusEvaluasi.Final || x.Status == StatusEvaluasi.Diterima) && x.Predikat == PredikatKinerja.Baik),
                ButuhPerbaikan = g.Count(x => (x.Status == StatusEvaluasi.Final || x.Status == StatusEvaluasi.Diterima) && x.Predikat == PredikatKinerja.ButuhPerbaikan),
                Kurang = g.Count(x => (x.Status == StatusEvaluasi.Final || x.Status == StatusEvaluasi.Diterima) && x.Predikat == PredikatKinerja.Kurang),
                SangatKurang = g.Count(x => (x.Status == StatusEvaluasi.Final || x.Status == StatusEvaluasi.Diterima) && x.Predikat == PredikatKinerja.SangatKurang),
            })
            .ToListAsync(ct);
        return [.. hasil.Select(h => new BarisProgresUnit(
            h.UnitId ?? RekapSkpService.TanpaUnit, string.Empty, h.Total, h.Belum, h.Berjalan, h.Final,
            new Dictionary<PredikatKinerja, int>
            {
                [PredikatKinerja.SangatBaik] = h.SangatBaik,
                [PredikatKinerja.Baik] = h.Baik,
                [PredikatKinerja.ButuhPerbaikan] = h.ButuhPerbaikan,
                [PredikatKinerja.Kurang] = h.Kurang,
                [PredikatKinerja.SangatKurang] = h.SangatKurang,
            }))];
    }

    /// <summary>Every evaluated SKP overlapping the period, with its evaluation of the period (or nulls) and the unit it counts in.</summary>
    private IQueryable<BarisProgres> Baris(PilihanPeriode p) =>
        from s in db.Skp.AsNoTracking()
            .Where(s => s.TahunKinerjaId == p.TahunKinerjaId && s.TanggalMulai <= p.Selesai && s.TanggalSelesai >= p.Mulai)
            .Dievaluasi(db.Skp)
        join e0 in db.EvaluasiPeriode.Where(e => e.PeriodeEvaluasiId == p.Id) on s.Id equals e0.SkpId into g
        from e in g.DefaultIfEmpty()
        join pg in db.Pegawai on s.PegawaiId equals pg.Id
        select new BarisProgres
        {
            SkpId = s.Id,
            Nip = s.Snapshot.Pegawai.Nip,
            Nama = s.Snapshot.Pegawai.NamaLengkap,
            Jabatan = s.Snapshot.Pegawai.JabatanNama,
            UnitId = e != null ? e.UnitKerjaId : pg.Jabatan != null ? pg.Jabatan.UnitKerjaId : null,
            EvaluasiId = e != null ? e.Id : null,
            Status = e != null ? e.Status : null,
            Predikat = e != null ? e.Predikat : null,
        };

    private async Task<Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>> PohonAsync(CancellationToken ct) =>
        _unit ??= (await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Nama, u.Jenis, u.Aktif }).ToListAsync(ct))
        .ToDictionary(u => u.Id, u => (u.ParentId, u.Nama, u.Jenis, u.Aktif));

    /// <summary>One row of the query (a class, so EF can compose filters and the grouping on it).</summary>
    private sealed class BarisProgres
    {
        public int SkpId { get; init; }

        public string Nip { get; init; } = string.Empty;

        public string Nama { get; init; } = string.Empty;

        public string Jabatan { get; init; } = string.Empty;

        public int? UnitId { get; init; }

        public int? EvaluasiId { get; init; }

        public StatusEvaluasi? Status { get; init; }

        public PredikatKinerja? Predikat { get; init; }
    }
}

public sealed record PilihanPeriode(
    int Id, int TahunKinerjaId, int Tahun, JenisPeriode JenisPeriode, int Nomor, DateOnly Mulai, DateOnly Selesai, DateOnly BatasEvaluasi, bool Ditutup, int Version)
{
    public string Romawi => HasilEvaluasi.RomawiPeriode.Dari(Nomor);
}

/// <summary>Counts of one unit (or perangkat daerah) row; <see cref="Distribusi"/> counts the final evaluations per predikat.</summary>
public sealed record BarisProgresUnit(
    int UnitId, string Jalur, int Total, int Belum, int Berjalan, int Final, IReadOnlyDictionary<PredikatKinerja, int> Distribusi,
    bool DenganSubunit = false, PredikatOrganisasi? Organisasi = null) : IBarisRekapUnit<BarisProgresUnit>
{
    public BarisProgresUnit SebagaiBaris(int unitId, string jalur, bool denganSubunit) => this with { UnitId = unitId, Jalur = jalur, DenganSubunit = denganSubunit };

    public decimal PersenFinal => AturanRekap.Persen(Final, Total);

    /// <summary>The curve findings of the unit's final evaluations against its organisation predikat (none when it is not set).</summary>
    public IReadOnlyList<TemuanKurva> Temuan => Organisasi is { } o ? KurvaDistribusi.Periksa(o, Distribusi) : [];

    public static BarisProgresUnit Kosong(int unitId) => new(unitId, string.Empty, 0, 0, 0, 0, Enum.GetValues<PredikatKinerja>().ToDictionary(p => p, _ => 0));

    public static BarisProgresUnit Jumlah(IReadOnlyCollection<BarisProgresUnit> baris) => new(
        -1, string.Empty, baris.Sum(b => b.Total), baris.Sum(b => b.Belum), baris.Sum(b => b.Berjalan), baris.Sum(b => b.Final),
        Enum.GetValues<PredikatKinerja>().ToDictionary(p => p, p => baris.Sum(b => b.Distribusi.GetValueOrDefault(p))));
}

public sealed record ProgresHasil(IReadOnlyList<BarisProgresUnit> Baris, BarisProgresUnit Jumlah, IReadOnlyList<PilihanUnit> PerangkatDaerah);

public sealed record PegawaiProgres(int SkpId, string Nip, string Nama, string Jabatan, int? EvaluasiId, StatusEvaluasi? Status, PredikatKinerja? Predikat);

public sealed record ProgresUnit(PilihanPeriode Periode, int UnitId, string Jalur, BarisProgresUnit Jumlah, Halaman<PegawaiProgres> Pegawai);
