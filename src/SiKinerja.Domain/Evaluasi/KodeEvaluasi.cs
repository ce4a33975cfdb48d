namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// Resource keys of the evaluation domain (<see cref="Common.DomainException.Kode"/>, <see cref="SaranRating.Kode"/>,
/// <see cref="TemuanKurva.Kode"/>). Every constant here has a text in the web project's SharedResource files; a
/// unit test checks that.
/// </summary>
public static class KodeEvaluasi
{
    // Refused operations (DomainException).
    public const string RatingTidakValid = "Evaluasi.RatingTidakValid";
    public const string StatusTidakSesuai = "Evaluasi.StatusTidakSesuai";
    public const string TidakDapatDiubah = "Evaluasi.TidakDapatDiubah";
    public const string RatingBelumLengkap = "Evaluasi.RatingBelumLengkap";
    public const string AlasanWajib = "Evaluasi.AlasanWajib";
    public const string BatasKeberatanLewat = "Evaluasi.BatasKeberatanLewat";
    public const string KeberatanSudahDiajukan = "Evaluasi.KeberatanSudahDiajukan";
    public const string RealisasiNegatif = "Evaluasi.RealisasiNegatif";
    public const string RealisasiTerlaluBesar = "Evaluasi.RealisasiTerlaluBesar";
    public const string BuktiTerlaluBanyak = "Evaluasi.BuktiTerlaluBanyak";
    public const string TautanTidakValid = "Evaluasi.TautanTidakValid";
    public const string PredikatOrganisasiTidakValid = "Evaluasi.PredikatOrganisasiTidakValid";

    // Continuous feedback and peer input (UmpanBalik, PermintaanMasukan).
    public const string UmpanBalikSasaranTidakValid = "Evaluasi.UmpanBalik.SasaranTidakValid";
    public const string UmpanBalikBukanPenulis = "Evaluasi.UmpanBalik.BukanPenulis";
    public const string RekanTidakValid = "Evaluasi.UmpanBalik.RekanTidakValid";
    public const string PermintaanSudahAda = "Evaluasi.UmpanBalik.PermintaanSudahAda";
    public const string PermintaanTidakMenunggu = "Evaluasi.UmpanBalik.PermintaanTidakMenunggu";
    public const string PermintaanBukanUntukAnda = "Evaluasi.UmpanBalik.PermintaanBukanUntukAnda";
    public const string PermintaanBukanMilikAnda = "Evaluasi.UmpanBalik.PermintaanBukanMilikAnda";
    public const string MasukanWajib = "Evaluasi.UmpanBalik.MasukanWajib";

    // Rating suggestions (SaranRating).
    public const string SaranHasilTanpaData = "Evaluasi.Saran.Hasil.TanpaData";
    public const string SaranHasilSebagianBesarDiAtas = "Evaluasi.Saran.Hasil.SebagianBesarDiAtas";
    public const string SaranHasilSebagianBesarDiBawah = "Evaluasi.Saran.Hasil.SebagianBesarDiBawah";
    public const string SaranHasilUtamaDiBawah = "Evaluasi.Saran.Hasil.UtamaDiBawah";
    public const string SaranHasilSesuai = "Evaluasi.Saran.Hasil.Sesuai";
    public const string SaranPerilakuBelumLengkap = "Evaluasi.Saran.Perilaku.BelumLengkap";
    public const string SaranPerilakuNilaiPenentu = "Evaluasi.Saran.Perilaku.NilaiPenentu";
    public const string SaranPerilakuMayoritas = "Evaluasi.Saran.Perilaku.Mayoritas";
    public const string SaranPerilakuTanpaMayoritas = "Evaluasi.Saran.Perilaku.TanpaMayoritas";

    // Distribution curve findings (TemuanKurva).
    public const string KurvaMaksSangatBaik = "Evaluasi.Kurva.MaksSangatBaik";
    public const string KurvaMaksBaik = "Evaluasi.Kurva.MaksBaik";
    public const string KurvaWajibAdaButuhPerbaikanAtauKurang = "Evaluasi.Kurva.WajibAdaButuhPerbaikanAtauKurang";
    public const string KurvaMinButuhPerbaikan = "Evaluasi.Kurva.MinButuhPerbaikan";
    public const string KurvaMinKurang = "Evaluasi.Kurva.MinKurang";
    public const string KurvaMinSangatKurang = "Evaluasi.Kurva.MinSangatKurang";
    public const string KurvaMinKurangAtauButuhPerbaikan = "Evaluasi.Kurva.MinKurangAtauButuhPerbaikan";
    public const string KurvaTanpaSangatBaik = "Evaluasi.Kurva.TanpaSangatBaik";
}
