using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>Counts the SQL queries (readers) a context runs, for the tests that pin a page's query count.</summary>
public sealed class PenghitungPerintah : DbCommandInterceptor
{
    private int _jumlah;

    public int Jumlah => _jumlah;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _jumlah);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _jumlah);
        return base.ReaderExecuting(command, eventData, result);
    }
}
