using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace SiKinerja.Web.Pdf;

/// <summary>
/// Prints HTML to PDF with headless Chromium through Microsoft.Playwright (Debian's <c>chromium</c>,
/// <see cref="OpsiPdf.ChromiumPath"/>). One browser per process, started on first use (or at start-up by
/// <see cref="PemanasPdf"/>); a bounded pool of <see cref="OpsiPdf.UkuranPool"/> pages is reused, so memory does not
/// grow with a batch. When the browser dies it is started again on the next document (one retry per document).
/// </summary>
public sealed partial class PembuatPdfChromium(IOptions<OpsiPdf> options, ILogger<PembuatPdfChromium> logger) : IPembuatPdf, IAsyncDisposable
{
    private static readonly string[] Argumen =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--mute-audio",
    ];

    private readonly OpsiPdf _opsi = options.Value;
    private readonly SemaphoreSlim _slot = new(Math.Max(1, options.Value.UkuranPool));
    private readonly SemaphoreSlim _mulai = new(1, 1);
    private readonly ConcurrentBag<Halaman> _bebas = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _generasi;
    private string? _galatTerakhir;

    public KondisiPdf Kondisi =>
        !File.Exists(_opsi.ChromiumPath) ? new(false, $"Chromium tidak ditemukan: {_opsi.ChromiumPath}")
        : _galatTerakhir is { } g ? new(false, g)
        : new(true, _browser?.IsConnected == true ? "Chromium siap" : "Chromium belum dijalankan");

    /// <summary>Starts the browser and opens the pool's pages.</summary>
    public async Task PanaskanAsync(CancellationToken ct)
    {
        var browser = await BrowserAsync(ct);
        var generasi = _generasi;
        var halaman = new List<Halaman>();
        for (var i = _bebas.Count; i < _opsi.UkuranPool; i++)
        {
            halaman.Add(new Halaman(await browser.NewPageAsync(), generasi));
        }

        // One print warms the fonts and the PDF backend.
        if (halaman.Count > 0)
        {
            await halaman[0].Page.SetContentAsync("<html><body>SiKinerja</body></html>");
            await halaman[0].Page.PdfAsync(new() { Format = "A4" });
        }

        foreach (var h in halaman)
        {
            _bebas.Add(h);
        }
    }

    public async Task<byte[]> CetakAsync(HalamanPdf halaman, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(halaman);
        await _slot.WaitAsync(ct);
        try
        {
            for (var percobaan = 1; ; percobaan++)
            {
                var h = await AmbilAsync(ct);
                try
                {
                    var pdf = await CetakDiAsync(h.Page, halaman, ct);
                    h.Dipakai++;
                    Kembalikan(h);
                    return pdf;
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException && !ct.IsCancellationRequested)
                {
                    await TutupAsync(h);
                    var mati = _browser?.IsConnected != true;
                    LogGagalCetak(ex, percobaan, mati);
                    if (percobaan >= 2)
                    {
                        throw new PdfTidakTersediaException("Chromium gagal mencetak dokumen.", ex);
                    }
                }
                catch
                {
                    // Cancelled or anything else: the page may be half-way through a print; do not reuse it.
                    await TutupAsync(h);
                    throw;
                }
            }
        }
        finally
        {
            _slot.Release();
        }
    }

    private async Task<byte[]> CetakDiAsync(IPage page, HalamanPdf halaman, CancellationToken ct)
    {
        var batas = TimeSpan.FromSeconds(Math.Max(1, _opsi.BatasWaktuDetik));
        page.SetDefaultTimeout((float)batas.TotalMilliseconds);
        var kerja = Task.Run(async () =>
        {
            await page.SetContentAsync(halaman.Html, new() { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(halaman.Kaki is null
                ? new() { Format = "A4", Landscape = halaman.Lanskap, PrintBackground = true, PreferCSSPageSize = true }
                : new()
                {
                    Format = "A4",
                    Landscape = halaman.Lanskap,
                    PrintBackground = true,
                    DisplayHeaderFooter = true,
                    HeaderTemplate = "<span></span>",
                    FooterTemplate = halaman.Kaki,
                    Margin = new() { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
                });
        }, CancellationToken.None);
        return await kerja.WaitAsync(batas, ct);
    }

    private async Task<Halaman> AmbilAsync(CancellationToken ct)
    {
        while (_bebas.TryTake(out var h))
        {
            if (h.Generasi == _generasi && !h.Page.IsClosed && _browser?.IsConnected == true)
            {
                return h;
            }

            await TutupAsync(h);
        }

        var browser = await BrowserAsync(ct);
        return new Halaman(await browser.NewPageAsync(), _generasi);
    }

    private void Kembalikan(Halaman h)
    {
        if (h.Dipakai >= _opsi.CetakPerHalamanMaksimum)
        {
            _ = TutupAsync(h);
            return;
        }

        _bebas.Add(h);
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } b)
        {
            return b;
        }

        await _mulai.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } sudah)
            {
                return sudah;
            }

            if (!File.Exists(_opsi.ChromiumPath))
            {
                _galatTerakhir = $"Chromium tidak ditemukan: {_opsi.ChromiumPath}";
                throw new PdfTidakTersediaException(_galatTerakhir);
            }

            if (_browser is not null)
            {
                LogMulaiUlang();
                await TutupBrowserAsync();
            }

            try
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = _opsi.ChromiumPath,
                    Headless = true,
                    Args = Argumen,
                });
            }
            catch (PlaywrightException ex)
            {
                _galatTerakhir = "Chromium gagal dijalankan.";
                LogGagalMulai(ex);
                throw new PdfTidakTersediaException(_galatTerakhir, ex);
            }

            _generasi++;
            _galatTerakhir = null;
            LogDimulai(_opsi.ChromiumPath, _opsi.UkuranPool);
            return _browser;
        }
        finally
        {
            _mulai.Release();
        }
    }

    private static async Task TutupAsync(Halaman h)
    {
        try
        {
            await h.Page.CloseAsync();
        }
#pragma warning disable CA1031 // a page of a dead browser cannot be closed; it is dropped either way
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task TutupBrowserAsync()
    {
        try
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }
        }
#pragma warning disable CA1031 // closing a dead browser may throw; it is replaced either way
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        _browser = null;
    }

    /// <summary>For tests: the browser goes away as if it had crashed (the pool's pages die with it).</summary>
    internal Task MatikanBrowserAsync() => _browser?.CloseAsync() ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await TutupBrowserAsync();
        _playwright?.Dispose();
        _slot.Dispose();
        _mulai.Dispose();
    }

    private sealed class Halaman(IPage page, int generasi)
    {
        public IPage Page { get; } = page;

        public int Generasi { get; } = generasi;

        public int Dipakai { get; set; }
    }

    [LoggerMessage(LogLevel.Information, "PDF: Chromium dijalankan ({Path}, {Pool} halaman)")]
    private partial void LogDimulai(string path, int pool);

    [LoggerMessage(LogLevel.Warning, "PDF: Chromium tidak tersambung lagi, dijalankan ulang")]
    private partial void LogMulaiUlang();

    [LoggerMessage(LogLevel.Error, "PDF: Chromium gagal dijalankan")]
    private partial void LogGagalMulai(Exception ex);

    [LoggerMessage(LogLevel.Warning, "PDF: cetak gagal (percobaan {Percobaan}, browser mati: {Mati})")]
    private partial void LogGagalCetak(Exception ex, int percobaan, bool mati);
}
