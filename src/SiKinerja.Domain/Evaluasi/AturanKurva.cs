namespace SiKinerja.Domain.Evaluasi;

/// <summary>How a "paling banyak p %" bound becomes a number of people.</summary>
public enum PembulatanMaksimum
{
    /// <summary>On the exact count: at most ⌊p × n ÷ 100⌋ people (3 of 5 may not exceed 10 %: none may).</summary>
    Tepat = 1,

    /// <summary>Up to the next whole person: at most ⌈p × n ÷ 100⌉ (10 % of 5 allows one).</summary>
    KeAtas = 2,

    /// <summary>
    /// The exact count, with the fraction as a warning: more than ⌊p × n ÷ 100⌋ people is a warning, more than
    /// ⌈p × n ÷ 100⌉ blocks (70 % of a one-person unit: one is a warning, not a refusal; 0 % always blocks).
    /// The counterpart of <see cref="AturanKurva.MinimumPecahanHanyaPeringatan"/> for a maximum.
    /// </summary>
    PecahanPeringatan = 3,
}

/// <summary>
/// Settings for small units in the distribution curve (<see cref="KurvaDistribusi"/>). SE MenPANRB 3/2023 gives only
/// percentages and small-unit rounding is <b>unconfirmed</b> (DOMAIN.md §3.2), so these defaults are this
/// application's documented choice:
/// <list type="bullet">
/// <item>a maximum ("paling banyak p %") is checked on the exact count; going over it by less than one whole person
/// (the fraction of p × n ÷ 100) is a warning, beyond that it blocks (<see cref="PembulatanMaksimum.PecahanPeringatan"/>),
/// so a one-person unit is not refused a Baik under "Baik at most 70 %";</item>
/// <item>a minimum ("paling sedikit p %") asks for ⌈p × n ÷ 100⌉ people and blocks only when p × n ÷ 100 is at least
/// one whole person (for 10 %: from 10 employees up); below that it is a warning;</item>
/// <item>"must include some BP and/or K" (org predikat Baik) asks for one person and blocks from
/// <see cref="UkuranBlokirWajibAda"/> employees up (10, the size at which the smallest percentage minimum, 10 %,
/// also blocks); below that it is a warning.</item>
/// </list>
/// </summary>
public sealed record AturanKurva
{
    /// <summary>Default <see cref="Evaluasi.PembulatanMaksimum.PecahanPeringatan"/> (unconfirmed).</summary>
    public PembulatanMaksimum PembulatanMaksimum { get; init; } = PembulatanMaksimum.PecahanPeringatan;

    /// <summary>Default true (unconfirmed): a minimum worth less than one whole person is a warning, not a block.</summary>
    public bool MinimumPecahanHanyaPeringatan { get; init; } = true;

    /// <summary>Default 10 (unconfirmed): unit size from which "must include some BP and/or K" blocks.</summary>
    public int UkuranBlokirWajibAda { get; init; } = 10;

    public static AturanKurva Bawaan { get; } = new();
}
