using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Web.Web;
using SiKinerja.Web.Features.Pegawai;
using UnitEntity = SiKinerja.Domain.Organisasi.UnitKerja;

namespace SiKinerja.Web.Features.UnitKerja;

/// <summary>
/// The unit tree for the Admin BKD. The unit table is small (hundreds, a few thousand in a province),
/// so it is loaded once and walked in memory; counts come from one GROUP BY each.
/// </summary>
public sealed class UnitKerjaService(AppDbContext db, ILogger<UnitKerjaService> logger)
{
    public const int MaksimumPilihan = 20;

    /// <summary>The audit trail names entities by CLR type name (nameof on the alias would give the alias).</summary>

    public async Task<PohonViewModel> PohonAsync(string? q, bool semua, CancellationToken ct)
    {
        var peta = await PetaAsync(ct);
        var (jabatan, pegawai) = await HitungAsync(null, ct);
        PohonBaris Baris(UnitSingkat u, int kedalaman, bool denganJalur = false) => new(
            u.Id, u.Nama, u.Kode, u.Jenis, u.Aktif, kedalaman,
            jabatan.GetValueOrDefault(u.Id), pegawai.GetValueOrDefault(u.Id), denganJalur ? peta.Jalur(u.Id) : string.Empty);

        if (!string.IsNullOrWhiteSpace(q))
        {
            var kunci = q.Trim();
            var cocok = peta.Semua
                .Where(u => (semua || u.Aktif) &&
                            (u.Nama.Contains(kunci, StringComparison.OrdinalIgnoreCase) || string.Equals(u.Kode, kunci, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(u => u.Nama, StringComparer.OrdinalIgnoreCase)
                .Select(u => Baris(u, 0, denganJalur: true))
                .ToList();
            return new PohonViewModel(q, semua, cocok, true);
        }

        var baris = new List<PohonBaris>();
        var anak = peta.Anak;
        var dikunjungi = new HashSet<int>();
        void Telusuri(UnitSingkat u, int kedalaman)
        {
            if ((!semua && !u.Aktif) || !dikunjungi.Add(u.Id))
            {
                return;
            }

            baris.Add(Baris(u, kedalaman));
            foreach (var c in anak[u.Id])
            {
                Telusuri(c, kedalaman + 1);
            }
        }

        foreach (var akar in peta.Semua.Where(u => u.ParentId is null || !peta.Ada(u.ParentId.Value)).OrderBy(u => u.Jenis).ThenBy(u => u.Nama))
        {
            Telusuri(akar, 0);
        }

        return new PohonViewModel(q, semua, baris, false);
    }

    public async Task<UnitDetailViewModel?> DetailAsync(int id, CancellationToken ct)
    {
        var peta = await PetaAsync(ct);
        if (peta.Cari(id) is not { } unit)
        {
            return null;
        }

        var anakIds = peta.Anak[id].Select(a => a.Id).ToList();
        var (jabatanPerUnit, pegawaiPerUnit) = await HitungAsync([id, .. anakIds], ct);
        var leluhur = Pohon.Leluhur(id, peta.IndukDari).Reverse().Select(i => peta.Cari(i)!).ToList();
        var anak = peta.Anak[id]
            .Select(a => new PohonBaris(a.Id, a.Nama, a.Kode, a.Jenis, a.Aktif, 0, jabatanPerUnit.GetValueOrDefault(a.Id), pegawaiPerUnit.GetValueOrDefault(a.Id), string.Empty))
            .ToList();
        var jabatan = await db.Jabatan.AsNoTracking()
            .Where(j => j.UnitKerjaId == id)
            .OrderByDescending(j => j.Aktif).ThenBy(j => j.Jenis).ThenBy(j => j.Nama)
            .Select(j => new JabatanDiUnit(
                j.Id,
                j.Nama,
                j.Jenis,
                j.Jenjang,
                j.Aktif,
                db.Pegawai.Count(p => p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif)))
            .ToListAsync(ct);
        var riwayat = await db.RiwayatAsync<UnitEntity>(id, ct);
        return new UnitDetailViewModel(unit, leluhur, anak, jabatan, riwayat);
    }

    public async Task<UnitKerjaForm?> GetFormAsync(int id, CancellationToken ct)
    {
        var form = await db.UnitKerja.AsNoTracking().Where(u => u.Id == id).Select(u => new UnitKerjaForm
        {
            Id = u.Id,
            Version = u.Version,
            Nama = u.Nama,
            Jenis = u.Jenis,
            Kode = u.Kode,
            IndukId = u.ParentId,
        }).FirstOrDefaultAsync(ct);
        if (form is not null)
        {
            await IsiLabelAsync(form, ct);
        }

        return form;
    }

    /// <summary>The label of the chosen parent, shown again after a failed post (the posted label is not trusted).</summary>
    public async Task IsiLabelAsync(UnitKerjaForm form, CancellationToken ct)
    {
        var peta = form.IndukId is null ? null : await PetaAsync(ct);
        form.NamaInduk = form.IndukId is { } induk && peta!.Ada(induk) ? peta.Label(induk) : null;
    }

    public async Task<int> BuatAsync(UnitKerjaForm form, CancellationToken ct)
    {
        var unit = new UnitEntity(form.Nama.Trim(), form.Jenis, null, Bersihkan(form.Kode));
        var peta = await PetaAsync(ct);
        unit.UbahPosisi(form.Jenis, form.IndukId, peta.IndukDari);
        db.UnitKerja.Add(unit);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Unit kerja {UnitId} ditambahkan di bawah {IndukId}", unit.Id, unit.ParentId);
        return unit.Id;
    }

    /// <summary>Throws <see cref="DomainException"/> (loop, level) or <see cref="DbUpdateConcurrencyException"/> (stale form); nothing is saved then.</summary>
    public async Task<bool> UbahAsync(UnitKerjaForm form, CancellationToken ct)
    {
        var unit = await db.UnitKerja.FirstOrDefaultAsync(u => u.Id == form.Id, ct);
        if (unit is null)
        {
            return false;
        }

        var peta = await PetaAsync(ct);
        db.Entry(unit).Property(u => u.Version).OriginalValue = form.Version;
        unit.Nama = form.Nama.Trim();
        unit.Kode = Bersihkan(form.Kode);
        unit.UbahPosisi(form.Jenis, form.IndukId, peta.IndukDari);

        // A new name changes the SKP header of everyone holding a position in this unit.
        var pemegang = await db.Pegawai.Where(p => p.Jabatan != null && p.Jabatan.UnitKerjaId == unit.Id).Select(p => p.Id).ToListAsync(ct);
        var berubah = (await db.SimpanPerubahanOrganisasiAsync(pemegang, null, logger, ct)).Jumlah;
        logger.LogInformation("Unit kerja {UnitId} diubah; atasan {Jumlah} pegawai ikut berubah", unit.Id, berubah);
        return true;
    }

    /// <summary>Refuses (DomainException <c>UnitKerja.MasihDipakai</c>) while active units, positions or employees remain inside.</summary>
    public async Task<bool> NonaktifkanAsync(int id, int version, CancellationToken ct)
    {
        var unit = await db.UnitKerja.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return false;
        }

        var anak = await db.UnitKerja.CountAsync(u => u.ParentId == id && u.Aktif, ct);
        var jabatan = await db.Jabatan.CountAsync(j => j.UnitKerjaId == id && j.Aktif, ct);
        var pegawai = await db.Pegawai.CountAsync(p => p.Status == StatusPegawai.Aktif && p.Jabatan != null && p.Jabatan.UnitKerjaId == id, ct);
        if (anak + jabatan + pegawai > 0)
        {
            throw new DomainException("UnitKerja.MasihDipakai", anak, jabatan, pegawai);
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = version;
        unit.Aktif = false;
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        logger.LogInformation("Unit kerja {UnitId} dinonaktifkan", id);
        return true;
    }

    public async Task<bool> AktifkanAsync(int id, int version, CancellationToken ct)
    {
        var unit = await db.UnitKerja.Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return false;
        }

        if (unit.Parent is { Aktif: false })
        {
            throw new DomainException("UnitKerja.IndukTidakAktif");
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = version;
        unit.Aktif = true;
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        logger.LogInformation("Unit kerja {UnitId} diaktifkan", id);
        return true;
    }

    /// <summary>Unit picker: active units whose name or kode matches, labelled with their path.</summary>
    public async Task<IReadOnlyList<PilihanJabatan>> CariAsync(string? q, int? kecuali, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return [];
        }

        var kunci = q.Trim();
        var peta = await PetaAsync(ct);
        return [.. peta.Semua
            .Where(u => u.Aktif && u.Id != kecuali &&
                        (u.Nama.Contains(kunci, StringComparison.OrdinalIgnoreCase) || string.Equals(u.Kode, kunci, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(u => u.Jenis).ThenBy(u => u.Nama, StringComparer.OrdinalIgnoreCase)
            .Take(MaksimumPilihan)
            .Select(u => new PilihanJabatan(u.Id, peta.Label(u.Id)))];
    }

    public async Task<string?> LabelAsync(int id, CancellationToken ct)
    {
        var peta = await PetaAsync(ct);
        return peta.Ada(id) ? peta.Label(id) : null;
    }

    /// <summary>Active positions and active employees per unit (own, not subtree), one GROUP BY each.</summary>
    private async Task<(Dictionary<int, int> Jabatan, Dictionary<int, int> Pegawai)> HitungAsync(IReadOnlyCollection<int>? unitIds, CancellationToken ct)
    {
        var jabatan = db.Jabatan.AsNoTracking().Where(j => j.Aktif);
        var pegawai = db.Pegawai.AsNoTracking().Where(p => p.Status == StatusPegawai.Aktif && p.Jabatan != null);
        if (unitIds is not null)
        {
            jabatan = jabatan.Where(j => unitIds.Contains(j.UnitKerjaId));
            pegawai = pegawai.Where(p => unitIds.Contains(p.Jabatan!.UnitKerjaId));
        }

        var j = await jabatan.GroupBy(x => x.UnitKerjaId).Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        var p = await pegawai.GroupBy(x => x.Jabatan!.UnitKerjaId).Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        return (j, p);
    }

    private async Task<PetaUnit> PetaAsync(CancellationToken ct) =>
        new(await db.UnitKerja.AsNoTracking()
            .Select(u => new UnitSingkat(u.Id, u.ParentId, u.Nama, u.Kode, u.Jenis, u.Aktif, u.Version))
            .ToListAsync(ct));

    private static string? Bersihkan(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The whole unit table in memory, with parent/child look-ups.</summary>
public sealed class PetaUnit
{
    private readonly Dictionary<int, UnitSingkat> _byId;

    public PetaUnit(IReadOnlyList<UnitSingkat> semua)
    {
        Semua = semua;
        _byId = semua.ToDictionary(u => u.Id);
        Anak = semua.Where(u => u.ParentId is not null)
            .OrderBy(u => u.Jenis).ThenBy(u => u.Nama, StringComparer.OrdinalIgnoreCase)
            .ToLookup(u => u.ParentId!.Value);
    }

    public IReadOnlyList<UnitSingkat> Semua { get; }

    public ILookup<int, UnitSingkat> Anak { get; }

    public bool Ada(int id) => _byId.ContainsKey(id);

    public UnitSingkat? Cari(int id) => _byId.GetValueOrDefault(id);

    public int? IndukDari(int id) => _byId.TryGetValue(id, out var u) ? u.ParentId : null;

    /// <summary>The ancestors from the root down: "Pemerintah Kabupaten Uji › Dinas Uji".</summary>
    public string Jalur(int id) => string.Join(" › ", Pohon.Leluhur(id, IndukDari).Reverse().Select(i => _byId[i].Nama));

    public string Label(int id)
    {
        // "Bidang Uji — Pemerintah Kabupaten Uji › Dinas Uji": the name, then at most two ancestors.
        var jalur = Pohon.Leluhur(id, IndukDari).Take(2).Reverse().Select(i => _byId[i].Nama).ToList();
        return jalur.Count == 0 ? _byId[id].Nama : _byId[id].Nama + " — " + string.Join(" › ", jalur);
    }
}

public sealed record UnitSingkat(int Id, int? ParentId, string Nama, string? Kode, JenisUnitKerja Jenis, bool Aktif, int Version);

public sealed record PohonBaris(int Id, string Nama, string? Kode, JenisUnitKerja Jenis, bool Aktif, int Kedalaman, int JumlahJabatan, int JumlahPegawai, string Jalur);

public sealed record PohonViewModel(string? Q, bool Semua, IReadOnlyList<PohonBaris> Baris, bool HasilPencarian);

public sealed record JabatanDiUnit(int Id, string Nama, JenisJabatan Jenis, JenjangFungsional? Jenjang, bool Aktif, int JumlahPemegang);

public sealed record UnitDetailViewModel(
    UnitSingkat Unit,
    IReadOnlyList<UnitSingkat> Leluhur,
    IReadOnlyList<PohonBaris> Anak,
    IReadOnlyList<JabatanDiUnit> Jabatan,
    IReadOnlyList<AuditBaris> Riwayat);
