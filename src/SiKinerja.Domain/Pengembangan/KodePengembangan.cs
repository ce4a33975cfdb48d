namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// Resource keys of the competency domain (<see cref="Common.DomainException.Kode"/>). Every constant here has a text in the
/// web project's SharedResource files; a unit test checks that.
/// </summary>
public static class KodePengembangan
{
    public const string TeksWajib = "Pengembangan.TeksWajib";
    public const string TeksTerlaluPanjang = "Pengembangan.TeksTerlaluPanjang";
    public const string JenisTidakValid = "Pengembangan.JenisTidakValid";
    public const string TanggalTerbalik = "Pengembangan.TanggalTerbalik";
    public const string JpTidakValid = "Pengembangan.JpTidakValid";
    public const string SudahDiverifikasi = "Pengembangan.SudahDiverifikasi";
    public const string BelumDiverifikasi = "Pengembangan.BelumDiverifikasi";
    public const string StatusTidakSesuai = "Pengembangan.StatusTidakSesuai";
    public const string AlasanWajib = "Pengembangan.AlasanWajib";
    public const string KebutuhanTidakTerbuka = "Pengembangan.KebutuhanTidakTerbuka";
    public const string LevelTidakValid = "Pengembangan.LevelTidakValid";
    public const string NilaiPotensiTidakValid = "Pengembangan.NilaiPotensiTidakValid";
    public const string KompetensiGanda = "Pengembangan.KompetensiGanda";
    public const string BatasTalentaTidakValid = "Pengembangan.BatasTalentaTidakValid";
}
