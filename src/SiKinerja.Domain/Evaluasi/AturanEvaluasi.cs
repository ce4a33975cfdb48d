namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// Instansi settings of the evaluation workflow (<see cref="EvaluasiPeriode"/>), read from the configuration section
/// <c>Evaluasi</c> (e.g. <c>Evaluasi:BatasHariKeberatan</c>); the app refuses to start with a value outside
/// <see cref="Sah"/>.
/// </summary>
public sealed record AturanEvaluasi
{
    /// <summary>Upper bound of <see cref="BatasHariKeberatan"/>: longer than a performance year makes no sense.</summary>
    public const int BatasHariMaksimum = 365;

    /// <summary>
    /// Default 14 (<b>unconfirmed</b>: the issue asks for a configurable number of days, the regulation read gives
    /// none): a keberatan may be filed until this many days (× 24 hours, on the UTC clock) after finalisation.
    /// 0 leaves no time for a keberatan at all (only at the very moment of finalisation).
    /// </summary>
    public int BatasHariKeberatan { get; init; } = 14;

    /// <summary>True when the settings can be used: 0 ≤ <see cref="BatasHariKeberatan"/> ≤ <see cref="BatasHariMaksimum"/>.</summary>
    public bool Sah => BatasHariKeberatan is >= 0 and <= BatasHariMaksimum;

    public static AturanEvaluasi Bawaan { get; } = new();
}
