using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// Counts the round trips EF Core makes, its SQL commands and the transaction statements that go alone (COMMIT,
/// ROLLBACK, SAVEPOINT, RELEASE SAVEPOINT; BEGIN rides with the next command), and the wall time of the commands
/// and commits (reader commands until the reader is opened), so that a benchmark can print round trips per
/// operation and how much of the time is the database's.
/// </summary>
public sealed class Komentolaskuri : DbCommandInterceptor, IDbTransactionInterceptor
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

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) => Kirjaa("COMMIT", eventData.Duration);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) => Kirjaa("ROLLBACK", eventData.Duration);

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        CancellationToken cancellationToken = default) => Kirjaa("SAVEPOINT", TimeSpan.Zero);

    public Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        CancellationToken cancellationToken = default) => Kirjaa("RELEASE SAVEPOINT", TimeSpan.Zero);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Kirjaa("COMMIT", eventData.Duration);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Kirjaa("ROLLBACK", eventData.Duration);

    public void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Kirjaa("SAVEPOINT", TimeSpan.Zero);

    public void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) =>
        Kirjaa("RELEASE SAVEPOINT", TimeSpan.Zero);

    private void Kirjaa(DbCommand komento, TimeSpan kesto) => Kirjaa(komento.CommandText, kesto);

    private Task Kirjaa(string lause, TimeSpan kesto)
    {
        if (MuistaLauseet) Lauseet.Enqueue(lause);
        Interlocked.Increment(ref komentoja);
        Interlocked.Add(ref tiketit, (long)(kesto.TotalSeconds * Stopwatch.Frequency));
        return Task.CompletedTask;
    }
}
