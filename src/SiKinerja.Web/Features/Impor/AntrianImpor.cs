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

    public void Dispose() => _sinyal.Dispose();

    public ProgresImpor? ProgresDari(int batchId) => _progres.TryGetValue(batchId, out var p) ? p : null;
}

public sealed record ProgresImpor(int Selesai, int Total);
