using FluentValidation;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Web.Features.HasilEvaluasi;

/// <summary>The employee acknowledges the final evaluation (only the version: a stale page gets the conflict message).</summary>
public sealed class TerimaForm
{
    public const string Awalan = "Terima";

    public int Version { get; set; }
}

/// <summary>The employee's keberatan: a required reason.</summary>
public sealed class KeberatanForm
{
    public const string Awalan = "Keberatan";

    public int Version { get; set; }

    public string? Alasan { get; set; }
}

/// <summary>The atasan pejabat penilai accepts the keberatan, with an optional note.</summary>
public sealed class TerimaKeberatanForm
{
    public const string Awalan = "TerimaKeberatan";

    public int Version { get; set; }

    public string? Catatan { get; set; }
}

/// <summary>The atasan pejabat penilai rejects the keberatan, with a required reason.</summary>
public sealed class TolakKeberatanForm
{
    public const string Awalan = "TolakKeberatan";

    public int Version { get; set; }

    public string? Alasan { get; set; }
}

/// <summary>The Admin BKD reopens a final evaluation, with a required reason.</summary>
public sealed class BukaKembaliForm
{
    public const string Awalan = "BukaKembali";

    public int Version { get; set; }

    public string? Alasan { get; set; }
}

internal static class AturanAlasan
{
    public static void Wajib<T>(IRuleBuilderInitial<T, string?> rule, IStringLocalizer<SharedResource> t) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage(_ => t[KodeEvaluasi.AlasanWajib])
            .Must(a => a!.Trim().Length <= EvaluasiPeriode.AlasanMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", EvaluasiPeriode.AlasanMaxLength]);
}

public sealed class KeberatanFormValidator : AbstractValidator<KeberatanForm>
{
    public KeberatanFormValidator(IStringLocalizer<SharedResource> t) => AturanAlasan.Wajib(RuleFor(x => x.Alasan), t);
}

public sealed class TolakKeberatanFormValidator : AbstractValidator<TolakKeberatanForm>
{
    public TolakKeberatanFormValidator(IStringLocalizer<SharedResource> t) => AturanAlasan.Wajib(RuleFor(x => x.Alasan), t);
}

public sealed class BukaKembaliFormValidator : AbstractValidator<BukaKembaliForm>
{
    public BukaKembaliFormValidator(IStringLocalizer<SharedResource> t) => AturanAlasan.Wajib(RuleFor(x => x.Alasan), t);
}

public sealed class TerimaKeberatanFormValidator : AbstractValidator<TerimaKeberatanForm>
{
    public TerimaKeberatanFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(x => x.Catatan).Must(c => c is null || c.Trim().Length <= EvaluasiPeriode.AlasanMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", EvaluasiPeriode.AlasanMaxLength]);
}
