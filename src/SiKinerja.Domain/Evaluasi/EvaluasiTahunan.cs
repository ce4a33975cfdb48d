using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

public enum StatusEvaluasiTahunan
{
    /// <summary>Ratings saved; still editable by the pejabat penilai.</summary>
    Dinilai = 1,

    /// <summary>Locked; the annual predikat counts for promotion and allowance. Changes only through a recorded reopening.</summary>
    Final = 2,
}

/// <summary>
/// The annual evaluation of one employee for one performance year (PermenPANRB 6/2022 Pasal 5: evaluasi tahunan;
/// DOMAIN.md §1.7 step 9): Rating Hasil Kerja and Rating Perilaku Kerja built from the year's periodic evaluations
/// (<see cref="SaranEvaluasiTahunan"/>), confirmed or adjusted by the pejabat penilai of the year's last SKP segment
/// (an adjustment needs a reason), and the annual <see cref="Predikat"/> from <see cref="MatriksPredikat"/>. It may be
/// finalised only once every periodic evaluation of the year is final. Audited and versioned; who may act is the web
/// layer's decision.
/// </summary>
public class EvaluasiTahunan : IAuditable
{
    public const int AlasanMaxLength = 2000;
    public const int CatatanMaxLength = 4000;

    private EvaluasiTahunan()
    {
        DinilaiOlehNip = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    public int TahunKinerjaId { get; private set; }

    /// <summary>The year's last evaluated SKP segment, whose pejabat penilai decides.</summary>
    public int SkpId { get; private set; }

    public Rating RatingHasil { get; private set; }

    public Rating RatingPerilaku { get; private set; }

    public PredikatKinerja Predikat { get; private set; }

    /// <summary>The suggestion from the periods when the ratings were saved (null: not all periods were final).</summary>
    public Rating? SaranHasil { get; private set; }

    public Rating? SaranPerilaku { get; private set; }

    /// <summary>Why a rating differs from the suggestion (required then).</summary>
    public string? AlasanPenyesuaian { get; private set; }

    public string? Catatan { get; private set; }

    public StatusEvaluasiTahunan Status { get; private set; }

    public string DinilaiOlehNip { get; private set; }

    public DateTime DinilaiUtc { get; private set; }

    public DateTime? FinalUtc { get; private set; }

    /// <summary>The reason of the last reopening by the Admin BKD.</summary>
    public string? AlasanBukaKembali { get; private set; }

    public int Version { get; set; }

    /// <summary>True when a rating differs from its suggestion, so a reason is needed.</summary>
    public static bool PerluAlasan(Rating hasil, Rating perilaku, Rating? saranHasil, Rating? saranPerilaku) =>
        (saranHasil is { } h && h != hasil) || (saranPerilaku is { } p && p != perilaku);

    public static EvaluasiTahunan Buat(
        int pegawaiId, int tahunKinerjaId, int skpId, Rating hasil, Rating perilaku, Rating? saranHasil, Rating? saranPerilaku,
        string? alasan, string? catatan, string pelakuNip, DateTime waktuUtc)
    {
        var e = new EvaluasiTahunan { PegawaiId = pegawaiId, TahunKinerjaId = tahunKinerjaId, SkpId = skpId, Status = StatusEvaluasiTahunan.Dinilai };
        e.Nilai(skpId, hasil, perilaku, saranHasil, saranPerilaku, alasan, catatan, pelakuNip, waktuUtc);
        return e;
    }

    /// <summary>Saves the ratings (the predikat follows); refused once final.</summary>
    public void Nilai(
        int skpId, Rating hasil, Rating perilaku, Rating? saranHasil, Rating? saranPerilaku, string? alasan, string? catatan,
        string pelakuNip, DateTime waktuUtc)
    {
        if (Status == StatusEvaluasiTahunan.Final)
        {
            throw new DomainException(KodeEvaluasiTahunan.SudahFinal);
        }

        var predikat = MatriksPredikat.Dari(hasil, perilaku);
        var teksAlasan = TeksSkp.Opsional(alasan, AlasanMaxLength);
        if (PerluAlasan(hasil, perilaku, saranHasil, saranPerilaku) && teksAlasan is null)
        {
            throw new DomainException(KodeEvaluasiTahunan.AlasanPenyesuaianWajib);
        }

        PastikanUtc(waktuUtc);
        SkpId = skpId;
        RatingHasil = hasil;
        RatingPerilaku = perilaku;
        Predikat = predikat;
        SaranHasil = saranHasil;
        SaranPerilaku = saranPerilaku;
        AlasanPenyesuaian = teksAlasan;
        Catatan = TeksSkp.Opsional(catatan, CatatanMaxLength);
        DinilaiOlehNip = TeksSkp.Wajib(pelakuNip, RiwayatEvaluasi.PelakuMaxLength);
        DinilaiUtc = waktuUtc;
    }

    /// <summary>Locks it; every periodic evaluation of the year must be final (<paramref name="semuaPeriodeFinal"/>).</summary>
    public void Finalkan(bool semuaPeriodeFinal, string pelakuNip, DateTime waktuUtc)
    {
        if (Status == StatusEvaluasiTahunan.Final)
        {
            throw new DomainException(KodeEvaluasiTahunan.SudahFinal);
        }

        if (!semuaPeriodeFinal)
        {
            throw new DomainException(KodeEvaluasiTahunan.PeriodeBelumFinal);
        }

        PastikanUtc(waktuUtc);
        Status = StatusEvaluasiTahunan.Final;
        FinalUtc = waktuUtc;
        DinilaiOlehNip = TeksSkp.Wajib(pelakuNip, RiwayatEvaluasi.PelakuMaxLength);
    }

    /// <summary>Final → Dinilai, by the Admin BKD with a reason (recorded here and in the audit trail).</summary>
    public void BukaKembali(string? alasan, string pelakuNip, DateTime waktuUtc)
    {
        if (Status != StatusEvaluasiTahunan.Final)
        {
            throw new DomainException(KodeEvaluasiTahunan.BelumFinal);
        }

        var teks = TeksSkp.Opsional(alasan, AlasanMaxLength) ?? throw new DomainException(KodeEvaluasi.AlasanWajib);
        PastikanUtc(waktuUtc);
        Status = StatusEvaluasiTahunan.Dinilai;
        FinalUtc = null;
        AlasanBukaKembali = teks;
        DinilaiOlehNip = TeksSkp.Wajib(pelakuNip, RiwayatEvaluasi.PelakuMaxLength);
        DinilaiUtc = waktuUtc;
    }

    private static void PastikanUtc(DateTime waktuUtc)
    {
        if (waktuUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("UTC expected.", nameof(waktuUtc));
        }
    }
}

/// <summary>One final periodic evaluation as the annual suggestion needs it (periods in date order).</summary>
public sealed record RatingPeriode(DateOnly Mulai, Rating Hasil, Rating Perilaku);

/// <summary>
/// Suggests the annual ratings from the year's periodic evaluations. The regulation gives no formula
/// (<b>unconfirmed</b>), so the rule is simple and explainable: only when every period is final, each rating is the
/// average of the periods' 1/2/3 scores rounded to the nearest; an exact half goes to the latest period's rating
/// (the most recent performance decides a tie). With one period it is that period's rating.
/// </summary>
public static class SaranEvaluasiTahunan
{
    public static (SaranRating Hasil, SaranRating Perilaku) Dari(IReadOnlyList<RatingPeriode> final, int jumlahPeriode)
    {
        ArgumentNullException.ThrowIfNull(final);
        ArgumentOutOfRangeException.ThrowIfNegative(jumlahPeriode);
        if (final.Count == 0 || final.Count < jumlahPeriode)
        {
            var belum = new SaranRating(null, KodeEvaluasiTahunan.SaranBelumLengkap, [final.Count, jumlahPeriode]);
            return (belum, belum);
        }

        var urut = final.OrderBy(p => p.Mulai).ToList();
        return (Rata(urut.Select(p => p.Hasil).ToList()), Rata(urut.Select(p => p.Perilaku).ToList()));
    }

    private static SaranRating Rata(List<Rating> rating)
    {
        var jumlah = rating.Sum(r => (int)r);
        var n = rating.Count;

        // Rounded to the nearest in integers: compare 2·sum with n·(2b + 1), the doubled midpoint above b.
        var bawah = jumlah / n;
        var duaJumlah = 2 * jumlah;
        var tengah = n * ((2 * bawah) + 1);
        var hasil = duaJumlah > tengah ? bawah + 1
            : duaJumlah < tengah ? bawah
            : (int)rating[^1] > bawah ? bawah + 1 : bawah;
        var rata = Math.Round((decimal)jumlah / n, 2);
        return new SaranRating((Rating)hasil, KodeEvaluasiTahunan.SaranRataRata, [rata, n]);
    }
}

/// <summary>Resource keys of the annual evaluation (each has a text in the web project's resources; a unit test checks).</summary>
public static class KodeEvaluasiTahunan
{
    public const string SudahFinal = "EvaluasiTahunan.SudahFinal";
    public const string BelumFinal = "EvaluasiTahunan.BelumFinal";
    public const string AlasanPenyesuaianWajib = "EvaluasiTahunan.AlasanPenyesuaianWajib";
    public const string PeriodeBelumFinal = "EvaluasiTahunan.PeriodeBelumFinal";
    public const string BelumDinilai = "EvaluasiTahunan.BelumDinilai";
    public const string SaranBelumLengkap = "EvaluasiTahunan.Saran.BelumLengkap";
    public const string SaranRataRata = "EvaluasiTahunan.Saran.RataRata";
}
