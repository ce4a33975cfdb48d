namespace SiKinerja.Infrastructure.Audit;

/// <summary>One change to an audited entity: who, when, and the values before and after (JSON).</summary>
public class AuditEntry
{
    public const int EntitasMaxLength = 64;
    public const int PenggunaMaxLength = 64;

    public long Id { get; set; }

    public string Entitas { get; set; } = string.Empty;

    public int EntitasId { get; set; }

    public AksiAudit Aksi { get; set; }

    /// <summary>NIP or user name of whoever made the change; "sistem" for background work.</summary>
    public string Pengguna { get; set; } = string.Empty;

    public DateTime WaktuUtc { get; set; }

    public string? Sebelum { get; set; }

    public string? Sesudah { get; set; }
}

public enum AksiAudit
{
    Tambah = 1,
    Ubah = 2,
    Hapus = 3,
}
