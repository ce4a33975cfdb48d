namespace SiKinerja.Infrastructure.Dokumen;

/// <summary>
/// One printed official document, found by the verification code printed on it (issue 5): which document of which
/// record (<see cref="Jenis"/> and the record key <see cref="Id1"/>/<see cref="Id2"/>) and the SHA-256 of the content it
/// showed. The verification page rebuilds the document's content from the current records and compares hashes: same →
/// sah, different or gone → berubah. Printing the same content again reuses the row, so a batch reprint adds nothing.
/// Not audited: it is a record of printing, written by reads.
/// </summary>
public class DokumenTercetak
{
    public const int KodeLength = 12;
    public const int HashLength = 64;
    public const int JudulMaxLength = 300;
    public const int PenggunaMaxLength = 64;

    private DokumenTercetak()
    {
        Kode = string.Empty;
        Hash = string.Empty;
        Judul = string.Empty;
        DicetakOleh = string.Empty;
    }

    public DokumenTercetak(string kode, int jenis, int id1, int id2, string hash, string judul, string dicetakOleh, DateTime dicetakUtc)
    {
        Kode = kode;
        Jenis = jenis;
        Id1 = id1;
        Id2 = id2;
        Hash = hash;
        Judul = judul.Length <= JudulMaxLength ? judul : judul[..JudulMaxLength];
        DicetakOleh = dicetakOleh.Length <= PenggunaMaxLength ? dicetakOleh : dicetakOleh[..PenggunaMaxLength];
        DicetakUtc = dicetakUtc;
    }

    public int Id { get; private set; }

    /// <summary>Random, upper-case Crockford base32 (60 bits): printed and encoded in the QR code.</summary>
    public string Kode { get; private set; }

    /// <summary>The document kind (the web layer's <c>JenisDokumen</c>).</summary>
    public int Jenis { get; private set; }

    public int Id1 { get; private set; }

    /// <summary>Second part of the record key (0 when the kind has one).</summary>
    public int Id2 { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the document's content model.</summary>
    public string Hash { get; private set; }

    /// <summary>What the verification page names: the document title and whose it is (name and NIP, or unit).</summary>
    public string Judul { get; private set; }

    /// <summary>NIP (or user name) of whoever printed it first.</summary>
    public string DicetakOleh { get; private set; }

    public DateTime DicetakUtc { get; private set; }
}
