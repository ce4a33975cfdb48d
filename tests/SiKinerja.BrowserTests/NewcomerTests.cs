using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Web.Demo;

namespace SiKinerja.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NewcomerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task DemoPegawai_SignsIn_SeesProfileAndSupervisorChain()
    {
        var (_, login) = DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai");
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Akun/Masuk"));
        await page.GetByLabel("NIP atau e-mail").FillAsync(login);
        await page.GetByLabel("Kata sandi").FillAsync(DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Data pegawai" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(Nip.Format(Nip.Normalize(login)), new() { Exact = false }).First).ToBeVisibleAsync();
        var rantai = page.GetByTestId("rantai-atasan").Locator("li");
        Assert.True(await rantai.CountAsync() >= 3, "a pelaksana's chain reaches up through several levels");
        await Assertions.Expect(rantai.First).ToContainTextAsync("Atasan langsung");
        await Assertions.Expect(rantai.Last).ToContainTextAsync("Sekretaris Daerah");
        var tahun = page.GetByTestId("tahun-terbuka");
        await Assertions.Expect(tahun.GetByRole(AriaRole.Heading, new() { Name = "Tahun kinerja berjalan" })).ToBeVisibleAsync();
        await Assertions.Expect(tahun).ToContainTextAsync("Tahun kinerja " + DateTime.Now.Year);
        await page.FotoAsync("beranda-pegawai");
    }

    [Fact]
    public async Task WrongPassword_ShowsMessageOnTheForm_OnAPhone()
    {
        var (_, login) = DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai");
        var page = await fixture.NewPageAsync(390, 844);

        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("NIP atau e-mail").FillAsync(login);
        await page.GetByLabel("Kata sandi").FillAsync("bukan-sandinya");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("NIP/e-mail atau kata sandi salah");
        await Assertions.Expect(page.GetByLabel("NIP atau e-mail")).ToHaveValueAsync(login);
    }
}
