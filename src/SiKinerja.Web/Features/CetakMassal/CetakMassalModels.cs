using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.CetakMassal;

/// <summary>"Cetak massal": which documents (kind, year, period for the periodic kinds, unit) and how (merged or not).</summary>
public sealed class CetakMassalForm
{
    public JenisDokumen? Jenis { get; set; }

    public int? Tahun { get; set; }

    public int? PeriodeEvaluasiId { get; set; }

    public int? UnitKerjaId { get; set; }

    public bool TermasukSubunit { get; set; } = true;

    public bool Gabung { get; set; }

    /// <summary>The kinds printed per period (the others per year).</summary>
    public static bool Periodik(JenisDokumen jenis) =>
        jenis is JenisDokumen.UmpanBalik or JenisDokumen.EvaluasiPeriodik or JenisDokumen.DokumenEvaluasi or JenisDokumen.PenetapanPredikat;
}

public sealed class CetakMassalFormValidator : AbstractValidator<CetakMassalForm>
{
    public CetakMassalFormValidator(AppDbContext db, LayananDokumen layanan, FolderCetak folder, IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Jenis).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["CetakMassal.JenisWajib"])
            .Must(j => Enum.IsDefined(j!.Value)).WithMessage(_ => t["CetakMassal.JenisWajib"])
            .Must(j => layanan.Dikenal(j!.Value)).WithMessage(_ => t["CetakMassal.JenisBelumTersedia"]);
        RuleFor(x => x.Tahun).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["CetakMassal.TahunWajib"])
            .MustAsync(async (th, ct) => await db.TahunKinerja.AnyAsync(k => k.Tahun == th, ct)).WithMessage(_ => t["CetakMassal.TahunTidakAda"]);
        RuleFor(x => x.PeriodeEvaluasiId).Cascade(CascadeMode.Stop)
            .NotNull().When(f => f.Jenis is { } j && CetakMassalForm.Periodik(j)).WithMessage(_ => t["CetakMassal.PeriodeWajib"])
            .MustAsync(async (f, p, ct) => p is null || await db.PeriodeEvaluasi.AnyAsync(x => x.Id == p && db.TahunKinerja.Any(k => k.Id == x.TahunKinerjaId && k.Tahun == f.Tahun), ct))
            .When(f => f.Jenis is { } j && CetakMassalForm.Periodik(j)).WithMessage(_ => t["CetakMassal.PeriodeBukanTahunIni"]);
        RuleFor(x => x.UnitKerjaId).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["CetakMassal.UnitWajib"])
            .MustAsync(async (u, ct) => await db.UnitKerja.AnyAsync(x => x.Id == u, ct)).WithMessage(_ => t["CetakMassal.UnitWajib"]);
        RuleFor(x => x.Gabung).Must(g => !g || folder.BisaGabung).WithMessage(_ => t["CetakMassal.GabungTidakTersedia"]);
    }
}

public sealed record PilihanJenis(JenisDokumen Jenis, bool Tersedia, bool Periodik);

public sealed record PilihanPeriode(int Id, int Tahun, string Label);

public sealed record PilihanUnitCetak(int Id, string Nama, int Kedalaman);

public sealed record PilihanCetakMassal(
    IReadOnlyList<PilihanJenis> Jenis,
    IReadOnlyList<int> Tahun,
    IReadOnlyList<PilihanPeriode> Periode,
    IReadOnlyList<PilihanUnitCetak> Unit,
    bool BisaGabung);

/// <summary>One job in the list and on its page.</summary>
public sealed record BarisTugasCetak(
    int Id,
    JenisDokumen Jenis,
    int Tahun,
    int? PeriodeEvaluasiId,
    string? Periode,
    string Unit,
    bool TermasukSubunit,
    bool Gabung,
    StatusTugasCetak Status,
    int Total,
    int Selesai,
    int Dilewati,
    string DibuatOleh,
    DateTime DibuatUtc,
    DateTime? MulaiUtc,
    DateTime? SelesaiUtc,
    bool AdaZip,
    bool AdaGabungan,
    long UkuranByte,
    string? KodeGalat,
    int Percobaan)
{
    public bool Terbuka => Status is StatusTugasCetak.Antre or StatusTugasCetak.Berjalan;

    /// <summary>Documents handled (printed or skipped) out of the total, 0–100.</summary>
    public int Persen => Status == StatusTugasCetak.Selesai ? 100 : Total <= 0 ? 0 : Math.Clamp((Selesai + Dilewati) * 100 / Total, 0, 100);
}

public sealed record CetakMassalIndexViewModel(CetakMassalForm Form, PilihanCetakMassal Pilihan, Halaman<BarisTugasCetak> Tugas);

public sealed record TugasCetakViewModel(BarisTugasCetak Tugas, CatatanCetak? Catatan);

/// <summary>What <c>/CetakMassal/{id}/Status</c> answers to the page's polling.</summary>
public sealed record StatusTugasJson(string Status, string Label, int Total, int Selesai, int Dilewati, int Persen, bool Terbuka, string Progres);
