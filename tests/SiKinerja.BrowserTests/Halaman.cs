using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiKinerja.Web.Demo;

namespace SiKinerja.BrowserTests;

/// <summary>Steps the journeys share: signing in with a demo account, using a picker, optional screenshots.</summary>
internal static class Halaman
{
    /// <summary>A new browser context signed in with the demo account of <paramref name="peran"/> ("Admin BKD", "Pegawai", ...).</summary>
    public static async Task<IPage> MasukDemoAsync(this BrowserFixture fixture, string peran, int width = 1280, int height = 900)
    {
        var (_, login) = DemoSeeder.AkunDemo.First(a => a.Peran == peran);
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("NIP atau e-mail").FillAsync(login);
        await page.GetByLabel("Kata sandi").FillAsync(DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Akun/Masuk"));
        return page;
    }

    /// <summary>
    /// Uses a <c>pilih.js</c> picker as a person does: types part of a name, waits for the suggestions from the
    /// JSON endpoint, then chooses the first suggestion containing <paramref name="pilihan"/>. Returns its label.
    /// </summary>
    public static async Task<string> PilihAsync(this IPage page, ILocator input, string ketik, string pilihan)
    {
        await input.FillAsync(string.Empty);
        await input.PressSequentiallyAsync(ketik);
        var daftar = page.Locator("#" + await input.GetAttributeAsync("list") + " option");
        string? label = null;
        for (var coba = 0; label is null && coba < 100; coba++)
        {
            var nilai = await daftar.EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
            label = nilai.FirstOrDefault(v => v.Contains(pilihan, StringComparison.Ordinal));
            if (label is null)
            {
                await page.WaitForTimeoutAsync(100);
            }
        }

        Assert.True(label is not null, $"the picker offers no suggestion containing '{pilihan}' after typing '{ketik}'");

        // Choosing a datalist suggestion puts its text in the input and fires "input".
        await input.FillAsync(label!);
        return label!;
    }

    /// <summary>Desktop and phone screenshots into <c>SIKINERJA_SHOTS</c> when that is set (for looking at layouts; not part of the assertions).</summary>
    public static async Task FotoAsync(this IPage page, string nama)
    {
        if (Environment.GetEnvironmentVariable("SIKINERJA_SHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var ukuran = page.ViewportSize;
        await FotoAsync(page, Path.Combine(folder, nama + "-desktop.png"), ukuran?.Width ?? 1280);
        await page.SetViewportSizeAsync(390, 844);
        await FotoAsync(page, Path.Combine(folder, nama + "-ponsel.png"), 390);
        if (ukuran is not null)
        {
            await page.SetViewportSizeAsync(ukuran.Width, ukuran.Height);
        }
    }

    /// <summary>The whole page, cut at 2,000 pixels so a long list stays readable.</summary>
    private static async Task FotoAsync(IPage page, string path, int lebar)
    {
        var tinggi = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Clip = new() { X = 0, Y = 0, Width = lebar, Height = Math.Min(tinggi, 2000) } });
    }
}
