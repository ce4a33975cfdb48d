using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class UmpanBalikTests
{
    private const int Penilai = 10;
    private const int Pegawai = 20;
    private const int Rekan = 30;
    private const string NipPenilai = "198001012005011001";
    private const string NipRekan = "199103032016031003";
    private static readonly Guid Rhk = Guid.NewGuid();
    private static readonly DateTime T0 = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);

    private static PermintaanMasukan Permintaan() => PermintaanMasukan.Minta(7, 3, Pegawai, Rekan, Penilai, "  Mohon masukan  ", T0);

    [Fact]
    public void OlehPenilai_OnAnRhk_StoresTrimmedTextAuthorAndTime()
    {
        var u = UmpanBalik.OlehPenilai(7, 3, Rhk, null, "  Laporan tepat waktu.  ", Penilai, NipPenilai, T0);

        Assert.Equal((7, 3, (Guid?)Rhk, (NilaiBerakhlak?)null), (u.SkpId, u.PeriodeEvaluasiId, u.RhkKunci, u.NilaiBerakhlak));
        Assert.Equal(("Laporan tepat waktu.", JenisUmpanBalik.Penilai, Penilai, NipPenilai, T0), (u.Teks, u.Jenis, u.PenulisPegawaiId, u.PenulisNip, u.DibuatUtc));
        Assert.Null(u.DiubahUtc);
        Assert.Null(u.PermintaanMasukanId);
    }

    [Fact]
    public void OlehPenilai_OnAValue_StoresTheValue()
    {
        var u = UmpanBalik.OlehPenilai(7, 3, null, NilaiBerakhlak.Kolaboratif, "Aktif berkoordinasi", Penilai, NipPenilai, T0);

        Assert.Equal(((Guid?)null, (NilaiBerakhlak?)NilaiBerakhlak.Kolaboratif), (u.RhkKunci, u.NilaiBerakhlak));
    }

    public static TheoryData<Guid?, NilaiBerakhlak?> SasaranSalah => new()
    {
        { null, null },
        { Guid.NewGuid(), NilaiBerakhlak.Akuntabel },
        { Guid.Empty, null },
        { null, (NilaiBerakhlak)99 },
    };

    [Theory]
    [MemberData(nameof(SasaranSalah))]
    public void OlehPenilai_WithoutExactlyOneValidTarget_Throws(Guid? rhk, NilaiBerakhlak? nilai)
    {
        var ex = Assert.Throws<DomainException>(() => UmpanBalik.OlehPenilai(7, 3, rhk, nilai, "Teks", Penilai, NipPenilai, T0));
        Assert.Equal(KodeEvaluasi.UmpanBalikSasaranTidakValid, ex.Kode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void OlehPenilai_BlankText_Throws(string? teks)
    {
        var ex = Assert.Throws<DomainException>(() => UmpanBalik.OlehPenilai(7, 3, Rhk, null, teks!, Penilai, NipPenilai, T0));
        Assert.Equal(KodeSkp.TeksWajib, ex.Kode);
    }

    [Fact]
    public void OlehPenilai_TextOverTheLimit_Throws()
    {
        var ex = Assert.Throws<DomainException>(() =>
            UmpanBalik.OlehPenilai(7, 3, Rhk, null, new string('x', UmpanBalik.TeksMaxLength + 1), Penilai, NipPenilai, T0));
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, ex.Kode);
        Assert.Equal(UmpanBalik.TeksMaxLength, UmpanBalik.OlehPenilai(7, 3, Rhk, null, new string('x', UmpanBalik.TeksMaxLength), Penilai, NipPenilai, T0).Teks.Length);
    }

    [Fact]
    public void Ubah_ByTheAuthor_ChangesTextAndRecordsWhen()
    {
        var u = UmpanBalik.OlehPenilai(7, 3, Rhk, null, "Awal", Penilai, NipPenilai, T0);

        u.Ubah(" Diperbarui ", Penilai, T0.AddDays(1));

        Assert.Equal(("Diperbarui", (DateTime?)T0.AddDays(1), T0), (u.Teks, u.DiubahUtc, u.DibuatUtc));
    }

    [Fact]
    public void Ubah_BySomeoneElse_ThrowsAndKeepsTheText()
    {
        var u = UmpanBalik.OlehPenilai(7, 3, Rhk, null, "Awal", Penilai, NipPenilai, T0);

        var ex = Assert.Throws<DomainException>(() => u.Ubah("Bukan saya", Pegawai, T0.AddDays(1)));

        Assert.Equal(KodeEvaluasi.UmpanBalikBukanPenulis, ex.Kode);
        Assert.Equal("Awal", u.Teks);
        Assert.Throws<DomainException>(() => u.PastikanPenulis(Pegawai));
        u.PastikanPenulis(Penilai);
        Assert.True(u.DitulisOleh(Penilai));
        Assert.False(u.DitulisOleh(null));
    }

    [Fact]
    public void Minta_StoresTheRequestWaiting()
    {
        var p = Permintaan();

        Assert.Equal((7, 3, Rekan, Penilai, "Mohon masukan", T0), (p.SkpId, p.PeriodeEvaluasiId, p.RekanPegawaiId, p.DimintaOlehPegawaiId, p.Pesan, p.DimintaUtc));
        Assert.Equal(StatusPermintaanMasukan.Menunggu, p.Status);
        Assert.Null(p.SelesaiUtc);
        Assert.Null(PermintaanMasukan.Minta(7, 3, Pegawai, Rekan, Penilai, "  ", T0).Pesan);
    }

    [Theory]
    [InlineData(Pegawai)]
    [InlineData(Penilai)]
    public void Minta_OfTheEmployeeOrThePenilaiThemself_Throws(int rekan)
    {
        var ex = Assert.Throws<DomainException>(() => PermintaanMasukan.Minta(7, 3, Pegawai, rekan, Penilai, null, T0));
        Assert.Equal(KodeEvaluasi.RekanTidakValid, ex.Kode);
    }

    [Fact]
    public void Minta_MessageOverTheLimit_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => PermintaanMasukan.Minta(7, 3, Pegawai, Rekan, Penilai, new string('x', PermintaanMasukan.PesanMaxLength + 1), T0));
        Assert.Equal(KodeSkp.TeksTerlaluPanjang, ex.Kode);
    }

    [Fact]
    public void Jawab_ByThePeer_GivesOnePeerEntryPerNonBlankInputAndMarksAnswered()
    {
        var p = Permintaan();

        var hasil = p.Jawab(Rekan, NipRekan,
            [
                new MasukanRekan(Rhk, null, " Data selalu siap "),
                new MasukanRekan(Guid.NewGuid(), null, "  "),
                new MasukanRekan(null, NilaiBerakhlak.Harmonis, "Ramah"),
                new MasukanRekan(null, NilaiBerakhlak.Loyal, null),
            ],
            T0.AddDays(2));

        Assert.Equal(StatusPermintaanMasukan.Dijawab, p.Status);
        Assert.Equal((DateTime?)T0.AddDays(2), p.SelesaiUtc);
        Assert.Equal(2, hasil.Count);
        Assert.All(hasil, u => Assert.Equal((JenisUmpanBalik.RekanKerja, Rekan, NipRekan, 7, 3), (u.Jenis, u.PenulisPegawaiId, u.PenulisNip, u.SkpId, u.PeriodeEvaluasiId)));
        Assert.Equal(("Data selalu siap", (Guid?)Rhk), (hasil[0].Teks, hasil[0].RhkKunci));
        Assert.Equal(("Ramah", (NilaiBerakhlak?)NilaiBerakhlak.Harmonis), (hasil[1].Teks, hasil[1].NilaiBerakhlak));
    }

    [Fact]
    public void Jawab_WithNothingWritten_ThrowsAndStaysWaiting()
    {
        var p = Permintaan();

        var ex = Assert.Throws<DomainException>(() => p.Jawab(Rekan, NipRekan, [new MasukanRekan(Rhk, null, " ")], T0));

        Assert.Equal(KodeEvaluasi.MasukanWajib, ex.Kode);
        Assert.Equal(StatusPermintaanMasukan.Menunggu, p.Status);
    }

    [Fact]
    public void Jawab_BySomeoneElse_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => Permintaan().Jawab(Pegawai, NipRekan, [new MasukanRekan(Rhk, null, "Teks")], T0));
        Assert.Equal(KodeEvaluasi.PermintaanBukanUntukAnda, ex.Kode);
    }

    [Fact]
    public void Jawab_Twice_Throws()
    {
        var p = Permintaan();
        p.Jawab(Rekan, NipRekan, [new MasukanRekan(Rhk, null, "Teks")], T0);

        var ex = Assert.Throws<DomainException>(() => p.Jawab(Rekan, NipRekan, [new MasukanRekan(Rhk, null, "Lagi")], T0));

        Assert.Equal(KodeEvaluasi.PermintaanTidakMenunggu, ex.Kode);
    }

    [Fact]
    public void Batalkan_WhileWaiting_ByThePenilai_Cancels()
    {
        var p = Permintaan();

        p.Batalkan(Penilai, T0.AddDays(1));

        Assert.Equal((StatusPermintaanMasukan.Dibatalkan, (DateTime?)T0.AddDays(1)), (p.Status, p.SelesaiUtc));
        var ex = Assert.Throws<DomainException>(() => p.Jawab(Rekan, NipRekan, [new MasukanRekan(Rhk, null, "Terlambat")], T0));
        Assert.Equal(KodeEvaluasi.PermintaanTidakMenunggu, ex.Kode);
    }

    [Fact]
    public void Batalkan_AfterAnswer_OrBySomeoneElse_Throws()
    {
        var p = Permintaan();
        Assert.Equal(KodeEvaluasi.PermintaanBukanMilikAnda, Assert.Throws<DomainException>(() => p.Batalkan(Rekan, T0)).Kode);
        p.Jawab(Rekan, NipRekan, [new MasukanRekan(Rhk, null, "Teks")], T0);

        var ex = Assert.Throws<DomainException>(() => p.Batalkan(Penilai, T0));

        Assert.Equal(KodeEvaluasi.PermintaanTidakMenunggu, ex.Kode);
        Assert.Equal(StatusPermintaanMasukan.Dijawab, p.Status);
    }
}
