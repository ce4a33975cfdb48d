using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Web.Features.Impor;

namespace SiKinerja.UnitTests.Features;

public class PembacaImporTests
{
    private const string Judul = "PNS ID,NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,JENIS PEGAWAI NAMA,GOL AKHIR NAMA,JENIS JABATAN NAMA,JABATAN ID,JABATAN NAMA,UNOR ID,UNOR NAMA,EMAIL,KEDUDUKAN HUKUM NAMA";
    private const string Baris1 = "A1,198503152010012003,Siti Aminah,,S.E.,PNS,III/c,Struktural,J1,Kepala Seksi Mutasi,U1,Seksi Mutasi,siti@sukamaju.go.id,Aktif";
    private const string Baris2 = "A2,199001012015031001,Agus Salim,,,PNS,II/c,Fungsional Umum,J2,Pengadministrasi Perkantoran,U1,Seksi Mutasi,,Aktif";
    private const string Baris3 = "A3,199205102019032004,Rina Wati,,S.Pd.,PPPK,IX,Fungsional Tertentu,J3,Guru Ahli Pertama,U2,SD Negeri 1 Sukamaju,,Aktif";

    private static PembacaImpor Pembaca(int mb = 20, int baris = 200_000) =>
        new(Options.Create(new ImporOptions { UkuranMaksimumMb = mb, BarisMaksimum = baris }));

    private static HasilBacaImpor Csv(string teks, string nama = "pegawai.csv", Encoding? encoding = null, PembacaImpor? pembaca = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(teks);
        return (pembaca ?? Pembaca()).Baca(new MemoryStream(bytes), nama, CancellationToken.None);
    }

    private static string File(params string[] baris) => string.Join("\r\n", baris) + "\r\n";

    [Fact]
    public void SiasnCsv_RowsAreReadAndNormalised()
    {
        var hasil = Csv(File(Judul, Baris1, Baris2, Baris3));

        Assert.Empty(hasil.Galat);
        Assert.Equal(3, hasil.JumlahBarisData);
        var siti = hasil.Baris[0];
        Assert.Equal(2, siti.Baris);
        Assert.Equal("198503152010012003", siti.Nip);
        Assert.Equal("A1", siti.PnsId);
        Assert.Equal("Siti Aminah", siti.Nama);
        Assert.Equal("S.E.", siti.GelarBelakang);
        Assert.Null(siti.GelarDepan);
        Assert.Equal(JenisPegawai.Pns, siti.JenisPegawai);
        Assert.Equal("III/c", siti.GolonganKode);
        Assert.Equal(JenisJabatan.Pengawas, siti.JenisJabatan);
        Assert.Equal("U1", siti.UnorId);
        Assert.Equal("siti@sukamaju.go.id", siti.Email);
        Assert.Equal(StatusPegawai.Aktif, siti.Status);
        var guru = hasil.Baris[2];
        Assert.Equal(JenisPegawai.Pppk, guru.JenisPegawai);
        Assert.Equal("IX", guru.GolonganKode);
        Assert.Equal(JenisJabatan.FungsionalKeahlian, guru.JenisJabatan);
        Assert.Equal(JenjangFungsional.AhliPertama, guru.Jenjang);
    }

    [Fact]
    public void ExcelIndonesianCsv_SemicolonsBomExtraColumnsAnyOrder_AreAccepted()
    {
        static string Ubah(string s) => "x;" + string.Join(';', s.Split(',').Reverse());
        var teks = "\uFEFF" + File("KOLOM LAIN;" + string.Join(';', Judul.Split(',').Reverse()), Ubah(Baris1), Ubah(Baris2));

        var hasil = Csv(teks);

        Assert.Empty(hasil.Galat);
        Assert.Equal(["Siti Aminah", "Agus Salim"], hasil.Baris.Select(b => b.Nama));
    }

    [Fact]
    public void ExcelUnicodeText_Utf16WithBomAndTabs_IsAccepted()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var bytes = utf16.GetPreamble().Concat(utf16.GetBytes(File(Judul.Replace(',', '\t'), Baris1.Replace(',', '\t')))).ToArray();

        var hasil = Pembaca().Baca(new MemoryStream(bytes), "pegawai.txt", CancellationToken.None);

        Assert.Empty(hasil.Galat);
        Assert.Equal("Siti Aminah", Assert.Single(hasil.Baris).Nama);
    }

    [Fact]
    public void QuotedFieldsWithCommasAndNewlines_StayInTheirColumn()
    {
        var baris = "A1,198503152010012003,\"Siti, Aminah\",,\"S.E., M.M.\",PNS,III/c,Struktural,J1,Kepala Seksi Mutasi,U1,\"Seksi\nMutasi\",,Aktif";

        var hasil = Csv(File(Judul, baris, Baris2));

        Assert.Empty(hasil.Galat);
        Assert.Equal("Siti, Aminah", hasil.Baris[0].Nama);
        Assert.Equal("S.E., M.M.", hasil.Baris[0].GelarBelakang);
        Assert.Equal(3, hasil.Baris[1].Baris);
    }

    [Fact]
    public void BadRows_ErrorsNameRowAndColumn_AndOnlyGoodRowsAreUsable()
    {
        var nipSalah = Baris2.Replace("199001012015031001", "199001012015131001", StringComparison.Ordinal);
        var golSalah = Baris3.Replace(",IX,", ",III/z,", StringComparison.Ordinal).Replace("PPPK", "PNS", StringComparison.Ordinal);
        var rumus = Baris1.Replace("Siti Aminah", "=cmd|' /C calc'!A0", StringComparison.Ordinal).Replace("198503152010012003", "198503152010012004", StringComparison.Ordinal);
        var ganda = Baris1.Replace("A1,", "A9,", StringComparison.Ordinal);

        var hasil = Csv(File(Judul, Baris1, nipSalah, golSalah, rumus, ganda));

        Assert.Equal(5, hasil.JumlahBarisData);
        Assert.Single(hasil.Baris);
        Assert.Contains(hasil.Galat, g => g is { Baris: 3, Kolom: "NIP BARU", Kode: "Nip.TmtTidakValid" });
        Assert.Contains(hasil.Galat, g => g is { Baris: 4, Kolom: "GOL AKHIR NAMA", Kode: "Pegawai.GolonganPnsTidakValid" });
        Assert.Contains(hasil.Galat, g => g is { Baris: 5, Kolom: "NAMA", Kode: "Impor.SelRumus" });
        var dobel = Assert.Single(hasil.Galat, g => g.Kode == "Impor.NipGanda");
        Assert.Equal(6, dobel.Baris);
        Assert.Equal(["2"], dobel.Argumen);
        Assert.False(hasil.BerkasDitolak);
    }

    [Theory]
    [InlineData("+62812")]
    [InlineData("@SUM(A1)")]
    [InlineData("-2+3")]
    [InlineData("\t=1")]
    public void FormulaLikeCells_AreRefused(string isi)
    {
        var hasil = Csv(File(Judul, Baris1.Replace("J1", "\"" + isi + "\"", StringComparison.Ordinal)));

        Assert.Contains(hasil.Galat, g => g is { Baris: 2, Kolom: "JABATAN ID", Kode: "Impor.SelRumus" });
        Assert.Empty(hasil.Baris);
    }

    [Fact]
    public void DashMeansEmpty_AndMissingRequiredValueIsReported()
    {
        var hasil = Csv(File(Judul, Baris1.Replace(",S.E.,", ",-,", StringComparison.Ordinal).Replace("Kepala Seksi Mutasi", "-", StringComparison.Ordinal)));

        var galat = Assert.Single(hasil.Galat);
        Assert.Equal(("JABATAN NAMA", "Impor.KolomWajib"), (galat.Kolom, galat.Kode));
    }

    [Fact]
    public void NipSavedAsNumber_GetsItsOwnMessage()
    {
        var hasil = Csv(File(Judul, Baris1.Replace("198503152010012003", "1.98503E+17", StringComparison.Ordinal)));

        Assert.Contains(hasil.Galat, g => g is { Baris: 2, Kode: "Impor.NipSebagaiAngka" });
    }

    [Fact]
    public void InvalidEmailAndUnknownKedudukan_AreWarningsThatDoNotBlock()
    {
        var baris = Baris1.Replace("siti@sukamaju.go.id", "bukan email", StringComparison.Ordinal).Replace(",Aktif", ",Status Aneh", StringComparison.Ordinal);

        var hasil = Csv(File(Judul, baris));

        Assert.Empty(hasil.Galat);
        var row = Assert.Single(hasil.Baris);
        Assert.Null(row.Email);
        Assert.Equal(StatusPegawai.Aktif, row.Status);
        Assert.Contains(hasil.Peringatan, p => p is { Baris: 2, Kolom: "EMAIL", Kode: "Impor.EmailDiabaikan" });
        Assert.Contains(hasil.Peringatan, p => p is { Baris: 2, Kode: "Impor.KedudukanTidakDikenal" });
    }

    [Theory]
    [InlineData("Pensiun", StatusPegawai.Pensiun)]
    [InlineData("Meninggal", StatusPegawai.Meninggal)]
    [InlineData("Mutasi Keluar", StatusPegawai.MutasiKeluar)]
    [InlineData("Pemberhentian sementara", StatusPegawai.Aktif)]
    [InlineData("Masa Persiapan Pensiun", StatusPegawai.Aktif)]
    public void Kedudukan_MapsToStatus(string kedudukan, StatusPegawai status)
    {
        var hasil = Csv(File(Judul, Baris1.Replace(",Aktif", "," + kedudukan, StringComparison.Ordinal)));

        Assert.Equal(status, Assert.Single(hasil.Baris).Status);
    }

    [Fact]
    public void MissingColumns_RejectTheFileNamingThem()
    {
        var hasil = Csv(File("NIP BARU,NAMA,JABATAN NAMA", "198503152010012003,Siti,Staf"));

        Assert.True(hasil.BerkasDitolak);
        var galat = Assert.Single(hasil.Galat);
        Assert.Equal("Impor.KolomHilang", galat.Kode);
        Assert.Equal(["GOL AKHIR NAMA, UNOR ID, UNOR NAMA"], galat.Argumen);
    }

    [Theory]
    [InlineData("", "Impor.BerkasKosong")]
    [InlineData("\r\n\r\n", "Impor.BerkasKosong")]
    [InlineData(Judul + "\r\n", "Impor.TanpaBaris")]
    public void EmptyFiles_AreRejected(string teks, string kode)
    {
        var hasil = Csv(teks);

        Assert.True(hasil.BerkasDitolak);
        Assert.Equal(kode, Assert.Single(hasil.Galat).Kode);
    }

    [Fact]
    public void NotUtf8_IsRejectedWithAnEncodingMessage()
    {
        var teks = File(Judul, Baris1.Replace("Siti Aminah", "Siti Ämïnah", StringComparison.Ordinal));

        var hasil = Csv(teks, encoding: Encoding.Latin1);

        Assert.Equal("Impor.EncodingSalah", Assert.Single(hasil.Galat).Kode);
    }

    [Fact]
    public void TooLarge_IsRejectedWithoutReadingItAll()
    {
        var besar = new string('x', (1024 * 1024) + 10);

        var hasil = Csv(File(Judul, besar), pembaca: Pembaca(mb: 1));

        Assert.Equal(("Impor.BerkasTerlaluBesar", "1"), (Assert.Single(hasil.Galat).Kode, hasil.Galat[0].Argumen[0]));
    }

    [Fact]
    public void TooManyRows_IsRejected()
    {
        var hasil = Csv(File(Judul, Baris1, Baris2, Baris3), pembaca: Pembaca(baris: 2));

        Assert.Equal("Impor.TerlaluBanyakBaris", Assert.Single(hasil.Galat).Kode);
    }

    [Theory]
    [InlineData("pegawai.pdf", "%PDF-1.4 ...", "Impor.FormatTidakDikenal")]
    [InlineData("pegawai.xls", "xx", "Impor.XlsLama")]
    [InlineData("pegawai.xlsx", "PK\u0003\u0004 rusak", "Impor.BerkasRusak")]
    public void OtherFormats_AreRejectedWithTheirReason(string nama, string isi, string kode)
    {
        var hasil = Csv(isi, nama, Encoding.Latin1);

        Assert.Equal(kode, Assert.Single(hasil.Galat).Kode);
    }

    [Fact]
    public void Xlsx_IsReadLikeCsv_IncludingSparseCellsAndFormulas()
    {
        var baris = new[] { Judul, Baris1, Baris2, Baris3 }.Select(b => b.Split(',')).ToArray();
        baris[2][3] = string.Empty; // GELAR DEPAN left out of the sheet entirely (sparse row)
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < baris.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < baris[r].Length; c++)
                {
                    if (baris[r][c].Length == 0)
                    {
                        continue;
                    }

                    var referensi = ((char)('A' + c)).ToString() + (r + 1);
                    var cell = new Cell { CellReference = referensi, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(baris[r][c])) };
                    if (r == 3 && c == 2)
                    {
                        cell = new Cell { CellReference = referensi, CellFormula = new CellFormula("HYPERLINK(\"http://x\")"), CellValue = new CellValue("Rina") };
                    }

                    row.Append(cell);
                }

                data.Append(row);
            }

            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Pegawai" }));
        }

        var hasil = Pembaca().Baca(new MemoryStream(stream.ToArray()), "pegawai.xlsx", CancellationToken.None);

        Assert.Equal(3, hasil.JumlahBarisData);
        Assert.Equal(["Siti Aminah", "Agus Salim"], hasil.Baris.Select(b => b.Nama));
        Assert.Equal("II/c", hasil.Baris[1].GolonganKode);
        Assert.Contains(hasil.Galat, g => g is { Baris: 4, Kolom: "NAMA", Kode: "Impor.SelRumus" });
    }

    [Fact]
    public void UnitWithTwoParents_IsAnError_DifferentNameOnlyAWarning()
    {
        const string judul = "NIP BARU,NAMA,GOL AKHIR NAMA,JABATAN NAMA,UNOR ID,UNOR NAMA,UNOR INDUK ID";
        var hasil = Csv(File(
            judul,
            "198503152010012003,Siti,III/a,Pengadministrasi Umum,U1,Seksi A,U0",
            "199001012015031001,Agus,III/a,Pengadministrasi Umum,U1,SEKSI A,U0",
            "199205102015032004,Rina,III/a,Pengadministrasi Umum,U1,Seksi A,U9",
            "199205102015031005,Budi,III/a,Pengadministrasi Umum,U1,Seksi B,U0"));

        Assert.Contains(hasil.Galat, g => g is { Baris: 4, Kolom: "UNOR INDUK ID", Kode: "Impor.UnorIndukBerbeda" });
        Assert.Contains(hasil.Peringatan, p => p is { Baris: 5, Kode: "Impor.UnorNamaBerbeda" });
        Assert.DoesNotContain(hasil.Peringatan, p => p.Baris == 3);
        Assert.Equal(3, hasil.Baris.Count);
    }
}
