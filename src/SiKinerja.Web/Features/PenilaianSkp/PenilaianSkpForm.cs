using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.PenilaianSkp;

/// <summary>Approval: one Ekspektasi Khusus Pimpinan per BerAKHLAK value (posted as <c>Setujui.Ekspektasi[Nilai]</c>) and an optional note.</summary>
public sealed class SetujuiForm
{
    public const string Awalan = "Setujui";

    public int Version { get; set; }

    public Dictionary<NilaiBerakhlak, string?> Ekspektasi { get; set; } = [];

    public string? Catatan { get; set; }

    public static string KunciEkspektasi(NilaiBerakhlak nilai) => $"{nameof(Ekspektasi)}[{nilai}]";
}

/// <summary>Return to the employee with a required note explaining what to fix.</summary>
public sealed class KembalikanForm
{
    public const string Awalan = "Kembalikan";

    public int Version { get; set; }

    public string? Catatan { get; set; }
}

/// <summary>All seven values required (as the domain requires), each within the domain's length.</summary>
public sealed class SetujuiFormValidator : AbstractValidator<SetujuiForm>
{
    public SetujuiFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x).Custom((form, context) =>
        {
            foreach (var p in PerilakuKerja.Semua)
            {
                var teks = form.Ekspektasi.GetValueOrDefault(p.Nilai)?.Trim();
                if (string.IsNullOrEmpty(teks))
                {
                    context.AddFailure(new ValidationFailure(SetujuiForm.KunciEkspektasi(p.Nilai), t["PenilaianSkp.EkspektasiWajib", p.Nama]));
                }
                else if (teks.Length > EkspektasiPimpinan.TeksMaxLength)
                {
                    context.AddFailure(new ValidationFailure(SetujuiForm.KunciEkspektasi(p.Nilai), t["Umum.TerlaluPanjang", EkspektasiPimpinan.TeksMaxLength]));
                }
            }
        });
        RuleFor(x => x.Catatan).MaximumLength(RiwayatStatusSkp.CatatanMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", RiwayatStatusSkp.CatatanMaxLength]);
    }
}

public sealed class KembalikanFormValidator : AbstractValidator<KembalikanForm>
{
    public KembalikanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Catatan).Cascade(CascadeMode.Stop)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(_ => t["PenilaianSkp.CatatanWajib"])
            .Must(c => c!.Trim().Length <= RiwayatStatusSkp.CatatanMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", RiwayatStatusSkp.CatatanMaxLength]);
    }
}
