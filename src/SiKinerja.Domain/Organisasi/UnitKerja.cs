using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Organisasi;

/// <summary>
/// A node of the unit tree (SIASN "UNOR"). Never hard-deleted: a dissolved unit is made inactive so
/// the SKP and history that point at it stay readable.
/// </summary>
public class UnitKerja : IAuditable
{
    public const int NamaMaxLength = 200;
    public const int KodeMaxLength = 64;

    private UnitKerja()
    {
        Nama = string.Empty;
    }

    public UnitKerja(string nama, JenisUnitKerja jenis, int? parentId, string? kode = null)
    {
        Nama = nama;
        Jenis = jenis;
        ParentId = parentId;
        Kode = kode;
        Aktif = true;
    }

    public int Id { get; private set; }

    /// <summary>External identifier (SIASN UNOR ID) used to match rows on import.</summary>
    public string? Kode { get; set; }

    public string Nama { get; set; }

    public JenisUnitKerja Jenis { get; set; }

    public int? ParentId { get; private set; }

    public UnitKerja? Parent { get; private set; }

    public bool Aktif { get; set; }

    public int Version { get; set; }

    /// <summary>Moves the unit; <paramref name="parentOf"/> answers the current parent of any unit.</summary>
    public void PindahKe(int? parentId, Func<int, int?> parentOf)
    {
        if (parentId is { } p && Id != 0 && Pohon.MembuatSiklus(Id, p, parentOf))
        {
            throw new DomainException("UnitKerja.SiklusInduk");
        }

        ParentId = parentId;
    }

    /// <summary>A Pemda is the root of the tree and only the root: every other unit sits under a parent.</summary>
    public static bool PosisiSesuai(JenisUnitKerja jenis, int? parentId) =>
        (jenis == JenisUnitKerja.Pemda) == (parentId is null);

    /// <summary>Changes kind and parent together, refusing a Pemda below the top, a non-root without parent, and loops.</summary>
    public void UbahPosisi(JenisUnitKerja jenis, int? parentId, Func<int, int?> parentOf)
    {
        if (!PosisiSesuai(jenis, parentId))
        {
            throw new DomainException(jenis == JenisUnitKerja.Pemda ? "UnitKerja.PemdaHanyaPuncak" : "UnitKerja.IndukWajib");
        }

        PindahKe(parentId, parentOf);
        Jenis = jenis;
    }
}
