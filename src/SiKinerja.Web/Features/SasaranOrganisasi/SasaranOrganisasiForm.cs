using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SasaranEntity = SiKinerja.Domain.Skp.SasaranOrganisasi;
using TahunEntity = SiKinerja.Domain.Periode.TahunKinerja;

namespace SiKinerja.Web.Features.SasaranOrganisasi;

/// <summary>Create/edit form of an organisation target. Unit and year are chosen at creation only.</summary>
public sealed class SasaranOrganisasiForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public int? UnitKerjaId { get; set; }

    public int? Tahun { get; set; }

    public JenisSasaranOrganisasi Jenis { get; set; } = JenisSasaranOrganisasi.PerjanjianKinerja;

    public string? Kode { get; set; }

    public string? Teks { get; set; }

    public string? Indikator { get; set; }

    public string? Target { get; set; }

    /// <summary>Units the user may choose (filled by the controller; not posted).</summary>
    public IReadOnlyList<PilihanUnitSasaran> PilihanUnit { get; set; } = [];

    /// <summary>Shown on the edit form, where unit and year are fixed.</summary>
    public string? NamaUnit { get; set; }
}

public sealed record PilihanUnitSasaran(int Id, string Nama);

public sealed class SasaranOrganisasiFormValidator : AbstractValidator<SasaranOrganisasiForm>
{
    public SasaranOrganisasiFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        When(x => x.Id is null, () =>
        {
            RuleFor(x => x.UnitKerjaId).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => t["SasaranOrganisasi.UnitWajib"])
                .MustAsync((id, ct) => db.UnitKerja.AnyAsync(u => u.Id == id && u.Aktif && u.Jenis == JenisUnitKerja.PerangkatDaerah, ct))
                .WithMessage(_ => t["SasaranOrganisasi.UnitTidakDikenal"]);
            RuleFor(x => x.Tahun).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => t["SasaranOrganisasi.TahunWajib"])
                .Must(x => TahunEntity.TahunWajar(x!.Value))
                .WithMessage(_ => t[KodeSasaran.TahunDiLuarRentang, TahunEntity.TahunMinimum, TahunEntity.TahunMaksimum]);
        });
        RuleFor(x => x.Jenis).IsInEnum().WithMessage(_ => t[KodeSasaran.JenisTidakValid]);
        RuleFor(x => x.Teks).Must(x => !string.IsNullOrWhiteSpace(x)).WithMessage(_ => t["SasaranOrganisasi.TeksWajib"]);
        Panjang(x => x.Teks, SasaranEntity.TeksMaxLength, t);
        Panjang(x => x.Kode, SasaranEntity.KodeMaxLength, t);
        Panjang(x => x.Indikator, SasaranEntity.IndikatorMaxLength, t);
        Panjang(x => x.Target, SasaranEntity.TargetMaxLength, t);
        RuleFor(x => x.Kode)
            .MustAsync(async (form, kode, ct) =>
            {
                var k = kode!.Trim();
                var (unit, tahun) = form.Id is { } id
                    ? await db.SasaranOrganisasi.Where(s => s.Id == id).Select(s => new ValueTuple<int?, int?>(s.UnitKerjaId, s.Tahun)).FirstOrDefaultAsync(ct)
                    : (form.UnitKerjaId, form.Tahun);
                return !await db.SasaranOrganisasi.AnyAsync(s => s.UnitKerjaId == unit && s.Tahun == tahun && s.Kode == k && s.Id != (form.Id ?? 0), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.Kode) && x.Kode.Trim().Length <= SasaranEntity.KodeMaxLength)
            .WithMessage(_ => t["SasaranOrganisasi.KodeSudahAda"]);
    }

    /// <summary>Length of the trimmed text, as the domain counts it.</summary>
    private void Panjang(System.Linq.Expressions.Expression<Func<SasaranOrganisasiForm, string?>> bidang, int maks, IStringLocalizer<SharedResource> t) =>
        RuleFor(bidang).Must(x => x is null || x.Trim().Length <= maks).WithMessage(_ => t["Umum.TerlaluPanjang", maks]);
}
