using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class EvaluasiPeriodeTests
{
    private const string Penilai = "198001012005011001";
    private const string Pegawai = "199002022015022002";
    private const string Atasan = "197503032000031003";
    private const string Admin = "198504042010041004";

    private static readonly DateTime T0 = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);

    private const Rating A = Rating.DiAtasEkspektasi;
    private const Rating S = Rating.SesuaiEkspektasi;
    private const Rating B = Rating.DiBawahEkspektasi;

    /// <summary>An evaluation brought to <paramref name="status"/> by the allowed path.</summary>
    private static EvaluasiPeriode Dalam(StatusEvaluasi status)
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        if (status == StatusEvaluasi.Belum)
        {
            return e;
        }

        e.Nilai(A, S, "Catatan", Penilai, T0);
        if (status == StatusEvaluasi.Dinilai)
        {
            return e;
        }

        e.Finalkan(Penilai, T0.AddHours(1));
        switch (status)
        {
            case StatusEvaluasi.Diterima:
                e.Terima(Pegawai, T0.AddDays(1));
                break;
            case StatusEvaluasi.Keberatan:
                e.AjukanKeberatan("Realisasi saya belum dihitung", Pegawai, T0.AddDays(2));
                break;
        }

        Assert.Equal(status, e.Status);
        return e;
    }

    private static readonly Dictionary<string, Action<EvaluasiPeriode>> Aksi = new()
    {
        ["Nilai"] = e => e.Nilai(S, S, null, Penilai, T0.AddDays(3)),
        ["Finalkan"] = e => e.Finalkan(Penilai, T0.AddDays(3)),
        ["Terima"] = e => e.Terima(Pegawai, T0.AddDays(3)),
        ["AjukanKeberatan"] = e => e.AjukanKeberatan("Alasan", Pegawai, T0.AddDays(3)),
        ["TerimaKeberatan"] = e => e.TerimaKeberatan(null, Atasan, T0.AddDays(3)),
        ["TolakKeberatan"] = e => e.TolakKeberatan("Alasan", Atasan, T0.AddDays(3)),
        ["BukaKembali"] = e => e.BukaKembali("Alasan", Admin, T0.AddDays(3)),
    };

    /// <summary>Allowed (action, from) pairs and where they lead; everything else is refused.</summary>
    private static readonly Dictionary<(string, StatusEvaluasi), StatusEvaluasi> Boleh = new()
    {
        [("Nilai", StatusEvaluasi.Belum)] = StatusEvaluasi.Dinilai,
        [("Nilai", StatusEvaluasi.Dinilai)] = StatusEvaluasi.Dinilai,
        [("Finalkan", StatusEvaluasi.Dinilai)] = StatusEvaluasi.Final,
        [("Terima", StatusEvaluasi.Final)] = StatusEvaluasi.Diterima,
        [("AjukanKeberatan", StatusEvaluasi.Final)] = StatusEvaluasi.Keberatan,
        [("TerimaKeberatan", StatusEvaluasi.Keberatan)] = StatusEvaluasi.Dinilai,
        [("TolakKeberatan", StatusEvaluasi.Keberatan)] = StatusEvaluasi.Final,
        [("BukaKembali", StatusEvaluasi.Final)] = StatusEvaluasi.Dinilai,
        [("BukaKembali", StatusEvaluasi.Diterima)] = StatusEvaluasi.Dinilai,
    };

    public static TheoryData<string, StatusEvaluasi> SemuaPasangan()
    {
        var data = new TheoryData<string, StatusEvaluasi>();
        foreach (var aksi in Aksi.Keys)
        {
            foreach (var status in Enum.GetValues<StatusEvaluasi>())
            {
                data.Add(aksi, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SemuaPasangan))]
    public void EveryActionFromEveryStatus_IsAllowedOrRefusedAsDesigned(string aksi, StatusEvaluasi dari)
    {
        var e = Dalam(dari);
        var riwayat = e.Riwayat.Count;
        if (Boleh.TryGetValue((aksi, dari), out var ke))
        {
            Aksi[aksi](e);
            Assert.Equal(ke, e.Status);
            var transisi = dari != ke;
            Assert.Equal(riwayat + (transisi || aksi != "Nilai" ? 1 : 0), e.Riwayat.Count);
        }
        else
        {
            var galat = Assert.Throws<DomainException>(() => Aksi[aksi](e));
            var kode = aksi == "Nilai" ? KodeEvaluasi.TidakDapatDiubah : KodeEvaluasi.StatusTidakSesuai;
            Assert.Equal(kode, galat.Kode);
            Assert.Equal(dari, e.Status);
            Assert.Equal(riwayat, e.Riwayat.Count);
        }
    }

    [Fact]
    public void Buat_StartsBelumWithoutHistory()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        Assert.Equal((7, 3, StatusEvaluasi.Belum), (e.SkpId, e.PeriodeEvaluasiId, e.Status));
        Assert.True(e.DapatDiubah);
        Assert.Empty(e.Riwayat);
        Assert.Null(e.Predikat);
    }

    [Fact]
    public void Nilai_ComputesThePredikatFromTheMatrix_OnlyWhenBothRatingsAreSet()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(A, null, "  draf  ", Penilai, T0);
        Assert.Equal((A, (Rating?)null, (PredikatKinerja?)null, "draf"), (e.RatingHasil, e.RatingPerilaku, e.Predikat, e.Catatan));

        e.Nilai(A, A, null, Penilai, T0.AddMinutes(5));
        Assert.Equal(PredikatKinerja.SangatBaik, e.Predikat);
        Assert.Null(e.Catatan);

        e.Nilai(B, S, null, Penilai, T0.AddMinutes(6));
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, e.Predikat);

        e.Nilai(S, null, null, Penilai, T0.AddMinutes(7));
        Assert.Null(e.Predikat);
    }

    [Fact]
    public void Nilai_FirstSaveIsRecorded_LaterDraftSavesAreNot()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(A, S, null, Penilai, T0);
        e.Nilai(S, S, null, Penilai, T0.AddMinutes(1));
        var r = Assert.Single(e.Riwayat);
        Assert.Equal((PeristiwaEvaluasi.Dinilai, StatusEvaluasi.Belum, StatusEvaluasi.Dinilai, Penilai, T0, (string?)null),
            (r.Peristiwa, r.Dari, r.Ke, r.PelakuNip, r.WaktuUtc, r.Catatan));
    }

    [Fact]
    public void Nilai_RefusesUndefinedRatings_AndTooLongNotes()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() => e.Nilai((Rating)0, S, null, Penilai, T0)).Kode);
        Assert.Equal(KodeEvaluasi.RatingTidakValid, Assert.Throws<DomainException>(() => e.Nilai(S, (Rating)5, null, Penilai, T0)).Kode);
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, Assert.Throws<DomainException>(() => e.Nilai(S, S, new string('x', EvaluasiPeriode.CatatanMaxLength + 1), Penilai, T0)).Kode);
        Assert.Equal(StatusEvaluasi.Belum, e.Status);
        Assert.Empty(e.Riwayat);
    }

    [Fact]
    public void Finalkan_NeedsBothRatings()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        e.Nilai(A, null, null, Penilai, T0);
        Assert.Equal(KodeEvaluasi.RatingBelumLengkap, Assert.Throws<DomainException>(() => e.Finalkan(Penilai, T0)).Kode);
        e.Nilai(null, A, null, Penilai, T0);
        Assert.Equal(KodeEvaluasi.RatingBelumLengkap, Assert.Throws<DomainException>(() => e.Finalkan(Penilai, T0)).Kode);
        Assert.Equal(StatusEvaluasi.Dinilai, e.Status);
    }

    [Fact]
    public void Finalkan_LocksTheScores()
    {
        var e = Dalam(StatusEvaluasi.Final);
        Assert.False(e.DapatDiubah);
        Assert.Equal(T0.AddHours(1), e.FinalUtc);
        Assert.Equal(PredikatKinerja.Baik, e.Predikat);
        Assert.Throws<DomainException>(() => e.Nilai(B, B, null, Penilai, T0.AddHours(2)));
        Assert.Equal((A, S), (e.RatingHasil, e.RatingPerilaku));
    }

    [Fact]
    public void Terima_RecordsTheAcknowledgement()
    {
        var e = Dalam(StatusEvaluasi.Diterima);
        Assert.Equal(T0.AddDays(1), e.DiterimaUtc);
        var r = e.Riwayat[^1];
        Assert.Equal((PeristiwaEvaluasi.Diterima, StatusEvaluasi.Final, StatusEvaluasi.Diterima, Pegawai), (r.Peristiwa, r.Dari, r.Ke, r.PelakuNip));
        Assert.Equal(KodeEvaluasi.StatusTidakSesuai, Assert.Throws<DomainException>(() => e.AjukanKeberatan("x", Pegawai, T0.AddDays(2))).Kode);
    }

    // ---- keberatan -----------------------------------------------------------------------------------

    [Fact]
    public void Keberatan_CanBeFiledUpToTheDeadline_Inclusive()
    {
        var e = Dalam(StatusEvaluasi.Final);
        var batas = T0.AddHours(1).AddDays(14);
        Assert.Equal(batas, e.BatasKeberatanUtc());
        Assert.True(e.DapatMengajukanKeberatan(batas));
        e.AjukanKeberatan("  Realisasi belum dihitung  ", Pegawai, batas);
        Assert.Equal(StatusEvaluasi.Keberatan, e.Status);
        Assert.Equal("Realisasi belum dihitung", e.AlasanKeberatan);
        Assert.Equal(batas, e.KeberatanUtc);
        var r = e.Riwayat[^1];
        Assert.Equal((PeristiwaEvaluasi.KeberatanDiajukan, StatusEvaluasi.Final, StatusEvaluasi.Keberatan, Pegawai, "Realisasi belum dihitung"),
            (r.Peristiwa, r.Dari, r.Ke, r.PelakuNip, r.Catatan));
    }

    [Fact]
    public void Keberatan_AfterTheDeadline_IsRefused()
    {
        var e = Dalam(StatusEvaluasi.Final);
        var lewat = T0.AddHours(1).AddDays(14).AddSeconds(1);
        Assert.False(e.DapatMengajukanKeberatan(lewat));
        var galat = Assert.Throws<DomainException>(() => e.AjukanKeberatan("Alasan", Pegawai, lewat));
        Assert.Equal(KodeEvaluasi.BatasKeberatanLewat, galat.Kode);
        Assert.Equal([14], galat.Argumen);
        Assert.Equal(StatusEvaluasi.Final, e.Status);
    }

    [Fact]
    public void Keberatan_DeadlineIsASetting()
    {
        var aturan = new AturanEvaluasi { BatasHariKeberatan = 3 };
        var e = Dalam(StatusEvaluasi.Final);
        Assert.Equal(T0.AddHours(1).AddDays(3), e.BatasKeberatanUtc(aturan));
        var galat = Assert.Throws<DomainException>(() => e.AjukanKeberatan("Alasan", Pegawai, T0.AddDays(4), aturan));
        Assert.Equal([3], galat.Argumen);
        e.AjukanKeberatan("Alasan", Pegawai, T0.AddDays(3), aturan);
        Assert.Equal(StatusEvaluasi.Keberatan, e.Status);
    }

    [Fact]
    public void Keberatan_NeedsAReason()
    {
        var e = Dalam(StatusEvaluasi.Final);
        Assert.Equal(KodeEvaluasi.AlasanWajib, Assert.Throws<DomainException>(() => e.AjukanKeberatan("   ", Pegawai, T0.AddDays(1))).Kode);
        Assert.Equal(KodeEvaluasi.AlasanWajib, Assert.Throws<DomainException>(() => e.AjukanKeberatan(null!, Pegawai, T0.AddDays(1))).Kode);
        Assert.Equal(KodeSkp.TeksTerlaluPanjang,
            Assert.Throws<DomainException>(() => e.AjukanKeberatan(new string('x', EvaluasiPeriode.AlasanMaxLength + 1), Pegawai, T0.AddDays(1))).Kode);
        Assert.Equal(StatusEvaluasi.Final, e.Status);
    }

    [Fact]
    public void Keberatan_Rejected_WithAReason_StaysFinal_AndCannotBeFiledAgain()
    {
        var e = Dalam(StatusEvaluasi.Keberatan);
        Assert.Equal(KodeEvaluasi.AlasanWajib, Assert.Throws<DomainException>(() => e.TolakKeberatan(" ", Atasan, T0.AddDays(3))).Kode);

        e.TolakKeberatan("Realisasi sudah dihitung", Atasan, T0.AddDays(3));
        Assert.Equal(StatusEvaluasi.Final, e.Status);
        Assert.Equal((false, "Realisasi sudah dihitung"), (e.KeberatanDiterima, e.CatatanKeputusanKeberatan));
        Assert.Equal(T0.AddHours(1), e.FinalUtc);
        Assert.Equal((A, S, PredikatKinerja.Baik), (e.RatingHasil, e.RatingPerilaku, e.Predikat));
        var r = e.Riwayat[^1];
        Assert.Equal((PeristiwaEvaluasi.KeberatanDitolak, StatusEvaluasi.Keberatan, StatusEvaluasi.Final, Atasan), (r.Peristiwa, r.Dari, r.Ke, r.PelakuNip));

        Assert.False(e.DapatMengajukanKeberatan(T0.AddDays(4)));
        Assert.Equal(KodeEvaluasi.KeberatanSudahDiajukan, Assert.Throws<DomainException>(() => e.AjukanKeberatan("Lagi", Pegawai, T0.AddDays(4))).Kode);

        e.Terima(Pegawai, T0.AddDays(5));
        Assert.Equal(StatusEvaluasi.Diterima, e.Status);
    }

    [Fact]
    public void Keberatan_Accepted_ReopensForANewDecision_ThenANewKeberatanIsPossible()
    {
        var e = Dalam(StatusEvaluasi.Keberatan);
        e.TerimaKeberatan("Dinilai ulang", Atasan, T0.AddDays(3));
        Assert.Equal(StatusEvaluasi.Dinilai, e.Status);
        Assert.True(e.DapatDiubah);
        Assert.Null(e.FinalUtc);
        Assert.Equal((true, "Dinilai ulang"), (e.KeberatanDiterima, e.CatatanKeputusanKeberatan));
        Assert.Equal((A, S), (e.RatingHasil, e.RatingPerilaku));

        e.Nilai(A, A, null, Penilai, T0.AddDays(4));
        e.Finalkan(Penilai, T0.AddDays(5));
        Assert.Equal(PredikatKinerja.SangatBaik, e.Predikat);
        Assert.Equal(T0.AddDays(5), e.FinalUtc);
        Assert.Equal(T0.AddDays(19), e.BatasKeberatanUtc());
        Assert.Null(e.KeberatanUtc);
        Assert.Null(e.KeberatanDiterima);
        Assert.True(e.DapatMengajukanKeberatan(T0.AddDays(6)));
        e.AjukanKeberatan("Lagi", Pegawai, T0.AddDays(6));
        Assert.Equal(StatusEvaluasi.Keberatan, e.Status);
    }

    [Fact]
    public void DapatMengajukanKeberatan_OnlyWhileFinal()
    {
        foreach (var status in new[] { StatusEvaluasi.Belum, StatusEvaluasi.Dinilai, StatusEvaluasi.Diterima, StatusEvaluasi.Keberatan })
        {
            Assert.False(Dalam(status).DapatMengajukanKeberatan(T0.AddDays(3)));
        }

        Assert.Null(Dalam(StatusEvaluasi.Dinilai).BatasKeberatanUtc());
    }

    // ---- reopen by Admin BKD -------------------------------------------------------------------------

    [Theory]
    [InlineData(StatusEvaluasi.Final)]
    [InlineData(StatusEvaluasi.Diterima)]
    public void BukaKembali_WithAReason_BackToDinilai(StatusEvaluasi dari)
    {
        var e = Dalam(dari);
        Assert.Equal(KodeEvaluasi.AlasanWajib, Assert.Throws<DomainException>(() => e.BukaKembali("", Admin, T0.AddDays(3))).Kode);
        e.BukaKembali("Salah input", Admin, T0.AddDays(3));
        Assert.Equal(StatusEvaluasi.Dinilai, e.Status);
        Assert.Null(e.FinalUtc);
        Assert.Null(e.DiterimaUtc);
        var r = e.Riwayat[^1];
        Assert.Equal((PeristiwaEvaluasi.DibukaKembali, dari, StatusEvaluasi.Dinilai, Admin, T0.AddDays(3), "Salah input"),
            (r.Peristiwa, r.Dari, r.Ke, r.PelakuNip, r.WaktuUtc, r.Catatan));
    }

    [Fact]
    public void History_RecordsTheWholePath()
    {
        var e = Dalam(StatusEvaluasi.Keberatan);
        e.TerimaKeberatan(null, Atasan, T0.AddDays(3));
        e.Finalkan(Penilai, T0.AddDays(4));
        e.Terima(Pegawai, T0.AddDays(5));
        e.BukaKembali("Koreksi", Admin, T0.AddDays(6));
        Assert.Equal(
            [PeristiwaEvaluasi.Dinilai, PeristiwaEvaluasi.Difinalkan, PeristiwaEvaluasi.KeberatanDiajukan, PeristiwaEvaluasi.KeberatanDiterima,
             PeristiwaEvaluasi.Difinalkan, PeristiwaEvaluasi.Diterima, PeristiwaEvaluasi.DibukaKembali],
            e.Riwayat.Select(r => r.Peristiwa));
        Assert.Equal([Penilai, Penilai, Pegawai, Atasan, Penilai, Pegawai, Admin], e.Riwayat.Select(r => r.PelakuNip));
        Assert.All(e.Riwayat.Skip(1), (r, i) => Assert.Equal(e.Riwayat[i].Ke, r.Dari));
    }

    [Fact]
    public void TimesMustBeUtc_AndTheActorIsRequired()
    {
        var e = EvaluasiPeriode.Buat(7, 3, 5);
        Assert.Throws<ArgumentException>(() => e.Nilai(S, S, null, Penilai, new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Local)));
        Assert.Equal(KodeSkp.TeksWajib, Assert.Throws<DomainException>(() => e.Nilai(S, S, null, " ", T0)).Kode);
        Assert.Equal(StatusEvaluasi.Belum, e.Status);
        e.Nilai(S, S, null, Penilai, T0);
        Assert.Throws<ArgumentException>(() => e.Finalkan(Penilai, DateTime.SpecifyKind(T0, DateTimeKind.Unspecified)));
        Assert.Equal(StatusEvaluasi.Dinilai, e.Status);
    }
}
