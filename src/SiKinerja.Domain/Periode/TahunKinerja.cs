using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Periode;

/// <summary>
/// A performance year (1 January–31 December, DOMAIN §1.7) as the Admin BKD opens it: the due date of the SKP
/// plan (perencanaan), its periodic evaluations (evaluasi periodik) and the annual evaluation (evaluasi tahunan),
/// PermenPANRB 6/2022 Pasal 5. A closed year cannot be edited; only an Administrator reopens it.
/// </summary>
public class TahunKinerja : IAuditable
{
    public const int TahunMinimum = 2020;
    public const int TahunMaksimum = 2100;

    /// <summary>Days after a period's end given as its evaluation due date until the Admin BKD sets one.</summary>
    public const int HariBatasBawaan = 14;

    private readonly List<PeriodeEvaluasi> _periode = [];

    private TahunKinerja()
    {
    }

    public int Id { get; private set; }

    public int Tahun { get; private set; }

    public StatusTahunKinerja Status { get; private set; }

    public JenisPeriode JenisPeriode { get; private set; }

    /// <summary>The SKP plan must be set by this date.</summary>
    public DateOnly BatasPerencanaan { get; private set; }

    public DateOnly BatasEvaluasiTahunan { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<PeriodeEvaluasi> Periode => [.. _periode.OrderBy(p => p.Nomor)];

    public DateOnly Mulai => new(Tahun, 1, 1);

    public DateOnly Selesai => new(Tahun, 12, 31);

    public bool Dibuka => Status == StatusTahunKinerja.Dibuka;

    /// <summary>Opens a year and creates its periods from <paramref name="jenis"/>.</summary>
    public static TahunKinerja Buka(int tahun, JenisPeriode jenis, DateOnly batasPerencanaan, DateOnly batasEvaluasiTahunan)
    {
        if (!TahunWajar(tahun))
        {
            throw new DomainException("TahunKinerja.TahunDiLuarRentang", TahunMinimum, TahunMaksimum);
        }

        var t = new TahunKinerja { Tahun = tahun, Status = StatusTahunKinerja.Dibuka };
        t.BuatPeriode(jenis);
        t.AturBatasTahun(batasPerencanaan, batasEvaluasiTahunan);
        return t;
    }

    public static bool TahunWajar(int tahun) => tahun is >= TahunMinimum and <= TahunMaksimum;

    /// <summary>A due date of the year (plan, annual evaluation) may not fall before 1 January nor more than a year after 31 December.</summary>
    public static bool BatasWajar(int tahun, DateOnly batas) =>
        TahunWajar(tahun) && DalamRentang(new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), batas);

    /// <summary>The periods of <paramref name="jenis"/> in <paramref name="tahun"/>: number, first and last day.</summary>
    public static IReadOnlyList<(int Nomor, DateOnly Mulai, DateOnly Selesai)> Pembagian(int tahun, JenisPeriode jenis)
    {
        var bulan = jenis switch
        {
            JenisPeriode.Semesteran => 6,
            JenisPeriode.Triwulanan => 3,
            JenisPeriode.Bulanan => 1,
            _ => throw new DomainException("TahunKinerja.JenisPeriodeTidakValid"),
        };
        return [.. Enumerable.Range(0, 12 / bulan).Select(i =>
        {
            var mulai = new DateOnly(tahun, (i * bulan) + 1, 1);
            return (i + 1, mulai, mulai.AddMonths(bulan).AddDays(-1));
        })];
    }

    /// <summary>
    /// Sets every due date at once: the plan, the annual evaluation and the periods' (by <see cref="PeriodeEvaluasi.Nomor"/>;
    /// a period left out keeps its date). All dates are checked before any is changed.
    /// </summary>
    public void AturBatas(DateOnly batasPerencanaan, DateOnly batasEvaluasiTahunan, IReadOnlyDictionary<int, DateOnly> batasPeriode)
    {
        PastikanDibuka();
        foreach (var (nomor, batas) in batasPeriode)
        {
            var p = _periode.Find(x => x.Nomor == nomor) ?? throw new DomainException("TahunKinerja.PeriodeTidakDikenal", nomor);
            if (!p.BatasWajar(batas))
            {
                throw new DomainException("TahunKinerja.BatasEvaluasiTidakWajar", nomor);
            }
        }

        AturBatasTahun(batasPerencanaan, batasEvaluasiTahunan);
        foreach (var (nomor, batas) in batasPeriode)
        {
            _periode.Find(x => x.Nomor == nomor)!.AturBatas(batas);
        }
    }

    /// <summary>
    /// Splits the year differently; the periods are created again with default due dates. Allowed only while the
    /// year is open and while no period is in use yet (<paramref name="periodeSudahDipakai"/>: realisasi, evaluations
    /// or organisation predikat recorded against a period), since those would lose their period.
    /// </summary>
    public void UbahJenisPeriode(JenisPeriode jenis, bool periodeSudahDipakai = false)
    {
        PastikanDibuka();
        if (jenis == JenisPeriode)
        {
            return;
        }

        if (periodeSudahDipakai)
        {
            throw new DomainException("TahunKinerja.PeriodeSudahDipakai");
        }

        BuatPeriode(jenis);
    }

    public void Tutup()
    {
        if (Status == StatusTahunKinerja.Ditutup)
        {
            throw new DomainException("TahunKinerja.SudahDitutup");
        }

        Status = StatusTahunKinerja.Ditutup;
    }

    /// <summary>Closes evaluation period <paramref name="nomor"/> (Admin BKD): realisasi and scoring in it stop.</summary>
    public void TutupPeriode(int nomor, DateTime waktuUtc) => PeriodeNomor(nomor).Tutup(waktuUtc);

    /// <summary>Opens a closed evaluation period again (Admin BKD).</summary>
    public void BukaPeriode(int nomor) => PeriodeNomor(nomor).Buka();

    /// <summary>Reopens a closed year; the web layer lets only an Administrator call it.</summary>
    public void BukaKembali()
    {
        if (Status == StatusTahunKinerja.Dibuka)
        {
            throw new DomainException("TahunKinerja.MasihDibuka");
        }

        Status = StatusTahunKinerja.Dibuka;
    }

    internal static bool DalamRentang(DateOnly mulai, DateOnly selesai, DateOnly batas) =>
        batas >= mulai && batas <= selesai.AddYears(1);

    private void AturBatasTahun(DateOnly batasPerencanaan, DateOnly batasEvaluasiTahunan)
    {
        if (!BatasWajar(Tahun, batasPerencanaan))
        {
            throw new DomainException("TahunKinerja.BatasPerencanaanTidakWajar");
        }

        if (!BatasWajar(Tahun, batasEvaluasiTahunan))
        {
            throw new DomainException("TahunKinerja.BatasEvaluasiTahunanTidakWajar");
        }

        BatasPerencanaan = batasPerencanaan;
        BatasEvaluasiTahunan = batasEvaluasiTahunan;
    }

    private void BuatPeriode(JenisPeriode jenis)
    {
        var pembagian = Pembagian(Tahun, jenis);
        _periode.Clear();
        _periode.AddRange(pembagian.Select(p => new PeriodeEvaluasi(p.Nomor, p.Mulai, p.Selesai)));
        JenisPeriode = jenis;
    }

    private PeriodeEvaluasi PeriodeNomor(int nomor) =>
        _periode.Find(x => x.Nomor == nomor) ?? throw new DomainException("TahunKinerja.PeriodeTidakAda", nomor);

    private void PastikanDibuka()
    {
        if (Status == StatusTahunKinerja.Ditutup)
        {
            throw new DomainException("TahunKinerja.TahunDitutup");
        }
    }
}
