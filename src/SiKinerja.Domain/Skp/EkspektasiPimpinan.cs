namespace SiKinerja.Domain.Skp;

/// <summary>
/// Ekspektasi Khusus Pimpinan for one BerAKHLAK value, written by the pejabat penilai at approval
/// (DOMAIN.md §2; PERILAKU KERJA table, DOMAIN.md §1.3). An approved SKP has exactly one per value.
/// </summary>
public class EkspektasiPimpinan
{
    public const int TeksMaxLength = 1000;

    private EkspektasiPimpinan()
    {
        Teks = string.Empty;
    }

    internal EkspektasiPimpinan(NilaiBerakhlak nilai, string teks)
    {
        Nilai = nilai;
        Teks = TeksSkp.Wajib(teks, TeksMaxLength);
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public NilaiBerakhlak Nilai { get; private set; }

    public string Teks { get; private set; }

    internal EkspektasiPimpinan Salin() => new(Nilai, Teks);
}
