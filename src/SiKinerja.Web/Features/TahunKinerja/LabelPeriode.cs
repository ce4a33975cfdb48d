using System.Globalization;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Periode;

namespace SiKinerja.Web.Features.TahunKinerja;

public static class LabelPeriode
{
    /// <summary>"Semester I", "Triwulan II", or the month's name in the current culture ("Januari").</summary>
    public static string Label(this IStringLocalizer t, JenisPeriode jenis, int nomor, string romawi) => jenis switch
    {
        JenisPeriode.Bulanan => CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(nomor),
        JenisPeriode.Triwulanan => t["JenisPeriode.LabelTriwulanan", romawi],
        _ => t["JenisPeriode.LabelSemesteran", romawi],
    };

    public static string Tanggal(this DateOnly tanggal) => tanggal.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
