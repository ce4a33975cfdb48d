namespace SiKinerja.Domain.Skp;

/// <summary>
/// One step of the SKP workflow: from, to, who (NIP), when (UTC, passed in by the caller: the domain has no
/// clock) and the note (required when the SKP is returned). <see cref="Dari"/> is null for the creation of an
/// SKP or of a revision. An entry with <see cref="Dari"/> = <see cref="Ke"/> is a note without a transition (the SKP was
/// closed early, <see cref="Skp.Tutup(DateOnly, string, DateTime, string)"/>). Append-only.
/// </summary>
public class RiwayatStatusSkp
{
    public const int PelakuMaxLength = 32;
    public const int CatatanMaxLength = 2000;

    private RiwayatStatusSkp()
    {
        PelakuNip = string.Empty;
    }

    internal RiwayatStatusSkp(StatusSkp? dari, StatusSkp ke, string pelakuNip, DateTime waktuUtc, string? catatan)
    {
        if (waktuUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("UTC expected.", nameof(waktuUtc));
        }

        Dari = dari;
        Ke = ke;
        PelakuNip = TeksSkp.Wajib(pelakuNip, PelakuMaxLength);
        WaktuUtc = waktuUtc;
        Catatan = TeksSkp.Opsional(catatan, CatatanMaxLength);
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public StatusSkp? Dari { get; private set; }

    public StatusSkp Ke { get; private set; }

    public string PelakuNip { get; private set; }

    public DateTime WaktuUtc { get; private set; }

    public string? Catatan { get; private set; }
}
