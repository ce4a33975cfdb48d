using System.Collections.Concurrent;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// Wakes the import worker as soon as a batch is queued (upload, confirm) and holds the progress of the
/// batch this instance is writing: during the write the batch row cannot be updated on SQLite (one
/// writer), so the page reads the progress from here.
/// </summary>
public sealed class AntrianImpor : IDisposable
{
    private readonly SemaphoreSlim _sinyal = new(0, int.MaxValue);
    private readonly ConcurrentDictionary<int, ProgresImpor> _progres = new();

    public void Beri() => _sinyal.Release();

    /// <summary>Waits for a signal or <paramref name="batas"/>, whichever comes first.</summary>
    public async Task TungguAsync(TimeSpan batas, CancellationToken ct)
    {
        await _sinyal.WaitAsync(batas, ct);
        while (_sinyal.CurrentCount > 0)
        {
            _sinyal.Wait(0, CancellationToken.None);
        }
    }

    public void Laporkan(int batchId, int selesai, int total) => _progres[batchId] = new ProgresImpor(selesai, total);

    public void Hapus(int batchId) => _progres.TryRemove(batchId, out _);

    /// <summary>
    /// The last file read for a preview, so that confirming it on this instance does not read it again
    /// (the database is still matched again). One entry only: a 50,000-row file is tens of MB in memory.
    /// </summary>
    private (int BatchId, string Sha256, HasilBacaImpor Hasil)? _bacaan;

    public void SimpanBacaan(int batchId, string sha256, HasilBacaImpor hasil) => _bacaan = (batchId, sha256, hasil);

    public HasilBacaImpor? AmbilBacaan(int batchId, string sha256)
    {
        var b = _bacaan;
        _bacaan = null;
        return b is { } x && x.BatchId == batchId && x.Sha256 == sha256 ? x.Hasil : null;
    }

    public void Dispose() => _sinyal.Dispose();

    public ProgresImpor? ProgresDari(int batchId) => _progres.TryGetValue(batchId, out var p) ? p : null;
}

public sealed record ProgresImpor(int Selesai, int Total);
