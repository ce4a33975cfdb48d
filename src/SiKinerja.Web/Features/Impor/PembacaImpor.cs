using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Options;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// Reads a SIASN employee export (CSV with ',' ';' or tab, UTF-8 with or without BOM or UTF-16; or xlsx)
/// into <see cref="BarisImpor"/> rows and per-row, per-column <see cref="GalatImpor"/> errors. Pure: it looks
/// at the file only; matching against the database is the import service's job. Columns and rules:
/// docs/impor-siasn.md.
/// </summary>
public sealed class PembacaImpor(IOptions<ImporOptions> options)
{
    private static readonly UTF8Encoding Utf8Ketat = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public HasilBacaImpor Baca(Stream berkas, string namaBerkas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(berkas);
        var batas = options.Value;
        var bytes = BacaSampaiBatas(berkas, batas.UkuranMaksimumByte);
        if (bytes is null)
        {
            return Ditolak("Impor.BerkasTerlaluBesar", batas.UkuranMaksimumMb.ToString(CultureInfo.InvariantCulture));
        }

        if (bytes.Length == 0)
        {
            return Ditolak("Impor.BerkasKosong");
        }

        IEnumerable<BarisMentah> tabel;
        switch (TentukanFormat(bytes, namaBerkas))
        {
            case FormatBerkas.Xlsx:
                tabel = TabelXlsx.Baca(bytes);
                break;
            case FormatBerkas.Csv:
                if (!TryDecode(bytes, out var teks))
                {
                    return Ditolak("Impor.EncodingSalah");
                }

                tabel = TabelCsv.Baca(teks);
                break;
            case FormatBerkas.XlsLama:
                return Ditolak("Impor.XlsLama");
            default:
                return Ditolak("Impor.FormatTidakDikenal");
        }

        try
        {
            return new PemeriksaBaris(batas.BarisMaksimum).Periksa(tabel, ct);
        }
        catch (BerkasRusakException)
        {
            return Ditolak("Impor.BerkasRusak");
        }
    }

    private static HasilBacaImpor Ditolak(string kode, params string[] argumen) =>
        new([], [new GalatImpor(0, null, kode, argumen)], 0);

    /// <summary>The whole file, or null when it is larger than <paramref name="maksimum"/> (read no further).</summary>
    private static byte[]? BacaSampaiBatas(Stream berkas, long maksimum)
    {
        if (berkas.CanSeek && berkas.Length - berkas.Position > maksimum)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = berkas.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maksimum)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static FormatBerkas TentukanFormat(byte[] bytes, string namaBerkas)
    {
        var ext = Path.GetExtension(namaBerkas ?? string.Empty).ToLowerInvariant();
        var zip = bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;
        var ole = bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0;
        if (zip)
        {
            return ext is ".xlsx" or ".xlsm" or "" ? FormatBerkas.Xlsx : FormatBerkas.TidakDikenal;
        }

        if (ole || ext == ".xls")
        {
            return FormatBerkas.XlsLama;
        }

        return ext is ".csv" or ".txt" or "" ? FormatBerkas.Csv : FormatBerkas.TidakDikenal;
    }

    /// <summary>UTF-8 (BOM optional) or UTF-16 with BOM (Excel's "Unicode text"); anything else is refused.</summary>
    private static bool TryDecode(byte[] bytes, out string teks)
    {
        try
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                teks = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
                return true;
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                teks = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
                return true;
            }

            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            teks = Utf8Ketat.GetString(bytes, start, bytes.Length - start);
            return teks.IndexOf('\0', StringComparison.Ordinal) < 0;
        }
        catch (DecoderFallbackException)
        {
            teks = string.Empty;
            return false;
        }
    }

    private enum FormatBerkas
    {
        TidakDikenal,
        Csv,
        Xlsx,
        XlsLama,
    }
}

/// <summary>A row of cells as the file holds it; <see cref="Nomor"/> is the row number a spreadsheet shows.</summary>
internal readonly record struct BarisMentah(int Nomor, string?[] Sel, bool Rusak = false);

internal sealed class BerkasRusakException(Exception inner) : Exception("Berkas rusak", inner);

internal static class TabelCsv
{
    public static IEnumerable<BarisMentah> Baca(string teks)
    {
        var rusak = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = TebakPemisah(teks),
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            BadDataFound = _ => rusak = true,
            MissingFieldFound = null,
            Mode = CsvMode.RFC4180,
        };
        using var parser = new CsvParser(new StringReader(teks), config);
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            yield return new BarisMentah(parser.Row, record, rusak);
            rusak = false;
        }
    }

    /// <summary>The delimiter that occurs most often in the header line: ',' from SIASN, ';' from Excel in an Indonesian locale.</summary>
    private static string TebakPemisah(string teks)
    {
        var akhir = teks.IndexOfAny(['\r', '\n']);
        var judul = akhir < 0 ? teks : teks[..akhir];
        var kandidat = new[] { ',', ';', '\t', '|' };
        var terbaik = kandidat.MaxBy(c => judul.Count(x => x == c));
        return terbaik.ToString();
    }
}

/// <summary>Reads the first worksheet of an xlsx with the streaming OpenXml reader (large exports stay fast).</summary>
internal static class TabelXlsx
{
    public static IEnumerable<BarisMentah> Baca(byte[] bytes)
    {
        DocumentFormat.OpenXml.Packaging.SpreadsheetDocument dokumen;
        try
        {
            dokumen = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception ex) when (ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw new BerkasRusakException(ex);
        }

        using (dokumen)
        {
            var workbook = dokumen.WorkbookPart ?? throw new BerkasRusakException(new InvalidDataException("tanpa workbook"));
            var sheet = workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()
                ?? throw new BerkasRusakException(new InvalidDataException("tanpa sheet"));
            if (workbook.GetPartById(sheet.Id!.Value!) is not DocumentFormat.OpenXml.Packaging.WorksheetPart part)
            {
                throw new BerkasRusakException(new InvalidDataException("sheet tidak ditemukan"));
            }

            var teksBersama = workbook.SharedStringTablePart?.SharedStringTable?
                .Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            using var reader = DocumentFormat.OpenXml.OpenXmlReader.Create(part);
            var nomor = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(DocumentFormat.OpenXml.Spreadsheet.Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (DocumentFormat.OpenXml.Spreadsheet.Row)reader.LoadCurrentElement()!;
                nomor = row.RowIndex?.Value is { } r ? (int)r : nomor + 1;
                yield return new BarisMentah(nomor, SelDari(row, teksBersama));
            }
        }
    }

    private static string?[] SelDari(DocumentFormat.OpenXml.Spreadsheet.Row row, string[] teksBersama)
    {
        var sel = new List<string?>();
        var posisi = 0;
        foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
        {
            var kolom = cell.CellReference?.Value is { } referensi ? IndeksKolom(referensi) : posisi;
            while (sel.Count < kolom)
            {
                sel.Add(null);
            }

            sel.Add(Nilai(cell, teksBersama));
            posisi = kolom + 1;
        }

        return [.. sel];
    }

    private static string? Nilai(DocumentFormat.OpenXml.Spreadsheet.Cell cell, string[] teksBersama)
    {
        if (cell.CellFormula is { } rumus)
        {
            // Kept as a formula so the row check refuses it, whatever its cached result.
            return "=" + rumus.Text;
        }

        var nilai = cell.CellValue?.Text;
        var jenis = cell.DataType?.Value;
        if (jenis == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString)
        {
            return int.TryParse(nilai, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < teksBersama.Length ? teksBersama[i] : null;
        }

        if (jenis == DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        return nilai;
    }

    /// <summary>"C12" → 2, "AB3" → 27.</summary>
    internal static int IndeksKolom(string referensi)
    {
        var n = 0;
        foreach (var c in referensi)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return n - 1;
    }
}
