using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using KompetensiEntity = SiKinerja.Domain.Pengembangan.Kompetensi;

namespace SiKinerja.Web.Features.Kompetensi;

public sealed class KompetensiFilter
{
    public string? Q { get; set; }

    public JenisKompetensi? Jenis { get; set; }

    public int Halaman { get; set; } = 1;

    public int Ukuran { get; set; }
}

/// <summary>Add/edit form of a catalogue competency.</summary>
public sealed class KompetensiForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string Kode { get; set; } = string.Empty;

    public string Nama { get; set; } = string.Empty;

    public JenisKompetensi Jenis { get; set; } = JenisKompetensi.Manajerial;

    public string? Deskripsi { get; set; }
}

public sealed class KompetensiFormValidator : AbstractValidator<KompetensiForm>
{
    public KompetensiFormValidator(AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Kode).NotEmpty().WithMessage(_ => t["Kompetensi.KodeWajib"])
            .MaximumLength(KompetensiEntity.KodeMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", KompetensiEntity.KodeMaxLength]);
        RuleFor(x => x.Kode)
            .MustAsync(async (form, kode, ct) =>
            {
                var normal = kode.Trim().ToUpperInvariant();
                return !await db.Kompetensi.AnyAsync(k => k.Kode == normal && k.Id != (form.Id ?? 0), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.Kode))
            .WithMessage(_ => t["Kompetensi.KodeSudahAda"]);
        RuleFor(x => x.Nama).NotEmpty().WithMessage(_ => t["Kompetensi.NamaWajib"])
            .MaximumLength(KompetensiEntity.NamaMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", KompetensiEntity.NamaMaxLength]);
        RuleFor(x => x.Jenis).IsInEnum();
        RuleFor(x => x.Deskripsi).MaximumLength(KompetensiEntity.DeskripsiMaxLength)
            .WithMessage(_ => t["Umum.TerlaluPanjang", KompetensiEntity.DeskripsiMaxLength]);
    }
}

/// <summary>One row of a position's standard: an existing row has an Id and Version; an empty competency is ignored.</summary>
public sealed class BarisStandarForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public int? KompetensiId { get; set; }

    public int Level { get; set; } = 1;

    public bool Hapus { get; set; }
}

/// <summary>The competencies a position requires with their levels, saved together.</summary>
public sealed class StandarForm
{
    public int JabatanId { get; set; }

    public List<BarisStandarForm> Baris { get; set; } = [];

    /// <summary>Shown only; not trusted on post.</summary>
    public string? NamaJabatan { get; set; }

    public IReadOnlyList<PilihanKompetensi> Pilihan { get; set; } = [];
}

public sealed class StandarFormValidator : AbstractValidator<StandarForm>
{
    public StandarFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleForEach(x => x.Baris).ChildRules(b => b.RuleFor(r => r.Level)
            .InclusiveBetween(KompetensiEntity.LevelMinimum, KompetensiEntity.LevelMaksimum)
            .When(r => r.KompetensiId is not null && !r.Hapus)
            .WithMessage(_ => t[KodePengembangan.LevelTidakValid, KompetensiEntity.LevelMinimum, KompetensiEntity.LevelMaksimum]));
        RuleFor(x => x.Baris)
            .Must(b => b.Where(r => r.KompetensiId is not null && !r.Hapus).GroupBy(r => r.KompetensiId).All(g => g.Count() == 1))
            .WithMessage(_ => t[KodePengembangan.KompetensiGanda]);
    }
}

/// <summary>One competency row of the assessment form: an empty level means not assessed.</summary>
public sealed class BarisAsesmenForm
{
    public int KompetensiId { get; set; }

    public int? Level { get; set; }

    /// <summary>Shown only.</summary>
    public string? Nama { get; set; }

    /// <summary>The position's required level (shown only).</summary>
    public int? Standar { get; set; }
}

public sealed class AsesmenForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public int PegawaiId { get; set; }

    public DateOnly? Tanggal { get; set; }

    public string Penyelenggara { get; set; } = string.Empty;

    public string? Metode { get; set; }

    public int? NilaiPotensi { get; set; }

    public string? Catatan { get; set; }

    public List<BarisAsesmenForm> Baris { get; set; } = [];

    /// <summary>Shown only.</summary>
    public string? NamaPegawai { get; set; }
}

public sealed class AsesmenFormValidator : AbstractValidator<AsesmenForm>
{
    public AsesmenFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Tanggal).NotNull().WithMessage(_ => t["Kompetensi.TanggalWajib"]);
        RuleFor(x => x.Penyelenggara).NotEmpty().WithMessage(_ => t["Kompetensi.PenyelenggaraWajib"])
            .MaximumLength(Asesmen.PenyelenggaraMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Asesmen.PenyelenggaraMaxLength]);
        RuleFor(x => x.Metode).MaximumLength(Asesmen.MetodeMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Asesmen.MetodeMaxLength]);
        RuleFor(x => x.Catatan).MaximumLength(Asesmen.CatatanMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Asesmen.CatatanMaxLength]);
        RuleFor(x => x.NilaiPotensi).InclusiveBetween(Asesmen.NilaiMinimum, Asesmen.NilaiMaksimum)
            .WithMessage(_ => t[KodePengembangan.NilaiPotensiTidakValid, Asesmen.NilaiMinimum, Asesmen.NilaiMaksimum]);
        RuleForEach(x => x.Baris).ChildRules(b => b.RuleFor(r => r.Level)
            .InclusiveBetween(KompetensiEntity.LevelMinimum, KompetensiEntity.LevelMaksimum)
            .WithMessage(_ => t[KodePengembangan.LevelTidakValid, KompetensiEntity.LevelMinimum, KompetensiEntity.LevelMaksimum]));
    }
}
