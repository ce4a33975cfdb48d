using FluentValidation.TestHelper;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Skp;
using SiKinerja.Web;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.UnitTests.Features.Skp;

public class SkpFormValidatorTests
{
    private readonly SkpFormValidator _validator = new(new KunciSaja());

    private static SkpForm Satu(Action<RhkForm, IkiForm> ubah)
    {
        var iki = new IkiForm { Indikator = "Jumlah", Nilai = "12", Satuan = "laporan" };
        var rhk = new RhkForm { Teks = "RHK", Iki = [iki] };
        ubah(rhk, iki);
        return new SkpForm { Pendekatan = PendekatanSkp.Kuantitatif, Rhk = [rhk] };
    }

    [Fact]
    public void CompleteForm_IsValid() => _validator.TestValidate(Satu((_, _) => { })).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void IncompleteTargets_AreLeftToTheSmartCheck() =>
        _validator.TestValidate(Satu((_, i) => { i.Nilai = null; i.Satuan = null; })).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void BlankOrOverlongTexts_AreRefusedBesideTheirField()
    {
        _validator.TestValidate(Satu((r, _) => r.Teks = "  ")).ShouldHaveValidationErrorFor("Rhk[0].Teks").WithErrorMessage("Skp.Form.RhkWajib");
        _validator.TestValidate(Satu((r, _) => r.Teks = new string('x', RencanaHasilKerja.TeksMaxLength + 1))).ShouldHaveValidationErrorFor("Rhk[0].Teks");
        _validator.TestValidate(Satu((_, i) => i.Indikator = null)).ShouldHaveValidationErrorFor("Rhk[0].Iki[0].Indikator");
        _validator.TestValidate(Satu((_, i) => i.Satuan = new string('x', Target.SatuanMaxLength + 1))).ShouldHaveValidationErrorFor("Rhk[0].Iki[0].Satuan");
        _validator.TestValidate(Satu((_, i) => { i.JenisTarget = JenisTarget.Narasi; i.Narasi = ""; })).ShouldHaveValidationErrorFor("Rhk[0].Iki[0].Narasi");
        _validator.TestValidate(Satu((_, i) => i.JenisTarget = JenisTarget.Tanggal)).ShouldHaveValidationErrorFor("Rhk[0].Iki[0].Tanggal");
        var lampiran = Satu((_, _) => { });
        lampiran.Konsekuensi = new string('x', LampiranSkp.TeksMaxLength + 1);
        _validator.TestValidate(lampiran).ShouldHaveValidationErrorFor(nameof(JenisLampiran.Konsekuensi));
    }

    [Theory]
    [InlineData("dua belas")]
    [InlineData("100000000000000")]
    [InlineData("-100000000000000")]
    public void NumbersThatCannotBeStored_AreRefused(string nilai) =>
        _validator.TestValidate(Satu((_, i) => i.Nilai = nilai)).ShouldHaveValidationErrorFor("Rhk[0].Iki[0].Nilai");

    [Fact]
    public void ForgedEnumsAndBothLinks_AreRefused()
    {
        _validator.TestValidate(Satu((r, _) => r.Jenis = (JenisRhk)9)).ShouldHaveValidationErrorFor("Rhk[0].Jenis");
        _validator.TestValidate(Satu((_, i) => i.Aspek = (AspekIki)9)).ShouldHaveValidationErrorFor("Rhk[0].Iki[0].Aspek");
        _validator.TestValidate(Satu((r, _) => { r.RhkAtasanId = 1; r.SasaranOrganisasiId = 2; })).ShouldHaveValidationErrorFor("Rhk[0].RhkAtasanId");
    }

    [Fact]
    public void TooManyRows_IsRefused()
    {
        var form = Satu((_, _) => { });
        form.Rhk = [.. Enumerable.Range(0, SkpFormValidator.RhkMaksimumForm + 1).Select(n => new RhkForm { Teks = $"R{n}" })];
        Assert.False(_validator.Validate(form).IsValid);
    }

    private sealed class KunciSaja : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
