using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Web;
using SasaranEntity = SiKinerja.Domain.Skp.SasaranOrganisasi;

namespace SiKinerja.Web.Features.SasaranOrganisasi;

/// <summary>Who may maintain which unit's targets: the Admin BKD any unit, a unit head the perangkat daerah they head.</summary>
public sealed record AksesSasaran(bool Admin, IReadOnlyList<int> UnitDipimpin)
{
    public bool BolehMembuka => Admin || UnitDipimpin.Count > 0;

    public bool BolehKelola(int unitId) => Admin || UnitDipimpin.Contains(unitId);
}

/// <summary>Organisation targets (Perjanjian Kinerja / Renstra sasaran): list, create, edit, (de)activate.</summary>
public sealed class SasaranOrganisasiService(AppDbContext db, SasaranOrganisasiQueries queries, ILogger<SasaranOrganisasiService> logger)
{
    public static bool AdalahAdmin(ClaimsPrincipal user) => user.IsInRole(Peran.AdminBkd) || user.IsInRole(Peran.Administrator);

    public async Task<AksesSasaran> AksesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (AdalahAdmin(user))
        {
            return new AksesSasaran(true, []);
        }

        return new AksesSasaran(false, user.PegawaiIdDari() is { } id ? await queries.UnitDipimpinAsync(id, ct) : []);
    }

    public async Task<Halaman<SasaranBaris>> DaftarAsync(SasaranFilter f, AksesSasaran akses, CancellationToken ct)
    {
        var query = db.SasaranOrganisasi.AsNoTracking().Where(s => s.Tahun == f.Tahun);
        if (f.UnitId is { } unitId)
        {
            query = query.Where(s => s.UnitKerjaId == unitId);
        }
        else if (!akses.Admin)
        {
            var unit = akses.UnitDipimpin;
            query = query.Where(s => unit.Contains(s.UnitKerjaId));
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var kunci = f.Q.Trim().ToLower();
            query = query.Where(s => s.Teks.ToLower().Contains(kunci) || (s.Kode != null && s.Kode.ToLower().Contains(kunci))
                                     || (s.Indikator != null && s.Indikator.ToLower().Contains(kunci)));
        }

        if (f.Semua != true)
        {
            query = query.Where(s => s.Aktif);
        }

        return await (from s in query
                      join u in db.UnitKerja on s.UnitKerjaId equals u.Id
                      orderby u.Nama, s.Kode == null, s.Kode, s.Teks, s.Id
                      select new SasaranBaris(s.Id, s.UnitKerjaId, u.Nama, s.Tahun, s.Jenis, s.Kode, s.Teks, s.Indikator, s.Target, s.Aktif))
            .ToHalamanAsync(f.Halaman, f.Ukuran, ct);
    }

    /// <summary>The units offered in the filter and the create form: every active perangkat daerah for the admin, else those headed.</summary>
    public async Task<IReadOnlyList<PilihanUnitSasaran>> DaftarUnitAsync(AksesSasaran akses, CancellationToken ct)
    {
        var unit = akses.UnitDipimpin;
        return await db.UnitKerja.AsNoTracking()
            .Where(u => u.Aktif && u.Jenis == JenisUnitKerja.PerangkatDaerah && (akses.Admin || unit.Contains(u.Id)))
            .OrderBy(u => u.Nama).Select(u => new PilihanUnitSasaran(u.Id, u.Nama)).ToListAsync(ct);
    }

    /// <summary>The unit of a target, for the per-record permission check; null when it does not exist.</summary>
    public async Task<int?> UnitDariAsync(int id, CancellationToken ct) =>
        await db.SasaranOrganisasi.Where(s => s.Id == id).Select(s => (int?)s.UnitKerjaId).FirstOrDefaultAsync(ct);

    public async Task<SasaranDetailViewModel?> DetailAsync(int id, CancellationToken ct)
    {
        var s = await (from x in db.SasaranOrganisasi.AsNoTracking()
                       join u in db.UnitKerja on x.UnitKerjaId equals u.Id
                       where x.Id == id
                       select new
                       {
                           Baris = new SasaranBaris(x.Id, x.UnitKerjaId, u.Nama, x.Tahun, x.Jenis, x.Kode, x.Teks, x.Indikator, x.Target, x.Aktif),
                           x.Version,
                           Dipakai = db.Skp.SelectMany(k => k.Rhk).Count(r => r.SasaranOrganisasiId == x.Id),
                       }).FirstOrDefaultAsync(ct);
        return s is null ? null : new SasaranDetailViewModel(s.Baris, s.Version, s.Dipakai, await db.RiwayatAsync<SasaranEntity>(id, ct));
    }

    public async Task<SasaranOrganisasiForm?> GetFormAsync(int id, CancellationToken ct) =>
        await (from s in db.SasaranOrganisasi.AsNoTracking()
               join u in db.UnitKerja on s.UnitKerjaId equals u.Id
               where s.Id == id
               select new SasaranOrganisasiForm
               {
                   Id = s.Id,
                   Version = s.Version,
                   UnitKerjaId = s.UnitKerjaId,
                   NamaUnit = u.Nama,
                   Tahun = s.Tahun,
                   Jenis = s.Jenis,
                   Kode = s.Kode,
                   Teks = s.Teks,
                   Indikator = s.Indikator,
                   Target = s.Target,
               }).FirstOrDefaultAsync(ct);

    public async Task<int> BuatAsync(SasaranOrganisasiForm form, CancellationToken ct)
    {
        var s = new SasaranEntity(form.UnitKerjaId!.Value, form.Tahun!.Value, form.Jenis, form.Kode, form.Teks!, form.Indikator, form.Target);
        db.SasaranOrganisasi.Add(s);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Sasaran organisasi {SasaranId} ditambahkan untuk unit {UnitId} tahun {Tahun}", s.Id, s.UnitKerjaId, s.Tahun);
        return s.Id;
    }

    /// <summary>False when it does not exist. Throws <see cref="DbUpdateConcurrencyException"/> for a stale form, <see cref="Domain.Common.DomainException"/> when inactive.</summary>
    public async Task<bool> UbahAsync(SasaranOrganisasiForm form, CancellationToken ct)
    {
        var s = await db.SasaranOrganisasi.FirstOrDefaultAsync(x => x.Id == form.Id, ct);
        if (s is null)
        {
            return false;
        }

        db.Entry(s).Property(x => x.Version).OriginalValue = form.Version;
        s.Ubah(form.Jenis, form.Kode, form.Teks!, form.Indikator, form.Target);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Sasaran organisasi {SasaranId} diubah", s.Id);
        return true;
    }

    public Task<bool> NonaktifkanAsync(int id, int version, CancellationToken ct) => UbahStatusAsync(id, version, s => s.Nonaktifkan(), ct);

    public Task<bool> AktifkanAsync(int id, int version, CancellationToken ct) => UbahStatusAsync(id, version, s => s.Aktifkan(), ct);

    private async Task<bool> UbahStatusAsync(int id, int version, Action<SasaranEntity> aksi, CancellationToken ct)
    {
        var s = await db.SasaranOrganisasi.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return false;
        }

        if (s.Version != version)
        {
            throw new DbUpdateConcurrencyException();
        }

        db.Entry(s).Property(x => x.Version).OriginalValue = version;
        aksi(s);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Sasaran organisasi {SasaranId} kini {Aktif}", s.Id, s.Aktif ? "aktif" : "nonaktif");
        return true;
    }
}

public sealed class SasaranFilter
{
    /// <summary>Calendar year; the controller fills in the current year when absent.</summary>
    public int? Tahun { get; set; }

    public int? UnitId { get; set; }

    public string? Q { get; set; }

    public bool? Semua { get; set; }

    public int Halaman { get; set; } = 1;

    public int Ukuran { get; set; } = HalamanExtensions.UkuranBawaan;
}

public sealed record SasaranBaris(
    int Id, int UnitKerjaId, string NamaUnit, int Tahun, JenisSasaranOrganisasi Jenis, string? Kode, string Teks, string? Indikator, string? Target, bool Aktif);

public sealed record SasaranDetailViewModel(SasaranBaris Sasaran, int Version, int JumlahRhk, IReadOnlyList<AuditBaris> Riwayat);

public sealed record SasaranIndexViewModel(SasaranFilter Filter, Halaman<SasaranBaris> Halaman, IReadOnlyList<PilihanUnitSasaran> Unit);
