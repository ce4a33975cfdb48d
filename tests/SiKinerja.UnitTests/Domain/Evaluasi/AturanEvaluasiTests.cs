using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

/// <summary>The configurable keberatan deadline (<see cref="AturanEvaluasi"/>) and keberatan edge cases not covered elsewhere.</summary>
public class AturanEvaluasiTests
{
    private const string Penilai = "198001012005011001";
    private const string Pegawai = "199002022015022002";
    private const string Atasan = "197503032000031003";
    private const string Admin = "198504042010041004";
    private static readonly DateTime T0 = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);

    private static EvaluasiPeriode Final(DateTime waktu)
    {
        var e = EvaluasiPeriode.Buat(1, 2, 3);
        e.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null, Penilai, waktu.AddHours(-1));
        e.Finalkan(Penilai, waktu);
        return e;
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(14, true)]
    [InlineData(AturanEvaluasi.BatasHariMaksimum, true)]
    [InlineData(-1, false)]
    [InlineData(AturanEvaluasi.BatasHariMaksimum + 1, false)]
    public void Sah_OnlyForZeroToAYear(int hari, bool sah) =>
        Assert.Equal(sah, new AturanEvaluasi { BatasHariKeberatan = hari }.Sah);

    [Fact]
    public void Bawaan_Is14Days_AndValid()
    {
        Assert.Equal(14, AturanEvaluasi.Bawaan.BatasHariKeberatan);
        Assert.True(AturanEvaluasi.Bawaan.Sah);
    }

    [Fact]
    public void ZeroDays_AllowsAKeberatanOnlyAtTheMomentOfFinalisation()
    {
        var nol = new AturanEvaluasi { BatasHariKeberatan = 0 };
        var e = Final(T0);
        Assert.Equal(T0, e.BatasKeberatanUtc(nol));
        Assert.True(e.DapatMengajukanKeberatan(T0, nol));
        Assert.False(e.DapatMengajukanKeberatan(T0.AddTicks(1), nol));
        var galat = Assert.Throws<DomainException>(() => e.AjukanKeberatan("Alasan", Pegawai, T0.AddSeconds(1), nol));
        Assert.Equal((KodeEvaluasi.BatasKeberatanLewat, 0), (galat.Kode, (int)galat.Argumen[0]));
    }

    [Fact]
    public void Reopened_AfterARejectedKeberatan_AndFinalisedAgain_StartsANewDeadlineAndAllowsANewKeberatan()
    {
        var e = Final(T0);
        e.AjukanKeberatan("Pertama", Pegawai, T0.AddDays(1));
        e.TolakKeberatan("Sesuai bukti", Atasan, T0.AddDays(2));
        e.BukaKembali("Data terlambat", Admin, T0.AddDays(20));
        Assert.Equal((StatusEvaluasi.Dinilai, (DateTime?)null), (e.Status, e.BatasKeberatanUtc()));

        e.Finalkan(Penilai, T0.AddDays(21));

        Assert.Equal(T0.AddDays(35), e.BatasKeberatanUtc());
        Assert.Null(e.KeberatanUtc);
        Assert.True(e.DapatMengajukanKeberatan(T0.AddDays(30)));
        e.AjukanKeberatan("Kedua", Pegawai, T0.AddDays(30));
        Assert.Equal((StatusEvaluasi.Keberatan, "Kedua"), (e.Status, e.AlasanKeberatan));
    }

    [Fact]
    public void WhileTheKeberatanWaits_NeitherAcknowledgingNorReopeningNorScoringIsPossible()
    {
        var e = Final(T0);
        e.AjukanKeberatan("Alasan", Pegawai, T0.AddDays(1));

        Assert.Equal(KodeEvaluasi.StatusTidakSesuai, Assert.Throws<DomainException>(() => e.Terima(Pegawai, T0.AddDays(2))).Kode);
        Assert.Equal(KodeEvaluasi.StatusTidakSesuai, Assert.Throws<DomainException>(() => e.BukaKembali("Alasan", Admin, T0.AddDays(2))).Kode);
        Assert.Equal(KodeEvaluasi.TidakDapatDiubah, Assert.Throws<DomainException>(() => e.Nilai(Rating.DiBawahEkspektasi, Rating.DiBawahEkspektasi, null, Penilai, T0.AddDays(2))).Kode);
        Assert.Equal(KodeEvaluasi.StatusTidakSesuai, Assert.Throws<DomainException>(() => e.Finalkan(Penilai, T0.AddDays(2))).Kode);
        Assert.Equal(StatusEvaluasi.Keberatan, e.Status);
    }

    [Fact]
    public void AcceptedKeberatan_CannotBeDecidedTwice()
    {
        var e = Final(T0);
        e.AjukanKeberatan("Alasan", Pegawai, T0.AddDays(1));
        e.TerimaKeberatan(null, Atasan, T0.AddDays(2));

        Assert.Equal(KodeEvaluasi.StatusTidakSesuai, Assert.Throws<DomainException>(() => e.TolakKeberatan("Berubah pikiran", Atasan, T0.AddDays(3))).Kode);
        Assert.Equal(KodeEvaluasi.StatusTidakSesuai, Assert.Throws<DomainException>(() => e.TerimaKeberatan(null, Atasan, T0.AddDays(3))).Kode);
        Assert.Equal((true, (string?)null), (e.KeberatanDiterima, e.CatatanKeputusanKeberatan));
    }
}
