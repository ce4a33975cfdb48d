using FluentValidation;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Web.Web;
using EvaluasiTahunanEntity = SiKinerja.Domain.Evaluasi.EvaluasiTahunan;

namespace SiKinerja.Web.Features.EvaluasiTahunan;

/// <summary>One final (or not yet final) periodic evaluation as the annual page lists it.</summary>
public sealed record PeriodeTahunan(
    int SkpId, int PeriodeId, int Nomor, string NomorRomawi, DateOnly Mulai, DateOnly Selesai, StatusEvaluasi? Status,
    Rating? Hasil, Rating? Perilaku, PredikatKinerja? Predikat)
{
    public bool Final => Status is StatusEvaluasi.Final or StatusEvaluasi.Diterima;
}

/// <summary>What the year's periodic evaluations of one employee give: the periods, whether all are final, the suggestion.</summary>
public sealed record RingkasanTahunan(IReadOnlyList<PeriodeTahunan> Periode, SaranRating SaranHasil, SaranRating SaranPerilaku)
{
    public bool SemuaFinal => Periode.Count > 0 && Periode.All(p => p.Final);

    public int JumlahFinal => Periode.Count(p => p.Final);
}

/// <summary>One row of the pejabat penilai's annual list.</summary>
public sealed record BarisTahunan(
    int PegawaiId, string Nip, string Nama, string Jabatan, RingkasanTahunan Ringkasan, StatusEvaluasiTahunan? Status,
    PredikatKinerja? Predikat);

public sealed record DaftarTahunanViewModel(int? Tahun, IReadOnlyList<int> TahunTersedia, Halaman<BarisTahunan> Baris, DateOnly? Batas);

/// <summary>Who the signed-in user is for one employee's annual evaluation.</summary>
public sealed record AksesTahunan(bool Baca, bool Nilai, bool BukaKembali);

public sealed record DetailTahunanViewModel(
    int PegawaiId,
    int Tahun,
    string Nip,
    string Nama,
    string Jabatan,
    string Unit,
    string? PenilaiNama,
    RingkasanTahunan Ringkasan,
    EvaluasiTahunanEntity? Evaluasi,
    AksesTahunan Akses,
    EvaluasiTahunanForm Form,
    DateOnly Batas,
    BukaKembaliTahunanForm BukaKembali);

public sealed class EvaluasiTahunanForm
{
    public Rating? RatingHasil { get; set; }

    public Rating? RatingPerilaku { get; set; }

    public string? AlasanPenyesuaian { get; set; }

    public string? Catatan { get; set; }

    public int Version { get; set; }
}

public sealed class BukaKembaliTahunanForm
{
    public string? Alasan { get; set; }

    public int Version { get; set; }
}

public sealed class EvaluasiTahunanFormValidator : AbstractValidator<EvaluasiTahunanForm>
{
    public EvaluasiTahunanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.RatingHasil).NotNull().WithMessage(t["EvaluasiTahunan.RatingHasilWajib"]).IsInEnum().WithMessage(t["EvaluasiTahunan.RatingHasilWajib"]);
        RuleFor(x => x.RatingPerilaku).NotNull().WithMessage(t["EvaluasiTahunan.RatingPerilakuWajib"]).IsInEnum().WithMessage(t["EvaluasiTahunan.RatingPerilakuWajib"]);
        RuleFor(x => x.AlasanPenyesuaian).MaximumLength(EvaluasiTahunanEntity.AlasanMaxLength)
            .WithMessage(t["Umum.TerlaluPanjang", EvaluasiTahunanEntity.AlasanMaxLength]);
        RuleFor(x => x.Catatan).MaximumLength(EvaluasiTahunanEntity.CatatanMaxLength)
            .WithMessage(t["Umum.TerlaluPanjang", EvaluasiTahunanEntity.CatatanMaxLength]);
    }
}

public sealed class BukaKembaliTahunanFormValidator : AbstractValidator<BukaKembaliTahunanForm>
{
    public BukaKembaliTahunanFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Alasan).NotEmpty().WithMessage(t["Evaluasi.AlasanWajib"])
            .MaximumLength(EvaluasiTahunanEntity.AlasanMaxLength).WithMessage(t["Umum.TerlaluPanjang", EvaluasiTahunanEntity.AlasanMaxLength]);
    }
}
