using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Pegawai;

/// <summary>Create/edit form of an employee record. Birth date, TMT CPNS and gender come from the NIP.</summary>
public sealed class PegawaiForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string Nip { get; set; } = string.Empty;

    public string? GelarDepan { get; set; }

    public string Nama { get; set; } = string.Empty;

    public string? GelarBelakang { get; set; }

    public JenisPegawai JenisPegawai { get; set; } = JenisPegawai.Pns;

    public string Golongan { get; set; } = string.Empty;

    /// <summary>TMT of the current golongan (optional; not before TMT CPNS, which comes from the NIP).</summary>
    public DateOnly? TmtGolongan { get; set; }

    public int? JabatanId { get; set; }

    /// <summary>The position when the edit form was opened: only decides whether the TMT field is shown; not trusted on post.</summary>
    public int? JabatanIdAwal { get; set; }

    /// <summary>
    /// TMT of a new position (edit only, used when the position changes; default today): the current SKP ends the day
    /// before. Must fall inside a performance year that is open.
    /// </summary>
    public DateOnly? TanggalMulaiJabatan { get; set; }

    /// <summary>Shown in the position picker; not trusted on post.</summary>
    public string? NamaJabatan { get; set; }

    public string? Email { get; set; }

    public string? SiasnId { get; set; }
}

public sealed class PegawaiFormValidator : AbstractValidator<PegawaiForm>
{
    public PegawaiFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Nip).Custom((nip, ctx) =>
        {
            var error = Domain.Kepegawaian.Nip.Validate(nip, out _);
            if (error != NipError.None)
            {
                ctx.AddFailure(nameof(PegawaiForm.Nip), t["Nip." + error]);
            }
        });
        RuleFor(x => x.Nip)
            .MustAsync(async (form, nip, ct) =>
            {
                var normal = Domain.Kepegawaian.Nip.Normalize(nip);
                return !await db.Pegawai.AnyAsync(p => p.Nip == normal && p.Id != (form.Id ?? 0), ct);
            })
            .When(x => Domain.Kepegawaian.Nip.Validate(x.Nip, out _) == NipError.None)
            .WithMessage(_ => t["Pegawai.NipSudahAda"]);
        RuleFor(x => x.Nama).NotEmpty().WithMessage(_ => t["Pegawai.NamaWajib"])
            .MaximumLength(Domain.Kepegawaian.Pegawai.NamaMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Domain.Kepegawaian.Pegawai.NamaMaxLength]);
        RuleFor(x => x.GelarDepan).MaximumLength(Domain.Kepegawaian.Pegawai.GelarMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", Domain.Kepegawaian.Pegawai.GelarMaxLength]);
        RuleFor(x => x.GelarBelakang).MaximumLength(Domain.Kepegawaian.Pegawai.GelarMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", Domain.Kepegawaian.Pegawai.GelarMaxLength]);
        RuleFor(x => x.JenisPegawai).IsInEnum();
        RuleFor(x => x.Golongan)
            .Must((form, g) => Domain.Kepegawaian.Golongan.TryParse(g, form.JenisPegawai, out _))
            .WithMessage(form => form.JenisPegawai == JenisPegawai.Pns ? t["Pegawai.GolonganPnsTidakValid"] : t["Pegawai.GolonganPppkTidakValid"]);
        RuleFor(x => x.TmtGolongan)
            .Must((form, tmt) => tmt is null || Domain.Kepegawaian.Nip.Validate(form.Nip, out _) != NipError.None
                || tmt.Value >= Domain.Kepegawaian.Nip.Parse(form.Nip).TmtCpns)
            .WithMessage(_ => t["Pegawai.TmtGolonganSebelumCpns"]);
        RuleFor(x => x.JabatanId)
            .MustAsync(async (id, ct) => id is null || await db.Jabatan.AnyAsync(j => j.Id == id && j.Aktif, ct))
            .WithMessage(_ => t["Pegawai.JabatanTidakDikenal"]);
        RuleFor(x => x.TanggalMulaiJabatan).CustomAsync(async (tmt, ctx, ct) =>
        {
            var form = ctx.InstanceToValidate;
            if (form.Id is not { } id || tmt is not { } tanggal)
            {
                return;
            }

            var jabatanLama = await db.Pegawai.Where(p => p.Id == id).Select(p => p.JabatanId).FirstOrDefaultAsync(ct);
            if (jabatanLama == form.JabatanId)
            {
                return;
            }

            var dibuka = await db.TahunKinerja.Where(t => t.Status == StatusTahunKinerja.Dibuka)
                .OrderBy(t => t.Tahun).Select(t => t.Tahun).ToListAsync(ct);
            if (dibuka.Count > 0 && !dibuka.Contains(tanggal.Year))
            {
                ctx.AddFailure(nameof(PegawaiForm.TanggalMulaiJabatan), t["Pegawai.TanggalMulaiJabatanDiLuarTahun", string.Join(", ", dibuka)]);
            }
        });
        RuleFor(x => x.Email).EmailAddress().WithMessage(_ => t["Umum.EmailTidakValid"])
            .MaximumLength(Domain.Kepegawaian.Pegawai.EmailMaxLength)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.SiasnId).MaximumLength(Domain.Kepegawaian.Pegawai.SiasnIdMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", Domain.Kepegawaian.Pegawai.SiasnIdMaxLength]);
    }
}

/// <summary>Change of employment status: pensiun, mutasi keluar, meninggal… with the date, or back to aktif.</summary>
public sealed class StatusPegawaiForm
{
    public int Id { get; set; }

    public int Version { get; set; }

    public StatusPegawai Status { get; set; }

    public DateOnly? Tanggal { get; set; }
}

public sealed class StatusPegawaiFormValidator : AbstractValidator<StatusPegawaiForm>
{
    public StatusPegawaiFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Tanggal).NotNull().When(x => x.Status != StatusPegawai.Aktif).WithMessage(_ => t["Pegawai.TanggalStatusWajib"]);
        RuleFor(x => x.Tanggal)
            .Must(d => d is null || d.Value <= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddYears(1))
            .WithMessage(_ => t["Pegawai.TanggalStatusTerlaluJauh"]);
    }
}
