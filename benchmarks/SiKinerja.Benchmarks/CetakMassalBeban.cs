using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.Web.Features.CetakMassal;
using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Pdf;
using SiKinerja.Web.Web;

namespace SiKinerja.Benchmarks;

/// <summary>
/// Batch printing (issue 5: 1,000 documents in under 60 s, memory bounded whatever the batch size): a job of N SKP
/// documents (5 RHK × 2 IKI, <see cref="DataDokumen"/>) run by the real worker (<see cref="PekerjaCetak.ProsesSatuAsync"/>,
/// the hosted loop off) into a ZIP on disk. Reports total seconds, documents per second, and the peak of the app
/// process's working set, its GC heap and the Chromium processes' memory (PSS), sampled every 100 ms during the run.
/// Not a BenchmarkDotNet benchmark: one run of a minute is the figure.
/// <para>Options: <c>--provider Sqlite|PostgreSql</c>, <c>--jumlah 250,1000</c> (250 = bidang A, 750 = bidang B, 1000 =
/// the dinas with sub-units), <c>--pool 2</c> (<c>Pdf:UkuranPool</c>), <c>--gabung</c> (also the merged PDF),
/// <c>--rincian 60</c> (first time the steps one by one for that many documents: build, register, Razor, Chromium),
/// <c>--percobaan 20</c> (with <c>--rincian</c>: variants of the Chromium step on one document),
/// <c>--target 60</c> (seconds for 1,000; exit code 1 when a 1,000 run is slower).</para>
/// </summary>
public static class CetakMassalBeban
{
    private sealed record Opsi(DatabaseProvider Provider, int[] Jumlah, int Pool, bool Gabung, int Rincian, double Target, int Percobaan);

    private sealed record Hasil(int Jumlah, double Detik, long PuncakWs, long PuncakHeap, long PuncakChromium, long UkuranZip, StatusTugasCetak Status, int Selesai, double CpuApp = 0, double CpuChromium = 0);

    public static async Task<int> JalankanAsync(string[] args)
    {
        var opsi = Baca(args);
        var folder = Path.Combine(Path.GetTempPath(), "sikinerja-bench-cetak");
        Environment.SetEnvironmentVariable("CetakMassal__Pekerja__Aktif", "false");
        Environment.SetEnvironmentVariable("CetakMassal__Folder", folder);
        Environment.SetEnvironmentVariable("Pdf__UkuranPool", opsi.Pool.ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
        Console.WriteLine($"Cetak massal: {string.Join(", ", opsi.Jumlah)} dokumen SKP 5 RHK x 2 IKI, pool {opsi.Pool}, {opsi.Provider}{(opsi.Gabung ? ", dengan PDF gabungan" : string.Empty)}");
        using var app = await BenchmarkApp.OpenAsync(opsi.Provider, DataDokumen.NamaDatabase);
        var siap = Stopwatch.StartNew();
        var data = await DataDokumen.SiapkanAsync(app);
        Console.WriteLine($"Data siap dalam {siap.Elapsed.TotalSeconds:0.0} s");

        // Warm: Chromium started, pages open, JIT of the whole path (not measured).
        await JalankanTugasAsync(app, data.UnitA, termasukSubunit: false, gabung: opsi.Gabung, batasDokumen: null, diam: true, jumlahPemanasan: 20);
        if (opsi.Rincian > 0)
        {
            await RincianAsync(app, opsi.Rincian, opsi.Percobaan);
        }

        var hasil = new List<Hasil>();
        foreach (var n in opsi.Jumlah)
        {
            var (unit, sub) = n switch
            {
                DataDokumen.JumlahA => (data.UnitA, false),
                DataDokumen.JumlahB => (data.UnitB, false),
                _ => (data.UnitInduk, true),
            };
            GC.Collect();
            var h = await JalankanTugasAsync(app, unit, sub, opsi.Gabung, null, diam: false, jumlahPemanasan: 0);
            hasil.Add(h);
        }

        Console.WriteLine();
        Console.WriteLine("| dokumen | status | waktu (s) | dokumen/s | puncak working set | puncak heap GC | puncak PSS Chromium | ZIP | CPU app / Chromium per dokumen |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var h in hasil)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {h.Selesai:N0} | {h.Status} | {h.Detik:0.0} | {h.Selesai / h.Detik:0.0} | {Mb(h.PuncakWs)} | {Mb(h.PuncakHeap)} | {Mb(h.PuncakChromium)} | {Mb(h.UkuranZip)} | {h.CpuApp * 1000 / Math.Max(1, h.Selesai):0} / {h.CpuChromium * 1000 / Math.Max(1, h.Selesai):0} ms |"));
        }

        var gagal = hasil.Any(h => h.Status != StatusTugasCetak.Selesai) || hasil.Any(h => h.Selesai >= 1000 && h.Detik > opsi.Target);
        return gagal ? 1 : 0;
    }

    private static async Task<Hasil> JalankanTugasAsync(BenchmarkApp app, int unitId, bool termasukSubunit, bool gabung, int? batasDokumen, bool diam, int jumlahPemanasan)
    {
        _ = batasDokumen;
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (jumlahPemanasan > 0)
            {
                // Warm-up: print a few documents of the unit through the same services, no job.
                var layanan = scope.ServiceProvider.GetRequiredService<LayananDokumen>();
                var kunci = (await layanan.Penyusun(JenisDokumen.Skp).DaftarAsync(new PilihanCetak(JenisDokumen.Skp, DataDokumen.Tahun, null, [unitId]), CancellationToken.None)).Take(jumlahPemanasan).ToList();
                var isi = await layanan.SusunAsync(kunci, CancellationToken.None);
                var kode = await scope.ServiceProvider.GetRequiredService<RegistriDokumen>().DaftarkanAsync([.. isi.Select(x => (x.Key, x.Value))], BenchmarkApp.AdminLogin, CancellationToken.None);
                var i = 0;
                await Parallel.ForEachAsync(isi.Values.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (d, ct) =>
                {
                    // One scope per render: Razor's view buffers are scoped and not thread-safe.
                    await using var s = app.Services.CreateAsyncScope();
                    await s.ServiceProvider.GetRequiredService<LayananDokumen>().RenderAsync(d, kode[Interlocked.Increment(ref i) - 1], "http://localhost", ct);
                });
                return new Hasil(0, 0, 0, 0, 0, 0, StatusTugasCetak.Selesai, 0);
            }

            var tugas = new TugasCetak((int)JenisDokumen.Skp, null, DataDokumen.Tahun, unitId, termasukSubunit, gabung, "https://sikinerja.example.go.id", BenchmarkApp.AdminLogin, DateTime.UtcNow);
            db.TugasCetak.Add(tugas);
            await db.SaveChangesAsync();
            id = tugas.Id;
        }

        var pekerja = app.Services.GetRequiredService<PekerjaCetak>();
        var cpuAppAwal = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var cpuChromiumAwal = Pengambil.CpuKeturunan(Environment.ProcessId);
        using var sampel = new Pengambil();
        var jam = Stopwatch.StartNew();
        await pekerja.ProsesSatuAsync(CancellationToken.None);
        var detik = jam.Elapsed.TotalSeconds;
        sampel.Berhenti();
        var cpuApp = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuAppAwal;
        var cpuChromium = Pengambil.CpuKeturunan(Environment.ProcessId) - cpuChromiumAwal;
        await using var scope2 = app.Services.CreateAsyncScope();
        var row = await scope2.ServiceProvider.GetRequiredService<AppDbContext>().TugasCetak.AsNoTracking().SingleAsync(t => t.Id == id);
        if (!diam)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Tugas {id}: {row.Status} {row.KodeGalat} {row.Selesai}/{row.Total} dokumen, {row.Dilewati} dilewati, {detik:0.0} s, ZIP {Mb(row.UkuranByte)}{(row.BerkasGabungan is null ? string.Empty : ", PDF gabungan")}"));
            if (row.BerkasZip is { } zip)
            {
                var jalur = Path.Combine(scope2.ServiceProvider.GetRequiredService<FolderCetak>().Akar, zip);
                using var arsip = ZipFile.OpenRead(jalur);
                Console.WriteLine($"  ZIP: {arsip.Entries.Count} entri");
                if (row.BerkasGabungan is not null)
                {
                    // The merge step alone, on the same files: pdfunite in steps of 200, then the partial results.
                    var kerja = Path.Combine(Path.GetTempPath(), $"sikinerja-bench-gabung-{id}");
                    Directory.CreateDirectory(kerja);
                    var berkas = new List<string>();
                    foreach (var e in arsip.Entries)
                    {
                        var f = Path.Combine(kerja, $"{berkas.Count:D7}.pdf");
                        e.ExtractToFile(f);
                        berkas.Add(f);
                    }

                    var jamGabung = Stopwatch.StartNew();
                    var ok = await scope2.ServiceProvider.GetRequiredService<FolderCetak>().GabungAsync(berkas, Path.Combine(kerja, "gabungan.pdf"), kerja, null, CancellationToken.None);
                    var ukuranGabungan = ok ? new FileInfo(Path.Combine(kerja, "gabungan.pdf")).Length : 0;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PDF gabungan: pdfunite {jamGabung.Elapsed.TotalSeconds:0.0} s untuk {berkas.Count} berkas, {Mb(ukuranGabungan)}"));
                    Directory.Delete(kerja, recursive: true);
                }
            }
        }

        return new Hasil(row.Total, detik, sampel.PuncakWs, sampel.PuncakHeap, sampel.PuncakChromium, row.UkuranByte, row.Status, row.Selesai, cpuApp, cpuChromium);
    }

    /// <summary>Where the time goes, one document after another (no concurrency): build, register, Razor, Chromium.</summary>
    private static async Task RincianAsync(BenchmarkApp app, int jumlah, int percobaan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var layanan = sp.GetRequiredService<LayananDokumen>();
        var registri = sp.GetRequiredService<RegistriDokumen>();
        var perender = sp.GetRequiredService<PerenderTampilan>();
        var pdf = sp.GetRequiredService<IPembuatPdf>();
        var instansi = sp.GetRequiredService<IOptions<InstansiOptions>>().Value;
        var logo = sp.GetRequiredService<LogoInstansi>();
        var db = sp.GetRequiredService<AppDbContext>();
        var kunci = (await layanan.Penyusun(JenisDokumen.Skp).DaftarAsync(new PilihanCetak(JenisDokumen.Skp, DataDokumen.Tahun, null,
            [.. await UnitTree.UnitDanTurunanAsync(db, (await DataDokumen.SiapkanAsync(app)).UnitInduk, CancellationToken.None)]), CancellationToken.None)).Take(jumlah).ToList();

        var jam = Stopwatch.StartNew();
        var isi = new Dictionary<KunciDokumen, IsiDokumen>();
        foreach (var potong in kunci.Chunk(50))
        {
            foreach (var (k, v) in await layanan.SusunAsync(potong, CancellationToken.None))
            {
                isi[k] = v;
            }
        }

        var tSusun = jam.Elapsed.TotalMilliseconds;
        jam.Restart();
        var daftar = kunci.Where(isi.ContainsKey).Select(k => (k, isi[k])).ToList();
        var kode = new List<string>();
        foreach (var potong in daftar.Chunk(50))
        {
            kode.AddRange(await registri.DaftarkanAsync(potong, BenchmarkApp.AdminLogin, CancellationToken.None));
        }

        var tDaftar = jam.Elapsed.TotalMilliseconds;
        double tRazor = 0, tQr = 0, tChromium = 0;
        long ukuranHtml = 0;
        var contoh = string.Empty;
        const string Kaki = "<span style=\"font-size:7pt\">Halaman <span class=\"pageNumber\"></span> dari <span class=\"totalPages\"></span></span>";
        for (var i = 0; i < daftar.Count; i++)
        {
            var d = daftar[i].Item2;
            jam.Restart();
            var url = $"https://sikinerja.example.go.id/Verifikasi/{kode[i]}";
            var info = new InfoCetak(kode[i], RegistriDokumen.Tampil(kode[i]), url, KodeQr.Svg(url), instansi.Nama, logo.DataUri, instansi.Tempat);
            tQr += jam.Elapsed.TotalMilliseconds;
            jam.Restart();
            var html = await perender.RenderAsync(d.Tampilan, d.Model, new Dictionary<string, object?> { [nameof(InfoCetak)] = info });
            tRazor += jam.Elapsed.TotalMilliseconds;
            ukuranHtml += html.Length;
            jam.Restart();
            await pdf.CetakAsync(new HalamanPdf(html, d.Lanskap, Kaki), CancellationToken.None);
            contoh = html;
            tChromium += jam.Elapsed.TotalMilliseconds;
        }

        var n = Math.Max(1, daftar.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rincian per dokumen ({n} dokumen, satu per satu): susun {tSusun / n:0.0} ms, daftar kode {tDaftar / n:0.0} ms, QR {tQr / n:0.0} ms, Razor {tRazor / n:0.0} ms (HTML {ukuranHtml / n / 1024} KB), Chromium {tChromium / n:0.0} ms"));
        if (percobaan > 0)
        {
            await PercobaanChromiumAsync(contoh, Kaki, percobaan);
        }
    }

    /// <summary>
    /// Variants of the Chromium step on one real document, each <paramref name="n"/> times on its own browser (as
    /// <c>PembuatPdfChromium</c> does: one page reused): where Chromium's time goes and what the print options cost.
    /// </summary>
    private static async Task PercobaanChromiumAsync(string html, string kaki, int n)
    {
        using var pw = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--mute-audio"],
        });
        var tanpaGambar = System.Text.RegularExpressions.Regex.Replace(html, "<svg.*?</svg>|<img[^>]*>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        var varian = new (string Nama, string Html, Microsoft.Playwright.WaitUntilState Tunggu, bool Kaki, bool HalamanBaru)[]
        {
            ("seperti sekarang (Load, kaki, halaman dipakai ulang)", html, Microsoft.Playwright.WaitUntilState.Load, true, false),
            ("DOMContentLoaded", html, Microsoft.Playwright.WaitUntilState.DOMContentLoaded, true, false),
            ("tanpa kaki halaman", html, Microsoft.Playwright.WaitUntilState.Load, false, false),
            ("tanpa QR dan logo", tanpaGambar, Microsoft.Playwright.WaitUntilState.Load, true, false),
            ("halaman baru per dokumen", html, Microsoft.Playwright.WaitUntilState.Load, true, true),
            ("kaki dari CSS @page (kotak margin) bukan templat Chromium", KakiCss(html), Microsoft.Playwright.WaitUntilState.Load, false, false),
        };
        var page = await browser.NewPageAsync();
        foreach (var v in varian)
        {
            double tIsi = 0, tPdf = 0;
            long ukuran = 0;
            for (var i = -2; i < n; i++)
            {
                var p = v.HalamanBaru ? await browser.NewPageAsync() : page;
                var jam = Stopwatch.StartNew();
                await p.SetContentAsync(v.Html, new() { WaitUntil = v.Tunggu });
                var isi = jam.Elapsed.TotalMilliseconds;
                jam.Restart();
                var b = await p.PdfAsync(new()
                {
                    Format = "A4", Landscape = true, PrintBackground = true, DisplayHeaderFooter = v.Kaki,
                    HeaderTemplate = "<span></span>", FooterTemplate = v.Kaki ? kaki : "<span></span>",
                    Margin = new() { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
                });
                if (i == 0)
                {
                    await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), $"sikinerja-percobaan-{Array.IndexOf(varian, v)}.pdf"), b);
                }

                if (i >= 0)
                {
                    tIsi += isi;
                    tPdf += jam.Elapsed.TotalMilliseconds;
                    ukuran += b.Length;
                }

                if (v.HalamanBaru)
                {
                    await p.CloseAsync();
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  Chromium, {v.Nama}: SetContent {tIsi / n:0.0} ms + PDF {tPdf / n:0.0} ms = {(tIsi + tPdf) / n:0.0} ms, {ukuran / n / 1024} KB"));
        }
    }

    /// <summary>The footer as CSS page-margin boxes (Chromium 131+) instead of Chromium's footer template.</summary>
    private static string KakiCss(string html) => html.Replace("</head>",
        "<style>@page { @bottom-left { content: \"Sasaran Kinerja Pegawai · Kode verifikasi: ABCD-EFGH-JKMN\"; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; } "
        + "@bottom-right { content: \"Halaman \" counter(page) \" dari \" counter(pages); font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; } }</style></head>",
        StringComparison.Ordinal);

    private static string Mb(long b) => string.Create(CultureInfo.InvariantCulture, $"{b / 1024.0 / 1024.0:0} MB");

    private static Opsi Baca(string[] args)
    {
        var provider = DatabaseProvider.Sqlite;
        int[] jumlah = [250, 1000];
        var pool = 2;
        var gabung = false;
        var rincian = 0;
        var target = 60.0;
        var percobaan = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--provider": provider = Enum.Parse<DatabaseProvider>(args[++i], ignoreCase: true); break;
                case "--jumlah": jumlah = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--pool": pool = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--gabung": gabung = true; break;
                case "--rincian": rincian = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--target": target = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--percobaan": percobaan = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        return new Opsi(provider, jumlah, pool, gabung, rincian, target, percobaan);
    }

    /// <summary>Samples memory every 100 ms: this process's working set and GC heap, and Chromium's (descendants') PSS.</summary>
    private sealed class Pengambil : IDisposable
    {
        private readonly CancellationTokenSource _henti = new();
        private readonly Task _kerja;

        public Pengambil() => _kerja = Task.Run(UlangAsync);

        public long PuncakWs { get; private set; }

        public long PuncakHeap { get; private set; }

        public long PuncakChromium { get; private set; }

        public void Berhenti()
        {
            _henti.Cancel();
            _kerja.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            Ambil();
        }

        public void Dispose() => _henti.Dispose();

        private async Task UlangAsync()
        {
            while (!_henti.IsCancellationRequested)
            {
                Ambil();
                await Task.Delay(100, _henti.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        private void Ambil()
        {
            using var p = Process.GetCurrentProcess();
            PuncakWs = Math.Max(PuncakWs, p.WorkingSet64);
            PuncakHeap = Math.Max(PuncakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
            PuncakChromium = Math.Max(PuncakChromium, RssKeturunan(Environment.ProcessId));
        }

        /// <summary>CPU seconds (user + system, with reaped children) of every descendant process, from /proc.</summary>
        public static double CpuKeturunan(int akar)
        {
            double total = 0;
            foreach (var pid in Keturunan(akar))
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    total += (long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)
                        + long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture)) / 100.0;
                }
                catch (IOException)
                {
                }
            }

            return total;
        }

        /// <summary>Sum of the proportional set size of every descendant process (Playwright's driver and Chromium's processes), from /proc.</summary>
        private static long RssKeturunan(int akar) => Keturunan(akar).Sum(Rss);

        private static List<int> Keturunan(int akar)
        {
            var induk = new Dictionary<int, int>();
            foreach (var d in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(d), out var pid))
                {
                    continue;
                }

                try
                {
                    var stat = File.ReadAllText(Path.Combine(d, "stat"));
                    var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    induk[pid] = int.Parse(f[1], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            var hasil = new List<int>();
            foreach (var (pid, _) in induk)
            {
                var x = pid;
                var langkah = 0;
                while (induk.TryGetValue(x, out var pp) && pp != akar && pp > 1 && langkah++ < 50)
                {
                    x = pp;
                }

                if (induk.TryGetValue(x, out var q) && q == akar)
                {
                    hasil.Add(pid);
                }
            }

            return hasil;
        }

        private static long Rss(int pid)
        {
            try
            {
                // PSS: shared pages (Chromium's processes share most of their code) counted once, split among sharers.
                foreach (var baris in File.ReadLines($"/proc/{pid}/smaps_rollup"))
                {
                    if (baris.StartsWith("Pss:", StringComparison.Ordinal))
                    {
                        return long.Parse(baris["Pss:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                    }
                }
            }
            catch (IOException)
            {
            }

            return 0;
        }
    }
}
