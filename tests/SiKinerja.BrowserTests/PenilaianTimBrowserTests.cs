using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiKinerja.BrowserTests;

/// <summary>
/// The demo Pejabat penilai scores her team for the running period. As the leader one level up she first sets the
/// organisation predikat of her team's units to Sangat Kurang; rating everyone Sangat Baik then breaks "no Sangat Baik",
/// which the team page shows live as she chooses; she saves, is refused finalising without a reason, then finalises
/// with an override reason and the rows show as final. Only her own team's evaluations and units change (the demo
/// leaves them to her).
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
        var timUrl = page.Url;

        // The organisation predikat of the units of her team, set by her as the leader one level up.
        var unit = new List<string>();
        foreach (var g in await page.GetByTestId("grup-unit").AllAsync())
        {
            unit.Add((await g.GetAttributeAsync("data-unit"))!);
        }

        Assert.NotEmpty(unit);
        // Only the units below her own are hers to set (her own unit's is set one level above her): with other journeys
        // run first, her team may also include someone of her own unit.
        await page.GotoAsync(new Uri(new Uri(timUrl), "/Evaluasi/PredikatOrganisasi").ToString());
        var ditetapkan = new List<string>();
        foreach (var u in unit)
        {
            var form = page.Locator($"[data-testid=baris-unit][data-unit='{u}'] [data-testid=form-predikat-organisasi]");
            if (await form.CountAsync() == 0)
            {
                continue;
            }

            ditetapkan.Add(u);
            await form.Locator("select[name=Predikat]").SelectOptionAsync("SangatKurang");
            await form.Locator("input[name=Catatan]").FillAsync("Capaian rencana aksi semester II sebagian besar belum berjalan");
            await form.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-testid=baris-unit][data-unit='{u}']")).ToHaveAttributeAsync("data-predikat", "SangatKurang");
        }

        Assert.True(ditetapkan.Count >= 1, "the demo team includes a unit below the supervisor's own");

        await page.GotoAsync(timUrl);
        var baris = page.Locator("[data-testid=baris-tim]:has(select[data-rating=RatingHasil])");
        var jumlah = await baris.CountAsync();
        Assert.True(jumlah >= 1, "the demo supervisor has someone to score");
        for (var i = 0; i < jumlah; i++)
        {
            var b = baris.Nth(i);
            await b.Locator("select[data-rating=RatingHasil]").SelectOptionAsync("DiAtasEkspektasi");
            await b.Locator("select[data-rating=RatingPerilaku]").SelectOptionAsync("DiAtasEkspektasi");
            await Assertions.Expect(b.GetByTestId("predikat")).ToHaveTextAsync("Sangat Baik");
        }

        // The live curve: Sangat Baik breaks "no Sangat Baik" of a Sangat Kurang unit before anything is saved.
        await Assertions.Expect(page.Locator("[data-testid=temuan-kurva] li[data-memblokir=true]").First).ToContainTextAsync("Sangat Baik");
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

        // The reason is recorded on the evaluations of the unit whose curve it overrode.
        await page.Locator($"[data-testid=grup-unit][data-unit='{ditetapkan[0]}'] [data-testid=baris-tim][data-status=Final] [data-testid=buka-nilai]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-evaluasi")).ToHaveAttributeAsync("data-status", "Final");
        await Assertions.Expect(page.GetByTestId("riwayat-evaluasi")).ToContainTextAsync(Alasan);
        await Assertions.Expect(page.GetByTestId("hanya-baca")).ToBeVisibleAsync();
    }
}
