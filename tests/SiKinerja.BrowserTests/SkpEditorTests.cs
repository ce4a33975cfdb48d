using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.Web.Demo;

namespace SiKinerja.BrowserTests;

/// <summary>The SKP editor in a real browser: nothing typed is lost when the session expires before saving.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SkpEditorTests(BrowserFixture fixture)
{
    private const string Sandi = "Rahasia#2026";

    /// <summary>A new employee beside the demo Pegawai (same position, so same supervisors), with an account.</summary>
    private async Task<string> PegawaiBaruAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (_, loginDemo) = DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai");
        var nipDemo = Nip.Normalize(loginDemo);
        var jabatanId = await db.Pegawai.Where(p => p.Nip == nipDemo).Select(p => p.JabatanId).SingleAsync();
        var nip = Nip.Parse($"19910101201501{Random.Shared.Next(1, 3)}{Random.Shared.Next(100, 999)}");
        var pegawai = new Pegawai(nip, "Pegawai Peramban", JenisPegawai.Pns, Golongan.Find("III/a", JenisPegawai.Pns)!) { JabatanId = jabatanId };
        db.Pegawai.Add(pegawai);
        await db.SaveChangesAsync();
        await PenghitungAtasan.HitungUlangAsync(db);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var hasil = await users.CreateAsync(new AppUser { UserName = nip.Value, PegawaiId = pegawai.Id }, Sandi);
        Assert.True(hasil.Succeeded);
        return nip.Value;
    }

    private static async Task MasukAsync(IPage page, string login)
    {
        await page.GetByLabel("NIP atau e-mail").FillAsync(login);
        await page.GetByLabel("Kata sandi").FillAsync(Sandi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }

    [Fact]
    public async Task Pegawai_CreatesSkp_SessionExpiresWhileTyping_RestoresTheUnsavedInput()
    {
        var login = await PegawaiBaruAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Skp");
        await MasukAsync(page, login);
        await page.GotoAsync("/Skp");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buat SKP" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat SKP" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Skp/Ubah/\\d+"));
        var editor = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah RHK utama" }).ClickAsync();
        await page.Locator("textarea[name='Rhk[0].Teks']").FillAsync("Tersusunnya laporan kinerja triwulan");
        await page.Locator("input[name='Rhk[0].Iki[0].Indikator']").FillAsync("Jumlah laporan");
        await page.Locator("input[name='Rhk[0].Iki[0].Nilai']").FillAsync("4");
        await page.Locator("input[name='Rhk[0].Iki[0].Satuan']").FillAsync("laporan");
        await Assertions.Expect(page.Locator("input[name='Rhk[0].Iki[0].Tanggal']")).ToBeHiddenAsync(); // only the chosen target kind's fields
        await page.WaitForTimeoutAsync(700);

        // The session ends before the save: the post is sent to the sign-in page and nothing is stored.
        await page.Context.ClearCookiesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Akun/Masuk"));
        await MasukAsync(page, login);
        await page.GotoAsync(editor);
        await Assertions.Expect(page.Locator("textarea[name='Rhk[0].Teks']")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Pulihkan isian yang belum tersimpan" }).ClickAsync();

        await Assertions.Expect(page.Locator("textarea[name='Rhk[0].Teks']")).ToHaveValueAsync("Tersusunnya laporan kinerja triwulan");
        await Assertions.Expect(page.Locator("input[name='Rhk[0].Iki[0].Satuan']")).ToHaveValueAsync("laporan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Draf SKP disimpan.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("textarea[name='Rhk[0].Teks']")).ToHaveValueAsync("Tersusunnya laporan kinerja triwulan");
        await page.FotoAsync("skp-editor");

        // Saved: the local copy is forgotten, so the next visit offers nothing to restore.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pulihkan isian yang belum tersimpan" })).ToBeHiddenAsync();
    }
}
