using DocumentFormat.OpenXml;
using SiKinerja.Infrastructure.Berkas;

namespace SiKinerja.UnitTests.Infrastructure.Berkas;

public class PemeriksaBerkasTests
{
    private const long Batas = 10L * 1024 * 1024;

    private static HasilPeriksaBerkas Periksa(string nama, byte[] isi, long? ukuran = null, long batas = Batas) =>
        PemeriksaBerkas.Periksa(nama, ukuran ?? isi.Length, new MemoryStream(isi), batas);

    public static TheoryData<string, string, JenisBerkas> Diizinkan() => new()
    {
        { "laporan.pdf", nameof(ContohBerkas.Pdf), JenisBerkas.Pdf },
        { "Foto Kegiatan.PNG", nameof(ContohBerkas.Png), JenisBerkas.Png },
        { "dokumentasi.jpg", nameof(ContohBerkas.Jpeg), JenisBerkas.Jpeg },
        { "dokumentasi.jpeg", nameof(ContohBerkas.Jpeg), JenisBerkas.Jpeg },
        { "rekap.xlsx", nameof(ContohBerkas.Xlsx), JenisBerkas.Xlsx },
        { "nota dinas.docx", nameof(ContohBerkas.Docx), JenisBerkas.Docx },
    };

    private static byte[] Buat(string contoh) => contoh switch
    {
        nameof(ContohBerkas.Pdf) => ContohBerkas.Pdf(),
        nameof(ContohBerkas.Png) => ContohBerkas.Png(),
        nameof(ContohBerkas.Jpeg) => ContohBerkas.Jpeg(),
        nameof(ContohBerkas.Xlsx) => ContohBerkas.Xlsx(),
        nameof(ContohBerkas.Docx) => ContohBerkas.Docx(),
        _ => throw new ArgumentOutOfRangeException(nameof(contoh)),
    };

    [Theory]
    [MemberData(nameof(Diizinkan))]
    public void AllowedKind_IsAcceptedByContent(string nama, string contoh, JenisBerkas jenis)
    {
        var hasil = Periksa(nama, Buat(contoh));

        Assert.True(hasil.Diterima, hasil.Galat);
        Assert.Equal(jenis, hasil.Jenis);
        Assert.Equal(nama.ToLowerInvariant(), hasil.NamaTampilan.ToLowerInvariant());
    }

    [Fact]
    public void TrailingSpacesAndDots_DoNotHideTheExtension()
    {
        var hasil = Periksa("laporan.pdf. ", ContohBerkas.Pdf());

        Assert.Equal(JenisBerkas.Pdf, hasil.Jenis);
        Assert.Equal("laporan.pdf", hasil.NamaTampilan);
    }

    [Fact]
    public void StreamPosition_IsLeftWhereItWas()
    {
        var s = new MemoryStream(ContohBerkas.Docx());

        Assert.True(PemeriksaBerkas.Periksa("a.docx", s.Length, s, Batas).Diterima);
        Assert.Equal(0, s.Position);
    }

    [Fact]
    public void ForwardOnlyStream_IsBufferedAndChecked()
    {
        var hasil = PemeriksaBerkas.Periksa("rekap.xlsx", -1, new SatuArah(ContohBerkas.Xlsx()), Batas);

        Assert.Equal(JenisBerkas.Xlsx, hasil.Jenis);
    }

    [Fact]
    public void ForwardOnlyStream_OverTheLimit_IsTooLarge()
    {
        var hasil = PemeriksaBerkas.Periksa("a.pdf", -1, new SatuArah(ContohBerkas.Ulang(ContohBerkas.Pdf(), 2048)), 1024);

        Assert.Equal(HasilPeriksaBerkas.TerlaluBesar, hasil.Galat);
    }

    public static TheoryData<string, string> Terlarang() => new()
    {
        { "exe renamed pdf", "laporan.pdf" },
        { "exe renamed jpg", "foto.jpg" },
        { "html as pdf", "laporan.pdf" },
        { "svg", "gambar.svg" },
        { "svg as png", "gambar.png" },
        { "legacy doc", "surat.docx" },
        { "random zip as docx", "arsip.docx" },
        { "random zip as xlsx", "arsip.xlsx" },
        { "zip", "arsip.zip" },
        { "exe", "setup.exe" },
        { "macro-enabled workbook as xlsx", "rekap.xlsx" },
        { "zip with both parts", "campur.docx" },
        { "docx parts without content types", "surat.docx" },
        { "zip bomb as docx", "bom.docx" },
        { "pdf with no extension", "laporan" },
        { "pdf as txt", "laporan.txt" },
    };

    private static byte[] BuatTerlarang(string kasus) => kasus switch
    {
        "exe renamed pdf" or "exe renamed jpg" or "exe" => ContohBerkas.Exe(),
        "html as pdf" => ContohBerkas.Html(),
        "svg" or "svg as png" => ContohBerkas.Svg(),
        "legacy doc" => ContohBerkas.Ole(),
        "random zip as docx" or "random zip as xlsx" or "zip" => ContohBerkas.Zip(("foto.jpg", "x"), ("catatan.txt", "y")),
        "macro-enabled workbook as xlsx" => ContohBerkas.Xlsx(SpreadsheetDocumentType.MacroEnabledWorkbook),
        "zip with both parts" => ContohBerkas.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<w/>"), ("word/document.xml", "<d/>")),
        "docx parts without content types" => ContohBerkas.Zip(("word/document.xml", "<d/>")),
        "zip bomb as docx" => ContohBerkas.ZipBom(PemeriksaBerkas.UkuranZipTerurai + 1),
        "pdf with no extension" or "pdf as txt" => ContohBerkas.Pdf(),
        _ => throw new ArgumentOutOfRangeException(nameof(kasus)),
    };

    [Theory]
    [MemberData(nameof(Terlarang))]
    public void ForbiddenContent_IsRefusedAsNotAllowed(string kasus, string nama)
    {
        var hasil = Periksa(nama, BuatTerlarang(kasus));

        Assert.False(hasil.Diterima);
        Assert.Equal(HasilPeriksaBerkas.JenisTidakDiizinkan, hasil.Galat);
        Assert.Null(hasil.Jenis);
    }

    [Theory]
    [InlineData("surat.xlsx", "DOCX", "xlsx")]
    [InlineData("foto.png", "JPG", "png")]
    [InlineData("laporan.jpg", "PDF", "jpg")]
    public void AllowedContentUnderAnotherAllowedExtension_IsRefusedAsMismatch(string nama, string isi, string ekstensi)
    {
        var bytes = isi switch { "DOCX" => ContohBerkas.Docx(), "JPG" => ContohBerkas.Jpeg(), _ => ContohBerkas.Pdf() };

        var hasil = Periksa(nama, bytes);

        Assert.Equal(HasilPeriksaBerkas.EkstensiTidakSesuai, hasil.Galat);
        Assert.Equal([isi, ekstensi], hasil.Argumen);
    }

    [Fact]
    public void XlsxRenamedDocx_IsRefusedAsMismatch()
    {
        Assert.Equal(HasilPeriksaBerkas.EkstensiTidakSesuai, Periksa("rekap.docx", ContohBerkas.Xlsx()).Galat);
    }

    [Fact]
    public void BrokenZip_IsRefusedAsDamaged()
    {
        var zip = ContohBerkas.Docx();
        var rusak = zip[..(zip.Length / 2)];

        Assert.Equal(HasilPeriksaBerkas.Rusak, Periksa("surat.docx", rusak).Galat);
    }

    [Fact]
    public void ZipWithTooManyEntries_IsRefused()
    {
        var entri = Enumerable.Range(0, PemeriksaBerkas.EntriZipMaksimum + 1).Select(i => ($"e{i}", "")).ToArray();
        var zip = ContohBerkas.Zip([("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<d/>"), .. entri]);

        Assert.Equal(HasilPeriksaBerkas.JenisTidakDiizinkan, Periksa("surat.docx", zip).Galat);
    }

    [Fact]
    public void EmptyFile_IsRefusedAsEmpty()
    {
        Assert.Equal(HasilPeriksaBerkas.Kosong, Periksa("laporan.pdf", []).Galat);
        Assert.Equal(HasilPeriksaBerkas.Kosong, PemeriksaBerkas.Periksa("laporan.pdf", -1, new SatuArah([]), Batas).Galat);
    }

    [Fact]
    public void OverTheLimit_IsRefusedWithTheLimitInMb()
    {
        var isi = ContohBerkas.Ulang(ContohBerkas.Pdf(), (int)Batas + 1);

        var hasil = Periksa("laporan.pdf", isi);

        Assert.Equal(HasilPeriksaBerkas.TerlaluBesar, hasil.Galat);
        Assert.Equal(["10"], hasil.Argumen);
    }

    [Fact]
    public void DeclaredSizeOverTheLimit_IsRefusedEvenIfTheStreamIsSmall()
    {
        Assert.Equal(HasilPeriksaBerkas.TerlaluBesar, Periksa("laporan.pdf", ContohBerkas.Pdf(), ukuran: Batas + 1).Galat);
    }

    [Fact]
    public void ExactlyTheLimit_IsAccepted()
    {
        Assert.True(Periksa("laporan.pdf", ContohBerkas.Ulang(ContohBerkas.Pdf(), (int)Batas)).Diterima);
    }

    [Theory]
    [InlineData("..\\..\\laporan.pdf")]
    [InlineData("../../etc/laporan.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\Windows\\laporan.pdf")]
    [InlineData("laporan\u202Efdp.exe.pdf")]
    [InlineData("laporan\u200B.pdf")]
    [InlineData("lapor\0an.pdf")]
    [InlineData("lapor\r\nan.pdf")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".pdf")]
    [InlineData("....pdf")]
    [InlineData("lapor\uD800an.pdf")]
    public void HostileName_IsRefusedAsInvalidName(string nama)
    {
        var hasil = Periksa(nama, ContohBerkas.Pdf());

        Assert.Equal(HasilPeriksaBerkas.NamaTidakValid, hasil.Galat);
    }

    [Fact]
    public void NullName_IsRefusedAsInvalidName()
    {
        Assert.Equal(HasilPeriksaBerkas.NamaTidakValid, PemeriksaBerkas.Periksa(null, 10, new MemoryStream(ContohBerkas.Pdf()), Batas).Galat);
    }

    /// <summary>A stream that can only be read forward, like a request body.</summary>
    private sealed class SatuArah(byte[] isi) : MemoryStream(isi)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
