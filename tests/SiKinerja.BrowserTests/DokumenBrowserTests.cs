using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiKinerja.BrowserTests;

/// <summary>
/// Issue 5 as a user tries it: the demo Pegawai opens last year's approved SKP, prints it, and anyone can check the code
/// printed on it on the public verification page reached from the sign-in page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DokumenBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Pegawai_MencetakSkpTahunLalu_DanSiapaPunMemverifikasiKodenya()
    {
        var pegawai = await fixture.MasukDemoAsync("Pegawai");
        await pegawai.GotoAsync("/Skp");
        var baris = pegawai.GetByTestId("daftar-skp").Locator("tr", new() { Has = pegawai.Locator("[data-status=Disetujui]") }).First;
        await baris.GetByRole(AriaRole.Link, new() { Name = "Lihat" }).ClickAsync();
        var cetak = pegawai.GetByTestId("cetak-skp");
        await Assertions.Expect(cetak).ToBeVisibleAsync();
        Assert.Equal("_blank", await cetak.GetAttributeAsync("target"));

        // Headless Chromium has no PDF viewer: fetch what the link opens with the same session.
        var respons = await pegawai.APIRequest.GetAsync(await cetak.GetAttributeAsync("href") ?? string.Empty);
        Assert.Equal(200, respons.Status);
        Assert.Equal("application/pdf", respons.Headers["content-type"]);
        var teks = Regex.Replace(await PdfKeTeksAsync(await respons.BodyAsync()), @"\s+", " ");
        Assert.Contains("SASARAN KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("19900514 201403 1 004", teks, StringComparison.Ordinal);
        Assert.Contains("Euis Komalasari", teks, StringComparison.Ordinal);
        var kode = Regex.Match(teks, @"Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;
        Assert.NotEmpty(kode);

        var publik = await fixture.NewPageAsync();
        await publik.GotoAsync("/Akun/Masuk");
        await publik.GetByTestId("tautan-verifikasi").ClickAsync();
        await publik.GetByLabel("Kode verifikasi").FillAsync(kode.ToLowerInvariant());
        await publik.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        var hasil = publik.GetByTestId("hasil-verifikasi");
        await Assertions.Expect(hasil).ToContainTextAsync("Dokumen sah");
        await Assertions.Expect(hasil).ToContainTextAsync("Ahmad Fauzi");
        await publik.FotoAsync("verifikasi-sah");

        await publik.GotoAsync("/Verifikasi/AAAA-BBBB-CCCC");
        await Assertions.Expect(publik.GetByTestId("hasil-verifikasi")).ToContainTextAsync("Kode tidak dikenal");
    }

    [Fact]
    public async Task AdminBkd_MencetakMassalSkpSatuUnit_MelihatProgres_LaluMengunduhZipDanPdfGabungan()
    {
        var admin = await fixture.MasukDemoAsync("Admin BKD");
        await admin.GetByTestId("nav-cetak-massal").ClickAsync();
        var form = admin.GetByTestId("form-cetak");
        await form.GetByLabel("Jenis dokumen").SelectOptionAsync("Skp");
        await form.GetByLabel("Tahun", new() { Exact = true }).SelectOptionAsync(DateTime.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unit = await form.Locator("#UnitKerjaId option", new() { HasText = "Bidang Pembinaan Sekolah Dasar" }).First.GetAttributeAsync("value");
        await form.GetByLabel("Unit kerja").SelectOptionAsync(unit!);
        await form.GetByLabel("Gabungkan menjadi satu PDF").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Masukkan ke antrean" }).ClickAsync();

        // The job page follows the worker by itself and then offers the downloads.
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex(@"/CetakMassal/\d+$"));
        await Assertions.Expect(admin.GetByTestId("progres-cetak")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("unduh-zip")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(admin.GetByTestId("status-tugas")).ToContainTextAsync("Selesai");
        await Assertions.Expect(admin.GetByTestId("progres-bar")).ToHaveTextAsync("100%");
        await admin.FotoAsync("cetak-massal-selesai");

        var zip = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("unduh-zip").ClickAsync());
        Assert.EndsWith(".zip", zip.SuggestedFilename, StringComparison.Ordinal);
        await using (var berkas = File.OpenRead(await zip.PathAsync()))
        using (var arsip = new System.IO.Compression.ZipArchive(berkas))
        {
            Assert.NotEmpty(arsip.Entries);
            Assert.All(arsip.Entries, e => Assert.EndsWith(".pdf", e.Name, StringComparison.Ordinal));
        }

        var gabungan = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("unduh-gabungan").ClickAsync());
        var teks = await PdfKeTeksAsync(await File.ReadAllBytesAsync(await gabungan.PathAsync()));
        Assert.Contains("SASARAN KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("Euis Komalasari", teks, StringComparison.Ordinal);
    }

    private static async Task<string> PdfKeTeksAsync(byte[] pdf)
    {
        var berkas = Path.Combine(Path.GetTempPath(), $"sikinerja-browser-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(berkas, pdf);
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", $"-enc UTF-8 \"{berkas}\" -") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var teks = await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            return teks;
        }
        finally
        {
            File.Delete(berkas);
        }
    }
}
