using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SiKinerja.Web.Pdf;

/// <summary>Warms the PDF pool after start-up (in the background: the app serves pages meanwhile).</summary>
public sealed partial class PemanasPdf(IPembuatPdf pdf, IOptions<OpsiPdf> options, ILogger<PemanasPdf> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PanaskanSaatMulai || pdf is not PembuatPdfChromium chromium)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await chromium.PanaskanAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
        catch (PdfTidakTersediaException ex)
        {
            LogTidakTersedia(ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "PDF tidak tersedia: {Keterangan}; dokumen resmi tidak dapat dicetak")]
    private partial void LogTidakTersedia(string keterangan);
}

/// <summary><c>/health</c>: the PDF service degraded (not the whole app down) when Chromium cannot run.</summary>
public sealed class PdfHealthCheck(IPembuatPdf pdf) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var k = pdf.Kondisi;
        return Task.FromResult(k.Tersedia ? HealthCheckResult.Healthy(k.Keterangan) : HealthCheckResult.Degraded(k.Keterangan));
    }
}
