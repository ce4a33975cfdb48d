using Microsoft.Extensions.Options;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The instansi's logo (<see cref="InstansiOptions.Logo"/>) as a data URI, read once: documents carry no external resources.</summary>
public sealed partial class LogoInstansi(IOptions<InstansiOptions> instansi, IWebHostEnvironment env, ILogger<LogoInstansi> logger)
{
    private const long UkuranMaksimum = 2 * 1024 * 1024;
    private readonly Lazy<string?> _uri = new(() => Baca(instansi.Value.Logo, env, logger));

    public string? DataUri => _uri.Value;

    private static string? Baca(string logo, IWebHostEnvironment env, ILogger logger)
    {
        var path = string.IsNullOrWhiteSpace(logo)
            ? Path.Combine(env.WebRootPath ?? Path.Combine(env.ContentRootPath, "wwwroot"), "img", "logo-instansi.svg")
            : Path.GetFullPath(logo, env.ContentRootPath);
        var jenis = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => "image/png",
            ".JPG" or ".JPEG" => "image/jpeg",
            ".SVG" => "image/svg+xml",
            _ => null,
        };
        var info = new FileInfo(path);
        if (jenis is null || !info.Exists || info.Length > UkuranMaksimum)
        {
            LogLogoTidakTerbaca(logger, path);
            return null;
        }

        return $"data:{jenis};base64,{Convert.ToBase64String(File.ReadAllBytes(path))}";
    }

    [LoggerMessage(LogLevel.Warning, "Logo instansi tidak terbaca (PNG, JPEG atau SVG sampai 2 MB): {Path}; dokumen dicetak tanpa logo")]
    private static partial void LogLogoTidakTerbaca(ILogger logger, string path);
}
