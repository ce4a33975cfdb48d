using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.UmpanBalik;

/// <summary>
/// What one feedback entry is about, as posted in a hidden field: <c>rhk:{Kunci}</c> for an RHK or <c>nilai:{NilaiBerakhlak}</c>
/// for a BerAKHLAK value.
/// </summary>
public readonly record struct SasaranUmpanBalik(Guid? RhkKunci, NilaiBerakhlak? Nilai)
{
    public static string Rhk(Guid kunci) => $"rhk:{kunci:D}";

    public static string Perilaku(NilaiBerakhlak nilai) => $"nilai:{nilai}";

    public static bool TryParse(string? teks, [NotNullWhen(true)] out SasaranUmpanBalik? sasaran)
    {
        sasaran = null;
        if (teks is null)
        {
            return false;
        }

        if (teks.StartsWith("rhk:", StringComparison.Ordinal) && Guid.TryParseExact(teks[4..], "D", out var kunci) && kunci != Guid.Empty)
        {
            sasaran = new SasaranUmpanBalik(kunci, null);
            return true;
        }

        if (teks.StartsWith("nilai:", StringComparison.Ordinal) && Enum.TryParse<NilaiBerakhlak>(teks[6..], ignoreCase: false, out var nilai)
            && Enum.IsDefined(nilai) && !char.IsDigit(teks[6]))
        {
            sasaran = new SasaranUmpanBalik(null, nilai);
            return true;
        }

        return false;
    }
}

/// <summary>The pejabat penilai adds feedback to one thread.</summary>
public sealed class TambahUmpanBalikForm
{
    public string? Sasaran { get; set; }

    public string? Teks { get; set; }
}

/// <summary>The pejabat penilai edits their own entry.</summary>
public sealed class UbahUmpanBalikForm
{
    public int Version { get; set; }

    public string? Teks { get; set; }
}

/// <summary>The pejabat penilai asks a coworker of the employee for input.</summary>
public sealed class MintaMasukanForm
{
    public int? RekanPegawaiId { get; set; }

    public string? Pesan { get; set; }
}

/// <summary>The peer's answer: a text per RHK (<c>Rhk[Kunci]</c>) and per value (<c>Nilai[Akuntabel]</c>), at least one.</summary>
public sealed class JawabPermintaanForm
{
    public int Version { get; set; }

    public Dictionary<Guid, string?> Rhk { get; set; } = [];

    public Dictionary<NilaiBerakhlak, string?> Nilai { get; set; } = [];

    public static string KunciRhk(Guid kunci) => $"{nameof(Rhk)}[{kunci:D}]";

    public static string KunciNilai(NilaiBerakhlak nilai) => $"{nameof(Nilai)}[{nilai}]";
}

internal static class AturanTeks
{
    public static void TeksUmpanBalik<T>(this IRuleBuilderInitial<T, string?> rule, IStringLocalizer<SharedResource> t) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(x => !string.IsNullOrWhiteSpace(x)).WithMessage(_ => t["UmpanBalik.TeksWajib"])
            .Must(x => x!.Trim().Length <= Domain.Evaluasi.UmpanBalik.TeksMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", Domain.Evaluasi.UmpanBalik.TeksMaxLength]);
}

public sealed class TambahUmpanBalikFormValidator : AbstractValidator<TambahUmpanBalikForm>
{
    public TambahUmpanBalikFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Sasaran).Must(s => SasaranUmpanBalik.TryParse(s, out _)).WithMessage(_ => t["UmpanBalik.SasaranWajib"]);
        RuleFor(x => x.Teks).TeksUmpanBalik(t);
    }
}

public sealed class UbahUmpanBalikFormValidator : AbstractValidator<UbahUmpanBalikForm>
{
    public UbahUmpanBalikFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Teks).TeksUmpanBalik(t);
    }
}

public sealed class MintaMasukanFormValidator : AbstractValidator<MintaMasukanForm>
{
    public MintaMasukanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.RekanPegawaiId).Must(id => id is > 0).WithMessage(_ => t["UmpanBalik.RekanWajib"]);
        RuleFor(x => x.Pesan).Must(p => p is null || p.Trim().Length <= PermintaanMasukan.PesanMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", PermintaanMasukan.PesanMaxLength]);
    }
}

public sealed class JawabPermintaanFormValidator : AbstractValidator<JawabPermintaanForm>
{
    public JawabPermintaanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x).Custom((form, context) =>
        {
            var ada = false;
            foreach (var (kunci, teks) in form.Rhk.Select(x => (JawabPermintaanForm.KunciRhk(x.Key), x.Value))
                         .Concat(form.Nilai.Select(x => (JawabPermintaanForm.KunciNilai(x.Key), x.Value))))
            {
                var bersih = teks?.Trim();
                if (string.IsNullOrEmpty(bersih))
                {
                    continue;
                }

                ada = true;
                if (bersih.Length > Domain.Evaluasi.UmpanBalik.TeksMaxLength)
                {
                    context.AddFailure(new ValidationFailure(kunci, t["Umum.TerlaluPanjang", Domain.Evaluasi.UmpanBalik.TeksMaxLength]));
                }
            }

            if (!ada)
            {
                context.AddFailure(new ValidationFailure(string.Empty, t[KodeEvaluasi.MasukanWajib]));
            }
        });
    }
}
