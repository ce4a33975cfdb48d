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
/// SKP completion per unit for the Admin BKD. Every page is a fixed number of SQL queries whatever the number of units
/// and employees: the years, the unit tree (small), and one GROUP BY over active employees left-joined to their current
/// SKP (<see cref="AturanRekap"/>). Employees are counted in the unit of their current position.
/// </summary>
public sealed class RekapSkpService(AppDbContext db, TimeProvider clock)
{
    /// <summary>Employees without a position are grouped under this id.</summary>
    public const int TanpaUnit = 0;

    public const int BatasEkspor = 100_000;

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

    /// <summary>Rows per unit (only units with active employees), in path order, optionally only one perangkat daerah and its subunits.</summary>
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

        var dalamPd = perangkatDaerahId is { } pd ? Turunan(pd, unit) : null;
        var baris = hitungan
            .Select(h => new RekapBaris(
                h.UnitId ?? TanpaUnit,
                h.UnitId is { } u ? AturanRekap.Jalur(u, unit) : string.Empty,
                h.Total, h.Belum, h.Draft, h.Diajukan, h.Dikembalikan, h.Disetujui, h.RevisiBerjalan))
            .Where(b => dalamPd is null || dalamPd.Contains(b.UnitId))
            .OrderBy(b => b.UnitId == TanpaUnit).ThenBy(b => b.Jalur, StringComparer.CurrentCultureIgnoreCase).ThenBy(b => b.UnitId)
            .ToList();
        var pilihanPd = unit.Where(u => u.Value.Jenis == JenisUnitKerja.PerangkatDaerah && u.Value.Aktif)
            .Select(u => new PilihanUnit(u.Key, u.Value.Nama)).OrderBy(u => u.Nama, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new RekapHasil(baris, RekapBaris.Jumlah(baris), pilihanPd);
    }

    /// <summary>Name and path of a unit for the drill-down header; null when unknown (<see cref="TanpaUnit"/> gives an empty path).</summary>
    public async Task<string?> JalurUnitAsync(int unitId, CancellationToken ct)
    {
        if (unitId == TanpaUnit)
        {
            return string.Empty;
        }

        var unit = await UnitAsync(ct);
        return unit.ContainsKey(unitId) ? AturanRekap.Jalur(unitId, unit) : null;
    }

    /// <summary>The active employees of one unit (own positions, not subunits) with their SKP state, paged.</summary>
    public Task<Halaman<PegawaiRekap>> PegawaiAsync(int tahunKinerjaId, int unitId, StatusRekap? status, int halaman, int ukuran, CancellationToken ct) =>
        PegawaiQuery(tahunKinerjaId, unitId, status).ToHalamanAsync(halaman, ukuran, ct);

    public async Task<IReadOnlyList<PegawaiRekap>> SemuaPegawaiAsync(int tahunKinerjaId, int unitId, StatusRekap? status, CancellationToken ct) =>
        await PegawaiQuery(tahunKinerjaId, unitId, status).Take(BatasEkspor).ToListAsync(ct);

    private IQueryable<PegawaiRekap> PegawaiQuery(int tahunKinerjaId, int unitId, StatusRekap? status)
    {
        // Filtered on the employee's own columns before the join, so the position index narrows the rows.
        var pegawai = unitId == TanpaUnit
            ? db.Pegawai.Where(p => p.JabatanId == null)
            : db.Pegawai.Where(p => p.Jabatan!.UnitKerjaId == unitId);
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
            .Select(x => new PegawaiRekap(x.PegawaiId, x.Nip, x.GelarDepan, x.Nama, x.GelarBelakang, x.NamaJabatan, x.SkpId, x.Status, x.Revisi));
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

    private async Task<Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>> UnitAsync(CancellationToken ct) =>
        (await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Nama, u.Jenis, u.Aktif }).ToListAsync(ct))
        .ToDictionary(u => u.Id, u => (u.ParentId, u.Nama, u.Jenis, u.Aktif));

    private static HashSet<int> Turunan(int root, Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)> unit)
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
    int UnitId, string Jalur, int Total, int BelumDibuat, int Draft, int Diajukan, int Dikembalikan, int Disetujui, int RevisiBerjalan)
{
    public decimal PersenDisetujui => AturanRekap.Persen(Disetujui, Total);

    public static RekapBaris Jumlah(IReadOnlyCollection<RekapBaris> baris) => new(
        -1, string.Empty, baris.Sum(b => b.Total), baris.Sum(b => b.BelumDibuat), baris.Sum(b => b.Draft), baris.Sum(b => b.Diajukan),
        baris.Sum(b => b.Dikembalikan), baris.Sum(b => b.Disetujui), baris.Sum(b => b.RevisiBerjalan));
}

public sealed record RekapHasil(IReadOnlyList<RekapBaris> Baris, RekapBaris Jumlah, IReadOnlyList<PilihanUnit> PerangkatDaerah);

public sealed record PegawaiRekap(
    int PegawaiId, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, string? NamaJabatan, int? SkpId, StatusSkp? StatusSkp, int? Revisi)
{
    public string NamaLengkap => Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang);

    public StatusRekap Status => AturanRekap.Dari(StatusSkp, Revisi);

    public bool RevisiBerjalan => AturanRekap.RevisiBerjalan(StatusSkp, Revisi);
}
