using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL queries (readers) a context runs, for the tests that pin a page's query count. <see cref="JumlahSelect"/>
/// counts the reads only: how writes are batched differs per provider (SQLite sends one INSERT per row, PostgreSQL batches).
/// </summary>
public sealed class PenghitungPerintah : DbCommandInterceptor
{
    private int _jumlah;
    private int _select;

    public int Jumlah => _jumlah;

    public int JumlahSelect => _select;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Hitung(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Hitung(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Hitung(DbCommand command)
    {
        Interlocked.Increment(ref _jumlah);
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _select);
        }
    }
}
