using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SiKinerja.Web.Features.RekapSkp;

/// <summary>
/// Writes a table as CSV (UTF-8 with BOM, so spreadsheet apps read the Indonesian text) or as a minimal xlsx (one sheet,
/// inline strings, numbers as numbers). A cell that is text stays text: NIP are written as strings, never as numbers,
/// and CSV cells starting with a formula character are escaped.
/// </summary>
public sealed class EksporRekap
{
    public byte[] Csv(IReadOnlyList<string> judul, IEnumerable<IReadOnlyList<object?>> baris)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var j in judul)
            {
                csv.WriteField(j);
            }

            csv.NextRecord();
            foreach (var b in baris)
            {
                foreach (var sel in b)
                {
                    csv.WriteField(sel switch
                    {
                        null => string.Empty,
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => sel.ToString(),
                    });
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    public byte[] Xlsx(string namaSheet, IReadOnlyList<string> judul, IEnumerable<IReadOnlyList<object?>> baris)
    {
        using var stream = new MemoryStream();
        using (var dokumen = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = dokumen.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var w = OpenXmlWriter.Create(sheetPart))
            {
                w.WriteStartElement(new Worksheet());
                w.WriteStartElement(new SheetData());
                Baris(w, judul);
                foreach (var b in baris)
                {
                    Baris(w, b);
                }

                w.WriteEndElement();
                w.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = namaSheet }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void Baris(OpenXmlWriter w, IEnumerable<object?> sel)
    {
        w.WriteStartElement(new Row());
        foreach (var nilai in sel)
        {
            switch (nilai)
            {
                case null:
                    w.WriteElement(new Cell());
                    break;
                case int or long or decimal or double:
                    w.WriteElement(new Cell
                    {
                        DataType = CellValues.Number,
                        CellValue = new CellValue(((IFormattable)nilai).ToString(null, CultureInfo.InvariantCulture)),
                    });
                    break;
                default:
                    w.WriteElement(new Cell(new InlineString(new Text(Bersih(nilai.ToString() ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        DataType = CellValues.InlineString,
                    });
                    break;
            }
        }

        w.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot hold most control characters; they are dropped rather than corrupting the file.</summary>
    private static string Bersih(string s) =>
        s.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') ? new string([.. s.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : s;
}
