using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Moq;
using SiKinerja.Domain.Skp;
using SiKinerja.Web;
using SiKinerja.Web.Features.PenilaianSkp;

namespace SiKinerja.UnitTests.Features;

public class KotakMasukTests
{
    private const int Saya = 1;
    private static readonly DateTime Waktu = new(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);

    private static BawahanData Bawahan(int id, string nama) => new(id, $"NIP{id}", nama, "Analis");

    private static SkpData Skp(int id, int pegawaiId, StatusSkp status, int? penilai = Saya, int bulanMulai = 1, int revisi = 1, DateTime? diajukan = null) =>
        new(id, pegawaiId, penilai, new DateOnly(2026, bulanMulai, 1), new DateOnly(2026, 12, 31), status, revisi, $"NIP{pegawaiId}", $"Snapshot {pegawaiId}", "Analis", diajukan);

    [Fact]
    public void Susun_WaitingRowsFirst_OldestSubmissionFirst_ThenByName()
    {
        var baris = KotakMasuk.Susun(
            Saya,
            [Bawahan(10, "Citra"), Bawahan(11, "Andi"), Bawahan(12, "Budi"), Bawahan(13, "Dedi")],
            [
                Skp(100, 10, StatusSkp.Draft),
                Skp(101, 11, StatusSkp.Diajukan, diajukan: Waktu.AddDays(2)),
                Skp(102, 12, StatusSkp.Diajukan, diajukan: Waktu),
            ]);

        Assert.Equal([102, 101, 100, null], baris.Select(b => b.SkpId));
        Assert.Equal(["Budi", "Andi", "Citra", "Dedi"], baris.Select(b => b.NamaLengkap));
        Assert.Equal(StatusBaris.BelumDibuat, baris.Single(b => b.PegawaiId == 13).Status);
        Assert.Equal(new JumlahStatus(2, 0, 0, 1, 1), KotakMasuk.Hitung(baris));
    }

    [Fact]
    public void Susun_SubordinateWithTwoSegments_ShowsTheLatestAndTheOlderOneOfMineAsItsOwnRow()
    {
        var baris = KotakMasuk.Susun(
            Saya,
            [Bawahan(10, "Citra")],
            [Skp(100, 10, StatusSkp.Diajukan, bulanMulai: 1), Skp(101, 10, StatusSkp.Draft, bulanMulai: 7)]);

        Assert.Equal(2, baris.Count);
        Assert.Equal((100, false, true), (baris[0].SkpId, baris[0].Bawahan, baris[0].PerluTindakan));
        Assert.Equal((101, true), (baris[1].SkpId, baris[1].Bawahan));
    }

    [Fact]
    public void Susun_SegmentOfSomeoneWhoMovedAway_IsListedFromItsSnapshot_AndAnotherPenilaisOldSegmentIsNot()
    {
        var baris = KotakMasuk.Susun(
            Saya,
            [Bawahan(10, "Citra")],
            [
                Skp(100, 20, StatusSkp.Diajukan, diajukan: Waktu), // moved away: I am still its penilai
                Skp(101, 10, StatusSkp.Disetujui, penilai: 2, bulanMulai: 1), // my new report's old segment with their old supervisor
                Skp(102, 10, StatusSkp.Draft, bulanMulai: 5),
            ]);

        Assert.Equal([100, 102], baris.Select(b => b.SkpId));
        Assert.Equal(("Snapshot 20", false), (baris[0].NamaLengkap, baris[0].Bawahan));
    }

    [Fact]
    public void Terkini_PicksTheLatestSegmentThenTheHighestRevision()
    {
        var hasil = KotakMasuk.Terkini([Skp(1, 10, StatusSkp.Disetujui, bulanMulai: 1), Skp(2, 10, StatusSkp.Draft, bulanMulai: 6, revisi: 1), Skp(3, 10, StatusSkp.Draft, bulanMulai: 6, revisi: 2)]);
        Assert.Equal(3, hasil!.Id);
        Assert.Null(KotakMasuk.Terkini([]));
    }
}

public class AturanAksesPenilaianTests
{
    [Theory]
    [InlineData(5, false, AksesPenilaian.Bertindak)] // the pejabat penilai
    [InlineData(6, false, AksesPenilaian.Baca)] // the atasan pejabat penilai
    [InlineData(9, true, AksesPenilaian.Baca)] // Admin BKD
    [InlineData(7, false, AksesPenilaian.Ditolak)] // the employee themself or anyone else
    [InlineData(null, false, AksesPenilaian.Ditolak)] // an account without an employee record
    public void Untuk_GivesTheRightAccess(int? saya, bool admin, AksesPenilaian diharapkan)
    {
        Assert.Equal(diharapkan, AturanAksesPenilaian.Untuk(saya, admin, 5, 6));
    }

    [Fact]
    public void Untuk_SkpWithoutPenilai_NobodyActs()
    {
        Assert.Equal(AksesPenilaian.Ditolak, AturanAksesPenilaian.Untuk(5, false, null, null));
    }
}

public class PenilaianSkpFormTests
{
    private static readonly string[] JumlahKunci = ["PerluTindakan", "Dikembalikan", "Disetujui", "Draft", "BelumDibuat"];

    private static IStringLocalizer<SharedResource> T()
    {
        var t = new Mock<IStringLocalizer<SharedResource>>();
        t.Setup(x => x[It.IsAny<string>()]).Returns((string k) => new LocalizedString(k, k));
        t.Setup(x => x[It.IsAny<string>(), It.IsAny<object[]>()]).Returns((string k, object[] _) => new LocalizedString(k, k));
        return t.Object;
    }

    [Fact]
    public void Setujui_AllSeven_IsValid_OneBlankOrTooLong_IsAnErrorOnItsField()
    {
        var validator = new SetujuiFormValidator(T());
        var form = new SetujuiForm { Ekspektasi = Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => (string?)$"Harapan {n}") };
        Assert.True(validator.Validate(form).IsValid);

        form.Ekspektasi[NilaiBerakhlak.Loyal] = "  ";
        form.Ekspektasi.Remove(NilaiBerakhlak.Adaptif);
        form.Ekspektasi[NilaiBerakhlak.Kompeten] = new string('x', EkspektasiPimpinan.TeksMaxLength + 1);
        var hasil = validator.Validate(form);

        Assert.Equal(
            ["Ekspektasi[Adaptif]", "Ekspektasi[Kompeten]", "Ekspektasi[Loyal]"],
            hasil.Errors.Select(e => e.PropertyName).Order());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("  ", false)]
    [InlineData("Perbaiki target RHK 2", true)]
    public void Kembalikan_NeedsANote(string? catatan, bool valid)
    {
        Assert.Equal(valid, new KembalikanFormValidator(T()).Validate(new KembalikanForm { Catatan = catatan }).IsValid);
    }

    [Fact]
    public void MatriksForm_Urai_ReadsCellsAndRefusesMalformedOnes()
    {
        Assert.Equal([(3, 4), (5, 6)], MatriksForm.Urai(["3:4", "5:6", "3:4"])!.Order());
        Assert.Null(MatriksForm.Urai(["3:4", "x:1"]));
        Assert.Null(MatriksForm.Urai(["-3:4"]));
        Assert.Null(MatriksForm.Urai(["34"]));
        Assert.Equal("12:34", MatriksForm.Kunci(12, 34));
    }

    [Fact]
    public void EveryKeyBuiltFromAnEnum_HasIndonesianAndEnglishText()
    {
        var rm = new ResourceManager("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        IEnumerable<string> Kunci<TEnum>(string awalan)
            where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => $"PenilaianSkp.{awalan}.{n}");
        var semua = Kunci<StatusBaris>("Status").Concat(Kunci<JenisRhk>("Jenis")).Concat(Kunci<HasilPeranHasil>("Keadaan"))
            .Concat(JumlahKunci.Select(k => $"PenilaianSkp.Jumlah.{k}"));

        Assert.All(semua, k =>
        {
            Assert.False(string.IsNullOrEmpty(rm.GetString(k, CultureInfo.InvariantCulture)), k);
            Assert.False(string.IsNullOrEmpty(rm.GetString(k, new CultureInfo("en"))), k);
        });
    }
}
