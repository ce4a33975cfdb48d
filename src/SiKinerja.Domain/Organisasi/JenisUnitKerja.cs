namespace SiKinerja.Domain.Organisasi;

/// <summary>Levels of the unit tree (DOMAIN.md §6.4; level names vary per daerah).</summary>
public enum JenisUnitKerja
{
    Pemda = 1,
    PerangkatDaerah = 2,
    BidangBagian = 3,
    SeksiSubbagian = 4,
    Upt = 5,
}
