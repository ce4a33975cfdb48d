using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// A competency of the instansi's catalogue (Standar Kompetensi Jabatan, PermenPANRB 38/2017): teknis, manajerial or sosial
/// kultural, with levels 1–5. Kept by the Admin BKD; deactivated, never deleted. Audited and versioned.
/// </summary>
public class Kompetensi : IAuditable
{
    public const int KodeMaxLength = 20;
    public const int NamaMaxLength = 200;
    public const int DeskripsiMaxLength = 2000;
    public const int LevelMinimum = 1;
    public const int LevelMaksimum = 5;

    private Kompetensi()
    {
        Kode = string.Empty;
        Nama = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>Short unique code, e.g. <c>M-01</c> or <c>T-KEU-03</c>.</summary>
    public string Kode { get; private set; }

    public string Nama { get; private set; }

    public JenisKompetensi Jenis { get; private set; }

    public string? Deskripsi { get; private set; }

    public bool Aktif { get; private set; }

    public int Version { get; set; }

    public static Kompetensi Buat(string kode, string nama, JenisKompetensi jenis, string? deskripsi)
    {
        var k = new Kompetensi { Aktif = true };
        k.Ubah(kode, nama, jenis, deskripsi);
        return k;
    }

    public void Ubah(string kode, string nama, JenisKompetensi jenis, string? deskripsi)
    {
        Kode = Teks.Wajib(kode, KodeMaxLength).ToUpperInvariant();
        Nama = Teks.Wajib(nama, NamaMaxLength);
        Jenis = Teks.Enum(jenis);
        Deskripsi = Teks.Opsional(deskripsi, DeskripsiMaxLength);
    }

    public void AturAktif(bool aktif) => Aktif = aktif;

    public static int PeriksaLevel(int level) =>
        level is < LevelMinimum or > LevelMaksimum
            ? throw new DomainException(KodePengembangan.LevelTidakValid, LevelMinimum, LevelMaksimum)
            : level;
}

/// <summary>The level of one competency a position requires (one row per position and competency). Audited and versioned.</summary>
public class StandarKompetensiJabatan : IAuditable
{
    private StandarKompetensiJabatan()
    {
    }

    public int Id { get; private set; }

    public int JabatanId { get; private set; }

    public int KompetensiId { get; private set; }

    public int Level { get; private set; }

    public int Version { get; set; }

    public static StandarKompetensiJabatan Buat(int jabatanId, int kompetensiId, int level) =>
        new() { JabatanId = jabatanId, KompetensiId = kompetensiId, Level = Kompetensi.PeriksaLevel(level) };

    public void UbahLevel(int level) => Level = Kompetensi.PeriksaLevel(level);
}
