using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using TahunEntity = SiKinerja.Domain.Periode.TahunKinerja;

namespace SiKinerja.Web.Features.TahunKinerja;

/// <summary>"Buka tahun": the year, how it is split and its two year-level due dates.</summary>
public sealed class BukaTahunForm
{
    public int? Tahun { get; set; }

    public JenisPeriode JenisPeriode { get; set; }

    public DateOnly? BatasPerencanaan { get; set; }

    public DateOnly? BatasEvaluasiTahunan { get; set; }
}

/// <summary>Every due date of one year, posted together and saved atomically.</summary>
public sealed class BatasForm
{
    public int Id { get; set; }

    public int Version { get; set; }

    public DateOnly? BatasPerencanaan { get; set; }

    public DateOnly? BatasEvaluasiTahunan { get; set; }

    public List<BatasPeriodeForm> Periode { get; set; } = [];
}

public sealed class BatasPeriodeForm
{
    public int Id { get; set; }

    public int Version { get; set; }

    public DateOnly? BatasEvaluasi { get; set; }
}

public sealed class BukaTahunFormValidator : AbstractValidator<BukaTahunForm>
{
    public BukaTahunFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Tahun).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["TahunKinerja.TahunWajib"])
            .Must(x => TahunEntity.TahunWajar(x!.Value)).WithMessage(_ => t["TahunKinerja.TahunDiLuarRentang", TahunEntity.TahunMinimum, TahunEntity.TahunMaksimum])
            .MustAsync(async (x, ct) => !await db.TahunKinerja.AnyAsync(k => k.Tahun == x, ct)).WithMessage(_ => t["TahunKinerja.TahunSudahAda"]);
        RuleFor(x => x.JenisPeriode).IsInEnum().WithMessage(_ => t["TahunKinerja.JenisPeriodeTidakValid"]);
        RuleFor(x => x.BatasPerencanaan).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["TahunKinerja.BatasWajib"])
            .Must((f, b) => f.Tahun is not { } th || !TahunEntity.TahunWajar(th) || TahunEntity.BatasWajar(th, b!.Value))
            .WithMessage(_ => t["TahunKinerja.BatasPerencanaanTidakWajar"]);
        RuleFor(x => x.BatasEvaluasiTahunan).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["TahunKinerja.BatasWajib"])
            .Must((f, b) => f.Tahun is not { } th || !TahunEntity.TahunWajar(th) || TahunEntity.BatasWajar(th, b!.Value))
            .WithMessage(_ => t["TahunKinerja.BatasEvaluasiTahunanTidakWajar"]);
    }
}

/// <summary>Required dates and the same ranges as the domain, so each refusal shows beside its own field.</summary>
public sealed class BatasFormValidator : AbstractValidator<BatasForm>
{
    public BatasFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.BatasPerencanaan).NotNull().WithMessage(_ => t["TahunKinerja.BatasWajib"]);
        RuleFor(x => x.BatasEvaluasiTahunan).NotNull().WithMessage(_ => t["TahunKinerja.BatasWajib"]);
        RuleForEach(x => x.Periode).ChildRules(p => p.RuleFor(x => x.BatasEvaluasi).NotNull().WithMessage(_ => t["TahunKinerja.BatasWajib"]));
        RuleFor(x => x).CustomAsync(async (form, ctx, ct) =>
        {
            var tahun = await db.TahunKinerja.AsNoTracking().Include(k => k.Periode).FirstOrDefaultAsync(k => k.Id == form.Id, ct);
            if (tahun is null)
            {
                return;
            }

            if (form.BatasPerencanaan is { } r && !TahunEntity.BatasWajar(tahun.Tahun, r))
            {
                ctx.AddFailure(nameof(BatasForm.BatasPerencanaan), t["TahunKinerja.BatasPerencanaanTidakWajar"]);
            }

            if (form.BatasEvaluasiTahunan is { } e && !TahunEntity.BatasWajar(tahun.Tahun, e))
            {
                ctx.AddFailure(nameof(BatasForm.BatasEvaluasiTahunan), t["TahunKinerja.BatasEvaluasiTahunanTidakWajar"]);
            }

            for (var i = 0; i < form.Periode.Count; i++)
            {
                var p = tahun.Periode.FirstOrDefault(x => x.Id == form.Periode[i].Id);
                if (p is not null && form.Periode[i].BatasEvaluasi is { } b && !p.BatasWajar(b))
                {
                    ctx.AddFailure($"{nameof(BatasForm.Periode)}[{i}].{nameof(BatasPeriodeForm.BatasEvaluasi)}", t["TahunKinerja.BatasEvaluasiTidakWajar", p.Nomor]);
                }
            }
        });
    }
}
