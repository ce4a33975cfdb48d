using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// Realisasi of one IKI against its <see cref="Skp.Target"/> in a period: <see cref="RealisasiAngka"/> for Angka and
/// Rentang targets, <see cref="RealisasiTanggal"/> for a Tanggal (deadline) target. Narasi targets have no
/// computable capaian.
/// </summary>
public sealed record CapaianIki(AspekIki Aspek, Target Target, decimal? RealisasiAngka, DateOnly? RealisasiTanggal = null)
{
    /// <summary>
    /// The IKI's own category (null: not assessable: narrative target, no realisasi, or a target without the numbers
    /// needed) and, for an Angka target, the capaian percentage (DOMAIN.md §1.8, thresholds from <see cref="AturanRating"/>):
    /// <list type="bullet">
    /// <item>Angka: realisasi ÷ target × 100 (target ÷ realisasi for <see cref="AturanRating.AspekMakinKecilMakinBaik"/>);
    /// a target of 0 has no percentage, then realisasi equal to it is Sesuai, better is Di Atas, worse Di Bawah;</item>
    /// <item>Rentang: inside min–max is Sesuai, above max Di Atas, below min Di Bawah (reversed when less is better);</item>
    /// <item>Tanggal: done on or before the date is Sesuai, later Di Bawah (being early is not rated above: unconfirmed);</item>
    /// <item>Narasi: null, the pejabat penilai judges it.</item>
    /// </list>
    /// </summary>
    public (Rating? Kategori, decimal? Persen) Nilai(AturanRating? aturan = null)
    {
        aturan ??= AturanRating.Bawaan;
        var kecilLebihBaik = aturan.AspekMakinKecilMakinBaik.Contains(Aspek);
        return Target.Jenis switch
        {
            JenisTarget.Angka => NilaiAngka(aturan, kecilLebihBaik),
            JenisTarget.Rentang => (NilaiRentang(kecilLebihBaik), null),
            JenisTarget.Tanggal when Target.Tanggal is { } batas && RealisasiTanggal is { } selesai =>
                (selesai <= batas ? Rating.SesuaiEkspektasi : Rating.DiBawahEkspektasi, null),
            _ => (null, null),
        };
    }

    private (Rating?, decimal?) NilaiAngka(AturanRating aturan, bool kecilLebihBaik)
    {
        if (Target.Nilai is not { } target || RealisasiAngka is not { } realisasi || target < 0 || realisasi < 0)
        {
            return (null, null);
        }

        if (target == 0)
        {
            return (Banding(realisasi.CompareTo(0m), kecilLebihBaik), null);
        }

        if (kecilLebihBaik && realisasi == 0)
        {
            return (Rating.DiAtasEkspektasi, null);
        }

        var persen = Math.Round((kecilLebihBaik ? target / realisasi : realisasi / target) * 100m, 2);
        var kategori = persen > aturan.PersenDiAtas ? Rating.DiAtasEkspektasi
            : persen >= aturan.PersenSesuai ? Rating.SesuaiEkspektasi
            : Rating.DiBawahEkspektasi;
        return (kategori, persen);
    }

    private Rating? NilaiRentang(bool kecilLebihBaik)
    {
        if (Target.Nilai is not { } min || Target.NilaiMaksimum is not { } maks || min > maks || RealisasiAngka is not { } realisasi)
        {
            return null;
        }

        var arah = realisasi > maks ? 1 : realisasi < min ? -1 : 0;
        return Banding(arah, kecilLebihBaik);
    }

    /// <summary>Sign of realisasi − target (+1 more, −1 less) to a category.</summary>
    private static Rating Banding(int arah, bool kecilLebihBaik)
    {
        if (kecilLebihBaik)
        {
            arah = -arah;
        }

        return arah > 0 ? Rating.DiAtasEkspektasi : arah < 0 ? Rating.DiBawahEkspektasi : Rating.SesuaiEkspektasi;
    }
}

/// <summary>The IKI capaian of one RHK in a period (DOMAIN.md §1.3: an RHK has one or more IKI).</summary>
public sealed record CapaianRhk(JenisRhk Jenis, IReadOnlyList<CapaianIki> Indikator)
{
    /// <summary>
    /// The RHK's category from its assessable IKI (null when none is): Di Bawah when any IKI is below, Di Atas when
    /// all are above, otherwise Sesuai. This worst-first reading (an RHK is only above expectation if every
    /// measure of it is) is this application's choice: <b>unconfirmed</b>.
    /// </summary>
    public Rating? Kategori(AturanRating? aturan = null)
    {
        var kategori = Indikator.Select(i => i.Nilai(aturan).Kategori).OfType<Rating>().ToList();
        if (kategori.Count == 0)
        {
            return null;
        }

        return kategori.Contains(Rating.DiBawahEkspektasi) ? Rating.DiBawahEkspektasi
            : kategori.All(k => k == Rating.DiAtasEkspektasi) ? Rating.DiAtasEkspektasi
            : Rating.SesuaiEkspektasi;
    }
}
