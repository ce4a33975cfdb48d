using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.RekapSkp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.RekapPengembangan;

/// <summary>
/// The 20 JP a year recap for the Admin BKD, per unit and rolled up per perangkat daerah like <see cref="RekapSkpService"/>
/// (same unit tree, <see cref="AturanRekap"/>). Every active employee once, left-joined to one GROUP BY over the year's
/// <see cref="KegiatanPengembangan"/> per employee (verified JP, pending JP; refused not counted, <see cref="RekapJp"/>),
/// then grouped per unit. A fixed number of queries whatever the size: the unit tree, one GROUP BY (or the page and its count).
/// </summary>
public sealed class RekapPengembanganService(AppDbContext db, TimeProvider clock, IOptions<AturanJp> aturan)
{
    public const int BatasEkspor = 100_000;

    private Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>? _unit;

    public int Target => aturan.Value.TargetTahunan;

    public int TahunIni => clock.GetLocalNow().Year;

    public async Task<RekapJpHasil> RekapAsync(int tahun, int? perangkatDaerahId, CancellationToken ct)
    {
        var unit = await UnitAsync(ct);
        var target = Target;
        // Two GROUP BY queries (active employees per unit; JP per employee with activities this year), joined in memory.
        var aktif = await db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif)
            .GroupBy(p => p.Jabatan != null ? (int?)p.Jabatan.UnitKerjaId : null)
            .Select(g => new { UnitId = g.Key, Total = g.Count() })
            .ToListAsync(ct);
        var jpPegawai = await db.KegiatanPengembangan.AsNoTracking()
            .Where(k => k.Tahun == tahun && k.Status != StatusKegiatan.Ditolak)
            .Join(db.Pegawai.Where(p => p.Status == StatusPegawai.Aktif), k => k.PegawaiId, p => p.Id,
                (k, p) => new { k.PegawaiId, UnitId = p.Jabatan != null ? (int?)p.Jabatan.UnitKerjaId : null, k.Jp, k.Status })
            .GroupBy(x => new { x.PegawaiId, x.UnitId })
            .Select(g => new
            {
                g.Key.UnitId,
                Terverifikasi = g.Sum(x => x.Status == StatusKegiatan.Terverifikasi ? x.Jp : 0),
                Tertunda = g.Sum(x => x.Status == StatusKegiatan.Diajukan ? x.Jp : 0),
            })
            .ToListAsync(ct);
        var jpPerUnit = jpPegawai.GroupBy(x => x.UnitId ?? RekapSkpService.TanpaUnit).ToDictionary(g => g.Key, g => g.ToList());
        var hitungan = aktif.Select(a =>
        {
            var daftar = jpPerUnit.GetValueOrDefault(a.UnitId ?? RekapSkpService.TanpaUnit) ?? [];
            return new
            {
                a.UnitId,
                a.Total,
                Tercapai = daftar.Count(x => x.Terverifikasi >= target),
                Jp = daftar.Sum(x => x.Terverifikasi),
                Tertunda = daftar.Sum(x => x.Tertunda),
            };
        });

        var perUnit = hitungan.Select(h => new RekapJpBaris(
            h.UnitId ?? RekapSkpService.TanpaUnit,
            h.UnitId is { } u ? AturanRekap.Jalur(u, unit) : string.Empty,
            h.Total, h.Tercapai, h.Jp, h.Tertunda));
        var (baris, pilihanPd) = GulunganRekap.Susun(perUnit, perangkatDaerahId, unit);
        return new RekapJpHasil(baris, RekapJpBaris.Jumlah(baris), pilihanPd);
    }

    /// <summary>Path of a unit for the drill-down header; null when unknown (<see cref="RekapSkpService.TanpaUnit"/> gives an empty path).</summary>
    public async Task<string?> JalurUnitAsync(int unitId, CancellationToken ct)
    {
        if (unitId == RekapSkpService.TanpaUnit)
        {
            return string.Empty;
        }

        var unit = await UnitAsync(ct);
        return unit.ContainsKey(unitId) ? AturanRekap.Jalur(unitId, unit) : null;
    }

    public async Task<Halaman<PegawaiJp>> PegawaiAsync(int tahun, int unitId, bool subunit, bool kurang, int halaman, int ukuran, CancellationToken ct)
    {
        var query = await PegawaiQueryAsync(tahun, unitId, subunit, kurang, ct);
        var hasil = await query.ToHalamanAsync(halaman, ukuran, ct);
        return hasil with { Items = await DenganUnitAsync(hasil.Items, ct) };
    }

    public async Task<IReadOnlyList<PegawaiJp>> SemuaPegawaiAsync(int tahun, int unitId, bool subunit, bool kurang, CancellationToken ct)
    {
        var query = await PegawaiQueryAsync(tahun, unitId, subunit, kurang, ct);
        return await DenganUnitAsync(await query.Take(BatasEkspor).ToListAsync(ct), ct);
    }

    private async Task<IReadOnlyList<PegawaiJp>> DenganUnitAsync(IReadOnlyList<PegawaiJp> daftar, CancellationToken ct)
    {
        var unit = await UnitAsync(ct);
        var target = Target;
        return [.. daftar.Select(p => p with { JalurUnit = p.UnitId is { } u ? AturanRekap.Jalur(u, unit) : null, Kekurangan = RekapJp.Kekurangan(p.JpTerverifikasi, target) })];
    }

    private async Task<IQueryable<PegawaiJp>> PegawaiQueryAsync(int tahun, int unitId, bool subunit, bool kurang, CancellationToken ct)
    {
        IQueryable<Domain.Kepegawaian.Pegawai> pegawai;
        if (unitId == RekapSkpService.TanpaUnit)
        {
            pegawai = db.Pegawai.Where(p => p.JabatanId == null);
        }
        else if (subunit)
        {
            var ids = RekapSkpService.Turunan(unitId, await UnitAsync(ct)).ToList();
            pegawai = db.Pegawai.Where(p => ids.Contains(p.Jabatan!.UnitKerjaId));
        }
        else
        {
            pegawai = db.Pegawai.Where(p => p.Jabatan!.UnitKerjaId == unitId);
        }

        var target = Target;
        var query = BarisPegawai(tahun, pegawai);
        if (kurang)
        {
            query = query.Where(x => x.JpTerverifikasi < target);
        }

        return query.OrderBy(x => x.Nama).ThenBy(x => x.Nip)
            .Select(x => new PegawaiJp(x.PegawaiId, x.Nip, x.GelarDepan, x.Nama, x.GelarBelakang, x.NamaJabatan, x.JpTerverifikasi, x.JpTertunda, x.UnitId, null, 0));
    }

    /// <summary>Every active employee once with the verified and pending JP of the year (0 without activities).</summary>
    private IQueryable<BarisJp> BarisPegawai(int tahun, IQueryable<Domain.Kepegawaian.Pegawai>? pegawai = null)
    {
        // Correlated sums (one SQL statement): the JP of the year per employee, verified and pending apart.
        var kegiatan = db.KegiatanPengembangan.AsNoTracking().Where(k => k.Tahun == tahun);
        return from p in (pegawai ?? db.Pegawai).AsNoTracking()
               where p.Status == StatusPegawai.Aktif
               select new BarisJp
               {
                   PegawaiId = p.Id,
                   Nip = p.Nip,
                   GelarDepan = p.GelarDepan,
                   Nama = p.Nama,
                   GelarBelakang = p.GelarBelakang,
                   UnitId = p.Jabatan != null ? p.Jabatan.UnitKerjaId : null,
                   NamaJabatan = p.Jabatan != null ? p.Jabatan.Nama : null,
                   JpTerverifikasi = kegiatan.Where(k => k.PegawaiId == p.Id && k.Status == StatusKegiatan.Terverifikasi).Sum(k => (int?)k.Jp) ?? 0,
                   JpTertunda = kegiatan.Where(k => k.PegawaiId == p.Id && k.Status == StatusKegiatan.Diajukan).Sum(k => (int?)k.Jp) ?? 0,
               };
    }

    private async Task<Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>> UnitAsync(CancellationToken ct) =>
        _unit ??= await RekapSkpService.PohonAsync(db, ct);

    private sealed class BarisJp
    {
        public int PegawaiId { get; init; }

        public string Nip { get; init; } = string.Empty;

        public string? GelarDepan { get; init; }

        public string Nama { get; init; } = string.Empty;

        public string? GelarBelakang { get; init; }

        public int? UnitId { get; init; }

        public string? NamaJabatan { get; init; }

        public int JpTerverifikasi { get; init; }

        public int JpTertunda { get; init; }
    }
}

public sealed record RekapJpBaris(int UnitId, string Jalur, int Total, int Tercapai, int JumlahJp, int JpTertunda, bool DenganSubunit = false) : IBarisRekapUnit<RekapJpBaris>
{
    public RekapJpBaris SebagaiBaris(int unitId, string jalur, bool denganSubunit) => this with { UnitId = unitId, Jalur = jalur, DenganSubunit = denganSubunit };

    public int Kurang => Total - Tercapai;

    public decimal RataRata => RekapJp.RataRata(JumlahJp, Total);

    public static RekapJpBaris Jumlah(IReadOnlyCollection<RekapJpBaris> baris) => new(
        -1, string.Empty, baris.Sum(b => b.Total), baris.Sum(b => b.Tercapai), baris.Sum(b => b.JumlahJp), baris.Sum(b => b.JpTertunda));
}

public sealed record RekapJpHasil(IReadOnlyList<RekapJpBaris> Baris, RekapJpBaris Jumlah, IReadOnlyList<PilihanUnit> PerangkatDaerah);

public sealed record PegawaiJp(
    int PegawaiId, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, string? NamaJabatan, int JpTerverifikasi, int JpTertunda,
    int? UnitId, string? JalurUnit, int Kekurangan)
{
    public string NamaLengkap => Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang);
}
