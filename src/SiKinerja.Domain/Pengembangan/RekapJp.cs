namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// How the Admin BKD's JP recap counts one employee's year (pure; the SQL of the recap applies the same rules): verified
/// activities count toward the yearly target, submitted ones are shown apart as pending, refused ones do not count; an
/// activity counts in the year it ended (<see cref="AturanJp.TahunDari"/>, stored as <see cref="KegiatanPengembangan.Tahun"/>).
/// </summary>
public static class RekapJp
{
    public static bool Dihitung(StatusKegiatan status) => status == StatusKegiatan.Terverifikasi;

    public static bool Tertunda(StatusKegiatan status) => status == StatusKegiatan.Diajukan;

    /// <summary>The verified JP of one employee for <paramref name="tahun"/> from (year ended, status, JP) rows.</summary>
    public static int JpTerverifikasi(IEnumerable<(int Tahun, StatusKegiatan Status, int Jp)> kegiatan, int tahun) =>
        kegiatan.Where(k => k.Tahun == tahun && Dihitung(k.Status)).Sum(k => k.Jp);

    public static int JpTertunda(IEnumerable<(int Tahun, StatusKegiatan Status, int Jp)> kegiatan, int tahun) =>
        kegiatan.Where(k => k.Tahun == tahun && Tertunda(k.Status)).Sum(k => k.Jp);

    public static bool Tercapai(int jpTerverifikasi, int target) => jpTerverifikasi >= target;

    /// <summary>JP still missing to reach the target, 0 when reached.</summary>
    public static int Kekurangan(int jpTerverifikasi, int target) => Math.Max(0, target - jpTerverifikasi);

    /// <summary>Average verified JP per employee with one decimal; 0 for no employee.</summary>
    public static decimal RataRata(int jumlahJp, int jumlahPegawai) =>
        jumlahPegawai <= 0 ? 0 : Math.Round((decimal)jumlahJp / jumlahPegawai, 1, MidpointRounding.AwayFromZero);
}
