using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ImporTests(BrowserFixture fixture)
{
    private const string Password = "ImporUji2026";

    [Fact]
    public async Task AdminBkd_UnggahBerkasBergalat_MelihatGalatPerBarisDanKolom()
    {
        var login = await BuatAdminAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("NIP atau e-mail").FillAsync(login);
        await page.GetByLabel("Kata sandi").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        // Polls the URL only (not the next page's load event), with room for a slow, busy machine.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Akun/Masuk"), new() { Timeout = 60_000 });

        await page.GotoAsync("/Impor");
        await page.GetByLabel("Berkas ekspor SIASN").SetInputFilesAsync(new FilePayload
        {
            Name = "pegawai-salah.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(BerkasBergalat()),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah dan periksa" }).ClickAsync();

        // The batch page refreshes itself while the worker checks the file.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Impor/Detail/\\d+"));
        var tabel = page.GetByTestId("galat-impor");
        await Assertions.Expect(tabel).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var nip = tabel.Locator("tbody tr").Filter(new() { HasText = "NIP BARU" }).First;
        await Assertions.Expect(nip.Locator("td").Nth(0)).ToHaveTextAsync("2");
        await Assertions.Expect(nip.Locator("td").Nth(2)).Not.ToBeEmptyAsync();
        var rumus = tabel.Locator("tbody tr").Filter(new() { HasText = "rumus" }).First;
        await Assertions.Expect(rumus.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(rumus.Locator("td").Nth(1)).ToHaveTextAsync("NAMA");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi dan tulis ke basis data" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "galat" })).ToContainTextAsync("tidak dapat diimpor");
    }

    private async Task<string> BuatAdminAsync()
    {
        var login = "impor-admin-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = login };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Peran.AdminBkd)).Succeeded);
        return login;
    }

    private static string BerkasBergalat()
    {
        const string judul = "PNS ID,NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,JENIS PEGAWAI NAMA,GOL AKHIR NAMA,JENIS JABATAN NAMA,JABATAN ID,JABATAN NAMA,UNOR ID,UNOR NAMA,EMAIL,KEDUDUKAN HUKUM NAMA";
        var nip = string.Create(CultureInfo.InvariantCulture, $"19{Random.Shared.Next(60, 99)}0101201001{Random.Shared.Next(1, 3)}{Random.Shared.Next(1, 999):000}");
        return string.Join("\r\n",
            judul,
            "A1,12345,Siti Aminah,,S.E.,PNS,III/c,Fungsional Umum,J1,Pengadministrasi Umum,UB1,Dinas Uji Browser,,Aktif",
            $"A2,{nip},\"=cmd|' /C calc'!A0\",,,PNS,II/c,Fungsional Umum,J1,Pengadministrasi Umum,UB1,Dinas Uji Browser,,Aktif") + "\r\n";
    }
}
