using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features.Skp;

public class AksiEditorTests
{
    private static SkpForm Form() => new()
    {
        Rhk =
        [
            new RhkForm { Teks = "A", Iki = [new IkiForm { Indikator = "a1" }, new IkiForm { Indikator = "a2" }] },
            new RhkForm { Teks = "B" },
            new RhkForm { Teks = "C", Jenis = JenisRhk.Tambahan },
        ],
    };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(AksiEditor.Simpan)]
    [InlineData(AksiEditor.Ajukan)]
    public void SaveAndSubmit_AreNotRowButtons(string? aksi) => Assert.False(AksiEditor.Terapkan(Form(), aksi));

    [Fact]
    public void TambahRhk_AddsToItsGroupWithOneEmptyIki_ShapedByTheApproach()
    {
        var form = Form();
        form.Pendekatan = PendekatanSkp.Kualitatif;

        Assert.True(AksiEditor.Terapkan(form, AksiEditor.TambahRhkUtama));

        Assert.Equal(["A", "B", null, "C"], form.Rhk.Select(r => r.Teks));
        Assert.Equal(JenisTarget.Narasi, Assert.Single(form.Rhk[2].Iki).JenisTarget);
        AksiEditor.Terapkan(form, AksiEditor.TambahRhkTambahan);
        Assert.Equal(JenisRhk.Tambahan, form.Rhk[^1].Jenis);
    }

    [Fact]
    public void MoveAndRemove_RhkAndIki()
    {
        var form = Form();
        AksiEditor.Terapkan(form, AksiEditor.NaikRhk(1));
        Assert.Equal(["B", "A", "C"], form.Rhk.Select(r => r.Teks));
        AksiEditor.Terapkan(form, AksiEditor.TurunIki(1, 0));
        Assert.Equal(["a2", "a1"], form.Rhk[1].Iki.Select(i => i.Indikator));
        AksiEditor.Terapkan(form, AksiEditor.HapusIki(1, 1));
        Assert.Equal(["a2"], form.Rhk[1].Iki.Select(i => i.Indikator));
        AksiEditor.Terapkan(form, AksiEditor.TambahIki(0));
        Assert.Single(form.Rhk[0].Iki);
        AksiEditor.Terapkan(form, AksiEditor.HapusRhk(0));
        Assert.Equal(["A", "C"], form.Rhk.Select(r => r.Teks));
    }

    [Theory]
    [InlineData("naik-rhk-0")]
    [InlineData("turun-rhk-2")]
    [InlineData("hapus-rhk-9")]
    [InlineData("hapus-rhk--1")]
    [InlineData("hapus-iki-0-7")]
    [InlineData("naik-iki-0-0")]
    [InlineData("tambah-iki-x")]
    [InlineData("pulihkan")]
    [InlineData("apa-saja-1-2-3")]
    public void OutOfRangeOrUnknown_ChangesNothing(string aksi)
    {
        var form = Form();

        Assert.True(AksiEditor.Terapkan(form, aksi));

        Assert.Equal(["A", "B", "C"], form.Rhk.Select(r => r.Teks));
        Assert.Equal(2, form.Rhk[0].Iki.Count);
    }

    [Fact]
    public void ARowWhoseKindChanged_MovesToItsGroup()
    {
        var form = Form();
        form.Rhk[0].Jenis = JenisRhk.Tambahan;

        AksiEditor.Terapkan(form, "pulihkan");

        Assert.Equal(["B", "A", "C"], form.Rhk.Select(r => r.Teks));
    }
}
