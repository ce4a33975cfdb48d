namespace SiKinerja.Domain.Evaluasi;

/// <summary>Instansi settings of the evaluation workflow (<see cref="EvaluasiPeriode"/>).</summary>
public sealed record AturanEvaluasi
{
    /// <summary>
    /// Default 14 (<b>unconfirmed</b>: the issue asks for a configurable number of days, the regulation read gives
    /// none): a keberatan may be filed until this many days (× 24 hours, on the UTC clock) after finalisation.
    /// </summary>
    public int BatasHariKeberatan { get; init; } = 14;

    public static AturanEvaluasi Bawaan { get; } = new();
}
