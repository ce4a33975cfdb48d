using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace SiKinerja.BrowserTests;

/// <summary>
/// The app with its demo data on a real port (Kestrel) on a fresh SQLite file, and Debian's Chromium
/// driven by Playwright (Playwright cannot download its own browsers here). Set
/// <c>SIKINERJA_CHROMIUM</c> to use another Chromium binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sikinerja-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public DemoAppFactory App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        App = new DemoAppFactory(_db);
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        var chromium = Environment.GetEnvironmentVariable("SIKINERJA_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: install Debian's 'chromium' package (CI does) or set SIKINERJA_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
        if (Directory.Exists(App.FolderBerkas))
        {
            Directory.Delete(App.FolderBerkas, recursive: true);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}

public sealed class DemoAppFactory(string dbPath) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:SiKinerja", $"Data Source={dbPath}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Berkas:Folder", FolderBerkas);
        builder.UseSetting("CetakMassal:Folder", Path.Combine(FolderBerkas, "cetak"));
    }

    /// <summary>Uploaded bukti dukung and batch prints go to a temporary folder, not the source tree's data/.</summary>
    public string FolderBerkas { get; } = Path.Combine(Path.GetTempPath(), $"sikinerja-browser-bukti-{Guid.NewGuid():N}");
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
