using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Common;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Impor;

namespace SiKinerja.Web.Features.Impor;

/// <summary>Section <c>Impor:Pekerja</c>: how the import worker polls and when it may take over another's batch.</summary>
public sealed class PekerjaImporOptions
{
    public const string Section = "Impor:Pekerja";

    /// <summary>Fallback poll; queued work normally wakes the worker at once.</summary>
    public int IntervalPollDetik { get; set; } = 15;

    /// <summary>A batch in progress whose owner has not beaten for this long is taken over (crash, restart).</summary>
    public int DetakKedaluwarsaDetik { get; set; } = 120;
}

/// <summary>
/// Takes queued import batches: checks them (read + match → preview) and writes confirmed ones. A batch is
/// claimed by an optimistic-concurrency update of its status, so with several instances on one database
/// only one works on it; batches left in Memeriksa/Menulis by a stopped instance are resumed once their
/// heartbeat is stale (the write transaction rolled back, so running it again is safe).
/// </summary>
public sealed partial class PekerjaImpor(
    IServiceScopeFactory scopes,
    AntrianImpor antrian,
    IOptions<PekerjaImporOptions> options,
    TimeProvider clock,
    ILogger<PekerjaImpor> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new();
    private static readonly StatusImpor[] Terbuka = [StatusImpor.Diunggah, StatusImpor.Memeriksa, StatusImpor.Dikonfirmasi, StatusImpor.Menulis];
    private readonly string _pemilik = Pemilik();

    public static string Serialisasi<T>(T nilai) => JsonSerializer.Serialize(nilai, Json);

    public static T? Baca<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Json);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalPollDetik));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ProsesSatuAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must survive a database that is down or not migrated yet
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollGagal(ex);
            }

            try
            {
                await antrian.TungguAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and runs one batch; false when there was nothing to take.</summary>
    public async Task<bool> ProsesSatuAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var kedaluwarsa = TimeSpan.FromSeconds(options.Value.DetakKedaluwarsaDetik);
        var calon = await db.ImporBatch.Where(b => Terbuka.Contains(b.Status)).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Status, b.DetakUtc }).ToListAsync(ct);
        foreach (var c in calon)
        {
            var batch = await db.ImporBatch.FirstAsync(b => b.Id == c.Id, ct);
            if (!batch.BisaDiklaim(now, kedaluwarsa))
            {
                continue;
            }

            batch.Klaim(_pemilik, now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                LogSudahDiambil(batch.Id);
                db.ChangeTracker.Clear();
                continue;
            }

            await JalankanAsync(scope.ServiceProvider, db, batch, ct);
            return true;
        }

        return false;
    }

    private async Task JalankanAsync(IServiceProvider sp, AppDbContext dbBatch, ImporBatch batch, CancellationToken ct)
    {
        var menulis = batch.Status == StatusImpor.Menulis;
        LogMulai(batch.Id, batch.Status);
        var jam = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var hasil = (menulis ? antrian.AmbilBacaan(batch.Id, batch.Sha256) : null)
                ?? sp.GetRequiredService<PembacaImpor>().Baca(new MemoryStream(batch.Isi ?? []), batch.NamaBerkas, ct);
            var bacaMs = jam.ElapsedMilliseconds;
            // The employees are written under the name of the admin who confirmed, for the audit trail.
            await using var dbData = ActivatorUtilities.CreateInstance<AppDbContext>(sp, (ICurrentUser)new PenggunaImpor(batch.DikonfirmasiOleh ?? batch.DiunggahOleh));
            var hariIni = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var rencana = await PerencanaImpor.RencanakanAsync(dbData, hasil, hariIni, ct);
            LogWaktu(batch.Id, "baca", bacaMs);
            LogWaktu(batch.Id, "rencana", jam.ElapsedMilliseconds - bacaMs);
            if (!menulis)
            {
                var galat = new DaftarGalat(
                    [.. rencana.Galat.Take(ImporService.GalatDisimpanMaksimum)],
                    [.. rencana.Peringatan.Take(ImporService.GalatDisimpanMaksimum)]);
                batch.Diperiksa(rencana.JumlahBaris, rencana.Galat.Count, Serialisasi(rencana.Ringkasan()), Serialisasi(galat), Sekarang());
                await dbBatch.SaveChangesAsync(ct);
                if (rencana.Galat.Count == 0)
                {
                    antrian.SimpanBacaan(batch.Id, batch.Sha256, hasil);
                }

                LogDiperiksa(batch.Id, rencana.JumlahBaris, rencana.Galat.Count);
                return;
            }

            if (rencana.Galat.Count > 0)
            {
                await GagalAsync(dbBatch, batch, new GalatImpor(0, null, "Impor.GagalValidasiUlang", [rencana.Galat.Count.ToString(System.Globalization.CultureInfo.CurrentCulture)]), ct);
                return;
            }

            var sqlite = dbData.Database.IsSqlite();
            var terakhir = DateTime.MinValue;
            var ringkasan = await sp.GetRequiredService<PenulisImpor>().TulisAsync(dbData, rencana, (selesai, total) =>
            {
                antrian.Laporkan(batch.Id, selesai, total);
                // SQLite has one writer, held by the write transaction: there the page reads the in-memory
                // progress; elsewhere the row gets it too (and the heartbeat keeps others off the batch).
                if (!sqlite && Sekarang() - terakhir > TimeSpan.FromSeconds(1))
                {
                    terakhir = Sekarang();
                    batch.Progres(selesai, total, terakhir);
                    try
                    {
                        dbBatch.SaveChanges();
                    }
                    catch (DbUpdateConcurrencyException ex)
                    {
                        throw new BatchDiambilAlihException(ex);
                    }
                }
            }, ct);
            LogWaktu(batch.Id, "total", jam.ElapsedMilliseconds);
            batch.Selesai(Serialisasi(ringkasan), Sekarang());
            await dbBatch.SaveChangesAsync(ct);
            LogSelesai(batch.Id, ringkasan.PegawaiBaru, ringkasan.PegawaiBerubah, ringkasan.UnitBaru, ringkasan.JabatanBaru);
        }
        catch (BatchDiambilAlihException)
        {
            // Another instance judged this one dead and took the batch; the write rolled back.
            LogSudahDiambil(batch.Id);
        }
        catch (DomainException ex)
        {
            await GagalAsync(dbBatch, batch, new GalatImpor(0, null, ex.Kode, [.. ex.Argumen.Select(a => a?.ToString() ?? string.Empty)]), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await GagalAsync(dbBatch, batch, new GalatImpor(0, null, "Impor.GagalDiubahBersamaan", []), ct);
        }
#pragma warning disable CA1031 // anything else is reported on the batch instead of being retried forever
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // A stop (cancellation) leaves the batch as it is: the write rolled back and it is resumed later.
            LogGagalTulis(ex, batch.Id);
            await GagalAsync(dbBatch, batch, new GalatImpor(0, null, "Impor.GagalTulis", []), ct);
        }
        finally
        {
            antrian.Hapus(batch.Id);
        }
    }

    private async Task GagalAsync(AppDbContext dbBatch, ImporBatch batch, GalatImpor alasan, CancellationToken ct)
    {
        LogGagal(batch.Id, alasan.Kode);
        dbBatch.ChangeTracker.Clear();
        var segar = await dbBatch.ImporBatch.FirstAsync(b => b.Id == batch.Id, ct);
        segar.Gagal(Serialisasi(alasan), Sekarang());
        await dbBatch.SaveChangesAsync(ct);
    }

    private static string Pemilik()
    {
        var p = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return p.Length <= ImporBatch.PemilikMaxLength ? p : p[^ImporBatch.PemilikMaxLength..];
    }

    private DateTime Sekarang() => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(LogLevel.Warning, "Pekerja impor: basis data belum bisa dibaca")]
    private partial void LogPollGagal(Exception ex);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId}: {Tahap} {Milidetik} ms")]
    private partial void LogWaktu(int batchId, string tahap, long milidetik);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} sudah diambil instans lain")]
    private partial void LogSudahDiambil(int batchId);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} mulai: {Status}")]
    private partial void LogMulai(int batchId, StatusImpor status);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} diperiksa: {Baris} baris, {Galat} galat")]
    private partial void LogDiperiksa(int batchId, int baris, int galat);

    [LoggerMessage(LogLevel.Information, "Impor {BatchId} selesai: {Baru} pegawai baru, {Berubah} berubah, {UnitBaru} unit baru, {JabatanBaru} jabatan baru")]
    private partial void LogSelesai(int batchId, int baru, int berubah, int unitBaru, int jabatanBaru);

    [LoggerMessage(LogLevel.Warning, "Impor {BatchId} gagal: {Kode}")]
    private partial void LogGagal(int batchId, string kode);

    [LoggerMessage(LogLevel.Error, "Impor {BatchId}: pemeriksaan atau penulisan gagal")]
    private partial void LogGagalTulis(Exception ex, int batchId);
}

/// <summary>Thrown out of the write when another instance has taken the batch over.</summary>
public sealed class BatchDiambilAlihException(Exception inner) : Exception(inner.Message, inner);

/// <summary>The audit identity of a background import: the admin who confirmed it.</summary>
public sealed class PenggunaImpor(string pengenal) : ICurrentUser
{
    public string Pengenal => pengenal;
}
