using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Web;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.RekapSkp;

/// <summary>
/// SKP completion for the Admin BKD. Every page is a fixed number of SQL queries whatever the number of units
/// and employees: the years, the unit tree (small, loaded once per request), and one GROUP BY per unit over active
/// employees left-joined to their current SKP (<see cref="AturanRekap"/>). Employees are counted in the unit of their
/// current position; the overview rolls the unit rows up in memory to their perangkat daerah.
/// </summary>
public sealed class RekapSkpService(AppDbContext db, TimeProvider clock)
{
    /// <summary>Employees without a position are grouped under this id.</summary>
    public const int TanpaUnit = 0;

    public const int BatasEkspor = 100_000;

    private Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>? _unit;

    /// <summary>The years to choose from, newest first, and the chosen one: <paramref name="tahunKinerjaId"/>, else the open year of today, else the newest open, else the newest.</summary>
    public async Task<(IReadOnlyList<PilihanTahun> Daftar, PilihanTahun? Terpilih)> TahunAsync(int? tahunKinerjaId, CancellationToken ct)
    {
        var daftar = await db.TahunKinerja.AsNoTracking().OrderByDescending(t => t.Tahun)
            .Select(t => new PilihanTahun(t.Id, t.Tahun, t.Status == StatusTahunKinerja.Dibuka)).ToListAsync(ct);
        var tahunIni = clock.GetLocalNow().Year;
        var terpilih = tahunKinerjaId is { } id
            ? daftar.FirstOrDefault(t => t.Id == id)
            : daftar.FirstOrDefault(t => t.Dibuka && t.Tahun == tahunIni) ?? daftar.FirstOrDefault(t => t.Dibuka) ?? daftar.FirstOrDefault();
        return (daftar, terpilih);
    }

    /// <summary>
    /// Without <paramref name="perangkatDaerahId"/>: one row per perangkat daerah (its unit and all subunits, see
    /// <see cref="AturanRekap.PerangkatDaerahDari"/>), units outside any perangkat daerah as their own row, by name.
    /// With it: one row per unit of that perangkat daerah and its subunits (own employees only), in path order.
    /// Only rows with active employees; "(Tanpa jabatan)" last.
    /// </summary>
    public async Task<RekapHasil> RekapAsync(int tahunKinerjaId, int? perangkatDaerahId, CancellationToken ct)
    {
        var unit = await UnitAsync(ct);
        var hitungan = await BarisPegawai(tahunKinerjaId)
            .GroupBy(x => x.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Total = g.Count(),
                Belum = g.Count(x => x.Status == null),
                Draft = g.Count(x => x.Status == StatusSkp.Draft && x.Revisi == 1),
                Diajukan = g.Count(x => x.Status == StatusSkp.Diajukan && x.Revisi == 1),
                Dikembalikan = g.Count(x => x.Status == StatusSkp.Dikembalikan && x.Revisi == 1),
                Disetujui = g.Count(x => x.Status == StatusSkp.Disetujui || x.Revisi > 1),
                RevisiBerjalan = g.Count(x => x.Status != StatusSkp.Disetujui && x.Revisi > 1),
            })
            .ToListAsync(ct);

        var perUnit = hitungan
            .Select(h => new RekapBaris(
                h.UnitId ?? TanpaUnit,
                h.UnitId is { } u ? AturanRekap.Jalur(u, unit) : string.Empty,
                h.Total, h.Belum, h.Draft, h.Diajukan, h.Dikembalikan, h.Disetujui, h.RevisiBerjalan));
        var (baris, pilihanPd) = GulunganRekap.Susun(perUnit, perangkatDaerahId, unit);
        return new RekapHasil(baris, RekapBaris.Jumlah(baris), pilihanPd);
    }

    /// <summary>Path of a unit for the drill-down header; null when unknown (<see cref="TanpaUnit"/> gives an empty path).</summary>
    public async Task<string?> JalurUnitAsync(int unitId, CancellationToken ct)
    {
        if (unitId == TanpaUnit)
        {
            return string.Empty;
        }

        var unit = await UnitAsync(ct);
        return unit.ContainsKey(unitId) ? AturanRekap.Jalur(unitId, unit) : null;
    }

    /// <summary>
    /// The active employees of one unit with their SKP state, paged: its own positions, or with <paramref name="subunit"/>
    /// also those of all its subunits (the ids from the in-memory tree, one query); with the unit path of each.
    /// </summary>
    public async Task<Halaman<PegawaiRekap>> PegawaiAsync(int tahunKinerjaId, int unitId, bool subunit, StatusRekap? status, int halaman, int ukuran, CancellationToken ct)
    {
        var query = await PegawaiQueryAsync(tahunKinerjaId, unitId, subunit, status, ct);
        var hasil = await query.ToHalamanAsync(halaman, ukuran, ct);
        return hasil with { Items = await DenganUnitAsync(hasil.Items, ct) };
    }

    public async Task<IReadOnlyList<PegawaiRekap>> SemuaPegawaiAsync(int tahunKinerjaId, int unitId, bool subunit, StatusRekap? status, CancellationToken ct)
    {
        var query = await PegawaiQueryAsync(tahunKinerjaId, unitId, subunit, status, ct);
        return await DenganUnitAsync(await query.Take(BatasEkspor).ToListAsync(ct), ct);
    }

    private async Task<IReadOnlyList<PegawaiRekap>> DenganUnitAsync(IReadOnlyList<PegawaiRekap> daftar, CancellationToken ct)
    {
        var unit = await UnitAsync(ct);
        return [.. daftar.Select(p => p with { JalurUnit = p.UnitId is { } u ? AturanRekap.Jalur(u, unit) : null })];
    }

    private async Task<IQueryable<PegawaiRekap>> PegawaiQueryAsync(int tahunKinerjaId, int unitId, bool subunit, StatusRekap? status, CancellationToken ct)
    {
        // Filtered on the employee's own columns before the join, so the position index narrows the rows.
        IQueryable<Domain.Kepegawaian.Pegawai> pegawai;
        if (unitId == TanpaUnit)
        {
            pegawai = db.Pegawai.Where(p => p.JabatanId == null);
        }
        else if (subunit)
        {
            var ids = Turunan(unitId, await UnitAsync(ct)).ToList();
            pegawai = db.Pegawai.Where(p => ids.Contains(p.Jabatan!.UnitKerjaId));
        }
        else
        {
            pegawai = db.Pegawai.Where(p => p.Jabatan!.UnitKerjaId == unitId);
        }

        var query = BarisPegawai(tahunKinerjaId, pegawai);
        query = status switch
        {
            null => query,
            StatusRekap.BelumDibuat => query.Where(x => x.Status == null),
            StatusRekap.Draft => query.Where(x => x.Status == StatusSkp.Draft && x.Revisi == 1),
            StatusRekap.Diajukan => query.Where(x => x.Status == StatusSkp.Diajukan && x.Revisi == 1),
            StatusRekap.Dikembalikan => query.Where(x => x.Status == StatusSkp.Dikembalikan && x.Revisi == 1),
            StatusRekap.Disetujui => query.Where(x => x.Status == StatusSkp.Disetujui || x.Revisi > 1),
            _ => query.Where(x => false),
        };
        return query.OrderBy(x => x.Nama).ThenBy(x => x.Nip)
            .Select(x => new PegawaiRekap(x.PegawaiId, x.Nip, x.GelarDepan, x.Nama, x.GelarBelakang, x.NamaJabatan, x.SkpId, x.Status, x.Revisi, x.UnitId));
    }

    /// <summary>
    /// Every active employee once, with the current SKP of the year or nulls: the SKP not superseded by a revision
    /// (<see cref="SkpEntity.Direvisi"/>) for which no later segment of the same year exists (ties: the newest row).
    /// </summary>
    private IQueryable<BarisRekap> BarisPegawai(int tahunKinerjaId, IQueryable<Domain.Kepegawaian.Pegawai>? pegawai = null)
    {
        var kini = db.Skp.AsNoTracking().Where(s => s.TahunKinerjaId == tahunKinerjaId).Terkini(db.Skp);
        if (pegawai is not null)
        {
            // Also inside the derived table, which SQLite would otherwise build for every SKP of the year.
            var ids = pegawai.Select(p => p.Id);
            kini = kini.Where(s => ids.Contains(s.PegawaiId));
        }

        return from p in (pegawai ?? db.Pegawai).AsNoTracking()
               where p.Status == StatusPegawai.Aktif
               join s in kini on p.Id equals s.PegawaiId into g
               from s in g.DefaultIfEmpty()
               select new BarisRekap
               {
                   PegawaiId = p.Id,
                   Nip = p.Nip,
                   GelarDepan = p.GelarDepan,
                   Nama = p.Nama,
                   GelarBelakang = p.GelarBelakang,
                   UnitId = p.Jabatan != null ? p.Jabatan.UnitKerjaId : null,
                   NamaJabatan = p.Jabatan != null ? p.Jabatan.Nama : null,
                   SkpId = s != null ? s.Id : null,
                   Status = s != null ? s.Status : null,
                   Revisi = s != null ? s.Revisi : null,
               };
    }

    /// <summary>The unit tree, loaded once per service (a scoped service: once per request).</summary>
    private async Task<Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>> UnitAsync(CancellationToken ct) =>
        _unit ??= await PohonAsync(db, ct);

    /// <summary>The whole unit tree in one query (small), keyed by id; shared by the recaps built on this one.</summary>
    internal static async Task<Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>> PohonAsync(AppDbContext db, CancellationToken ct) =>
        (await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Nama, u.Jenis, u.Aktif }).ToListAsync(ct))
        .ToDictionary(u => u.Id, u => (u.ParentId, u.Nama, u.Jenis, u.Aktif));

    internal static HashSet<int> Turunan(int root, Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)> unit)
    {
        var anak = unit.Where(u => u.Value.ParentId is not null).ToLookup(u => u.Value.ParentId!.Value, u => u.Key);
        var hasil = new HashSet<int> { root };
        var tumpukan = new Stack<int>([root]);
        while (tumpukan.TryPop(out var id))
        {
            foreach (var a in anak[id])
            {
                if (hasil.Add(a))
                {
                    tumpukan.Push(a);
                }
            }
        }

        return hasil;
    }

    /// <summary>One employee row of the query (a class, so EF can compose filters on it before projecting).</summary>
    private sealed class BarisRekap
    {
        public int PegawaiId { get; init; }

        public string Nip { get; init; } = string.Empty;

        public string? GelarDepan { get; init; }

        public string Nama { get; init; } = string.Empty;

        public string? GelarBelakang { get; init; }

        public int? UnitId { get; init; }

        public string? NamaJabatan { get; init; }

        public int? SkpId { get; init; }

        public StatusSkp? Status { get; init; }

        public int? Revisi { get; init; }
    }
}

public sealed record PilihanTahun(int Id, int Tahun, bool Dibuka);

public sealed record PilihanUnit(int Id, string Nama);

public sealed record RekapBaris(
    int UnitId, string Jalur, int Total, int BelumDibuat, int Draft, int Diajukan, int Dikembalikan, int Disetujui, int RevisiBerjalan,
    bool DenganSubunit = false) : IBarisRekapUnit<RekapBaris>
{
    public RekapBaris SebagaiBaris(int unitId, string jalur, bool denganSubunit) => this with { UnitId = unitId, Jalur = jalur, DenganSubunit = denganSubunit };

    public decimal PersenDisetujui => AturanRekap.Persen(Disetujui, Total);

    public static RekapBaris Jumlah(IReadOnlyCollection<RekapBaris> baris) => new(
        -1, string.Empty, baris.Sum(b => b.Total), baris.Sum(b => b.BelumDibuat), baris.Sum(b => b.Draft), baris.Sum(b => b.Diajukan),
        baris.Sum(b => b.Dikembalikan), baris.Sum(b => b.Disetujui), baris.Sum(b => b.RevisiBerjalan));
}

public sealed record RekapHasil(IReadOnlyList<RekapBaris> Baris, RekapBaris Jumlah, IReadOnlyList<PilihanUnit> PerangkatDaerah);

public sealed record PegawaiRekap(
    int PegawaiId, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, string? NamaJabatan, int? SkpId, StatusSkp? StatusSkp, int? Revisi,
    int? UnitId = null, string? JalurUnit = null)
{
    public string NamaLengkap => Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang);

    public StatusRekap Status => AturanRekap.Dari(StatusSkp, Revisi);

    public bool RevisiBerjalan => AturanRekap.RevisiBerjalan(StatusSkp, Revisi);
}
