using System.Net;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features.CetakMassal;

/// <summary>Batch printing on a server without pdfunite: the merge checkbox is off with a reason, a merge job still gives its ZIP with a note.</summary>
public sealed class CetakMassalTanpaPdfuniteTests(CetakMassalTanpaPdfuniteFactory factory) : CetakMassalUji(factory), IClassFixture<CetakMassalTanpaPdfuniteFactory>
{
    [Fact]
    public async Task Tanpa_pdfunite_kotak_gabung_nonaktif_dan_tugas_gabung_selesai_dengan_zip_dan_catatan()
    {
        using var admin = await AdminAsync();
        var form = await admin.GetDocumentAsync("/CetakMassal");
        Assert.True(form.QuerySelector("input#Gabung")!.HasAttribute("disabled"));
        Assert.Contains("pdfunite", form.QuerySelector("[data-testid=gabung-bantuan]")!.TextContent, StringComparison.Ordinal);

        var data = await UnitDenganSkpAsync(2);
        var id = await TugasLangsungAsync(data, null, gabung: true);
        Assert.True(await Pekerja.ProsesSatuAsync(CancellationToken.None));

        var tugas = await TugasAsync(id);
        Assert.True(tugas.Status == StatusTugasCetak.Selesai, $"{tugas.Status} {tugas.KodeGalat}");
        Assert.Null(tugas.BerkasGabungan);
        Assert.Equal(2, (await PdfDariZipAsync(await admin.Http.GetByteArrayAsync($"/CetakMassal/{id}/Unduh"))).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Gabungan")).StatusCode);
        var halaman = await admin.GetDocumentAsync($"/CetakMassal/{id}");
        Assert.Contains("pdfunite tidak tersedia", halaman.QuerySelector("[data-testid=catatan-cetak]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(halaman.QuerySelector("[data-testid=unduh-gabungan]"));
    }
}

/// <summary>Batch printing without Chromium: the job fails with the reason on its page, and leaves no file.</summary>
public sealed class CetakMassalTanpaChromiumTests(CetakMassalTanpaChromiumFactory factory) : CetakMassalUji(factory), IClassFixture<CetakMassalTanpaChromiumFactory>
{
    [Fact]
    public async Task Tanpa_chromium_tugas_gagal_dengan_pesan_di_halaman()
    {
        var data = await UnitDenganSkpAsync(2);
        var id = await TugasLangsungAsync(data, null, gabung: true);

        Assert.True(await Pekerja.ProsesSatuAsync(CancellationToken.None));

        var tugas = await TugasAsync(id);
        Assert.Equal(StatusTugasCetak.Gagal, tugas.Status);
        Assert.Equal("CetakMassal.GagalPdfTidakTersedia", tugas.KodeGalat);
        Assert.Null(tugas.BerkasZip);
        Assert.Empty(BerkasTugas(id));
        using var admin = await AdminAsync();
        var halaman = await admin.GetDocumentAsync($"/CetakMassal/{id}");
        Assert.Contains("Layanan PDF (Chromium) tidak tersedia", halaman.QuerySelector("[data-testid=gagal-cetak]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Unduh")).StatusCode);
    }
}

public sealed class CetakMassalTanpaPdfuniteFactory : SqliteAppFactory
{
    private readonly KeyValuePair<string, string?>[] _pengaturan = CetakMassalUji.Pengaturan(pdfunite: "/tidak/ada/pdfunite");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => _pengaturan;
}

public sealed class CetakMassalTanpaChromiumFactory : SqliteAppFactory
{
    private readonly KeyValuePair<string, string?>[] _pengaturan = CetakMassalUji.Pengaturan(chromium: "/tidak/ada/chromium");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => _pengaturan;
}
