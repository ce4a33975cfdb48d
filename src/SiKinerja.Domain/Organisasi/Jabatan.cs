using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Organisasi;

/// <summary>
/// A position in a unit and the position it reports to. Managerial positions have one holder;
/// a pelaksana or fungsional position may have several. A Plt/Plh can be put on a position that is
/// vacant or whose holder is away; they then act as the atasan of everyone reporting to it.
/// </summary>
public class Jabatan : IAuditable
{
    public const int NamaMaxLength = 200;
    public const int KodeMaxLength = 64;

    private Jabatan()
    {
        Nama = string.Empty;
    }

    public Jabatan(string nama, JenisJabatan jenis, JenjangFungsional? jenjang, int unitKerjaId, string? kode = null)
    {
        Nama = nama;
        UnitKerjaId = unitKerjaId;
        Kode = kode;
        Aktif = true;
        UbahJenis(jenis, jenjang);
    }

    public int Id { get; private set; }

    /// <summary>External identifier (SIASN JABATAN ID) used to match rows on import.</summary>
    public string? Kode { get; set; }

    public string Nama { get; set; }

    public JenisJabatan Jenis { get; private set; }

    public JenjangFungsional? Jenjang { get; private set; }

    public int UnitKerjaId { get; set; }

    public UnitKerja? UnitKerja { get; private set; }

    public int? AtasanJabatanId { get; private set; }

    public Jabatan? AtasanJabatan { get; private set; }

    /// <summary>Employee acting in this position (Plt/Plh), overriding the definitive holder as atasan.</summary>
    public int? PenggantiPegawaiId { get; private set; }

    public JenisPengganti? JenisPengganti { get; private set; }

    public bool Aktif { get; set; }

    public int Version { get; set; }

    public void UbahJenis(JenisJabatan jenis, JenjangFungsional? jenjang)
    {
        if (!jenis.CocokDengan(jenjang))
        {
            throw new DomainException("Jabatan.JenjangTidakSesuai");
        }

        Jenis = jenis;
        Jenjang = jenjang;
    }

    /// <summary>Sets the position this one reports to, refusing a loop in the position tree.</summary>
    public void LaporKe(int? atasanJabatanId, Func<int, int?> atasanOf)
    {
        if (atasanJabatanId is { } a && (a == Id || (Id != 0 && Pohon.MembuatSiklus(Id, a, atasanOf))))
        {
            throw new DomainException("Jabatan.SiklusAtasan");
        }

        AtasanJabatanId = atasanJabatanId;
    }

    public void TunjukPengganti(int? pegawaiId, JenisPengganti? jenis)
    {
        if ((pegawaiId is null) != (jenis is null))
        {
            throw new DomainException("Jabatan.PenggantiTidakLengkap");
        }

        PenggantiPegawaiId = pegawaiId;
        JenisPengganti = jenis;
    }
}

/// <summary>Pelaksana Tugas (vacant position) or Pelaksana Harian (holder temporarily away).</summary>
public enum JenisPengganti
{
    Plt = 1,
    Plh = 2,
}
