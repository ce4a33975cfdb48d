using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiKinerja.BrowserTests;

/// <summary>
/// The demo Pejabat penilai scores her team for the running period on the team page: all Baik breaks the Baik curve of
/// her units (Baik at most 70 %), which the page shows live as she chooses; she saves, is refused finalising without a
/// reason, then finalises with an override reason and the rows show as final. Only evaluations of her own team in the
/// running period change (the demo leaves them, and the curves of her reports' units, to her).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PenilaianTimBrowserTests(BrowserFixture fixture)
{
    private const string Alasan = "Seluruh anggota tim mencapai target semester; disepakati dalam rapat evaluasi bidang.";

    [Fact]
    public async Task PejabatPenilai_ScoresTheTeam_SeesTheLiveCurveWarning_SavesAndFinalisesWithAReason()
    {
        var page = await fixture.MasukDemoAsync("Pejabat penilai");
        await page.GetByTestId("nav-penilaian-kinerja").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Evaluasi/Tim"));

        var baris = page.Locator("[data-testid=baris-tim]:has(select[data-rating=RatingHasil])");
        var jumlah = await baris.CountAsync();
        Assert.True(jumlah >= 1, "the demo supervisor has someone to score");
        for (var i = 0; i < jumlah; i++)
        {
            var b = baris.Nth(i);
            await b.Locator("select[data-rating=RatingHasil]").SelectOptionAsync("SesuaiEkspektasi");
            await b.Locator("select[data-rating=RatingPerilaku]").SelectOptionAsync("SesuaiEkspektasi");
            await Assertions.Expect(b.GetByTestId("predikat")).ToHaveTextAsync("Baik");
        }

        // The live curve: Baik for everyone breaks "Baik at most 70 %" before anything is saved.
        await Assertions.Expect(page.Locator("[data-testid=temuan-kurva] li[data-memblokir=true]").First).ToContainTextAsync("Baik:");
        await page.FotoAsync("penilaian-tim-kurva");

        await page.GetByTestId("simpan-tim").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("disimpan");
        await Assertions.Expect(page.Locator("[data-testid=baris-tim][data-status=Dinilai]")).ToHaveCountAsync(jumlah);

        // Finalising against the curve without a reason is refused with the findings.
        var pilih = page.GetByTestId("pilih");
        for (var i = 0; i < await pilih.CountAsync(); i++)
        {
            await pilih.Nth(i).CheckAsync();
        }

        await page.GetByTestId("finalkan-tim").ClickAsync();
        await Assertions.Expect(page.GetByTestId("galat")).ToContainTextAsync("tidak terpenuhi");
        await Assertions.Expect(page.Locator("[data-testid=baris-tim][data-status=Final]")).ToHaveCountAsync(0);

        // With a reason it goes through, and the reason is in each evaluation's history.
        pilih = page.GetByTestId("pilih");
        for (var i = 0; i < await pilih.CountAsync(); i++)
        {
            await pilih.Nth(i).CheckAsync();
        }

        await page.GetByTestId("alasan-pengecualian").FillAsync(Alasan);
        await page.GetByTestId("finalkan-tim").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("difinalkan");
        await Assertions.Expect(page.Locator("[data-testid=baris-tim][data-status=Final]")).ToHaveCountAsync(jumlah);

        await page.Locator("[data-testid=baris-tim][data-status=Final] [data-testid=buka-nilai]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-evaluasi")).ToHaveAttributeAsync("data-status", "Final");
        await Assertions.Expect(page.GetByTestId("riwayat-evaluasi")).ToContainTextAsync(Alasan);
        await Assertions.Expect(page.GetByTestId("hanya-baca")).ToBeVisibleAsync();
    }
}
