using Microsoft.Extensions.DependencyInjection;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Pdf;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>The Chromium engine itself: a bounded pool under concurrent prints, and a browser that dies is started again.</summary>
public sealed class PembuatPdfTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private static HalamanPdf Halaman(string teks) => new(
        $"<!DOCTYPE html><html><body><p>{System.Net.WebUtility.HtmlEncode(teks)}</p></body></html>",
        Lanskap: false,
        "<div style=\"font-size:8pt\">Halaman <span class=\"pageNumber\"></span> dari <span class=\"totalPages\"></span></div>");

    [Fact]
    public async Task Cetak_bersamaan_melebihi_pool_semua_berhasil()
    {
        var pdf = factory.Services.GetRequiredService<IPembuatPdf>();

        var hasil = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => pdf.CetakAsync(Halaman($"Dokumen nomor {i}"), CancellationToken.None)));

        for (var i = 0; i < hasil.Length; i++)
        {
            var teks = await PdfUji.TeksRataAsync(hasil[i]);
            Assert.Contains($"Dokumen nomor {i + 1}", teks, StringComparison.Ordinal);
            Assert.Contains("Halaman 1 dari 1", teks, StringComparison.Ordinal);
        }

        Assert.True(pdf.Kondisi.Tersedia);
    }

    [Fact]
    public async Task Browser_yang_mati_dijalankan_ulang_pada_dokumen_berikutnya()
    {
        var pdf = factory.Services.GetRequiredService<PembuatPdfChromium>();
        Assert.Contains("sebelum", await PdfUji.TeksRataAsync(await pdf.CetakAsync(Halaman("sebelum"), CancellationToken.None)), StringComparison.Ordinal);

        await pdf.MatikanBrowserAsync();

        Assert.Contains("sesudah", await PdfUji.TeksRataAsync(await pdf.CetakAsync(Halaman("sesudah"), CancellationToken.None)), StringComparison.Ordinal);
    }
}
