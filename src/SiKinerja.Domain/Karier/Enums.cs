namespace SiKinerja.Domain.Karier;

/// <summary>Kinds of penghargaan (DOMAIN.md §9). Stored by name.</summary>
public enum JenisPenghargaan
{
    /// <summary>Satyalancana Karya Satya X tahun (bronze).</summary>
    SatyalancanaX = 1,

    /// <summary>Satyalancana Karya Satya XX tahun (silver).</summary>
    SatyalancanaXX = 2,

    /// <summary>Satyalancana Karya Satya XXX tahun (gold).</summary>
    SatyalancanaXXX = 3,

    PegawaiBerprestasi = 4,
    PegawaiTeladan = 5,
    Inovasi = 6,
    Lainnya = 99,
}

/// <summary>Tingkat hukuman disiplin (PP 94/2021).</summary>
public enum TingkatHukuman
{
    Ringan = 1,
    Sedang = 2,
    Berat = 3,
}
