using FluentValidation;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>The employee's form for one development activity (also the Admin BKD's correction, with <see cref="Alasan"/>).</summary>
public class KegiatanForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public JenisKegiatanPengembangan Jenis { get; set; } = JenisKegiatanPengembangan.Diklat;

    public JenisKompetensi JenisKompetensi { get; set; } = JenisKompetensi.Teknis;

    public string? Nama { get; set; }

    public string? Penyelenggara { get; set; }

    public DateOnly? TanggalMulai { get; set; }

    public DateOnly? TanggalSelesai { get; set; }

    public int? Jp { get; set; }

    public string? NomorSertifikat { get; set; }

    public int? KebutuhanPengembanganId { get; set; }

    /// <summary>The certificate (PDF/JPEG/PNG), optional; replaces the stored one.</summary>
    public IFormFile? Berkas { get; set; }

    /// <summary>Remove the stored certificate (edit only).</summary>
    public bool HapusBerkas { get; set; }

    public DataKegiatan Data(int? kebutuhanId) => new(
        Jenis, JenisKompetensi, Nama ?? string.Empty, Penyelenggara, TanggalMulai!.Value, TanggalSelesai!.Value, Jp!.Value, NomorSertifikat, kebutuhanId);

    public static T Dari<T>(KegiatanPengembangan k)
        where T : KegiatanForm, new() => new()
        {
            Id = k.Id,
            Version = k.Version,
            Jenis = k.Jenis,
            JenisKompetensi = k.JenisKompetensi,
            Nama = k.Nama,
            Penyelenggara = k.Penyelenggara,
            TanggalMulai = k.TanggalMulai,
            TanggalSelesai = k.TanggalSelesai,
            Jp = k.Jp,
            NomorSertifikat = k.NomorSertifikat,
            KebutuhanPengembanganId = k.KebutuhanPengembanganId,
        };
}

/// <summary>The Admin BKD's correction of a verified record: the same fields and a reason.</summary>
public sealed class KoreksiForm : KegiatanForm
{
    public string? Alasan { get; set; }
}

/// <summary>A reason with the record's version (refusal, withdrawal of a verification).</summary>
public sealed class AlasanForm
{
    public int Version { get; set; }

    public string? Alasan { get; set; }
}

public class KegiatanFormValidator : AbstractValidator<KegiatanForm>
{
    public KegiatanFormValidator(IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        RuleFor(f => f.Jenis).IsInEnum().WithMessage(t["Pengembangan.JenisTidakValid"]);
        RuleFor(f => f.JenisKompetensi).IsInEnum().WithMessage(t["Pengembangan.JenisTidakValid"]);
        RuleFor(f => f.Nama).NotEmpty().WithMessage(t["Umum.Wajib"])
            .MaximumLength(KegiatanPengembangan.NamaMaxLength).WithMessage(t["Umum.TerlaluPanjang", KegiatanPengembangan.NamaMaxLength]);
        RuleFor(f => f.Penyelenggara).MaximumLength(KegiatanPengembangan.PenyelenggaraMaxLength)
            .WithMessage(t["Umum.TerlaluPanjang", KegiatanPengembangan.PenyelenggaraMaxLength]);
        RuleFor(f => f.NomorSertifikat).MaximumLength(KegiatanPengembangan.NomorSertifikatMaxLength)
            .WithMessage(t["Umum.TerlaluPanjang", KegiatanPengembangan.NomorSertifikatMaxLength]);
        RuleFor(f => f.TanggalMulai).NotNull().WithMessage(t["Umum.Wajib"]);
        RuleFor(f => f.TanggalSelesai).NotNull().WithMessage(t["Umum.Wajib"])
            .GreaterThanOrEqualTo(f => f.TanggalMulai).When(f => f.TanggalMulai is not null).WithMessage(t["Pengembangan.TanggalTerbalik"]);
        RuleFor(f => f.Jp).NotNull().WithMessage(t["Umum.Wajib"])
            .InclusiveBetween(AturanJp.JpMinimum, AturanJp.JpMaksimum).WithMessage(t["Pengembangan.JpTidakValid", AturanJp.JpMinimum, AturanJp.JpMaksimum]);
    }
}

public sealed class KoreksiFormValidator : AbstractValidator<KoreksiForm>
{
    public KoreksiFormValidator(IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        Include(new KegiatanFormValidator(t));
        RuleFor(f => f.Alasan).NotEmpty().WithMessage(t["Pengembangan.AlasanWajib"])
            .MaximumLength(KegiatanPengembangan.AlasanMaxLength).WithMessage(t["Umum.TerlaluPanjang", KegiatanPengembangan.AlasanMaxLength]);
    }
}
