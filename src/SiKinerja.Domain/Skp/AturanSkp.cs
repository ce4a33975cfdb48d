namespace SiKinerja.Domain.Skp;

/// <summary>
/// Instansi settings of the SMART check. The regulation fixes none of these numbers (DOMAIN.md §1: where it is
/// unconfirmed the rule is a setting with a documented default), so all defaults are <b>unconfirmed</b>.
/// </summary>
public sealed record AturanSkp
{
    /// <summary>Default 1 (unconfirmed): an SKP needs at least one RHK.</summary>
    public int RhkMinimum { get; init; } = 1;

    /// <summary>Default 15 (unconfirmed; the size the performance target is built for).</summary>
    public int RhkMaksimum { get; init; } = 15;

    /// <summary>
    /// Default true (DOMAIN.md §1.3: each RHK must intervene an RHK of the direct leader). When true an unlinked
    /// RHK of an employee who has a pejabat penilai is an error; when false only a warning.
    /// </summary>
    public bool WajibIntervensi { get; init; } = true;

    /// <summary>Default 1,000,000,000,000 (unconfirmed): a larger target is "absurd" (also covers budgets in rupiah).</summary>
    public decimal NilaiTargetMaksimum { get; init; } = 1_000_000_000_000m;

    public static AturanSkp Bawaan { get; } = new();
}
