using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.RekapSkp;

namespace SiKinerja.UnitTests.Features;

public class AturanRekapTests
{
    [Theory]
    [InlineData(null, null, StatusRekap.BelumDibuat, false)]
    [InlineData(StatusSkp.Draft, 1, StatusRekap.Draft, false)]
    [InlineData(StatusSkp.Diajukan, 1, StatusRekap.Diajukan, false)]
    [InlineData(StatusSkp.Dikembalikan, 1, StatusRekap.Dikembalikan, false)]
    [InlineData(StatusSkp.Disetujui, 1, StatusRekap.Disetujui, false)]
    [InlineData(StatusSkp.Disetujui, 2, StatusRekap.Disetujui, false)]
    [InlineData(StatusSkp.Draft, 2, StatusRekap.Disetujui, true)]
    [InlineData(StatusSkp.Diajukan, 3, StatusRekap.Disetujui, true)]
    [InlineData(StatusSkp.Dikembalikan, 2, StatusRekap.Disetujui, true)]
    public void Dari_ARevisionInProgressCountsAsApproved(StatusSkp? status, int? revisi, StatusRekap harapan, bool berjalan)
    {
        Assert.Equal(harapan, AturanRekap.Dari(status, revisi));
        Assert.Equal(berjalan, AturanRekap.RevisiBerjalan(status, revisi));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(4, 4, 100)]
    public void Persen_OneDecimal_ZeroForAnEmptyUnit(int disetujui, int total, double harapan) =>
        Assert.Equal((decimal)harapan, AturanRekap.Persen(disetujui, total));

    [Fact]
    public void PerangkatDaerahDari_NearestAncestorOrSelfOfThatKind_ElseTheUnitItself()
    {
        var unit = new Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>
        {
            [1] = (null, "Pemkab", JenisUnitKerja.Pemda, true),
            [2] = (1, "Dinas A", JenisUnitKerja.PerangkatDaerah, true),
            [3] = (2, "Bidang B", JenisUnitKerja.BidangBagian, true),
            [4] = (3, "Seksi C", JenisUnitKerja.SeksiSubbagian, true),
            [5] = (1, "Bagian Lepas", JenisUnitKerja.BidangBagian, true),
            [6] = (4, "UPT D", JenisUnitKerja.PerangkatDaerah, true),
        };

        Assert.Equal(2, AturanRekap.PerangkatDaerahDari(4, unit));
        Assert.Equal(2, AturanRekap.PerangkatDaerahDari(3, unit));
        Assert.Equal(2, AturanRekap.PerangkatDaerahDari(2, unit));
        Assert.Equal(6, AturanRekap.PerangkatDaerahDari(6, unit));
        Assert.Equal(1, AturanRekap.PerangkatDaerahDari(1, unit));
        Assert.Equal(5, AturanRekap.PerangkatDaerahDari(5, unit));
        Assert.Equal(99, AturanRekap.PerangkatDaerahDari(99, unit));
    }

    [Fact]
    public void Jalur_AncestorsBelowThePemdaRoot_ThenTheUnit()
    {
        var unit = new Dictionary<int, (int? ParentId, string Nama, JenisUnitKerja Jenis, bool Aktif)>
        {
            [1] = (null, "Pemkab", JenisUnitKerja.Pemda, true),
            [2] = (1, "Dinas A", JenisUnitKerja.PerangkatDaerah, true),
            [3] = (2, "Bidang B", JenisUnitKerja.BidangBagian, true),
            [4] = (3, "Seksi C", JenisUnitKerja.SeksiSubbagian, true),
        };

        Assert.Equal("Dinas A / Bidang B / Seksi C", AturanRekap.Jalur(4, unit));
        Assert.Equal("Dinas A", AturanRekap.Jalur(2, unit));
        Assert.Equal("Pemkab", AturanRekap.Jalur(1, unit));
        Assert.Equal(string.Empty, AturanRekap.Jalur(99, unit));
    }

    [Fact]
    public void Xlsx_TextStaysText_NumbersAreNumbers_ControlCharactersDropped()
    {
        var bytes = new EksporRekap().Xlsx("Uji", ["NIP", "JUMLAH"], [["198001012005011001", 12], ["a\u0001b", null]]);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var ws = (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!.Value!);
        var rows = ws.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal("Uji", doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        Assert.Equal(3, rows.Count);
        Assert.Equal((CellValues.InlineString, "198001012005011001"), (rows[1][0].DataType!.Value, rows[1][0].InnerText));
        Assert.Equal((CellValues.Number, "12"), (rows[1][1].DataType!.Value, rows[1][1].InnerText));
        Assert.Equal("ab", rows[2][0].InnerText);
    }

    [Fact]
    public void Csv_EscapesFormulaCells()
    {
        var csv = System.Text.Encoding.UTF8.GetString(new EksporRekap().Csv(["A", "B"], [["=1+1", 2.5m]])).TrimStart('\uFEFF');

        Assert.Equal("A,B\r\n\"'=1+1\",2.5\r\n", csv);
    }
}
