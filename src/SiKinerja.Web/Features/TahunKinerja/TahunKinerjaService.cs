using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Web;
using TahunEntity = SiKinerja.Domain.Periode.TahunKinerja;

namespace SiKinerja.Web.Features.TahunKinerja;

/// <summary>Performance years for the Admin BKD, and the open years every employee sees on the home page.</summary>
public sealed class TahunKinerjaService(AppDbContext db, IOptions<KinerjaOptions> options, ILogger<TahunKinerjaService> logger)
{
    public Task<Halaman<TahunBaris>> DaftarAsync(int halaman, CancellationToken ct) =>
        db.TahunKinerja.AsNoTracking()
            .OrderByDescending(k => k.Tahun)
            .Select(k => new TahunBaris(k.Id, k.Tahun, k.Status, k.JenisPeriode, k.BatasPerencanaan, db.PeriodeEvaluasi.Count(p => p.TahunKinerjaId == k.Id)))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);

    /// <summary>The form for the next year not opened yet, split as the instansi setting says.</summary>
    public async Task<BukaTahunForm> FormBaruAsync(DateOnly hariIni, CancellationToken ct)
    {
        var terakhir = await db.TahunKinerja.MaxAsync(k => (int?)k.Tahun, ct);
        var tahun = Math.Max(terakhir + 1 ?? hariIni.Year, TahunEntity.TahunMinimum);
        return new BukaTahunForm
        {
            Tahun = tahun,
            JenisPeriode = options.Value.JenisPeriodeBawaan,
            BatasPerencanaan = new DateOnly(tahun, 1, 31),
            BatasEvaluasiTahunan = new DateOnly(tahun + 1, 1, 31),
        };
    }

    public async Task<int> BukaAsync(BukaTahunForm form, CancellationToken ct)
    {
        var tahun = TahunEntity.Buka(form.Tahun!.Value, form.JenisPeriode, form.BatasPerencanaan!.Value, form.BatasEvaluasiTahunan!.Value);
        db.TahunKinerja.Add(tahun);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Tahun kinerja {Tahun} dibuka dengan {Jumlah} periode {JenisPeriode}", tahun.Tahun, tahun.Periode.Count, tahun.JenisPeriode);
        return tahun.Id;
    }

    public async Task<TahunDetailViewModel?> DetailAsync(int id, BatasForm? form, CancellationToken ct)
    {
        var tahun = await db.TahunKinerja.AsNoTracking().Include(k => k.Periode).FirstOrDefaultAsync(k => k.Id == id, ct);
        if (tahun is null)
        {
            return null;
        }

        var periode = tahun.Periode;
        var ids = periode.Select(p => p.Id).ToList();
        var riwayat = (await db.RiwayatAsync<TahunEntity>(id, ct))
            .Concat(await db.RiwayatAsync<PeriodeEvaluasi>(ids, ct))
            .OrderByDescending(a => a.WaktuUtc)
            .Take(Riwayat.Jumlah)
            .ToList();
        form ??= new BatasForm
        {
            Id = tahun.Id,
            Version = tahun.Version,
            BatasPerencanaan = tahun.BatasPerencanaan,
            BatasEvaluasiTahunan = tahun.BatasEvaluasiTahunan,
            Periode = [.. periode.Select(p => new BatasPeriodeForm { Id = p.Id, Version = p.Version, BatasEvaluasi = p.BatasEvaluasi })],
        };
        var baris = periode.Select(p => new PeriodeBaris(p.Id, p.Nomor, p.NomorRomawi, p.Mulai, p.Selesai, p.BatasEvaluasi)).ToList();
        return new TahunDetailViewModel(tahun.Id, tahun.Tahun, tahun.Status, tahun.JenisPeriode, tahun.BatasPerencanaan, tahun.BatasEvaluasiTahunan, tahun.Version, baris, form, riwayat);
    }

    /// <summary>
    /// All due dates in one save. Throws <see cref="Domain.Common.DomainException"/> (closed year, date out of range) or
    /// <see cref="DbUpdateConcurrencyException"/> (the year or one of its periods changed since the form was read).
    /// </summary>
    public async Task<bool> AturBatasAsync(BatasForm form, CancellationToken ct)
    {
        var tahun = await db.TahunKinerja.Include(k => k.Periode).FirstOrDefaultAsync(k => k.Id == form.Id, ct);
        if (tahun is null)
        {
            return false;
        }

        db.Entry(tahun).Property(k => k.Version).OriginalValue = form.Version;
        var batas = new Dictionary<int, DateOnly>();
        foreach (var p in form.Periode)
        {
            // A period that no longer exists (the year was split differently meanwhile) is a stale form.
            var periode = tahun.Periode.FirstOrDefault(x => x.Id == p.Id) ?? throw new DbUpdateConcurrencyException();
            db.Entry(periode).Property(x => x.Version).OriginalValue = p.Version;
            batas[periode.Nomor] = p.BatasEvaluasi!.Value;
        }

        if (form.Version != tahun.Version)
        {
            // Also stale when this form would change only periods, which do not update the year's row.
            throw new DbUpdateConcurrencyException();
        }

        tahun.AturBatas(form.BatasPerencanaan!.Value, form.BatasEvaluasiTahunan!.Value, batas);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Batas waktu tahun kinerja {Tahun} diubah", tahun.Tahun);
        return true;
    }

    public async Task<bool> UbahJenisPeriodeAsync(int id, JenisPeriode jenis, int version, CancellationToken ct)
    {
        var periode = db.PeriodeEvaluasi.Where(p => p.TahunKinerjaId == id).Select(p => p.Id);
        var dipakai = await db.EvaluasiPeriode.AnyAsync(e => periode.Contains(e.PeriodeEvaluasiId), ct)
            || await db.RealisasiPeriode.AnyAsync(r => periode.Contains(r.PeriodeEvaluasiId), ct)
            || await db.PredikatOrganisasiUnit.AnyAsync(o => periode.Contains(o.PeriodeEvaluasiId), ct);
        var tahun = await UbahAsync(id, version, t => t.UbahJenisPeriode(jenis, dipakai), ct);
        if (tahun is not null)
        {
            logger.LogInformation("Tahun kinerja {Tahun} kini dibagi {JenisPeriode}", tahun.Tahun, tahun.JenisPeriode);
        }

        return tahun is not null;
    }

    public async Task<bool> TutupAsync(int id, int version, CancellationToken ct)
    {
        var tahun = await UbahAsync(id, version, t => t.Tutup(), ct);
        if (tahun is not null)
        {
            logger.LogInformation("Tahun kinerja {Tahun} ditutup", tahun.Tahun);
        }

        return tahun is not null;
    }

    public async Task<bool> BukaKembaliAsync(int id, int version, CancellationToken ct)
    {
        var tahun = await UbahAsync(id, version, t => t.BukaKembali(), ct);
        if (tahun is not null)
        {
            logger.LogInformation("Tahun kinerja {Tahun} dibuka kembali", tahun.Tahun);
        }

        return tahun is not null;
    }

    /// <summary>Open years, newest first, with their periods: shown to every employee on the home page.</summary>
    public async Task<IReadOnlyList<TahunTerbuka>> TerbukaAsync(CancellationToken ct)
    {
        var tahun = await db.TahunKinerja.AsNoTracking().Include(k => k.Periode)
            .Where(k => k.Status == StatusTahunKinerja.Dibuka)
            .OrderByDescending(k => k.Tahun)
            .ToListAsync(ct);
        return [.. tahun.Select(k => new TahunTerbuka(
            k.Tahun, k.JenisPeriode, k.BatasPerencanaan, k.BatasEvaluasiTahunan,
            [.. k.Periode.Select(p => new PeriodeBaris(p.Id, p.Nomor, p.NomorRomawi, p.Mulai, p.Selesai, p.BatasEvaluasi))]))];
    }

    /// <summary>Loads the year, refuses a stale <paramref name="version"/>, applies <paramref name="aksi"/> and saves; null when the year does not exist.</summary>
    private async Task<TahunEntity?> UbahAsync(int id, int version, Action<TahunEntity> aksi, CancellationToken ct)
    {
        var tahun = await db.TahunKinerja.Include(k => k.Periode).FirstOrDefaultAsync(k => k.Id == id, ct);
        if (tahun is null)
        {
            return null;
        }

        if (tahun.Version != version)
        {
            throw new DbUpdateConcurrencyException();
        }

        db.Entry(tahun).Property(k => k.Version).OriginalValue = version;
        aksi(tahun);
        await db.SaveChangesAsync(ct);
        return tahun;
    }
}

public sealed record TahunBaris(int Id, int Tahun, StatusTahunKinerja Status, JenisPeriode JenisPeriode, DateOnly BatasPerencanaan, int JumlahPeriode);

public sealed record PeriodeBaris(int Id, int Nomor, string Romawi, DateOnly Mulai, DateOnly Selesai, DateOnly BatasEvaluasi);

public sealed record TahunDetailViewModel(
    int Id,
    int Tahun,
    StatusTahunKinerja Status,
    JenisPeriode JenisPeriode,
    DateOnly BatasPerencanaan,
    DateOnly BatasEvaluasiTahunan,
    int Version,
    IReadOnlyList<PeriodeBaris> Periode,
    BatasForm Form,
    IReadOnlyList<AuditBaris> Riwayat);

public sealed record TahunTerbuka(int Tahun, JenisPeriode JenisPeriode, DateOnly BatasPerencanaan, DateOnly BatasEvaluasiTahunan, IReadOnlyList<PeriodeBaris> Periode);
