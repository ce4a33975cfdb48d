using FluentValidation;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Web;
using Kebutuhan = SiKinerja.Domain.Pengembangan.KebutuhanPengembangan;

namespace SiKinerja.Web.Features.KebutuhanPengembangan;

/// <summary>
/// A development need recorded from an evaluation: the periodic one (<see cref="SkpId"/> and <see cref="PeriodeId"/>) or the
/// annual one (<see cref="PegawaiId"/> and <see cref="Tahun"/>). The employee, the year and the evaluation are taken from the
/// source on the server, never from the form.
/// </summary>
public sealed class CatatKebutuhanForm
{
    public int? SkpId { get; set; }

    public int? PeriodeId { get; set; }

    public int? PegawaiId { get; set; }

    public int? Tahun { get; set; }

    public JenisKompetensi? JenisKompetensi { get; set; }

    public string? Uraian { get; set; }

    public bool DariPeriode => SkpId is not null && PeriodeId is not null;
}

public sealed class CatatKebutuhanFormValidator : AbstractValidator<CatatKebutuhanForm>
{
    public CatatKebutuhanFormValidator(IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        RuleFor(f => f.JenisKompetensi).NotNull().WithMessage(t["Umum.Wajib"]).IsInEnum().WithMessage(t["Pengembangan.JenisTidakValid"]);
        RuleFor(f => f.Uraian).NotEmpty().WithMessage(t["Umum.Wajib"])
            .MaximumLength(Kebutuhan.UraianMaxLength).WithMessage(t["Umum.TerlaluPanjang", Kebutuhan.UraianMaxLength]);
    }
}

/// <summary>The cancellation of a need: its version and the reason.</summary>
public sealed class BatalkanKebutuhanForm
{
    public int Version { get; set; }

    public string? Alasan { get; set; }

    /// <summary>The local page to go back to (the list, or the evaluation page the panel is on).</summary>
    public string? KembaliKe { get; set; }
}

/// <summary>Where a need recorded from an evaluation belongs: the employee, the year, the evaluation page (and its row if it exists yet).</summary>
public sealed record SumberKebutuhan(int PegawaiId, string Nip, string NamaPegawai, int Tahun, SumberEvaluasi Evaluasi, string Halaman);

/// <summary>One need with its source, the activity that completed it and the linked activities still waiting for verification.</summary>
public sealed record BarisKebutuhan(
    int Id,
    int PegawaiId,
    string Nip,
    string NamaPegawai,
    int Tahun,
    JenisKompetensi JenisKompetensi,
    string Uraian,
    StatusKebutuhan Status,
    string? SumberUrl,
    bool DariTahunan,
    int? KegiatanId,
    string? KegiatanNama,
    int JumlahDiajukan,
    string? AlasanPembatalan,
    int Version,
    bool BolehDibatalkan);

/// <summary>Whose needs the list shows: mine, my direct reports', or everyone's (Admin BKD).</summary>
public enum LingkupKebutuhan
{
    Saya,
    Bawahan,
    Semua,
}

public sealed record KebutuhanIndexViewModel(
    LingkupKebutuhan Lingkup,
    IReadOnlyList<LingkupKebutuhan> LingkupTersedia,
    int? Tahun,
    StatusKebutuhan? Status,
    Halaman<BarisKebutuhan> Halaman);

/// <summary>The panel on an evaluation page: the employee's needs of the year and, for the pejabat penilai or the Admin BKD, the form.</summary>
public sealed record PanelKebutuhanViewModel(SumberKebutuhan Sumber, CatatKebutuhanForm Form, bool BolehCatat, IReadOnlyList<BarisKebutuhan> Daftar);
