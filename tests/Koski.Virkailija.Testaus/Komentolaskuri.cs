using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// Counts the SQL commands EF Core sends and the wall time they take (reader commands until the reader is opened),
/// so that a benchmark can print round trips per operation and how much of the time is the database's.
/// </summary>
public sealed class Komentolaskuri : DbCommandInterceptor
{
    private long komentoja;
    private long tiketit;

    public long Komentoja => Interlocked.Read(ref komentoja);
    public TimeSpan Aika => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref tiketit));

    /// <summary>Keep the SQL of every command (for a test's failure message).</summary>
    public bool MuistaLauseet { get; init; }
    public ConcurrentQueue<string> Lauseet { get; } = new();

    public void Nollaa()
    {
        Lauseet.Clear();
        Interlocked.Exchange(ref komentoja, 0);
        Interlocked.Exchange(ref tiketit, 0);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        Kirjaa(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Kirjaa(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Kirjaa(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Kirjaa(command, eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Kirjaa(command, eventData.Duration);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Kirjaa(command, eventData.Duration);
        return result;
    }

    private void Kirjaa(DbCommand komento, TimeSpan kesto)
    {
        if (MuistaLauseet) Lauseet.Enqueue(komento.CommandText);
        Interlocked.Increment(ref komentoja);
        Interlocked.Add(ref tiketit, (long)(kesto.TotalSeconds * Stopwatch.Frequency));
    }
}
