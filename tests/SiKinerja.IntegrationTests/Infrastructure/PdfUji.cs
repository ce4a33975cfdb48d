using System.Diagnostics;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>Reads a PDF back with poppler-utils (<c>pdftotext</c>, <c>pdfinfo</c>), as the issue's tests ask.</summary>
public static class PdfUji
{
    /// <summary>The text of the PDF, page by page (pdftotext separates pages with a form feed), in reading order.</summary>
    public static async Task<IReadOnlyList<string>> HalamanAsync(byte[] pdf)
    {
        var teks = await JalankanAsync("pdftotext", pdf, "-enc UTF-8 {0} -");
        return teks.Split('\f').SkipLast(1).ToList() is { Count: > 0 } h ? h : [teks];
    }

    public static async Task<string> TeksAsync(byte[] pdf) => string.Join("\n", await HalamanAsync(pdf));

    /// <summary>Text with runs of whitespace collapsed to one space (table cells wrap over lines).</summary>
    public static async Task<string> TeksRataAsync(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Replace(await TeksAsync(pdf), @"\s+", " ");

    /// <summary>Keeps a copy in <c>$SIKINERJA_PDF_DIR</c> when set, to look at the layout (<c>pdftoppm -png</c>).</summary>
    public static void Simpan(byte[] pdf, string nama)
    {
        if (Environment.GetEnvironmentVariable("SIKINERJA_PDF_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, nama + ".pdf"), pdf);
        }
    }

    public static async Task<int> JumlahHalamanAsync(byte[] pdf)
    {
        var info = await JalankanAsync("pdfinfo", pdf, "{0}");
        var baris = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(baris["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> InfoAsync(byte[] pdf) => await JalankanAsync("pdfinfo", pdf, "{0}");

    private static async Task<string> JalankanAsync(string program, byte[] pdf, string argumen)
    {
        var berkas = Path.Combine(Path.GetTempPath(), $"sikinerja-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(berkas, pdf);
        try
        {
            var psi = new ProcessStartInfo(program, string.Format(System.Globalization.CultureInfo.InvariantCulture, argumen, $"\"{berkas}\""))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{program} did not start (apt-get install poppler-utils).");
            var keluar = p.StandardOutput.ReadToEndAsync();
            var galat = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} failed ({p.ExitCode}): {await galat}");
            }

            return await keluar;
        }
        finally
        {
            File.Delete(berkas);
        }
    }
}
