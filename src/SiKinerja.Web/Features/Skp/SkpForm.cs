using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.Skp;

/// <summary>"Buat SKP": the year, the approach and whether to start from last year's content.</summary>
public sealed class BuatSkpForm
{
    public int? TahunKinerjaId { get; set; }

    public PendekatanSkp Pendekatan { get; set; } = PendekatanSkp.Kuantitatif;

    /// <summary>True: copy RHK, IKI and lampiran from my latest SKP of an earlier year (<see cref="SiKinerja.Domain.Skp.Skp.SalinDari"/>).</summary>
    public bool SalinTahunLalu { get; set; }
}

/// <summary>
/// The whole SKP as the editor posts it. Rows carry their id (null for a new row); a row missing from the post is removed.
/// Numbers are posted as typed (text) so that nothing is lost when they do not parse; <see cref="Angka"/> reads them.
/// </summary>
public sealed class SkpForm
{
    public int Id { get; set; }

    public int Version { get; set; }

    public PendekatanSkp Pendekatan { get; set; }

    public List<RhkForm> Rhk { get; set; } = [];

    /// <summary>One item per line.</summary>
    public string? DukunganSumberDaya { get; set; }

    public string? SkemaPertanggungjawaban { get; set; }

    public string? Konsekuensi { get; set; }

    public string? Lampiran(JenisLampiran jenis) => jenis switch
    {
        JenisLampiran.DukunganSumberDaya => DukunganSumberDaya,
        JenisLampiran.SkemaPertanggungjawaban => SkemaPertanggungjawaban,
        _ => Konsekuensi,
    };

    /// <summary>
    /// Before saving: new rows nothing was typed into are dropped, and RHK are grouped Utama then Tambahan keeping their
    /// order (the order the editor shows and the domain stores). Idempotent.
    /// </summary>
    public void Normalisasi()
    {
        foreach (var r in Rhk)
        {
            r.Iki = [.. r.Iki.Where(i => !i.Kosong)];
        }

        Rhk = [.. Rhk.Where(r => !r.Kosong).OrderBy(r => r.Jenis)];
    }

    public static IReadOnlyList<string> Butir(string? teks) =>
        [.. (teks ?? string.Empty).Split('\n').Select(b => b.Trim()).Where(b => b.Length > 0)];
}

public sealed class RhkForm
{
    public int? Id { get; set; }

    public JenisRhk Jenis { get; set; } = JenisRhk.Utama;

    public string? Teks { get; set; }

    public int? RhkAtasanId { get; set; }

    public int? SasaranOrganisasiId { get; set; }

    public List<IkiForm> Iki { get; set; } = [];

    /// <summary>A new row nothing was typed into: dropped on save rather than refused.</summary>
    public bool Kosong => Id is null && string.IsNullOrWhiteSpace(Teks) && RhkAtasanId is null && SasaranOrganisasiId is null && Iki.All(i => i.Kosong);
}

public sealed class IkiForm
{
    public int? Id { get; set; }

    public AspekIki Aspek { get; set; } = AspekIki.Kuantitas;

    public string? Indikator { get; set; }

    public JenisTarget JenisTarget { get; set; } = JenisTarget.Angka;

    public string? Nilai { get; set; }

    public string? NilaiMaksimum { get; set; }

    public string? Satuan { get; set; }

    public string? Narasi { get; set; }

    public DateOnly? Tanggal { get; set; }

    public bool Kosong =>
        Id is null && string.IsNullOrWhiteSpace(Indikator) && string.IsNullOrWhiteSpace(Nilai) && string.IsNullOrWhiteSpace(NilaiMaksimum)
        && string.IsNullOrWhiteSpace(Satuan) && string.IsNullOrWhiteSpace(Narasi) && Tanggal is null;
}

/// <summary>
/// Reads a number as people type it: "12", "12,5" or "12.5", "1.000.000" or "1,000,000" ("Rp 50.000.000" is refused:
/// the unit has its own field). With both marks the last one is the decimal mark; one mark alone is the decimal mark
/// unless it repeats, or it is not the current culture's decimal mark and groups exactly three digits ("12.500" in
/// Indonesian is twelve thousand five hundred).
/// </summary>
public static class Angka
{
    public static bool TryParse(string? teks, out decimal? nilai)
    {
        nilai = null;
        var s = teks?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(s))
        {
            return true;
        }

        var koma = s.Count(c => c == ',');
        var titik = s.Count(c => c == '.');
        string normal;
        if (koma > 0 && titik > 0)
        {
            // Both: the last one is the decimal mark.
            var desimal = s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.';
            var ribuan = desimal == ',' ? '.' : ',';
            normal = s.Replace(ribuan.ToString(), string.Empty, StringComparison.Ordinal).Replace(desimal, '.');
        }
        else if (koma + titik == 0)
        {
            normal = s;
        }
        else
        {
            var pemisah = koma > 0 ? ',' : '.';
            var bagian = s.Split(pemisah);
            var desimalBudaya = CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator;
            var ribuan = bagian.Length > 2
                || (pemisah.ToString() != desimalBudaya && bagian[1].Length == 3 && bagian[0].TrimStart('-').Length is > 0 and <= 3 && bagian[0].TrimStart('-') != "0");
            normal = ribuan ? string.Concat(bagian) : s.Replace(pemisah, '.');
        }

        if (normal.Length > 40 || !decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hasil))
        {
            return false;
        }

        nilai = hasil;
        return true;
    }

    /// <summary>The number as the editor shows it: no thousands separator, the current culture's decimal mark.</summary>
    public static string Tulis(decimal? nilai) => nilai?.ToString("0.####", CultureInfo.CurrentCulture) ?? string.Empty;
}

/// <summary>
/// Input shape of the editor (lengths, required texts, numbers that parse and can be stored, enum values). What the
/// SMART check reports (missing unit, date outside the period, ...) is not refused here: a draft may be incomplete.
/// Keys are the field names the editor renders (<c>Rhk[0].Iki[1].Nilai</c>) so each message shows beside its field.
/// </summary>
public sealed class SkpFormValidator : AbstractValidator<SkpForm>
{
    /// <summary>Far beyond any instansi's <see cref="AturanSkp.RhkMaksimum"/>; a larger post is not a plan.</summary>
    public const int RhkMaksimumForm = 60;

    public const int IkiMaksimumForm = 20;

    public const int LampiranMaksimum = 50;

    public SkpFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Pendekatan).IsInEnum().WithMessage(_ => t["Umum.IsianTidakValid"]);
        RuleFor(x => x).Custom((f, ctx) =>
        {
            if (f.Rhk.Count > RhkMaksimumForm)
            {
                ctx.AddFailure(string.Empty, t["Skp.Form.TerlaluBanyakRhk", RhkMaksimumForm]);
            }
        });
        RuleForEach(x => x.Rhk).ChildRules(r =>
        {
            r.RuleFor(x => x.Jenis).IsInEnum().WithMessage(_ => t["Umum.IsianTidakValid"]);
            r.RuleFor(x => x.Teks).Cascade(CascadeMode.Stop)
                .Must(x => !string.IsNullOrWhiteSpace(x)).WithMessage(_ => t["Skp.Form.RhkWajib"])
                .Must(x => x!.Trim().Length <= RencanaHasilKerja.TeksMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", RencanaHasilKerja.TeksMaxLength]);
            r.RuleFor(x => x).Must(x => x.RhkAtasanId is null || x.SasaranOrganisasiId is null).OverridePropertyName(nameof(RhkForm.RhkAtasanId))
                .WithMessage(_ => t[KodeSkp.TautanGanda]);
            r.RuleFor(x => x.Iki.Count).LessThanOrEqualTo(IkiMaksimumForm).OverridePropertyName(nameof(RhkForm.Teks))
                .WithMessage(_ => t["Skp.Form.TerlaluBanyakIki", IkiMaksimumForm]);
            r.RuleForEach(x => x.Iki).ChildRules(i =>
            {
                i.RuleFor(x => x.Aspek).IsInEnum().WithMessage(_ => t["Umum.IsianTidakValid"]);
                i.RuleFor(x => x.JenisTarget).IsInEnum().WithMessage(_ => t["Umum.IsianTidakValid"]);
                i.RuleFor(x => x.Indikator).Cascade(CascadeMode.Stop)
                    .Must(x => !string.IsNullOrWhiteSpace(x)).WithMessage(_ => t["Skp.Form.IkiWajib"])
                    .Must(x => x!.Trim().Length <= IndikatorKinerjaIndividu.IndikatorMaxLength)
                    .WithMessage(_ => t["Umum.TerlaluPanjang", IndikatorKinerjaIndividu.IndikatorMaxLength]);
                i.RuleFor(x => x.Nilai).Must(AngkaTersimpan).When(x => x.JenisTarget is JenisTarget.Angka or JenisTarget.Rentang)
                    .WithMessage(_ => t["Skp.Form.AngkaTidakValid", Target.BatasNilai]);
                i.RuleFor(x => x.NilaiMaksimum).Must(AngkaTersimpan).When(x => x.JenisTarget == JenisTarget.Rentang)
                    .WithMessage(_ => t["Skp.Form.AngkaTidakValid", Target.BatasNilai]);
                i.RuleFor(x => x.Satuan).Must(x => (x?.Trim().Length ?? 0) <= Target.SatuanMaxLength)
                    .When(x => x.JenisTarget is JenisTarget.Angka or JenisTarget.Rentang)
                    .WithMessage(_ => t["Umum.TerlaluPanjang", Target.SatuanMaxLength]);
                i.RuleFor(x => x.Narasi).Cascade(CascadeMode.Stop)
                    .Must(x => !string.IsNullOrWhiteSpace(x)).WithMessage(_ => t["Skp.Form.NarasiWajib"])
                    .Must(x => x!.Trim().Length <= Target.NarasiMaxLength).WithMessage(_ => t["Umum.TerlaluPanjang", Target.NarasiMaxLength])
                    .When(x => x.JenisTarget == JenisTarget.Narasi, ApplyConditionTo.AllValidators);
                i.RuleFor(x => x.Tanggal).NotNull().When(x => x.JenisTarget == JenisTarget.Tanggal)
                    .WithMessage(_ => t["Skp.Form.TanggalWajib"]);
            });
        });
        foreach (var jenis in Enum.GetValues<JenisLampiran>())
        {
            RuleFor(x => x.Lampiran(jenis)).Must(x => SkpForm.Butir(x).All(b => b.Length <= LampiranSkp.TeksMaxLength))
                .OverridePropertyName(jenis.ToString())
                .WithMessage(_ => t["Skp.Form.ButirTerlaluPanjang", LampiranSkp.TeksMaxLength]);
            RuleFor(x => x.Lampiran(jenis)).Must(x => SkpForm.Butir(x).Count <= LampiranMaksimum)
                .OverridePropertyName(jenis.ToString())
                .WithMessage(_ => t["Skp.Form.TerlaluBanyakButir", LampiranMaksimum]);
        }
    }

    private static bool AngkaTersimpan(string? teks) =>
        Angka.TryParse(teks, out var n) && (n is null || Math.Abs(n.Value) <= Target.BatasNilai);
}
