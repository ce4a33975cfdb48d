using SiKinerja.Domain.Periode;

namespace SiKinerja.Web.Features.TahunKinerja;

/// <summary>Instansi settings of the performance cycle (section <c>Kinerja</c>).</summary>
public sealed class KinerjaOptions
{
    public const string Section = "Kinerja";

    /// <summary>The kind preselected when a year is opened; the Admin BKD may still pick another.</summary>
    public JenisPeriode JenisPeriodeBawaan { get; set; } = JenisPeriode.Semesteran;
}
