using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Impor;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Impor;

/// <summary>The Admin BKD's side of an import: upload, list, preview, confirm, cancel. The work itself is done by <see cref="PekerjaImpor"/>.</summary>
public sealed partial class ImporService(
    AppDbContext db,
    AntrianImpor antrian,
    ICurrentUser pengguna,
    IOptions<ImporOptions> options,
    TimeProvider clock,
    ILogger<ImporService> logger)
{
    public const int GalatDisimpanMaksimum = 10_000;
    public const int GalatPerHalaman = 50;
    public const int PeringatanDitampilkan = 200;
    private static readonly string[] Ekstensi = [".csv", ".xlsx"];

    public ImporOptions Options => options.Value;

    public async Task<Halaman<BatchBaris>> DaftarAsync(int halaman, CancellationToken ct) =>
        await db.ImporBatch.AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Select(b => new BatchBaris(b.Id, b.NamaBerkas, b.UkuranByte, b.DiunggahOleh, b.DiunggahUtc, b.Status, b.BarisTotal, b.JumlahGalat))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);

    /// <summary>Why <paramref name="berkas"/> cannot be taken (a resource key), or null.</summary>
    public string? Periksa(IFormFile? berkas)
    {
        if (berkas is null)
        {
            return "Impor.BerkasWajib";
        }

        if (!Ekstensi.Contains(Path.GetExtension(berkas.FileName), StringComparer.OrdinalIgnoreCase))
        {
            return "Impor.EkstensiSalah";
        }

        if (berkas.Length == 0)
        {
            return "Impor.BerkasKosong";
        }

        return berkas.Length > options.Value.UkuranMaksimumByte ? "Impor.BerkasTerlaluBesar" : null;
    }

    /// <summary>Stores the (checked) file as a new batch and wakes the worker.</summary>
    public async Task<int> UnggahAsync(IFormFile berkas, CancellationToken ct)
    {
        using var buffer = new MemoryStream(checked((int)berkas.Length));
        await berkas.CopyToAsync(buffer, ct);
        var isi = buffer.ToArray();
        var nama = Path.GetFileName(berkas.FileName);
        if (nama.Length > ImporBatch.NamaBerkasMaxLength)
        {
            nama = nama[^ImporBatch.NamaBerkasMaxLength..];
        }

        var batch = new ImporBatch(nama, isi, Convert.ToHexStringLower(SHA256.HashData(isi)), Pengguna(), clock.GetUtcNow().UtcDateTime);
        db.ImporBatch.Add(batch);
        await db.SaveChangesAsync(ct);
        antrian.Beri();
        LogDiunggah(batch.Id, batch.UkuranByte, batch.DiunggahOleh);
        return batch.Id;
    }

    public async Task<BatchViewModel?> DetailAsync(int id, int halamanGalat, CancellationToken ct)
    {
        var b = await db.ImporBatch.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            x.Id, x.Version, x.NamaBerkas, x.UkuranByte, x.Sha256, x.DiunggahOleh, x.DiunggahUtc, x.DikonfirmasiOleh, x.SelesaiUtc,
            x.Status, x.BarisSelesai, x.BarisTotal, x.JumlahGalat, x.RingkasanJson, x.HasilJson, x.GagalJson, x.GalatJson,
        }).FirstOrDefaultAsync(ct);
        if (b is null)
        {
            return null;
        }

        var (selesai, total) = (b.BarisSelesai, b.BarisTotal);
        if (antrian.ProgresDari(id) is { } p)
        {
            (selesai, total) = (p.Selesai, p.Total);
        }

        var daftar = PekerjaImpor.Baca<DaftarGalat>(b.GalatJson);
        var galat = daftar?.Galat ?? [];
        var peringatan = daftar?.Peringatan ?? [];
        var ukuran = GalatPerHalaman;
        var jumlahHalaman = Math.Max(1, (int)Math.Ceiling(galat.Count / (double)ukuran));
        var nomor = Math.Clamp(halamanGalat, 1, jumlahHalaman);
        var halaman = new Halaman<GalatImpor>([.. galat.Skip((nomor - 1) * ukuran).Take(ukuran)], nomor, ukuran, galat.Count);
        return new BatchViewModel(
            b.Id, b.Version, b.NamaBerkas, b.UkuranByte, b.Sha256, b.DiunggahOleh, b.DiunggahUtc, b.DikonfirmasiOleh, b.SelesaiUtc,
            b.Status, selesai, total, b.JumlahGalat,
            PekerjaImpor.Baca<RingkasanImpor>(b.RingkasanJson),
            PekerjaImpor.Baca<RingkasanImpor>(b.HasilJson),
            PekerjaImpor.Baca<GalatImpor>(b.GagalJson),
            halaman,
            [.. peringatan.Take(PeringatanDitampilkan)],
            peringatan.Count);
    }

    /// <summary>Queues the write. Null when done; else a resource key saying why not. Throws <see cref="DbUpdateConcurrencyException"/> on a stale version.</summary>
    public async Task<string?> KonfirmasiAsync(int id, int version, CancellationToken ct)
    {
        var batch = await db.ImporBatch.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return "Impor.TidakDitemukan";
        }

        if (!batch.BisaDikonfirmasi)
        {
            return "Impor.TidakBisaDikonfirmasi";
        }

        db.Entry(batch).Property(b => b.Version).OriginalValue = version;
        batch.Konfirmasi(Pengguna(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        antrian.Beri();
        LogDikonfirmasi(batch.Id, batch.DikonfirmasiOleh!);
        return null;
    }

    public async Task<string?> BatalkanAsync(int id, int version, CancellationToken ct)
    {
        var batch = await db.ImporBatch.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return "Impor.TidakDitemukan";
        }

        if (!batch.BisaDibatalkan)
        {
            return "Impor.TidakBisaDibatalkan";
        }

        db.Entry(batch).Property(b => b.Version).OriginalValue = version;
        batch.Batalkan(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        LogDibatalkan(batch.Id, Pengguna());
        return null;
    }

    private string Pengguna()
    {
        var p = pengguna.Pengenal;
        return p.Length <= ImporBatch.PenggunaMaxLength ? p : p[..ImporBatch.PenggunaMaxLength];
    }

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} diunggah ({Ukuran} byte) oleh {Nip}")]
    private partial void LogDiunggah(int batchId, long ukuran, string nip);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} dikonfirmasi oleh {Nip}")]
    private partial void LogDikonfirmasi(int batchId, string nip);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} dibatalkan oleh {Nip}")]
    private partial void LogDibatalkan(int batchId, string nip);
}
