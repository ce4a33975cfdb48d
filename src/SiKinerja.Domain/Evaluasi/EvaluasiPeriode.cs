using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// One employee's evaluation of one period of an approved SKP (DOMAIN.md §1.7 step 9, §1.8, §2, §3.1): the Rating
/// Hasil Kerja and Rating Perilaku Kerja set by the pejabat penilai, the <see cref="Predikat"/> that follows from
/// them (<see cref="MatriksPredikat"/>, never set directly) and the workflow:
/// <code>
/// Belum ─Nilai→ Dinilai ─Finalkan→ Final ─Terima→ Diterima
///                  ↑                 │ └AjukanKeberatan (≤ N days)→ Keberatan ─TolakKeberatan (reason)→ Final
///                  ├─────────────────┼───────────────────────────────TerimaKeberatan─┘
///                  └──BukaKembali (Admin BKD, reason) from Final or Diterima
/// </code>
/// A final evaluation changes only through a recorded keberatan decision or reopening. One keberatan per
/// finalisation. Every transition appends a <see cref="RiwayatEvaluasi"/>. Who may do what (pejabat penilai,
/// employee, atasan pejabat penilai, Admin BKD) and the distribution curve of the unit are checked by the web layer.
/// </summary>
public class EvaluasiPeriode : IAuditable
{
    public const int CatatanMaxLength = 4000;
    public const int AlasanMaxLength = RiwayatEvaluasi.CatatanMaxLength;

    private readonly List<RiwayatEvaluasi> _riwayat = [];

    private EvaluasiPeriode()
    {
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public int PeriodeEvaluasiId { get; private set; }

    /// <summary>
    /// The unit whose distribution curve this evaluation counts in (DOMAIN.md §3.2): the employee's unit when the
    /// evaluation was created, so a later move does not rewrite a period's distribution.
    /// </summary>
    public int UnitKerjaId { get; private set; }

    public StatusEvaluasi Status { get; private set; }

    public Rating? RatingHasil { get; private set; }

    public Rating? RatingPerilaku { get; private set; }

    /// <summary>From the matrix once both ratings are set; stored so lists and the curve can count it in SQL.</summary>
    public PredikatKinerja? Predikat { get; private set; }

    /// <summary>The pejabat penilai's note on the evaluation (umpan balik per RHK and value lives elsewhere).</summary>
    public string? Catatan { get; private set; }

    /// <summary>When it was last finalised (the keberatan deadline counts from here); null when not final.</summary>
    public DateTime? FinalUtc { get; private set; }

    /// <summary>When the employee acknowledged it.</summary>
    public DateTime? DiterimaUtc { get; private set; }

    /// <summary>The keberatan of the current finalisation (earlier ones are in <see cref="Riwayat"/>).</summary>
    public DateTime? KeberatanUtc { get; private set; }

    public string? AlasanKeberatan { get; private set; }

    /// <summary>Decision on the current keberatan: true accepted (reopened), false rejected, null pending or none.</summary>
    public bool? KeberatanDiterima { get; private set; }

    public string? CatatanKeputusanKeberatan { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<RiwayatEvaluasi> Riwayat => _riwayat.AsReadOnly();

    /// <summary>Scores and note may be edited (by the pejabat penilai) only while Belum or Dinilai.</summary>
    public bool DapatDiubah => Status is StatusEvaluasi.Belum or StatusEvaluasi.Dinilai;

    public static EvaluasiPeriode Buat(int skpId, int periodeEvaluasiId, int unitKerjaId) =>
        new() { SkpId = skpId, PeriodeEvaluasiId = periodeEvaluasiId, UnitKerjaId = unitKerjaId, Status = StatusEvaluasi.Belum };

    /// <summary>
    /// Follows the SKP to its newly approved revision (the evaluated SKP of the segment changes; RHK keep their
    /// <c>Kunci</c>). Status, ratings and history stay as they are.
    /// </summary>
    public void PindahKeSkp(int skpIdBaru)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(skpIdBaru);
        SkpId = skpIdBaru;
    }

    /// <summary>
    /// Saves draft scores (either rating may still be empty) and the note; the first save moves Belum → Dinilai,
    /// later saves add no history entry.
    /// </summary>
    public void Nilai(Rating? ratingHasil, Rating? ratingPerilaku, string? catatan, string pelakuNip, DateTime waktuUtc)
    {
        if (!DapatDiubah)
        {
            throw new DomainException(KodeEvaluasi.TidakDapatDiubah);
        }

        if (ratingHasil is { } h)
        {
            MatriksPredikat.Periksa(h);
        }

        if (ratingPerilaku is { } p)
        {
            MatriksPredikat.Periksa(p);
        }

        var teks = TeksSkp.Opsional(catatan, CatatanMaxLength);
        PastikanUtc(waktuUtc);
        if (Status == StatusEvaluasi.Belum)
        {
            Pindah(PeristiwaEvaluasi.Dinilai, StatusEvaluasi.Dinilai, pelakuNip, waktuUtc, null);
        }

        RatingHasil = ratingHasil;
        RatingPerilaku = ratingPerilaku;
        Predikat = ratingHasil is { } hasil && ratingPerilaku is { } perilaku ? MatriksPredikat.Dari(hasil, perilaku) : null;
        Catatan = teks;
    }

    /// <summary>Dinilai → Final (locked); both ratings are required.</summary>
    public void Finalkan(string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusEvaluasi.Dinilai);
        if (Predikat is null)
        {
            throw new DomainException(KodeEvaluasi.RatingBelumLengkap);
        }

        Pindah(PeristiwaEvaluasi.Difinalkan, StatusEvaluasi.Final, pelakuNip, waktuUtc, null);
        FinalUtc = waktuUtc;
        DiterimaUtc = null;
        KeberatanUtc = null;
        AlasanKeberatan = null;
        KeberatanDiterima = null;
        CatatanKeputusanKeberatan = null;
    }

    /// <summary>Final → Diterima: the employee acknowledges the evaluation.</summary>
    public void Terima(string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusEvaluasi.Final);
        Pindah(PeristiwaEvaluasi.Diterima, StatusEvaluasi.Diterima, pelakuNip, waktuUtc, null);
        DiterimaUtc = waktuUtc;
    }

    /// <summary>Last moment a keberatan may be filed (null when not final).</summary>
    public DateTime? BatasKeberatanUtc(AturanEvaluasi? aturan = null) =>
        FinalUtc?.AddDays((aturan ?? AturanEvaluasi.Bawaan).BatasHariKeberatan);

    /// <summary>True when <see cref="AjukanKeberatan"/> would be accepted at <paramref name="waktuUtc"/> (for showing the button).</summary>
    public bool DapatMengajukanKeberatan(DateTime waktuUtc, AturanEvaluasi? aturan = null) =>
        Status == StatusEvaluasi.Final && KeberatanUtc is null && waktuUtc <= BatasKeberatanUtc(aturan);

    /// <summary>Final → Keberatan: the employee objects, with a reason, within the deadline, once per finalisation.</summary>
    public void AjukanKeberatan(string alasan, string pelakuNip, DateTime waktuUtc, AturanEvaluasi? aturan = null)
    {
        PastikanStatus(StatusEvaluasi.Final);
        if (KeberatanUtc is not null)
        {
            throw new DomainException(KodeEvaluasi.KeberatanSudahDiajukan);
        }

        aturan ??= AturanEvaluasi.Bawaan;
        PastikanUtc(waktuUtc);
        if (waktuUtc > BatasKeberatanUtc(aturan))
        {
            throw new DomainException(KodeEvaluasi.BatasKeberatanLewat, aturan.BatasHariKeberatan);
        }

        var teks = Alasan(alasan);
        Pindah(PeristiwaEvaluasi.KeberatanDiajukan, StatusEvaluasi.Keberatan, pelakuNip, waktuUtc, teks);
        KeberatanUtc = waktuUtc;
        AlasanKeberatan = teks;
    }

    /// <summary>Keberatan → Dinilai: the atasan pejabat penilai accepts it; the pejabat penilai decides again.</summary>
    public void TerimaKeberatan(string? catatan, string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusEvaluasi.Keberatan);
        var teks = TeksSkp.Opsional(catatan, AlasanMaxLength);
        Pindah(PeristiwaEvaluasi.KeberatanDiterima, StatusEvaluasi.Dinilai, pelakuNip, waktuUtc, teks);
        KeberatanDiterima = true;
        CatatanKeputusanKeberatan = teks;
        FinalUtc = null;
    }

    /// <summary>Keberatan → Final: the atasan pejabat penilai rejects it, with a reason; the evaluation stands.</summary>
    public void TolakKeberatan(string alasan, string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusEvaluasi.Keberatan);
        var teks = Alasan(alasan);
        Pindah(PeristiwaEvaluasi.KeberatanDitolak, StatusEvaluasi.Final, pelakuNip, waktuUtc, teks);
        KeberatanDiterima = false;
        CatatanKeputusanKeberatan = teks;
    }

    /// <summary>
    /// Final or Diterima → Dinilai: Admin BKD reopens it, with a reason. Refused while a keberatan waits for its
    /// decision (the atasan pejabat penilai decides first).
    /// </summary>
    public void BukaKembali(string alasan, string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusEvaluasi.Final, StatusEvaluasi.Diterima);
        var teks = Alasan(alasan);
        Pindah(PeristiwaEvaluasi.DibukaKembali, StatusEvaluasi.Dinilai, pelakuNip, waktuUtc, teks);
        FinalUtc = null;
        DiterimaUtc = null;
    }

    private static string Alasan(string? alasan)
    {
        var teks = alasan?.Trim();
        if (string.IsNullOrEmpty(teks))
        {
            throw new DomainException(KodeEvaluasi.AlasanWajib);
        }

        return TeksSkp.Wajib(teks, AlasanMaxLength);
    }

    private static void PastikanUtc(DateTime waktuUtc)
    {
        if (waktuUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("UTC expected.", nameof(waktuUtc));
        }
    }

    private void PastikanStatus(params StatusEvaluasi[] boleh)
    {
        if (!boleh.Contains(Status))
        {
            throw new DomainException(KodeEvaluasi.StatusTidakSesuai);
        }
    }

    private void Pindah(PeristiwaEvaluasi peristiwa, StatusEvaluasi ke, string pelakuNip, DateTime waktuUtc, string? catatan)
    {
        PastikanUtc(waktuUtc);
        _riwayat.Add(new RiwayatEvaluasi(peristiwa, Status, ke, pelakuNip, waktuUtc, catatan));
        Status = ke;
    }
}
