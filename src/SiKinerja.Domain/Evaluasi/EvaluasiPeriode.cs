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
    public const int UmpanBalikMaxLength = 2000;

    private readonly List<RiwayatEvaluasi> _riwayat = [];
    private readonly List<PenilaianRhk> _rhk = [];
    private readonly List<PenilaianPerilaku> _perilaku = [];

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

    /// <summary>Feedback (and optional category) per RHK, by RHK <c>Kunci</c>.</summary>
    public IReadOnlyList<PenilaianRhk> PenilaianRhk => _rhk.AsReadOnly();

    /// <summary>Rating and feedback per BerAKHLAK value.</summary>
    public IReadOnlyList<PenilaianPerilaku> PenilaianPerilaku => _perilaku.AsReadOnly();

    /// <summary>The per-value ratings given so far (input of <see cref="SaranRatingPerilaku"/>).</summary>
    public IReadOnlyDictionary<NilaiBerakhlak, Rating> RatingPerNilai =>
        _perilaku.Where(p => p.Rating is not null).ToDictionary(p => p.Nilai, p => p.Rating!.Value);

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
    /// later saves add no history entry. <paramref name="rhk"/> and <paramref name="perNilai"/>, when given, are the
    /// full set of per-RHK and per-value entries: a key not listed (or listed with neither rating nor text) is removed;
    /// null leaves them as they are.
    /// </summary>
    public void Nilai(
        Rating? ratingHasil, Rating? ratingPerilaku, string? catatan, string pelakuNip, DateTime waktuUtc,
        IReadOnlyCollection<NilaiRhk>? rhk = null, IReadOnlyCollection<NilaiPerilaku>? perNilai = null)
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
        var isiRhk = rhk is null ? null : PeriksaRhk(rhk);
        var isiPerilaku = perNilai is null ? null : PeriksaPerilaku(perNilai);
        PastikanUtc(waktuUtc);
        if (Status == StatusEvaluasi.Belum)
        {
            Pindah(PeristiwaEvaluasi.Dinilai, StatusEvaluasi.Dinilai, pelakuNip, waktuUtc, null);
        }

        RatingHasil = ratingHasil;
        RatingPerilaku = ratingPerilaku;
        Predikat = ratingHasil is { } hasil && ratingPerilaku is { } perilaku ? MatriksPredikat.Dari(hasil, perilaku) : null;
        Catatan = teks;
        if (isiRhk is not null)
        {
            Terapkan(_rhk, isiRhk, r => r.RhkKunci, k => new PenilaianRhk(k), (r, v) => r.Isi(v.Kategori, v.UmpanBalik));
        }

        if (isiPerilaku is not null)
        {
            Terapkan(_perilaku, isiPerilaku, p => p.Nilai, k => new PenilaianPerilaku(k), (p, v) => p.Isi(v.Rating, v.UmpanBalik));
        }
    }

    /// <summary>
    /// Dinilai → Final (locked); both ratings are required. <paramref name="alasanPengecualian"/> is the reason the
    /// pejabat penilai gave for finalising against a blocking finding of the distribution curve (the web layer checks
    /// the curve and whether an override is allowed); it is written in the history entry.
    /// </summary>
    public void Finalkan(string pelakuNip, DateTime waktuUtc, string? alasanPengecualian = null)
    {
        PastikanStatus(StatusEvaluasi.Dinilai);
        if (Predikat is null)
        {
            throw new DomainException(KodeEvaluasi.RatingBelumLengkap);
        }

        var alasan = alasanPengecualian is null ? null : TeksSkp.Opsional(alasanPengecualian, AlasanMaxLength);
        Pindah(PeristiwaEvaluasi.Difinalkan, StatusEvaluasi.Final, pelakuNip, waktuUtc, alasan);
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

    private static Dictionary<Guid, NilaiRhk> PeriksaRhk(IReadOnlyCollection<NilaiRhk> rhk)
    {
        var hasil = new Dictionary<Guid, NilaiRhk>();
        foreach (var r in rhk)
        {
            if (r.RhkKunci == Guid.Empty)
            {
                throw new ArgumentException("RHK key expected.", nameof(rhk));
            }

            if (r.Kategori is { } k)
            {
                MatriksPredikat.Periksa(k);
            }

            var teks = TeksSkp.Opsional(r.UmpanBalik, UmpanBalikMaxLength);
            if (r.Kategori is not null || teks is not null)
            {
                hasil[r.RhkKunci] = r with { UmpanBalik = teks };
            }
        }

        return hasil;
    }

    private static Dictionary<NilaiBerakhlak, NilaiPerilaku> PeriksaPerilaku(IReadOnlyCollection<NilaiPerilaku> perilaku)
    {
        var hasil = new Dictionary<NilaiBerakhlak, NilaiPerilaku>();
        foreach (var p in perilaku)
        {
            if (!Enum.IsDefined(p.Nilai))
            {
                throw new DomainException(KodeEvaluasi.RatingTidakValid);
            }

            if (p.Rating is { } r)
            {
                MatriksPredikat.Periksa(r);
            }

            var teks = TeksSkp.Opsional(p.UmpanBalik, UmpanBalikMaxLength);
            if (p.Rating is not null || teks is not null)
            {
                hasil[p.Nilai] = p with { UmpanBalik = teks };
            }
        }

        return hasil;
    }

    /// <summary>Updates rows in place (no delete + insert for an unchanged key), adds new keys, removes the others.</summary>
    private static void Terapkan<TBaris, TKunci, TNilai>(
        List<TBaris> baris, Dictionary<TKunci, TNilai> isi, Func<TBaris, TKunci> kunci, Func<TKunci, TBaris> buat, Action<TBaris, TNilai> ubah)
        where TKunci : notnull
    {
        baris.RemoveAll(b => !isi.ContainsKey(kunci(b)));
        foreach (var (k, v) in isi)
        {
            var ada = baris.Find(b => EqualityComparer<TKunci>.Default.Equals(kunci(b), k));
            if (ada is null)
            {
                ada = buat(k);
                baris.Add(ada);
            }

            ubah(ada, v);
        }
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
