namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// Suggests the Rating Hasil Kerja from the RHK capaian (DOMAIN.md §1.8, as BKN teaches PermenPANRB 6/2022):
/// <list type="number">
/// <item>Di Bawah Ekspektasi: most or all assessed RHK are below expectation;</item>
/// <item>Di Atas Ekspektasi: most or all are above, and no RHK utama is below;</item>
/// <item>otherwise Sesuai Ekspektasi (also when most are above but an RHK utama is below).</item>
/// </list>
/// "Most" and which RHK count come from <see cref="AturanRating"/> (unconfirmed). RHK without an assessable IKI
/// (narrative targets, no realisasi) are left out; when none is left there is no suggestion.
/// </summary>
public static class SaranRatingHasil
{
    public static SaranRating Dari(IEnumerable<CapaianRhk> rhk, AturanRating? aturan = null)
    {
        ArgumentNullException.ThrowIfNull(rhk);
        aturan ??= AturanRating.Bawaan;
        var dinilai = rhk
            .Where(r => aturan.SertakanRhkTambahan || r.Jenis == Skp.JenisRhk.Utama)
            .Select(r => (r.Jenis, Kategori: r.Kategori(aturan)))
            .Where(r => r.Kategori is not null)
            .ToList();
        var jumlah = dinilai.Count;
        if (jumlah == 0)
        {
            return new SaranRating(null, KodeEvaluasi.SaranHasilTanpaData, []);
        }

        var diAtas = dinilai.Count(r => r.Kategori == Rating.DiAtasEkspektasi);
        var diBawah = dinilai.Count(r => r.Kategori == Rating.DiBawahEkspektasi);
        var utamaDiBawah = dinilai.Count(r => r.Jenis == Skp.JenisRhk.Utama && r.Kategori == Rating.DiBawahEkspektasi);
        bool SebagianBesar(int n) => n > aturan.PorsiSebagianBesar * jumlah;

        if (SebagianBesar(diBawah))
        {
            return new SaranRating(Rating.DiBawahEkspektasi, KodeEvaluasi.SaranHasilSebagianBesarDiBawah, [diBawah, jumlah]);
        }

        if (SebagianBesar(diAtas))
        {
            return utamaDiBawah == 0
                ? new SaranRating(Rating.DiAtasEkspektasi, KodeEvaluasi.SaranHasilSebagianBesarDiAtas, [diAtas, jumlah])
                : new SaranRating(Rating.SesuaiEkspektasi, KodeEvaluasi.SaranHasilUtamaDiBawah, [diAtas, jumlah, utamaDiBawah]);
        }

        return new SaranRating(Rating.SesuaiEkspektasi, KodeEvaluasi.SaranHasilSesuai, [jumlah - diAtas - diBawah, jumlah]);
    }
}
