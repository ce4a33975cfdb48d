using BenchmarkDotNet.Running;

namespace SiKinerja.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// BenchmarkDotNet benchmarks, or with <c>--beban</c> first the period-close load test
    /// (<see cref="PenutupanPeriodeBeban"/>), which measures latency percentiles under concurrency instead, or with
    /// <c>--cetak</c> the batch print run (<see cref="CetakMassalBeban"/>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--beban")
        {
            return PenutupanPeriodeBeban.JalankanAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && args[0] == "--cetak")
        {
            return CetakMassalBeban.JalankanAsync(args[1..]).GetAwaiter().GetResult();
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
