using SiKinerja.Domain.Common;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.UnitTests.Domain;

/// <summary>The shared text rule and the codes each area raises through it.</summary>
public class AturanTeksTests
{
    [Fact]
    public void Wajib_Trims_RefusesBlank_AndTooLong_WithTheCallersCodes()
    {
        Assert.Equal("Diklat teknis", AturanTeks.Wajib("  Diklat teknis ", 20, "A.Wajib", "A.Panjang"));
        Assert.Equal("A.Wajib", Assert.Throws<DomainException>(() => AturanTeks.Wajib(" \t", 20, "A.Wajib", "A.Panjang")).Kode);
        Assert.Equal("A.Wajib", Assert.Throws<DomainException>(() => AturanTeks.Wajib(null, 20, "A.Wajib", "A.Panjang")).Kode);
        var ex = Assert.Throws<DomainException>(() => AturanTeks.Wajib(new string('x', 21), 20, "A.Wajib", "A.Panjang"));
        Assert.Equal("A.Panjang", ex.Kode);
        Assert.Equal([20], ex.Argumen);
        Assert.Equal(new string('x', 20), AturanTeks.Wajib(new string('x', 20), 20, "A.Wajib", "A.Panjang"));
    }

    [Fact]
    public void Opsional_BlankIsNull_TooLongRefused()
    {
        Assert.Null(AturanTeks.Opsional("   ", 5, "A.Panjang"));
        Assert.Equal("abc", AturanTeks.Opsional(" abc ", 5, "A.Panjang"));
        Assert.Equal("A.Panjang", Assert.Throws<DomainException>(() => AturanTeks.Opsional("abcdef", 5, "A.Panjang")).Kode);
    }

    [Fact]
    public void PengembanganRecords_RaiseTheirOwnCodes()
    {
        Assert.Equal(KodePengembangan.TeksWajib, Assert.Throws<DomainException>(() => Teks.Wajib(" ", 10)).Kode);
        Assert.Equal(KodePengembangan.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => Teks.Opsional("12345678901", 10)).Kode);
        Assert.Equal(KodePengembangan.JenisTidakValid, Assert.Throws<DomainException>(() => Teks.Enum((JenisKompetensi)42)).Kode);
    }
}
