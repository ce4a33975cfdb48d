using System.Net;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>Chromium is not where the setting says.</summary>
public sealed class TanpaChromiumFactory : SqliteAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Pdf:ChromiumPath", "/tidak/ada/chromium")];
}

/// <summary>
/// Issue 5 "How it is built": without Chromium the user gets a clear message (503, nothing else breaks) and /health
/// reports the PDF service degraded rather than the whole app down.
/// </summary>
public sealed class PdfTidakTersediaTests(TanpaChromiumFactory factory) : IClassFixture<TanpaChromiumFactory>
{
    [Fact]
    public async Task Health_menyebut_pdf_terdegradasi_dan_tetap_200()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Degraded","checks":{"database":"Healthy","pdf":"Degraded"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cetak_memberi_pesan_jelas_503_dan_halaman_lain_tetap_jalan()
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync(factory);
        var skpId = await SkpDisetujuiAsync(factory, tahun, Pejabat(pegawai, "Pengadministrasi", "Bidang Uji"), Pejabat(org.Kabid, "Kepala Bidang", "Bidang Uji"), null);
        var sesi = await MasukAsync(factory, pegawai);

        var response = await sesi.Client.Http.GetAsync($"/Dokumen/Skp/{skpId}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var halaman = await HtmlClient.ParseAsync(response);
        Assert.Contains("Layanan PDF sedang tidak tersedia", halaman.QuerySelector("[data-testid=pdf-tidak-tersedia]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await sesi.Client.Http.GetAsync($"/Skp/Detail/{skpId}")).StatusCode);
    }
}
