using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SiKinerja.Web.Features.CetakMassal;

/// <summary>Section <c>CetakMassal</c>: where batch results are kept and how they are made.</summary>
public sealed class OpsiCetakMassal
{
    public const string Section = "CetakMassal";

    /// <summary>Folder of the finished ZIPs and merged PDFs (relative to the content root); never inside wwwroot.</summary>
    public string Folder { get; set; } = "data/cetak";

    /// <summary>poppler's <c>pdfunite</c>, used for the merged PDF (Debian package poppler-utils).</summary>
    public string PdfunitePath { get; set; } = "/usr/bin/pdfunite";

    /// <summary>Documents built, registered and printed per step (one registry save per step).</summary>
    public int UkuranPotongan { get; set; } = 50;

    /// <summary>Files merged per pdfunite call; the results of the calls are merged again.</summary>
    public int GabungPerLangkah { get; set; } = 200;
}

/// <summary>Section <c>CetakMassal:Pekerja</c>: the batch worker's poll, heartbeat and take-over.</summary>
public sealed class OpsiPekerjaCetak
{
    public const string Section = "CetakMassal:Pekerja";

    /// <summary>Run the worker in this instance (tests call it directly instead).</summary>
    public bool Aktif { get; set; } = true;

    /// <summary>Fallback poll; a queued job normally wakes the worker at once.</summary>
    public int IntervalPollDetik { get; set; } = 15;

    /// <summary>A running job whose owner has not beaten for this long is restarted by any instance.</summary>
    public int DetakKedaluwarsaDetik { get; set; } = 120;

    /// <summary>Progress (and heartbeat, and the check for cancellation) written to the job row at most this often.</summary>
    public int IntervalProgresMs { get; set; } = 1000;
}

/// <summary>
/// The files of the batch jobs on disk, in <see cref="OpsiCetakMassal.Folder"/>: <c>tugas-{id}.zip</c> and
/// <c>tugas-{id}.pdf</c> once complete, <c>tugas-{id}-{attempt}.*.partial</c> while being written (never offered), and
/// the per-document PDFs of a merge in <c>tmp/tugas-{id}-{attempt}/</c>. A stored key is only ever one of the complete
/// names, so it cannot walk out of the folder.
/// </summary>
public sealed partial class FolderCetak
{
    private readonly OpsiCetakMassal _opsi;

    public FolderCetak(IOptions<OpsiCetakMassal> options, IHostEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(env);
        _opsi = options.Value;
        Akar = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(env.ContentRootPath, _opsi.Folder)));
        var webRoot = env is IWebHostEnvironment web && !string.IsNullOrEmpty(web.WebRootPath)
            ? web.WebRootPath
            : Path.Combine(env.ContentRootPath, "wwwroot");
        var akarWeb = Path.TrimEndingDirectorySeparator(Path.GetFullPath(webRoot));
        if (string.Equals(Akar, akarWeb, StringComparison.Ordinal) || Akar.StartsWith(akarWeb + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("CetakMassal:Folder tidak boleh berada di dalam wwwroot: berkas di sana dapat diunduh siapa saja.");
        }
    }

    public string Akar { get; }

    /// <summary>Whether pdfunite can be run (the merged PDF is offered only then).</summary>
    public bool BisaGabung => File.Exists(_opsi.PdfunitePath);

    public static string KunciZip(int id) => string.Create(CultureInfo.InvariantCulture, $"tugas-{id}.zip");

    public static string KunciGabungan(int id) => string.Create(CultureInfo.InvariantCulture, $"tugas-{id}.pdf");

    public string Sementara(int id, int percobaan, string akhiran) =>
        Path.Combine(Akar, string.Create(CultureInfo.InvariantCulture, $"tugas-{id}-{percobaan}{akhiran}.partial"));

    public string FolderDokumen(int id, int percobaan) =>
        Path.Combine(Akar, "tmp", string.Create(CultureInfo.InvariantCulture, $"tugas-{id}-{percobaan}"));

    public string Jalur(string kunci) => Path.Combine(Akar, kunci);

    /// <summary>A complete file by its stored key; null for a key of another shape or a file that is gone.</summary>
    public FileStream? Buka(string? kunci)
    {
        if (kunci is null || !PolaKunci().IsMatch(kunci))
        {
            return null;
        }

        var jalur = Jalur(kunci);
        return File.Exists(jalur) ? new FileStream(jalur, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous) : null;
    }

    /// <summary>Removes everything a previous (dead or taken-over) attempt of the job left behind, and any result.</summary>
    public void Bersihkan(int id, bool termasukHasil)
    {
        if (!Directory.Exists(Akar))
        {
            return;
        }

        var awal = string.Create(CultureInfo.InvariantCulture, $"tugas-{id}-");
        foreach (var f in Directory.EnumerateFiles(Akar, awal + "*.partial"))
        {
            HapusBerkas(f);
        }

        var tmp = Path.Combine(Akar, "tmp");
        if (Directory.Exists(tmp))
        {
            foreach (var d in Directory.EnumerateDirectories(tmp, awal + "*"))
            {
                HapusFolder(d);
            }
        }

        if (termasukHasil)
        {
            HapusBerkas(Jalur(KunciZip(id)));
            HapusBerkas(Jalur(KunciGabungan(id)));
        }
    }

    public static void HapusBerkas(string jalur)
    {
        try
        {
            File.Delete(jalur);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static void HapusFolder(string jalur)
    {
        try
        {
            if (Directory.Exists(jalur))
            {
                Directory.Delete(jalur, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Merges <paramref name="berkas"/> (in order) into <paramref name="keluaran"/> with pdfunite, at most
    /// <see cref="OpsiCetakMassal.GabungPerLangkah"/> files per call, then the partial results again, so neither this
    /// process nor one pdfunite holds all documents at once. False when pdfunite failed. <paramref name="setelahLangkah"/>
    /// runs after every call (the worker's heartbeat and check for cancellation).
    /// </summary>
    public async Task<bool> GabungAsync(IReadOnlyList<string> berkas, string keluaran, string folderKerja, Func<Task>? setelahLangkah, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(berkas);
        var langkah = Math.Max(2, _opsi.GabungPerLangkah);
        var tingkat = berkas.ToList();
        for (var putaran = 0; tingkat.Count > 1; putaran++)
        {
            var berikut = new List<string>();
            for (var i = 0; i < tingkat.Count; i += langkah)
            {
                var bagian = tingkat.Skip(i).Take(langkah).ToList();
                if (bagian.Count == 1)
                {
                    berikut.Add(bagian[0]);
                    continue;
                }

                var hasil = Path.Combine(folderKerja, string.Create(CultureInfo.InvariantCulture, $"gabung-{putaran}-{i / langkah:D5}.pdf"));
                if (!await PdfuniteAsync(bagian, hasil, ct))
                {
                    return false;
                }

                berikut.Add(hasil);
                if (setelahLangkah is not null)
                {
                    await setelahLangkah();
                }
            }

            tingkat = berikut;
        }

        if (tingkat.Count == 0)
        {
            return false;
        }

        File.Copy(tingkat[0], keluaran, overwrite: true);
        return true;
    }

    private async Task<bool> PdfuniteAsync(IReadOnlyList<string> masukan, string keluaran, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(_opsi.PdfunitePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var m in masukan)
        {
            psi.ArgumentList.Add(m);
        }

        psi.ArgumentList.Add(keluaran);
        using var p = Process.Start(psi);
        if (p is null)
        {
            return false;
        }

        var keluar = p.StandardOutput.ReadToEndAsync(ct);
        var galat = p.StandardError.ReadToEndAsync(ct);
        try
        {
            await p.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(keluar, galat);
        return p.ExitCode == 0 && File.Exists(keluaran);
    }

    [GeneratedRegex(@"^tugas-[0-9]{1,10}\.(zip|pdf)$", RegexOptions.CultureInvariant)]
    private static partial Regex PolaKunci();
}
