using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using UnitEntity = SiKinerja.Domain.Organisasi.UnitKerja;

namespace SiKinerja.Web.Features.UnitKerja;

/// <summary>Create/edit form of a unit: name, kind, external kode and parent.</summary>
public sealed class UnitKerjaForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string Nama { get; set; } = string.Empty;

    public JenisUnitKerja Jenis { get; set; } = JenisUnitKerja.BidangBagian;

    public string? Kode { get; set; }

    public int? IndukId { get; set; }

    /// <summary>Shown in the parent picker; not trusted on post.</summary>
    public string? NamaInduk { get; set; }
}

public sealed class UnitKerjaFormValidator : AbstractValidator<UnitKerjaForm>
{
    public UnitKerjaFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Nama).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => t["UnitKerja.NamaWajib"])
            .MaximumLength(UnitEntity.NamaMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", UnitEntity.NamaMaxLength]);
        RuleFor(x => x.Jenis).IsInEnum().WithMessage(_ => t["UnitKerja.JenisTidakValid"]);
        RuleFor(x => x.Kode).MaximumLength(UnitEntity.KodeMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", UnitEntity.KodeMaxLength]);
        RuleFor(x => x.Kode)
            .MustAsync(async (form, kode, ct) =>
            {
                var k = kode!.Trim();
                return !await db.UnitKerja.AnyAsync(u => u.Kode == k && u.Id != (form.Id ?? 0), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.Kode))
            .WithMessage(_ => t["UnitKerja.KodeSudahAda"]);
        RuleFor(x => x.IndukId)
            .MustAsync(async (form, id, ct) => id is null || await db.UnitKerja.AnyAsync(
                u => u.Id == id && (u.Aktif || db.UnitKerja.Any(x => x.Id == form.Id && x.ParentId == id)), ct)) // an inactive unit may keep its inactive parent
            .WithMessage(_ => t["UnitKerja.IndukTidakDikenal"]);
        RuleFor(x => x.IndukId)
            .Must((form, id) => UnitEntity.PosisiSesuai(form.Jenis, id))
            .WithMessage(form => form.Jenis == JenisUnitKerja.Pemda ? t["UnitKerja.PemdaHanyaPuncak"] : t["UnitKerja.IndukWajib"]);
    }
}
