using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SiKinerja.Infrastructure.Berkas;

/// <summary>
/// <see cref="IPenyimpanBerkas"/> on the local disk (or a mounted volume shared by the instances), in
/// <c>Berkas:Folder</c>. An upload is written to <c>tmp/</c> in that folder first, checked there, and moved
/// into place only when accepted, so a crash or a broken upload never leaves a half file under a key.
/// Files are named by <see cref="KunciBerkas"/>, never by the user's name.
/// </summary>
public sealed partial class PenyimpanBerkasLokal : IPenyimpanBerkas
{
    private const string FolderSementara = "tmp";

    private readonly BerkasOptions _options;
    private readonly ILogger<PenyimpanBerkasLokal> _logger;

    public PenyimpanBerkasLokal(IOptions<BerkasOptions> options, IHostEnvironment env, ILogger<PenyimpanBerkasLokal> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(env);
        _options = options.Value;
        _logger = logger;
        Akar = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(env.ContentRootPath, _options.Folder)));
        var webRoot = env is IWebHostEnvironment web && !string.IsNullOrEmpty(web.WebRootPath)
            ? web.WebRootPath
            : Path.Combine(env.ContentRootPath, "wwwroot");
        if (DiDalam(Path.TrimEndingDirectorySeparator(Path.GetFullPath(webRoot)), Akar, bolehSama: true))
        {
            throw new InvalidOperationException("Berkas:Folder tidak boleh berada di dalam wwwroot: berkas di sana dapat diunduh siapa saja.");
        }
    }

    /// <summary>The full path of the storage folder.</summary>
    public string Akar { get; }

    public long UkuranMaksimumByte => _options.UkuranMaksimumByte;

    public async Task<HasilSimpanBerkas> SimpanAsync(Stream isi, string namaAsli, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(isi);
        if (NamaBerkas.Berbahaya(namaAsli))
        {
            return new HasilSimpanBerkas(null, 0, HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.NamaTidakValid));
        }

        var folderSementara = Path.Combine(Akar, FolderSementara);
        Directory.CreateDirectory(folderSementara);
        var sementara = Path.Combine(folderSementara, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            long ukuran;
            HasilPeriksaBerkas hasil;
            await using (var tulis = new FileStream(sementara, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
            }))
            {
                if (!await SalinTerbatasAsync(isi, tulis, UkuranMaksimumByte, ct))
                {
                    return Tolak(HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.TerlaluBesar, _options.UkuranMaksimumMb.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                await tulis.FlushAsync(ct);
                tulis.Flush(flushToDisk: true);
                ukuran = tulis.Length;
                tulis.Position = 0;
                hasil = PemeriksaBerkas.Periksa(namaAsli, ukuran, tulis, UkuranMaksimumByte);
            }

            if (!hasil.Diterima)
            {
                return Tolak(hasil);
            }

            var kunci = KunciBerkas.Baru(hasil.Jenis!.Value);
            var tujuan = Jalur(kunci);
            Directory.CreateDirectory(Path.GetDirectoryName(tujuan)!);
            File.Move(sementara, tujuan, overwrite: false);
            LogTersimpan(kunci, hasil.Jenis.Value, ukuran);
            return new HasilSimpanBerkas(kunci, ukuran, hasil);
        }
        finally
        {
            HapusDiam(sementara);
        }

        HasilSimpanBerkas Tolak(HasilPeriksaBerkas hasil)
        {
            LogDitolak(hasil.Galat!);
            return new HasilSimpanBerkas(null, 0, hasil);
        }
    }

    public Task<BerkasTerbuka?> BukaAsync(string kunci, CancellationToken ct)
    {
        if (!KunciBerkas.Valid(kunci))
        {
            return Task.FromResult<BerkasTerbuka?>(null);
        }

        try
        {
            var s = new FileStream(Jalur(kunci), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var jenis = KunciBerkas.Jenis(kunci);
            return Task.FromResult<BerkasTerbuka?>(new BerkasTerbuka(s, jenis.ContentType(), s.Length, jenis));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<BerkasTerbuka?>(null);
        }
    }

    public Task<bool> HapusAsync(string kunci, CancellationToken ct)
    {
        if (!KunciBerkas.Valid(kunci))
        {
            return Task.FromResult(false);
        }

        var jalur = Jalur(kunci);
        if (!File.Exists(jalur))
        {
            return Task.FromResult(false);
        }

        File.Delete(jalur);
        LogTerhapus(kunci);
        return Task.FromResult(true);
    }

    /// <summary>The path of a valid key; checked once more to lie inside <see cref="Akar"/>.</summary>
    private string Jalur(string kunci)
    {
        var jalur = Path.GetFullPath(Path.Combine(Akar, kunci));
        if (!DiDalam(Akar, jalur, bolehSama: false))
        {
            throw new InvalidOperationException("Kunci berkas menunjuk ke luar folder penyimpanan.");
        }

        return jalur;
    }

    private static bool DiDalam(string folder, string jalur, bool bolehSama)
    {
        var perbandingan = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return (bolehSama && string.Equals(folder, jalur, perbandingan))
            || jalur.StartsWith(folder + Path.DirectorySeparatorChar, perbandingan);
    }

    private static async Task<bool> SalinTerbatasAsync(Stream dari, Stream ke, long batas, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await dari.ReadAsync(buffer, ct)) > 0)
        {
            total += n;
            if (total > batas)
            {
                return false;
            }

            await ke.WriteAsync(buffer.AsMemory(0, n), ct);
        }

        return true;
    }

    private void HapusDiam(string jalur)
    {
        try
        {
            File.Delete(jalur);
        }
        catch (IOException e)
        {
            LogSementaraTertinggal(e, Path.GetFileName(jalur));
        }
        catch (UnauthorizedAccessException e)
        {
            LogSementaraTertinggal(e, Path.GetFileName(jalur));
        }
    }

    [LoggerMessage(LogLevel.Information, "Berkas {Kunci} tersimpan: {Jenis}, {Ukuran} byte")]
    private partial void LogTersimpan(string kunci, JenisBerkas jenis, long ukuran);

    [LoggerMessage(LogLevel.Information, "Berkas ditolak: {Alasan}")]
    private partial void LogDitolak(string alasan);

    [LoggerMessage(LogLevel.Information, "Berkas {Kunci} dihapus")]
    private partial void LogTerhapus(string kunci);

    [LoggerMessage(LogLevel.Warning, "Berkas sementara {Nama} tidak dapat dihapus")]
    private partial void LogSementaraTertinggal(Exception e, string nama);
}
