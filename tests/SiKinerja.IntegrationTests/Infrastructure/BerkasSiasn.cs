using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>Builds small SIASN employee exports (CSV or xlsx) for import tests; each instance uses its own unit codes.</summary>
public sealed class BerkasSiasn
{
    public static readonly string[] Judul =
    [
        "PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "JENIS PEGAWAI NAMA", "GOL AKHIR NAMA",
        "JENIS JABATAN NAMA", "ESELON", "JABATAN ID", "JABATAN NAMA", "UNOR ID", "UNOR NAMA", "UNOR INDUK ID", "EMAIL", "KEDUDUKAN HUKUM NAMA", "TMT GOLONGAN",
    ];

    private readonly string _p = Guid.NewGuid().ToString("N")[..6];

    public BerkasSiasn()
    {
        UnitDinas = $"D{_p}";
        UnitBidang = $"B{_p}";
        Baris.Add(Pegawai(TestData.NipBaru(), "Hendra Wijaya", "II/b", "Struktural", "II.b", "JKADIS", $"Kepala Dinas Impor {_p}", UnitDinas, $"Dinas Impor {_p}", null));
        Baris.Add(Pegawai(TestData.NipBaru(), "Ratna Sari", "III/d", "Struktural", "III.a", "JKABID", "Kepala Bidang Kurikulum", UnitBidang, $"Bidang Kurikulum {_p}", UnitDinas));
        Baris.Add(Pegawai(TestData.NipBaru(), "Joko Susilo", "II/c", "Fungsional Umum", null, "JPELAKSANA", "Pengadministrasi Umum", UnitBidang, $"Bidang Kurikulum {_p}", UnitDinas));
        Baris.Add(Pegawai(TestData.NipBaru(), "Maya Putri", "III/a", "Fungsional Umum", null, "JPELAKSANA", "Pengadministrasi Umum", UnitBidang, $"Bidang Kurikulum {_p}", UnitDinas));
        Baris.Add(Pegawai(TestData.NipBaru(), "Andi Pratama", "III/b", "Fungsional Tertentu", null, "JGURU", "Guru Ahli Pertama", UnitBidang, $"Bidang Kurikulum {_p}", UnitDinas));
    }

    public string UnitDinas { get; }

    public string UnitBidang { get; }

    /// <summary>Rows in column order of <see cref="Judul"/>; tests change cells before building.</summary>
    public List<string[]> Baris { get; } = [];

    public string Nip(int i) => Baris[i][1];

    public static string[] Pegawai(string nip, string nama, string gol, string jenisJabatan, string? eselon, string jabatanId, string jabatan, string unor, string unorNama, string? induk) =>
        ["PNS-" + nip[^6..], nip, nama, string.Empty, "S.T.", "PNS", gol, jenisJabatan, eselon ?? string.Empty, jabatanId, jabatan, unor, unorNama, induk ?? string.Empty, string.Empty, "Aktif", string.Empty];

    public byte[] Csv()
    {
        var sb = new StringBuilder();
        foreach (var row in Baris.Prepend(Judul))
        {
            sb.Append(string.Join(',', row.Select(Kutip))).Append("\r\n");
        }

        return new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
    }

    public byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var semua = Baris.Prepend(Judul).ToList();
            for (var r = 0; r < semua.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < semua[r].Length; c++)
                {
                    if (semua[r][c].Length > 0)
                    {
                        row.Append(new Cell
                        {
                            CellReference = ((char)('A' + c)).ToString() + (r + 1),
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(semua[r][c])),
                        });
                    }
                }

                data.Append(row);
            }

            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Pegawai" }));
        }

        return stream.ToArray();
    }

    private static string Kutip(string s) =>
        s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) || s.Contains('\'', StringComparison.Ordinal)
            ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : s;
}
