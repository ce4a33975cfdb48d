using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Pdf;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.CetakMassal;

/// <summary>Wakes the batch print worker as soon as a job is queued (the slow poll is the fallback).</summary>
public sealed class AntrianCetak : IDisposable
{
    private readonly SemaphoreSlim _sinyal = new(0, int.MaxValue);

    public void Beri() => _sinyal.Release();

    public async Task TungguAsync(TimeSpan batas, CancellationToken ct)
    {
        await _sinyal.WaitAsync(batas, ct);
        while (_sinyal.CurrentCount > 0)
        {
            _sinyal.Wait(0, CancellationToken.None);
        }
    }

    public void Dispose() => _sinyal.Dispose();
}

/// <summary>What the job page lists under "dilewati" and notes (stored as <see cref="TugasCetak.CatatanJson"/>).</summary>
/// <param name="Dilewati">Documents not in the result: the record (title or key) and the reason (resource key).</param>
/// <param name="Catatan">Resource keys of notes about the whole job (e.g. the merged PDF could not be made).</param>
public sealed record CatatanCetak(IReadOnlyList<BarisDilewati> Dilewati, IReadOnlyList<string> Catatan)
{
    public const int DilewatiDisimpanMaksimum = 500;
    private static readonly JsonSerializerOptions Json = new();

    public string Serialisasi() => JsonSerializer.Serialize(this, Json);

    public static CatatanCetak? Baca(string? json) => json is null ? null : JsonSerializer.Deserialize<CatatanCetak>(json, Json);
}

/// <param name="Dokumen">The document's title when it could be built, else its key ("Skp 12").</param>
public sealed record BarisDilewati(int Urutan, string Dokumen, string Alasan);

/// <summary>
/// Makes the batch prints (<see cref="TugasCetak"/>), one after another per instance. A job is claimed by a versioned
/// update of its row (one instance wins); while it runs, its progress is written to the row about once a second, which is
/// also the heartbeat and the check for cancellation (a cancel bumps the row's version, so the next write fails and the
/// job stops). A job left running by a stopped instance is restarted from scratch by any instance once the heartbeat is
/// stale. The result is written under a <c>.partial</c> name and only named and recorded when complete.
/// </summary>
public sealed partial class PekerjaCetak(
    IServiceScopeFactory scopes,
    AntrianCetak antrian,
    FolderCetak folder,
    IOptions<OpsiPekerjaCetak> options,
    IOptions<OpsiCetakMassal> opsiCetak,
    IOptions<OpsiPdf> opsiPdf,
    TimeProvider clock,
    ILogger<PekerjaCetak> logger) : BackgroundService
{
    private static readonly StatusTugasCetak[] Terbuka = [StatusTugasCetak.Antre, StatusTugasCetak.Berjalan];

    public string Pemilik { get; } = BuatPemilik();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Aktif)
        {
            return;
        }

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

    /// <summary>Claims and runs one job (oldest first); false when there was nothing to take.</summary>
    public async Task<bool> ProsesSatuAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = Sekarang();
        var kedaluwarsa = TimeSpan.FromSeconds(options.Value.DetakKedaluwarsaDetik);
        var calon = await db.TugasCetak.AsNoTracking().Where(t => Terbuka.Contains(t.Status)).OrderBy(t => t.Id)
            .Select(t => t.Id).ToListAsync(ct);
        foreach (var id in calon)
        {
            var tugas = await db.TugasCetak.FirstOrDefaultAsync(t => t.Id == id, ct);
            if (tugas is null || !tugas.BisaDiklaim(now, kedaluwarsa))
            {
                continue;
            }

            var diambilAlih = tugas.Status == StatusTugasCetak.Berjalan;
            tugas.Klaim(Pemilik, now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                LogSudahDiambil(id);
                db.ChangeTracker.Clear();
                continue;
            }

            if (diambilAlih)
            {
                LogDimulaiUlang(id, tugas.Percobaan);
            }

            await JalankanAsync(db, tugas, ct);
            return true;
        }

        return false;
    }

    private async Task JalankanAsync(AppDbContext db, TugasCetak tugas, CancellationToken ct)
    {
        var jam = Stopwatch.StartNew();
        var jenis = (JenisDokumen)tugas.Jenis;
        var percobaan = tugas.Percobaan;
        folder.Bersihkan(tugas.Id, termasukHasil: true);
        Directory.CreateDirectory(folder.Akar);
        var zipSementara = folder.Sementara(tugas.Id, percobaan, ".zip");
        var pdfSementara = folder.Sementara(tugas.Id, percobaan, ".pdf");
        var folderDokumen = folder.FolderDokumen(tugas.Id, percobaan);
        using var berhenti = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var penulis = new PenulisProgres(this, db, tugas);
        try
        {
            List<KunciDokumen> kunci;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var layanan = scope.ServiceProvider.GetRequiredService<LayananDokumen>();
                if (!Enum.IsDefined(jenis) || !layanan.Dikenal(jenis))
                {
                    await GagalAsync(db, tugas, "CetakMassal.GagalJenisTidakTersedia", ct);
                    return;
                }

                var sdb = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                IReadOnlyCollection<int> units = tugas.TermasukSubunit
                    ? await UnitTree.UnitDanTurunanAsync(sdb, tugas.UnitKerjaId, ct)
                    : [tugas.UnitKerjaId];
                kunci = [.. await layanan.Penyusun(jenis).DaftarAsync(new PilihanCetak(jenis, tugas.Tahun, tugas.PeriodeEvaluasiId, units), ct)];
            }

            var gabung = tugas.Gabung && folder.BisaGabung;
            var catatan = new List<string>();
            if (tugas.Gabung && !gabung)
            {
                catatan.Add("CetakMassal.CatatanGabunganTidakTersedia");
            }

            if (gabung)
            {
                Directory.CreateDirectory(folderDokumen);
            }

            await penulis.TulisAsync(0, 0, kunci.Count, paksa: true, ct);
            LogMulai(tugas.Id, jenis, kunci.Count, percobaan);
            var dilewati = new List<BarisDilewati>();
            var jumlahDilewati = 0;
            var selesai = 0;
            var berkasGabung = new List<string>();
            long ukuran;
            await using (var arsip = new FileStream(zipSementara, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024))
            {
                using (var zip = new ZipArchive(arsip, ZipArchiveMode.Create, leaveOpen: true))
                {
                    var nama = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    var potongan = Math.Max(1, opsiCetak.Value.UkuranPotongan);
                    for (var awal = 0; awal < kunci.Count; awal += potongan)
                    {
                        var bagian = kunci.GetRange(awal, Math.Min(potongan, kunci.Count - awal));
                        await using var scope = scopes.CreateAsyncScope();
                        var layanan = scope.ServiceProvider.GetRequiredService<LayananDokumen>();
                        var registri = scope.ServiceProvider.GetRequiredService<RegistriDokumen>();
                        IReadOnlyDictionary<KunciDokumen, IsiDokumen> isi;
                        try
                        {
                            isi = await layanan.SusunAsync(bagian, berhenti.Token);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException and not PdfTidakTersediaException)
                        {
                            // One bad record must not lose the others of the step: build them one by one.
                            LogSusunGagal(ex, tugas.Id, awal);
                            isi = await SusunSatuPerSatuAsync(layanan, bagian, berhenti.Token);
                        }

                        var ada = bagian.Where(isi.ContainsKey).Select(k => (Kunci: k, Isi: isi[k])).ToList();
                        var kode = ada.Count == 0 ? [] : await registri.DaftarkanAsync(ada, tugas.DibuatOleh, berhenti.Token);
                        var indeks = ada.Select((d, i) => (d.Kunci, i)).ToDictionary(x => x.Kunci, x => x.i);

                        // Render up to the pool's size at once; written to the ZIP in order, one by one.
                        using var slot = new SemaphoreSlim(Math.Max(1, opsiPdf.Value.UkuranPool));
                        var render = ada.Select((d, i) => RenderAsync(d.Isi, kode[i], tugas.AlamatVerifikasi, slot, berhenti.Token)).ToList();
                        try
                        {
                            for (var i = 0; i < bagian.Count; i++)
                            {
                                var k = bagian[i];
                                var urutan = awal + i + 1;
                                if (!indeks.TryGetValue(k, out var j))
                                {
                                    Lewati(dilewati, ref jumlahDilewati, urutan, $"{k.Jenis} {k.Id1}" + (k.Id2 != 0 ? $"/{k.Id2}" : string.Empty), "CetakMassal.AlasanTidakDapatDisusun");
                                }
                                else
                                {
                                    var (pdf, galat) = await render[j];
                                    if (pdf is null)
                                    {
                                        LogRenderGagal(galat!, tugas.Id, urutan);
                                        Lewati(dilewati, ref jumlahDilewati, urutan, ada[j].Isi.Judul, "CetakMassal.AlasanGagalDicetak");
                                    }
                                    else
                                    {
                                        var namaEntri = NamaUnik(nama, ada[j].Isi.NamaBerkas);
                                        var entri = zip.CreateEntry(namaEntri, CompressionLevel.NoCompression); // a PDF is compressed already
                                        await using (var s = entri.Open())
                                        {
                                            await s.WriteAsync(pdf, berhenti.Token);
                                        }

                                        if (gabung)
                                        {
                                            var f = Path.Combine(folderDokumen, $"{urutan:D7}.pdf");
                                            await File.WriteAllBytesAsync(f, pdf, berhenti.Token);
                                            berkasGabung.Add(f);
                                        }

                                        selesai++;
                                    }
                                }

                                await penulis.TulisAsync(selesai, jumlahDilewati, kunci.Count, paksa: false, ct);
                            }
                        }
                        finally
                        {
                            if (render.Any(r => !r.IsCompleted))
                            {
                                await berhenti.CancelAsync();
                                await ((Task)Task.WhenAll(render)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                            }
                        }
                    }
                }

                await arsip.FlushAsync(ct);
                arsip.Flush(flushToDisk: true);
                ukuran = arsip.Length;
            }

            string? kunciGabungan = null;
            if (gabung && berkasGabung.Count > 0)
            {
                var gabungJam = Stopwatch.StartNew();
                if (await folder.GabungAsync(berkasGabung, pdfSementara, folderDokumen,
                        () => penulis.TulisAsync(selesai, jumlahDilewati, kunci.Count, paksa: false, ct), ct))
                {
                    kunciGabungan = FolderCetak.KunciGabungan(tugas.Id);
                    LogWaktu(tugas.Id, "gabung", gabungJam.ElapsedMilliseconds);
                }
                else
                {
                    LogGabungGagal(tugas.Id);
                    catatan.Add("CetakMassal.CatatanGabunganGagal");
                }
            }

            // Still ours (not cancelled, not taken over)? Only then are the files named and offered.
            await penulis.TulisAsync(selesai, jumlahDilewati, kunci.Count, paksa: true, ct);
            if (kunciGabungan is not null)
            {
                File.Move(pdfSementara, folder.Jalur(kunciGabungan), overwrite: true);
            }

            File.Move(zipSementara, folder.Jalur(FolderCetak.KunciZip(tugas.Id)), overwrite: true);
            var json = dilewati.Count == 0 && catatan.Count == 0 ? null : new CatatanCetak(dilewati, catatan).Serialisasi();
            tugas.Rampung(FolderCetak.KunciZip(tugas.Id), kunciGabungan, ukuran, json, Sekarang());
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new TugasDihentikanException(ex);
            }

            LogSelesai(tugas.Id, selesai, jumlahDilewati, jam.ElapsedMilliseconds);
        }
        catch (TugasDihentikanException)
        {
            // Cancelled by an admin, or taken over by another instance that judged this one dead: leave no file.
            await BersihkanSetelahBerhentiAsync(db, tugas);
        }
        catch (PdfTidakTersediaException ex)
        {
            LogPdfTidakTersedia(tugas.Id, ex.Message);
            await GagalAsync(db, tugas, "CetakMassal.GagalPdfTidakTersedia", ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The app stops: the job stays Berjalan and is restarted from scratch once its heartbeat is stale.
            LogTerhentiAplikasi(tugas.Id);
        }
#pragma warning disable CA1031 // anything else fails the job instead of being retried forever
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogGagalTakTerduga(ex, tugas.Id);
            await GagalAsync(db, tugas, "CetakMassal.GagalTakTerduga", ct);
        }
        finally
        {
            FolderCetak.HapusBerkas(zipSementara);
            FolderCetak.HapusBerkas(pdfSementara);
            FolderCetak.HapusFolder(folderDokumen);
        }
    }

    /// <summary>
    /// One document to PDF in its own scope: Razor's view buffers are scoped and not thread-safe, so renders running at
    /// the same time must not share a scope.
    /// </summary>
    private async Task<(byte[]? Pdf, Exception? Galat)> RenderAsync(IsiDokumen isi, string kode, string alamat, SemaphoreSlim slot, CancellationToken ct)
    {
        await slot.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<LayananDokumen>().RenderAsync(isi, kode, alamat, ct), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not PdfTidakTersediaException)
        {
            return (null, ex);
        }
        finally
        {
            slot.Release();
        }
    }

    private static async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunSatuPerSatuAsync(
        LayananDokumen layanan, IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        foreach (var k in kunci)
        {
            try
            {
                foreach (var (a, b) in await layanan.SusunAsync([k], ct))
                {
                    hasil[a] = b;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not PdfTidakTersediaException)
            {
                // Skipped; named in the job's notes.
            }
        }

        return hasil;
    }

    private static void Lewati(List<BarisDilewati> dilewati, ref int jumlah, int urutan, string dokumen, string alasan)
    {
        jumlah++;
        if (dilewati.Count < CatatanCetak.DilewatiDisimpanMaksimum)
        {
            dilewati.Add(new BarisDilewati(urutan, dokumen, alasan));
        }
    }

    private static string NamaUnik(HashSet<string> nama, string dasar)
    {
        var bersih = string.Concat(dasar.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var calon = bersih + ".pdf";
        for (var i = 2; !nama.Add(calon); i++)
        {
            calon = $"{bersih}-{i}.pdf";
        }

        return calon;
    }

    private async Task BersihkanSetelahBerhentiAsync(AppDbContext db, TugasCetak tugas)
    {
        db.ChangeTracker.Clear();
        var segar = await db.TugasCetak.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tugas.Id, CancellationToken.None);
        if (segar?.Status == StatusTugasCetak.Dibatalkan)
        {
            // A result renamed just before the cancel landed is not offered (the row has no key) and is removed.
            folder.Bersihkan(tugas.Id, termasukHasil: true);
            LogDibatalkan(tugas.Id);
        }
        else
        {
            LogSudahDiambil(tugas.Id);
        }
    }

    private async Task GagalAsync(AppDbContext db, TugasCetak tugas, string kode, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var segar = await db.TugasCetak.FirstOrDefaultAsync(t => t.Id == tugas.Id, ct);
        if (segar is null || segar.Status != StatusTugasCetak.Berjalan || segar.Pemilik != Pemilik)
        {
            return;
        }

        segar.Gagal(kode, Sekarang());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Cancelled meanwhile: that status stands.
        }

        LogGagal(tugas.Id, kode);
    }

    private DateTime Sekarang() => clock.GetUtcNow().UtcDateTime;

    private int IntervalProgresMs => options.Value.IntervalProgresMs;

    private static string BuatPemilik()
    {
        var p = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return p.Length <= TugasCetak.PemilikMaxLength ? p : p[^TugasCetak.PemilikMaxLength..];
    }

    /// <summary>Writes progress to the job row at most every <see cref="OpsiPekerjaCetak.IntervalProgresMs"/>.</summary>
    private sealed class PenulisProgres(PekerjaCetak pekerja, AppDbContext db, TugasCetak tugas)
    {
        private long _terakhir = long.MinValue;

        public async Task TulisAsync(int selesai, int dilewati, int total, bool paksa, CancellationToken ct)
        {
            var sekarang = Stopwatch.GetTimestamp();
            if (!paksa && _terakhir != long.MinValue
                && Stopwatch.GetElapsedTime(_terakhir, sekarang).TotalMilliseconds < pekerja.IntervalProgresMs)
            {
                return;
            }

            _terakhir = sekarang;
            tugas.Progres(selesai, dilewati, total, pekerja.Sekarang());
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new TugasDihentikanException(ex);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Pekerja cetak: basis data belum bisa dibaca")]
    private partial void LogPollGagal(Exception ex);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} sudah diambil atau dihentikan instans lain")]
    private partial void LogSudahDiambil(int tugasId);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} dimulai ulang dari awal (percobaan {Percobaan})")]
    private partial void LogDimulaiUlang(int tugasId, int percobaan);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} mulai: {Jenis}, {Total} dokumen, percobaan {Percobaan}")]
    private partial void LogMulai(int tugasId, JenisDokumen jenis, int total, int percobaan);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} selesai: {Selesai} dokumen, {Dilewati} dilewati, {Milidetik} ms")]
    private partial void LogSelesai(int tugasId, int selesai, int dilewati, long milidetik);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId}: {Tahap} {Milidetik} ms")]
    private partial void LogWaktu(int tugasId, string tahap, long milidetik);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} dibatalkan; berkas sementara dihapus")]
    private partial void LogDibatalkan(int tugasId);

    [LoggerMessage(LogLevel.Information, "Cetak {TugasId} terhenti karena aplikasi berhenti; dilanjutkan instans berikutnya")]
    private partial void LogTerhentiAplikasi(int tugasId);

    [LoggerMessage(LogLevel.Warning, "Cetak {TugasId} gagal: {Kode}")]
    private partial void LogGagal(int tugasId, string kode);

    [LoggerMessage(LogLevel.Warning, "Cetak {TugasId}: PDF tidak tersedia: {Keterangan}")]
    private partial void LogPdfTidakTersedia(int tugasId, string keterangan);

    [LoggerMessage(LogLevel.Warning, "Cetak {TugasId}: penyusunan dokumen mulai urutan {Awal} gagal; disusun satu per satu")]
    private partial void LogSusunGagal(Exception ex, int tugasId, int awal);

    [LoggerMessage(LogLevel.Warning, "Cetak {TugasId}: dokumen urutan {Urutan} gagal dicetak dan dilewati")]
    private partial void LogRenderGagal(Exception ex, int tugasId, int urutan);

    [LoggerMessage(LogLevel.Warning, "Cetak {TugasId}: pdfunite gagal; hanya ZIP yang tersedia")]
    private partial void LogGabungGagal(int tugasId);

    [LoggerMessage(LogLevel.Error, "Cetak {TugasId} gagal tak terduga")]
    private partial void LogGagalTakTerduga(Exception ex, int tugasId);
}

/// <summary>The job's row changed under the worker (cancelled, or taken over): stop and leave no file.</summary>
public sealed class TugasDihentikanException(Exception inner) : Exception(inner.Message, inner);
