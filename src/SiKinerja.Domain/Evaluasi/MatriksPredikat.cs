using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// The 3×3 "kuadran kinerja" (DOMAIN.md §3.1): the predikat follows from Rating Hasil Kerja and Rating Perilaku
/// Kerja and is never typed.
/// <code>
/// Hasil ↓ / Perilaku →   Di Bawah        Sesuai            Di Atas
/// Di Atas                Kurang          Baik              Sangat Baik
/// Sesuai                 Kurang          Baik              Baik
/// Di Bawah               Sangat Kurang   Butuh Perbaikan   Butuh Perbaikan
/// </code>
/// </summary>
public static class MatriksPredikat
{
    public static PredikatKinerja Dari(Rating ratingHasil, Rating ratingPerilaku)
    {
        Periksa(ratingHasil);
        Periksa(ratingPerilaku);
        return (ratingHasil, ratingPerilaku) switch
        {
            (Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi) => PredikatKinerja.SangatBaik,
            (Rating.DiBawahEkspektasi, Rating.DiBawahEkspektasi) => PredikatKinerja.SangatKurang,
            (Rating.DiBawahEkspektasi, _) => PredikatKinerja.ButuhPerbaikan,
            (_, Rating.DiBawahEkspektasi) => PredikatKinerja.Kurang,
            _ => PredikatKinerja.Baik,
        };
    }

    internal static void Periksa(Rating rating)
    {
        if (!Enum.IsDefined(rating))
        {
            throw new DomainException(KodeEvaluasi.RatingTidakValid);
        }
    }
}
