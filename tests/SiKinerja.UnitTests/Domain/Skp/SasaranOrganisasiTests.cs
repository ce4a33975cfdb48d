using System.Globalization;
using System.Reflection;
using System.Resources;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;
using SiKinerja.Web;

namespace SiKinerja.UnitTests.Domain;

public class SasaranOrganisasiTests
{
    private static SasaranOrganisasi Baru(string teks = "Meningkatnya kualitas pelayanan", string? kode = " S.1 ") =>
        new(7, 2026, JenisSasaranOrganisasi.PerjanjianKinerja, kode, teks, "  Indeks kepuasan  ", " ");

    [Fact]
    public void Baru_TrimsTexts_BlankOptionalBecomesNull_AndIsActive()
    {
        var s = Baru();

        Assert.Equal((7, 2026, JenisSasaranOrganisasi.PerjanjianKinerja), (s.UnitKerjaId, s.Tahun, s.Jenis));
        Assert.Equal(("S.1", "Meningkatnya kualitas pelayanan", "Indeks kepuasan"), (s.Kode, s.Teks, s.Indikator));
        Assert.Null(s.Target);
        Assert.True(s.Aktif);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Baru_BlankText_Throws(string? teks)
    {
        var ex = Assert.Throws<DomainException>(() => Baru(teks!));
        Assert.Equal(KodeSkp.TeksWajib, ex.Kode);
    }

    [Fact]
    public void Baru_TooLongTexts_Throw()
    {
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => Baru(new string('x', SasaranOrganisasi.TeksMaxLength + 1))).Kode);
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => Baru(kode: new string('k', SasaranOrganisasi.KodeMaxLength + 1))).Kode);
        Assert.Equal(SasaranOrganisasi.TeksMaxLength, Baru(new string('x', SasaranOrganisasi.TeksMaxLength)).Teks.Length);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2101)]
    public void Baru_YearOutOfRange_Throws(int tahun)
    {
        var ex = Assert.Throws<DomainException>(() => new SasaranOrganisasi(1, tahun, JenisSasaranOrganisasi.Renstra, null, "Sasaran", null, null));
        Assert.Equal(KodeSasaran.TahunDiLuarRentang, ex.Kode);
    }

    [Fact]
    public void Baru_UnknownKind_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => new SasaranOrganisasi(1, 2026, (JenisSasaranOrganisasi)9, null, "Sasaran", null, null));
        Assert.Equal(KodeSasaran.JenisTidakValid, ex.Kode);
    }

    [Fact]
    public void Ubah_ChangesContent_ButNotUnitOrYear()
    {
        var s = Baru();

        s.Ubah(JenisSasaranOrganisasi.Renstra, null, "<b>Sasaran baru</b>", null, "90 %");

        Assert.Equal((JenisSasaranOrganisasi.Renstra, (string?)null, "<b>Sasaran baru</b>", (string?)null, "90 %"), (s.Jenis, s.Kode, s.Teks, s.Indikator, s.Target));
        Assert.Equal((7, 2026), (s.UnitKerjaId, s.Tahun));
    }

    [Fact]
    public void Ubah_Inactive_IsRefused_UntilActivatedAgain()
    {
        var s = Baru();
        s.Nonaktifkan();

        var ex = Assert.Throws<DomainException>(() => s.Ubah(JenisSasaranOrganisasi.Renstra, null, "Lain", null, null));
        Assert.Equal(KodeSasaran.TidakAktif, ex.Kode);
        Assert.False(s.Aktif);
        Assert.Equal("Meningkatnya kualitas pelayanan", s.Teks);

        s.Aktifkan();
        s.Ubah(JenisSasaranOrganisasi.Renstra, null, "Lain", null, null);
        Assert.Equal("Lain", s.Teks);
    }

    [Fact]
    public void Label_JoinsKodeAndText_AndCutsLongText()
    {
        Assert.Equal("S.1 — Sasaran", SasaranOrganisasi.Label("S.1", "Sasaran"));
        Assert.Equal("Sasaran", SasaranOrganisasi.Label(null, "Sasaran"));
        var panjang = SasaranOrganisasi.Label(null, new string('a', 500));
        Assert.Equal(SasaranOrganisasi.LabelMaxLength, panjang.Length);
        Assert.EndsWith("…", panjang, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKey_HasIndonesianAndEnglishText()
    {
        var kunci = typeof(KodeSasaran).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(Enum.GetNames<JenisSasaranOrganisasi>().Select(n => "JenisSasaranOrganisasi." + n)).ToList();
        var rm = new ResourceManager("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

        Assert.All(kunci, k =>
        {
            Assert.False(string.IsNullOrEmpty(rm.GetString(k, CultureInfo.InvariantCulture)), k);
            Assert.NotEqual(rm.GetString(k, CultureInfo.InvariantCulture), rm.GetString(k, new CultureInfo("en")));
        });
    }
}
