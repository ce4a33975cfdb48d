using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Features.TahunKinerja;
using SiKinerja.Web.Features.UnitKerja;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.CetakMassal;

/// <summary>Queues, lists, cancels and serves the batch prints of the Admin BKD; <see cref="PekerjaCetak"/> makes them.</summary>
public sealed partial class CetakMassalService(
    AppDbContext db,
    LayananDokumen layanan,
    UnitKerjaService unit,
    FolderCetak folder,
    AntrianCetak antrian,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t,
    ILogger<CetakMassalService> logger)
{
    public const int UkuranHalaman = 20;

    public async Task<PilihanCetakMassal> PilihanAsync(CancellationToken ct)
    {
        var jenis = Enum.GetValues<JenisDokumen>().Select(j => new PilihanJenis(j, layanan.Dikenal(j), CetakMassalForm.Periodik(j))).ToList();
        var tahun = await db.TahunKinerja.AsNoTracking().OrderByDescending(k => k.Tahun).Select(k => k.Tahun).ToListAsync(ct);
        var periode = (await db.PeriodeEvaluasi.AsNoTracking()
                .Join(db.TahunKinerja, p => p.TahunKinerjaId, k => k.Id, (p, k) => new { p.Id, p.Nomor, k.Tahun, k.JenisPeriode })
                .ToListAsync(ct))
            .OrderByDescending(p => p.Tahun).ThenBy(p => p.Nomor)
            .Select(p => new PilihanPeriode(p.Id, p.Tahun, $"{p.Tahun} · {t.Label(p.JenisPeriode, p.Nomor, Romawi(p.Nomor))}"))
            .ToList();
        var pohon = await unit.PohonAsync(null, false, ct);
        var units = pohon.Baris.Select(b => new PilihanUnitCetak(b.Id, b.Nama, b.Kedalaman)).ToList();
        return new PilihanCetakMassal(jenis, tahun, periode, units, folder.BisaGabung);
    }

    /// <summary>Queues the job and wakes the worker; the job's id.</summary>
    public async Task<int> AntreAsync(CetakMassalForm form, string alamatVerifikasi, string oleh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var jenis = form.Jenis!.Value;
        var tugas = new TugasCetak(
            (int)jenis, CetakMassalForm.Periodik(jenis) ? form.PeriodeEvaluasiId : null, form.Tahun!.Value, form.UnitKerjaId!.Value,
            form.TermasukSubunit, form.Gabung, Potong(alamatVerifikasi, TugasCetak.AlamatMaxLength), Potong(oleh, TugasCetak.PenggunaMaxLength),
            clock.GetUtcNow().UtcDateTime);
        db.TugasCetak.Add(tugas);
        await db.SaveChangesAsync(ct);
        antrian.Beri();
        LogDiantre(tugas.Id, jenis, oleh);
        return tugas.Id;
    }

    public async Task<Halaman<BarisTugasCetak>> DaftarAsync(int halaman, CancellationToken ct)
    {
        var hasil = await Baris(db.TugasCetak.AsNoTracking().OrderByDescending(x => x.Id)).ToHalamanAsync(halaman, UkuranHalaman, ct);
        return hasil with { Items = await DenganPeriodeAsync(hasil.Items, ct) };
    }

    public async Task<TugasCetakViewModel?> DetailAsync(int id, CancellationToken ct)
    {
        var baris = await Baris(db.TugasCetak.AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct);
        if (baris is null)
        {
            return null;
        }

        var catatan = await db.TugasCetak.AsNoTracking().Where(x => x.Id == id).Select(x => x.CatatanJson).FirstAsync(ct);
        return new TugasCetakViewModel((await DenganPeriodeAsync([baris], ct))[0], CatatanCetak.Baca(catatan));
    }

    public async Task<StatusTugasJson?> StatusAsync(int id, CancellationToken ct)
    {
        var b = await Baris(db.TugasCetak.AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct);
        return b is null
            ? null
            : new StatusTugasJson(b.Status.ToString(), t[$"CetakMassal.Status.{b.Status}"], b.Total, b.Selesai, b.Dilewati, b.Persen, b.Terbuka,
                t["CetakMassal.ProgresDokumen", b.Selesai + b.Dilewati, b.Total]);
    }

    /// <summary>Cancels an open job: null when there is none, false when it is no longer open.</summary>
    public async Task<bool?> BatalkanAsync(int id, CancellationToken ct)
    {
        // The worker bumps the row's version about once a second; retry on its write, not on another cancel.
        for (var percobaan = 1; ; percobaan++)
        {
            var tugas = await db.TugasCetak.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (tugas is null)
            {
                return null;
            }

            if (!tugas.Terbuka)
            {
                return false;
            }

            tugas.Batalkan(clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(ct);
                LogDibatalkan(id);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (percobaan < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The finished ZIP (or merged PDF) with its download name; null while it is not complete.</summary>
    public async Task<(FileStream Isi, string Nama)?> BerkasAsync(int id, bool gabungan, CancellationToken ct)
    {
        var b = await db.TugasCetak.AsNoTracking().Where(x => x.Id == id && x.Status == StatusTugasCetak.Selesai)
            .Select(x => new { x.Jenis, x.Tahun, x.BerkasZip, x.BerkasGabungan }).FirstOrDefaultAsync(ct);
        if (b is null)
        {
            return null;
        }

        var isi = folder.Buka(gabungan ? b.BerkasGabungan : b.BerkasZip);
        return isi is null ? null : (isi, $"cetak-{(JenisDokumen)b.Jenis}-{b.Tahun}-{id}.{(gabungan ? "pdf" : "zip")}");
    }

    private IQueryable<BarisTugasCetak> Baris(IQueryable<TugasCetak> q) =>
        from x in q
        join u in db.UnitKerja on x.UnitKerjaId equals u.Id into uu
        from u in uu.DefaultIfEmpty()
        select new BarisTugasCetak(
            x.Id, (JenisDokumen)x.Jenis, x.Tahun, x.PeriodeEvaluasiId, null, u != null ? u.Nama : "?",
            x.TermasukSubunit, x.Gabung, x.Status, x.Total, x.Selesai, x.Dilewati, x.DibuatOleh, x.DibuatUtc, x.MulaiUtc, x.SelesaiUtc,
            x.BerkasZip != null, x.BerkasGabungan != null, x.UkuranByte, x.KodeGalat, x.Percobaan);

    /// <summary>Adds the period's label to the rows; one query.</summary>
    private async Task<IReadOnlyList<BarisTugasCetak>> DenganPeriodeAsync(IReadOnlyList<BarisTugasCetak> baris, CancellationToken ct)
    {
        var ids = baris.Select(b => b.PeriodeEvaluasiId).OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return baris;
        }

        var label = (await db.PeriodeEvaluasi.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Join(db.TahunKinerja, p => p.TahunKinerjaId, k => k.Id, (p, k) => new { p.Id, p.Nomor, k.JenisPeriode })
                .ToListAsync(ct))
            .ToDictionary(p => p.Id, p => t.Label(p.JenisPeriode, p.Nomor, Romawi(p.Nomor)));
        return [.. baris.Select(b => b.PeriodeEvaluasiId is { } p ? b with { Periode = label.GetValueOrDefault(p) } : b)];
    }

    private static string Romawi(int nomor) => nomor switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X", 11 => "XI", 12 => "XII",
        _ => nomor.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Potong(string s, int max) => s.Length <= max ? s : s[..max];

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} diantre: {Jenis} oleh {Nip}")]
    private partial void LogDiantre(int tugasId, JenisDokumen jenis, string nip);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} dibatalkan oleh admin")]
    private partial void LogDibatalkan(int tugasId);
}
