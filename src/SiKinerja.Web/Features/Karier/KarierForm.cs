using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Karier;

/// <summary>Add/edit form of a penghargaan.</summary>
public sealed class PenghargaanForm
{
    public int? Id { get; set; }

    public int PegawaiId { get; set; }

    public int Version { get; set; }

    public JenisPenghargaan? Jenis { get; set; }

    public string? Nama { get; set; }

    public string? Pemberi { get; set; }

    public string? NomorSk { get; set; }

    public DateOnly? TanggalSk { get; set; }

    public string? Keterangan { get; set; }
}

public sealed class PenghargaanFormValidator : AbstractValidator<PenghargaanForm>
{
    public PenghargaanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Jenis).NotNull().WithMessage(_ => t["Umum.Wajib"]).IsInEnum().WithMessage(_ => t["Umum.NilaiTidakValid"]);
        RuleFor(x => x.Nama).NotEmpty().When(x => x.Jenis == JenisPenghargaan.Lainnya).WithMessage(_ => t["Karier.NamaWajibLainnya"]);
        RuleFor(x => x.Nama).MaximumLength(Penghargaan.NamaMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Penghargaan.NamaMaxLength]);
        RuleFor(x => x.Pemberi).MaximumLength(Penghargaan.PemberiMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Penghargaan.PemberiMaxLength]);
        RuleFor(x => x.NomorSk).NotEmpty().WithMessage(_ => t["Karier.NomorSkWajib"])
            .MaximumLength(Penghargaan.NomorSkMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Penghargaan.NomorSkMaxLength]);
        RuleFor(x => x.TanggalSk).NotNull().WithMessage(_ => t["Karier.TanggalSkWajib"]);
        RuleFor(x => x.Keterangan).MaximumLength(Penghargaan.KeteranganMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Penghargaan.KeteranganMaxLength]);
    }
}

/// <summary>Add/edit form of a hukuman disiplin.</summary>
public sealed class HukumanForm
{
    public int? Id { get; set; }

    public int PegawaiId { get; set; }

    public int Version { get; set; }

    public TingkatHukuman? Tingkat { get; set; }

    public string? Jenis { get; set; }

    public string? NomorSk { get; set; }

    public DateOnly? TanggalSk { get; set; }

    public DateOnly? TmtMulai { get; set; }

    public DateOnly? TmtSelesai { get; set; }

    public string? Keterangan { get; set; }
}

public sealed class HukumanFormValidator : AbstractValidator<HukumanForm>
{
    public HukumanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Tingkat).NotNull().WithMessage(_ => t["Umum.Wajib"]).IsInEnum().WithMessage(_ => t["Umum.NilaiTidakValid"]);
        RuleFor(x => x.Jenis).NotEmpty().WithMessage(_ => t["Karier.JenisHukumanWajib"])
            .MaximumLength(HukumanDisiplin.JenisMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", HukumanDisiplin.JenisMaxLength]);
        RuleFor(x => x.NomorSk).NotEmpty().WithMessage(_ => t["Karier.NomorSkWajib"])
            .MaximumLength(HukumanDisiplin.NomorSkMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", HukumanDisiplin.NomorSkMaxLength]);
        RuleFor(x => x.TanggalSk).NotNull().WithMessage(_ => t["Karier.TanggalSkWajib"]);
        RuleFor(x => x.TmtMulai).NotNull().WithMessage(_ => t["Karier.TmtMulaiWajib"]);
        RuleFor(x => x.TmtSelesai).Must((f, s) => s is null || f.TmtMulai is null || s >= f.TmtMulai).WithMessage(_ => t[KodeKarier.TanggalTerbalik]);
        RuleFor(x => x.Keterangan).MaximumLength(HukumanDisiplin.KeteranganMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", HukumanDisiplin.KeteranganMaxLength]);
    }
}

/// <summary>Add/edit form of a step of the pangkat history.</summary>
public sealed class PangkatForm
{
    public int? Id { get; set; }

    public int PegawaiId { get; set; }

    public int Version { get; set; }

    public string? Golongan { get; set; }

    public DateOnly? Tmt { get; set; }

    public string? NomorSk { get; set; }

    public DateOnly? TanggalSk { get; set; }

    /// <summary>Shown on the form (the employee's kind decides the golongan list); not trusted on post.</summary>
    public JenisPegawai JenisPegawai { get; set; }
}

public sealed class PangkatFormValidator : AbstractValidator<PangkatForm>
{
    public PangkatFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Tmt).NotNull().WithMessage(_ => t["Karier.TmtWajib"]);
        RuleFor(x => x.NomorSk).MaximumLength(RiwayatPangkat.NomorSkMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", RiwayatPangkat.NomorSkMaxLength]);
        RuleFor(x => x).CustomAsync(async (form, ctx, ct) =>
        {
            var pegawai = await db.Pegawai.AsNoTracking().Where(p => p.Id == form.PegawaiId)
                .Select(p => new { p.JenisPegawai, p.TmtCpns }).FirstOrDefaultAsync(ct);
            if (pegawai is null)
            {
                return;
            }

            if (!Domain.Kepegawaian.Golongan.TryParse(form.Golongan, pegawai.JenisPegawai, out _))
            {
                ctx.AddFailure(nameof(PangkatForm.Golongan), t[pegawai.JenisPegawai == JenisPegawai.Pns ? "Pegawai.GolonganPnsTidakValid" : "Pegawai.GolonganPppkTidakValid"]);
            }

            if (form.Tmt is { } tmt && tmt < pegawai.TmtCpns)
            {
                ctx.AddFailure(nameof(PangkatForm.Tmt), t["Pegawai.TmtGolonganSebelumCpns"]);
            }
        });
    }
}
