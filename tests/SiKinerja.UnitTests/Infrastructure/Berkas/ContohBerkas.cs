using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiKinerja.UnitTests.Infrastructure.Berkas;

/// <summary>Small real files of each kind, and hostile ones, built in memory.</summary>
internal static class ContohBerkas
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] Exe() => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8];

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    /// <summary>The OLE compound file header of a legacy .doc/.xls (or an encrypted OOXML file).</summary>
    public static byte[] Ole() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    public static byte[] Xlsx(SpreadsheetDocumentType jenis = SpreadsheetDocumentType.Workbook)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, jenis))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            ws.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellValue = new CellValue("bukti"), DataType = CellValues.String })));
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Lembar1" }));
        }

        return ms.ToArray();
    }

    public static byte[] Docx()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("Laporan kegiatan")))));
        }

        return ms.ToArray();
    }

    /// <summary>A ZIP with the given entries (name → content).</summary>
    public static byte[] Zip(params (string Nama, string Isi)[] entri)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (nama, isi) in entri)
            {
                using var s = zip.CreateEntry(nama).Open();
                s.Write(Encoding.UTF8.GetBytes(isi));
            }
        }

        return ms.ToArray();
    }

    /// <summary>A ZIP whose one entry inflates to <paramref name="ukuran"/> zero bytes (compresses ~1000:1).</summary>
    public static byte[] ZipBom(long ukuran)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var ct = zip.CreateEntry("[Content_Types].xml").Open())
            {
                ct.Write(Encoding.UTF8.GetBytes("<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
            }

            using (zip.CreateEntry("word/document.xml").Open())
            {
            }

            using var s = zip.CreateEntry("word/media/nol.bin", CompressionLevel.SmallestSize).Open();
            var nol = new byte[1024 * 1024];
            for (long n = 0; n < ukuran; n += nol.Length)
            {
                s.Write(nol);
            }
        }

        return ms.ToArray();
    }

    public static byte[] Ulang(byte[] awal, int ukuran)
    {
        var hasil = new byte[ukuran];
        awal.CopyTo(hasil, 0);
        return hasil;
    }
}
