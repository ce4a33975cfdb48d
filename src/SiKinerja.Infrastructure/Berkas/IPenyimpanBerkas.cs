namespace SiKinerja.Infrastructure.Berkas;

/// <summary>
/// Keeps bukti dukung outside the web root. The caller stores the returned key (and the display name) with its
/// record and serves the file itself, after checking that the user may see that record.
/// </summary>
public interface IPenyimpanBerkas
{
    /// <summary>Largest file accepted, in bytes (configuration <c>Berkas:UkuranMaksimumMb</c>).</summary>
    long UkuranMaksimumByte { get; }

    /// <summary>
    /// Checks (<see cref="PemeriksaBerkas"/>) and stores the upload. A refused file leaves nothing behind;
    /// neither does a stream that fails half way.
    /// </summary>
    Task<HasilSimpanBerkas> SimpanAsync(Stream isi, string namaAsli, CancellationToken ct);

    /// <summary>The stored file for reading, or null when the key is unknown or not a valid key.</summary>
    Task<BerkasTerbuka?> BukaAsync(string kunci, CancellationToken ct);

    /// <summary>Removes the file; false when there was none (or the key is not valid).</summary>
    Task<bool> HapusAsync(string kunci, CancellationToken ct);
}

/// <summary>
/// The outcome of <see cref="IPenyimpanBerkas.SimpanAsync"/>: on success <see cref="Kunci"/> (opaque, at most
/// <see cref="KunciBerkas.PanjangMaksimum"/> characters), the kind, the size and the safe display name;
/// otherwise <see cref="Pemeriksaan"/> holds the refusal's resource key.
/// </summary>
public sealed record HasilSimpanBerkas(string? Kunci, long Ukuran, HasilPeriksaBerkas Pemeriksaan)
{
    public bool Berhasil => Kunci is not null;
}

/// <summary>An open stored file; dispose it (the stream) when done.</summary>
public sealed record BerkasTerbuka(Stream Isi, string ContentType, long Ukuran, JenisBerkas Jenis) : IAsyncDisposable, IDisposable
{
    public ValueTask DisposeAsync() => Isi.DisposeAsync();

    public void Dispose() => Isi.Dispose();
}
