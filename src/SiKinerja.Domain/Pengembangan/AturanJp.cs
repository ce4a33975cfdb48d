namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// The 20 JP a year rule (PP 11/2017 jo. PP 17/2020; DOMAIN.md §8): 1 JP = 45 minutes; an activity's JP count in the year
/// it ended (the certificate's year), also when it started in the year before. The yearly target is a setting
/// (<c>Pengembangan:TargetTahunan</c>, default 20).
/// </summary>
public sealed class AturanJp
{
    public const int MenitPerJp = 45;
    public const int JpMinimum = 1;

    /// <summary>A sanity bound for one record (a long diklat such as PKA is about 700 JP).</summary>
    public const int JpMaksimum = 2000;

    public int TargetTahunan { get; set; } = 20;

    public bool Sah => TargetTahunan is > 0 and <= 1000;

    public static int TahunDari(DateOnly mulai, DateOnly selesai) => selesai.Year;

    public static JalurPengembangan Jalur(JenisKegiatanPengembangan jenis) => jenis switch
    {
        JenisKegiatanPengembangan.Diklat or JenisKegiatanPengembangan.Kursus or JenisKegiatanPengembangan.Seminar
            or JenisKegiatanPengembangan.Workshop => JalurPengembangan.Klasikal,
        _ => JalurPengembangan.NonKlasikal,
    };

    /// <summary>Whole JP for a duration in minutes, rounded down (a started JP does not count).</summary>
    public static int JpDariMenit(int menit) => menit <= 0 ? 0 : menit / MenitPerJp;
}
