using System.Globalization;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.Skp;

/// <summary>Texts the SKP pages show for domain values (through the resources; user text is returned as is and escaped by Razor).</summary>
public static class TampilanSkp
{
    public static string Target(this IStringLocalizer t, Target target)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(target);
        string Satuan() => target.Satuan is null ? string.Empty : " " + target.Satuan;
        return target.Jenis switch
        {
            JenisTarget.Angka => Angka.Tulis(target.Nilai) + Satuan(),
            JenisTarget.Rentang => $"{Angka.Tulis(target.Nilai)}–{Angka.Tulis(target.NilaiMaksimum)}{Satuan()}",
            JenisTarget.Narasi => target.Narasi ?? string.Empty,
            _ => target.Tanggal is { } d ? t["Skp.Target.PalingLambat", d.Tanggal()] : string.Empty,
        };
    }

    public static string Temuan(this IStringLocalizer t, TemuanSkp temuan)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(temuan);
        var argumen = temuan.Argumen.Select(a => a is DateOnly d ? d.Tanggal() : a is decimal m ? m.ToString("N0", CultureInfo.CurrentCulture) : a).ToArray();
        return t[temuan.Kode, argumen];
    }

    public static string Periode(DateOnly mulai, DateOnly selesai) => $"{mulai.Tanggal()} – {selesai.Tanggal()}";

    public static string Kelas(StatusSkp status) => status switch
    {
        StatusSkp.Disetujui => "text-bg-success",
        StatusSkp.Diajukan => "text-bg-primary",
        StatusSkp.Dikembalikan => "text-bg-warning",
        _ => "text-bg-secondary",
    };
}
