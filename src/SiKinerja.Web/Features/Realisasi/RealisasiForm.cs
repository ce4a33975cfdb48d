using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Realisasi;

/// <summary>
/// The whole realisasi page in one post: per IKI (by its stable <see cref="RealisasiIkiForm.Kunci"/>) the rencana aksi
/// and the realisasi, and the self-assessment note. Numbers and dates are posted as text so nothing typed is lost when
/// the page comes back with a message. <see cref="Version"/> is the stored realisasi's (0: none stored yet).
/// </summary>
public sealed class RealisasiForm
{
    /// <summary>Far beyond any plan (20 IKI per RHK in the editor); a larger post is not this page.</summary>
    public const int IkiMaksimumForm = 1000;

    public int Version { get; set; }

    public string? CatatanMandiri { get; set; }

    public List<RealisasiIkiForm> Iki { get; set; } = [];
}

public sealed class RealisasiIkiForm
{
    public Guid Kunci { get; set; }

    public string? RencanaAksi { get; set; }

    /// <summary>For an Angka or Rentang target (Indonesian or international decimal mark).</summary>
    public string? RealisasiAngka { get; set; }

    /// <summary>For a Tanggal target: <c>yyyy-MM-dd</c> as the date input posts it.</summary>
    public string? RealisasiTanggal { get; set; }

    public string? RealisasiTeks { get; set; }

    public static bool TryTanggal(string? teks, out DateOnly? tanggal)
    {
        tanggal = null;
        if (string.IsNullOrWhiteSpace(teks))
        {
            return true;
        }

        if (DateOnly.TryParseExact(teks.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || DateOnly.TryParseExact(teks.Trim(), ["d/M/yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            tanggal = d;
            return true;
        }

        return false;
    }
}

/// <summary>A link as bukti dukung of one IKI.</summary>
public sealed class TautanBuktiForm
{
    public Guid Kunci { get; set; }

    public string? Url { get; set; }

    public string? Keterangan { get; set; }
}

/// <summary>An uploaded file as bukti dukung of one IKI (checked by content in the file store).</summary>
public sealed class UnggahBuktiForm
{
    public Guid Kunci { get; set; }

    public IFormFile? Berkas { get; set; }

    public string? Keterangan { get; set; }
}

/// <summary>
/// Input shape of the page: lengths, numbers that parse and can be stored (not negative), dates that parse. Keys are
/// the field names the page renders (<c>Iki[2].RealisasiAngka</c>) so each message shows beside its field. Which IKI
/// belong to the SKP, and which realisasi a target takes, is checked by <see cref="RealisasiService"/>.
/// </summary>
public sealed class RealisasiFormValidator : AbstractValidator<RealisasiForm>
{
    public RealisasiFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.CatatanMandiri).Must(x => (x?.Trim().Length ?? 0) <= RealisasiPeriode.CatatanMandiriMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", RealisasiPeriode.CatatanMandiriMaxLength]);
        RuleFor(x => x.Iki.Count).LessThanOrEqualTo(RealisasiForm.IkiMaksimumForm).OverridePropertyName(string.Empty)
            .WithMessage(_ => t["Umum.IsianTidakValid"]);
        RuleForEach(x => x.Iki).ChildRules(i =>
        {
            i.RuleFor(x => x.Kunci).NotEqual(Guid.Empty).WithMessage(_ => t["Umum.IsianTidakValid"]);
            i.RuleFor(x => x.RencanaAksi).Must(x => (x?.Trim().Length ?? 0) <= RealisasiIki.RencanaAksiMaxLength)
                .WithMessage(_ => t["Umum.TerlaluPanjang", RealisasiIki.RencanaAksiMaxLength]);
            i.RuleFor(x => x.RealisasiTeks).Must(x => (x?.Trim().Length ?? 0) <= RealisasiIki.RealisasiTeksMaxLength)
                .WithMessage(_ => t["Umum.TerlaluPanjang", RealisasiIki.RealisasiTeksMaxLength]);
            i.RuleFor(x => x.RealisasiAngka).Cascade(CascadeMode.Stop)
                .Must(x => Angka.TryParse(x, out var n) && (n is null || n.Value <= Target.BatasNilai))
                .WithMessage(_ => t["Realisasi.AngkaTidakValid", Target.BatasNilai])
                .Must(x => Angka.TryParse(x, out var n) && n is not < 0)
                .WithMessage(_ => t[KodeEvaluasi.RealisasiNegatif]);
            i.RuleFor(x => x.RealisasiTanggal).Must(x => RealisasiIkiForm.TryTanggal(x, out _))
                .WithMessage(_ => t["Realisasi.TanggalTidakValid"]);
        });
    }
}
