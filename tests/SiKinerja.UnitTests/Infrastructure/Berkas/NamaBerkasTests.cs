using SiKinerja.Infrastructure.Berkas;

namespace SiKinerja.UnitTests.Infrastructure.Berkas;

public class NamaBerkasTests
{
    [Theory]
    [InlineData("Laporan Kegiatan.pdf", "Laporan Kegiatan.pdf")]
    [InlineData("..\\..\\x.pdf", "x.pdf")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("C:\\Users\\budi\\Foto.JPG", "Foto.jpg")]
    [InlineData("foto\u202Egpj.exe", "fotogpj.exe")]
    [InlineData("a\0b\r\nc\t.pdf", "abc.pdf")]
    [InlineData("tanya?<ini>:\"|*.pdf", "tanya__ini_____.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("com1.tar.pdf", "_com1.tar.pdf")]
    [InlineData("  laporan.pdf. . ", "laporan.pdf")]
    [InlineData("", "berkas")]
    [InlineData(null, "berkas")]
    [InlineData("..", "berkas")]
    [InlineData("\u202E", "berkas")]
    public void Aman_GivesAHarmlessName(string? nama, string diharapkan)
    {
        Assert.Equal(diharapkan, NamaBerkas.Aman(nama));
    }

    [Fact]
    public void Aman_CutsLongNamesAndKeepsTheExtension()
    {
        var aman = NamaBerkas.Aman(new string('a', 400) + ".docx");

        Assert.Equal(NamaBerkas.PanjangMaksimum, aman.Length);
        Assert.EndsWith("a.docx", aman, StringComparison.Ordinal);
    }

    [Fact]
    public void Aman_DoesNotSplitASurrogatePair()
    {
        var nama = new string('a', NamaBerkas.PanjangMaksimum - 5) + "😀😀😀.pdf";

        var aman = NamaBerkas.Aman(nama);

        Assert.True(aman.Length <= NamaBerkas.PanjangMaksimum);
        Assert.DoesNotContain(System.Text.Rune.ReplacementChar, aman.EnumerateRunes());
        Assert.EndsWith(".pdf", aman, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foto.exe", JenisBerkas.Png, "foto.exe.png")]
    [InlineData("foto", JenisBerkas.Jpeg, "foto.jpg")]
    [InlineData("foto.jpeg", JenisBerkas.Jpeg, "foto.jpeg")]
    public void Aman_WithAKind_EndsInThatKindsExtension(string nama, JenisBerkas jenis, string diharapkan)
    {
        Assert.Equal(diharapkan, NamaBerkas.Aman(nama, jenis));
    }

    [Theory]
    [InlineData("Laporan (final) v2.pdf")]
    [InlineData("Surat Tugas No. 12.docx")]
    [InlineData("bukti-dukung_Triwulan I.xlsx")]
    public void Berbahaya_IsFalseForOrdinaryNames(string nama)
    {
        Assert.False(NamaBerkas.Berbahaya(nama));
    }
}
