namespace SiKinerja.Domain.Organisasi;

/// <summary>Kinds of position under UU 5/2014 (DOMAIN.md §6.3).</summary>
public enum JenisJabatan
{
    JptUtama = 1,
    JptMadya = 2,
    JptPratama = 3,
    Administrator = 4,
    Pengawas = 5,
    Pelaksana = 6,
    FungsionalKeahlian = 7,
    FungsionalKeterampilan = 8,
}

/// <summary>Jenjang of a jabatan fungsional (PermenPANRB 1/2023).</summary>
public enum JenjangFungsional
{
    AhliPertama = 1,
    AhliMuda = 2,
    AhliMadya = 3,
    AhliUtama = 4,
    Pemula = 11,
    Terampil = 12,
    Mahir = 13,
    Penyelia = 14,
}

public static class JenisJabatanExtensions
{
    /// <summary>JPT, Administrator and Pengawas lead a unit; the others do not.</summary>
    public static bool IsManajerial(this JenisJabatan jenis) => jenis <= JenisJabatan.Pengawas;

    public static bool IsFungsional(this JenisJabatan jenis) =>
        jenis is JenisJabatan.FungsionalKeahlian or JenisJabatan.FungsionalKeterampilan;

    /// <summary>Which jenjang belong to which kind of fungsional; other kinds have none.</summary>
    public static bool CocokDengan(this JenisJabatan jenis, JenjangFungsional? jenjang) => jenis switch
    {
        JenisJabatan.FungsionalKeahlian => jenjang is >= JenjangFungsional.AhliPertama and <= JenjangFungsional.AhliUtama,
        JenisJabatan.FungsionalKeterampilan => jenjang is >= JenjangFungsional.Pemula and <= JenjangFungsional.Penyelia,
        _ => jenjang is null,
    };
}
