using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features.Dokumen;

public class RegistriDokumenTests
{
    [Fact]
    public void Kode_baru_12_huruf_crockford_dan_acak()
    {
        var kode = Enumerable.Range(0, 200).Select(_ => RegistriDokumen.KodeBaru()).ToList();

        Assert.All(kode, k => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", k));
        Assert.Equal(kode.Count, kode.Distinct().Count());
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN", "ABCDEFGHJKMN")]
    [InlineData(" abcd efgh jkmn ", "ABCDEFGHJKMN")]
    [InlineData("0O1I-L000-0000", "001110000000")]
    [InlineData("ABCD-EFGH-JKM", null)]
    [InlineData("ABCD-EFGH-JKMNP", null)]
    [InlineData("ABCD-EFGH-JKMU", null)]
    [InlineData("<script>", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalisasi_membaca_kode_yang_diketik(string? masukan, string? harapan) =>
        Assert.Equal(harapan, RegistriDokumen.Normalisasi(masukan));

    [Fact]
    public void Tampil_dikelompokkan_empat() => Assert.Equal("ABCD-EFGH-JKMN", RegistriDokumen.Tampil("ABCDEFGHJKMN"));

    private sealed record Contoh(string Nama, IReadOnlyList<string> Baris);

    [Fact]
    public void Hash_sama_untuk_isi_sama_dan_berbeda_bila_satu_huruf_berubah()
    {
        var a = RegistriDokumen.Hash(new Contoh("Ahmad", ["RHK 1", "RHK 2"]));

        Assert.Equal(a, RegistriDokumen.Hash(new Contoh("Ahmad", ["RHK 1", "RHK 2"])));
        Assert.NotEqual(a, RegistriDokumen.Hash(new Contoh("Ahmad", ["RHK 1", "RHK 3"])));
        Assert.Matches("^[0-9a-f]{64}$", a);
    }
}

public class AksesCetakTests
{
    private static readonly PemilikDokumen Pemilik = PemilikDokumen.Skp(pegawaiId: 1, pejabatPenilaiId: 2, atasanPejabatPenilaiId: 3);

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, false, true)]
    [InlineData(3, false, false)]
    [InlineData(4, false, null)]
    [InlineData(4, true, true)]
    [InlineData(null, true, true)]
    [InlineData(null, false, null)]
    public void Pegawai_penilai_dan_admin_mencetak_atasan_dilarang_lainnya_tidak_ditemukan(int? pegawaiId, bool admin, bool? harapan) =>
        Assert.Equal(harapan, AksesCetak.Untuk(new PenggunaSkp(pegawaiId, "x", admin), Pemilik));

    [Fact]
    public void Rekaman_tidak_ada_selalu_tidak_ditemukan() => Assert.Null(AksesCetak.Untuk(new PenggunaSkp(null, "x", true), null));

    [Theory]
    [InlineData("Skp", true)]
    [InlineData("skp", true)]
    [InlineData("PenetapanPredikat", true)]
    [InlineData("1", false)]
    [InlineData("Xyz", false)]
    [InlineData("", false)]
    public void Jenis_dokumen_hanya_dengan_nama(string teks, bool dikenal) => Assert.Equal(dikenal, DokumenController.Jenis(teks, out _));
}

public class GayaHalamanTests
{
    [Theory]
    [InlineData("Abc 1", "\"Abc\\0000201\"")]
    [InlineData("a·b", "\"a\\0000B7b\"")]
    [InlineData("</style>", "\"\\00003C\\00002Fstyle\\00003E\"")]
    [InlineData("\"\\", "\"\\000022\\00005C\"")]
    public void Teks_css_hanya_huruf_angka_lainnya_escape_enam_digit(string teks, string harapan) =>
        Assert.Equal(harapan, LayananDokumen.CssString(teks));
}
