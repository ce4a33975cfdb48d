using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Periode;

/// <summary>
/// One periodic evaluation of a <see cref="TahunKinerja"/> (a semester, quarter or month). The periods of a
/// year tile 1 January–31 December exactly; each has its own due date for the evaluation.
/// </summary>
public class PeriodeEvaluasi : IAuditable
{
    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private PeriodeEvaluasi()
    {
    }

    internal PeriodeEvaluasi(int nomor, DateOnly mulai, DateOnly selesai)
    {
        Nomor = nomor;
        Mulai = mulai;
        Selesai = selesai;
        BatasEvaluasi = selesai.AddDays(TahunKinerja.HariBatasBawaan);
    }

    public int Id { get; private set; }

    public int TahunKinerjaId { get; private set; }

    /// <summary>1-based position in the year.</summary>
    public int Nomor { get; private set; }

    public DateOnly Mulai { get; private set; }

    public DateOnly Selesai { get; private set; }

    public DateOnly BatasEvaluasi { get; private set; }

    /// <summary>
    /// Closed by the Admin BKD: no more realisasi, feedback or scoring in this period (keberatan decisions and a
    /// recorded reopening still go on). Reopening the period clears it.
    /// </summary>
    public bool Ditutup { get; private set; }

    public DateTime? DitutupUtc { get; private set; }

    public int Version { get; set; }

    /// <summary>The number as the official headers write it: "TRIWULAN I/II/III/IV" (language-neutral).</summary>
    public string NomorRomawi => Romawi[Nomor - 1];

    /// <summary>True when the period overlaps <paramref name="mulai"/>–<paramref name="selesai"/> (an SKP segment is evaluated only in the periods it overlaps).</summary>
    public bool Meliputi(DateOnly mulai, DateOnly selesai) => Mulai <= selesai && Selesai >= mulai;

    /// <summary>A due date may not fall before the period starts nor more than a year after it ends.</summary>
    public bool BatasWajar(DateOnly batas) => TahunKinerja.DalamRentang(Mulai, Selesai, batas);

    internal void Tutup(DateTime waktuUtc)
    {
        if (Ditutup)
        {
            throw new DomainException("TahunKinerja.PeriodeSudahDitutup", Nomor);
        }

        Ditutup = true;
        DitutupUtc = waktuUtc;
    }

    internal void Buka()
    {
        if (!Ditutup)
        {
            throw new DomainException("TahunKinerja.PeriodeBelumDitutup", Nomor);
        }

        Ditutup = false;
        DitutupUtc = null;
    }

    internal void AturBatas(DateOnly batas)
    {
        if (!BatasWajar(batas))
        {
            throw new DomainException("TahunKinerja.BatasEvaluasiTidakWajar", Nomor);
        }

        BatasEvaluasi = batas;
    }
}
