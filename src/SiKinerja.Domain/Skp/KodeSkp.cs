namespace SiKinerja.Domain.Skp;

/// <summary>
/// Resource keys of the SKP domain (<see cref="Common.DomainException.Kode"/> and <see cref="TemuanSkp.Kode"/>).
/// Every constant here has a text in the web project's SharedResource files; a unit test checks that.
/// </summary>
public static class KodeSkp
{
    // Refused operations (DomainException).
    public const string TeksWajib = "Skp.TeksWajib";
    public const string TeksTerlaluPanjang = "Skp.TeksTerlaluPanjang";
    public const string PeriodeTidakValid = "Skp.PeriodeTidakValid";
    public const string TidakDapatDiubah = "Skp.TidakDapatDiubah";
    public const string StatusTidakSesuai = "Skp.StatusTidakSesuai";
    public const string CatatanWajib = "Skp.CatatanWajib";
    public const string EkspektasiTidakLengkap = "Skp.EkspektasiTidakLengkap";
    public const string MasihAdaGalat = "Skp.MasihAdaGalat";
    public const string SudahDitutup = "Skp.SudahDitutup";
    public const string TanggalTutupTidakValid = "Skp.TanggalTutupTidakValid";
    public const string BelumDitutup = "Skp.BelumDitutup";
    public const string PegawaiBerbeda = "Skp.PegawaiBerbeda";
    public const string RevisiHanyaDariDisetujui = "Skp.RevisiHanyaDariDisetujui";
    public const string SudahDirevisi = "Skp.SudahDirevisi";
    public const string RhkTidakDitemukan = "Skp.RhkTidakDitemukan";
    public const string IkiTidakDitemukan = "Skp.IkiTidakDitemukan";
    public const string TautanGanda = "Skp.TautanGanda";
    public const string TargetDiLuarBatas = "Skp.TargetDiLuarBatas";
    public const string UrutanTidakValid = "Skp.UrutanTidakValid";
    public const string PenilaiSamaDenganPegawai = "Skp.PenilaiSamaDenganPegawai";
    public const string SnapshotTidakDapatDiperbarui = "Skp.SnapshotTidakDapatDiperbarui";

    // SMART findings (TemuanSkp).
    public const string TargetTanpaAngka = "Skp.Temuan.TargetTanpaAngka";
    public const string TargetTanpaSatuan = "Skp.Temuan.TargetTanpaSatuan";
    public const string RentangTerbalik = "Skp.Temuan.RentangTerbalik";
    public const string TargetNegatif = "Skp.Temuan.TargetNegatif";
    public const string TargetTidakWajar = "Skp.Temuan.TargetTidakWajar";
    public const string PersenLebihDari100 = "Skp.Temuan.PersenLebihDari100";
    public const string TargetHarusTerukur = "Skp.Temuan.TargetHarusTerukur";
    public const string TargetBukanNarasi = "Skp.Temuan.TargetBukanNarasi";
    public const string TargetTanggalBukanWaktu = "Skp.Temuan.TargetTanggalBukanWaktu";
    public const string TargetWaktuDiLuarPeriode = "Skp.Temuan.TargetWaktuDiLuarPeriode";
    public const string TargetWaktuMelebihiPeriode = "Skp.Temuan.TargetWaktuMelebihiPeriode";
    public const string RhkBelumDiintervensi = "Skp.Temuan.RhkBelumDiintervensi";
    public const string RhkMenungguSkpAtasan = "Skp.Temuan.RhkMenungguSkpAtasan";
    public const string RhkTanpaSasaranOrganisasi = "Skp.Temuan.RhkTanpaSasaranOrganisasi";
    public const string RhkGanda = "Skp.Temuan.RhkGanda";
    public const string TanpaRhkUtama = "Skp.Temuan.TanpaRhkUtama";
    public const string RhkTanpaIki = "Skp.Temuan.RhkTanpaIki";
    public const string RhkKurang = "Skp.Temuan.RhkKurang";
    public const string RhkTerlaluBanyak = "Skp.Temuan.RhkTerlaluBanyak";
}
