namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// For the head of a unit the unit's capaian kinerja organisasi is their Rating Hasil Kerja (DOMAIN.md §1.5, §3.2).
/// The two scales differ (three ratings, five organisation predikat), so the correspondence is this application's
/// reading (<b>unconfirmed</b>), used only as a suggestion in both directions:
/// Di Atas ↔ Istimewa, Sesuai ↔ Baik, Di Bawah ↔ Butuh Perbaikan (Kurang and Sangat Kurang also read as Di Bawah).
/// </summary>
public static class CapaianOrganisasi
{
    /// <summary>The organisation predikat suggested by the head's Rating Hasil Kerja.</summary>
    public static PredikatOrganisasi PredikatDari(Rating ratingHasilKepala) => ratingHasilKepala switch
    {
        Rating.DiAtasEkspektasi => PredikatOrganisasi.Istimewa,
        Rating.SesuaiEkspektasi => PredikatOrganisasi.Baik,
        Rating.DiBawahEkspektasi => PredikatOrganisasi.ButuhPerbaikan,
        _ => throw new ArgumentOutOfRangeException(nameof(ratingHasilKepala)),
    };

    /// <summary>The head's Rating Hasil Kerja suggested by the unit's organisation predikat.</summary>
    public static Rating RatingHasilDari(PredikatOrganisasi organisasi) => organisasi switch
    {
        PredikatOrganisasi.Istimewa => Rating.DiAtasEkspektasi,
        PredikatOrganisasi.Baik => Rating.SesuaiEkspektasi,
        PredikatOrganisasi.ButuhPerbaikan or PredikatOrganisasi.Kurang or PredikatOrganisasi.SangatKurang => Rating.DiBawahEkspektasi,
        _ => throw new ArgumentOutOfRangeException(nameof(organisasi)),
    };
}
