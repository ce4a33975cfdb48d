using QRCoder;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>QR codes as inline SVG (no System.Drawing), sized by the page's CSS.</summary>
public static class KodeQr
{
    public static string Svg(string isi)
    {
        using var pembuat = new QRCodeGenerator();
        using var data = pembuat.CreateQrCode(isi, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
