using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using JabatanEntity = SiKinerja.Domain.Organisasi.Jabatan;

namespace SiKinerja.Web.Features.Jabatan;

/// <summary>Create/edit form of a position: name, kind (and jenjang for fungsional), unit, kode and the position it reports to.</summary>
public sealed class JabatanForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string Nama { get; set; } = string.Empty;

    public JenisJabatan Jenis { get; set; } = JenisJabatan.Pelaksana;

    public JenjangFungsional? Jenjang { get; set; }

    public int? UnitKerjaId { get; set; }

    /// <summary>Shown in the unit picker; not trusted on post.</summary>
    public string? NamaUnit { get; set; }

    public string? Kode { get; set; }

    public int? AtasanJabatanId { get; set; }

    /// <summary>Shown in the position picker; not trusted on post.</summary>
    public string? NamaAtasan { get; set; }
}

public sealed class JabatanFormValidator : AbstractValidator<JabatanForm>
{
    public JabatanFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Nama).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => t["Jabatan.NamaWajib"])
            .MaximumLength(JabatanEntity.NamaMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", JabatanEntity.NamaMaxLength]);
        RuleFor(x => x.Jenis).IsInEnum().WithMessage(_ => t["Jabatan.JenisTidakValid"]);
        RuleFor(x => x.Jenjang).NotNull().When(x => x.Jenis.IsFungsional()).WithMessage(_ => t["Jabatan.JenjangWajib"]);
        RuleFor(x => x.Jenjang).Must((form, jenjang) => form.Jenis.CocokDengan(jenjang))
            .When(x => x.Jenis.IsFungsional() && x.Jenjang is not null)
            .WithMessage(_ => t["Jabatan.JenjangTidakSesuai"]);
        RuleFor(x => x.UnitKerjaId)
            .NotNull().WithMessage(_ => t["Jabatan.UnitWajib"])
            .MustAsync(async (form, id, ct) => await db.UnitKerja.AnyAsync(
                u => u.Id == id && (u.Aktif || db.Jabatan.Any(j => j.Id == form.Id && j.UnitKerjaId == id)), ct)) // an inactive position may stay in its inactive unit
            .When(x => x.UnitKerjaId is not null)
            .WithMessage(_ => t["Jabatan.UnitTidakDikenal"]);
        RuleFor(x => x.Kode).MaximumLength(JabatanEntity.KodeMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", JabatanEntity.KodeMaxLength]);
        RuleFor(x => x.Kode)
            .MustAsync(async (form, kode, ct) =>
            {
                var k = kode!.Trim();
                return !await db.Jabatan.AnyAsync(j => j.Kode == k && j.Id != (form.Id ?? 0), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.Kode))
            .WithMessage(_ => t["Jabatan.KodeSudahAda"]);
        RuleFor(x => x.AtasanJabatanId)
            .MustAsync(async (form, id, ct) => await db.Jabatan.AnyAsync(
                j => j.Id == id && (j.Aktif || db.Jabatan.Any(x => x.Id == form.Id && x.AtasanJabatanId == id)), ct))
            .When(x => x.AtasanJabatanId is not null && x.AtasanJabatanId != x.Id)
            .WithMessage(_ => t["Jabatan.AtasanTidakDikenal"]);
    }
}

/// <summary>Appointing a Plt/Plh on a position; no employee means ending the appointment.</summary>
public sealed class PenggantiForm
{
    public int Version { get; set; }

    public int? PegawaiId { get; set; }

    /// <summary>Shown in the employee picker; not trusted on post.</summary>
    public string? NamaPegawai { get; set; }

    public JenisPengganti Jenis { get; set; } = JenisPengganti.Plt;
}

public sealed class PenggantiFormValidator : AbstractValidator<PenggantiForm>
{
    public PenggantiFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Jenis).IsInEnum().WithMessage(_ => t["Jabatan.JenisPenggantiTidakValid"]);
        RuleFor(x => x.PegawaiId)
            .MustAsync(async (id, ct) => await db.Pegawai.AnyAsync(p => p.Id == id && p.Status == StatusPegawai.Aktif, ct))
            .When(x => x.PegawaiId is not null)
            .WithMessage(_ => t["Jabatan.PenggantiTidakDikenal"]);
    }
}
