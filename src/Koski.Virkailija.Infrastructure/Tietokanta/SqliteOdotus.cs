using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>
/// SQLite has one writer at a time. Without a busy timeout a write that finds the lock taken gets SQLITE_BUSY at once,
/// and Microsoft.Data.Sqlite retries it after <c>Thread.Sleep(150)</c>, holding a thread-pool thread; with 500 active
/// pages each writing an audit entry per interaction, a dozen threads slept there at a time and the pool's queue grew to
/// thousands of items while the CPU idled (p50 7 s in the circuit benchmark). With <c>sqlite3_busy_timeout</c> SQLite
/// itself waits for the lock in steps of 1–100 ms, so a write waits about as long as the writer before it holds the
/// lock. Set on every open (a native call, not a statement): pooled connections keep it, new ones need it.
/// </summary>
internal sealed class SqliteOdotus : DbConnectionInterceptor
{
    public static readonly SqliteOdotus Sieppaaja = new();

    private SqliteOdotus() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Aseta(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Aseta(connection);
        return Task.CompletedTask;
    }

    // As long as a command may wait (Microsoft.Data.Sqlite's own retry has the same limit).
    private static void Aseta(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } kahva } sqlite)
            SQLitePCL.raw.sqlite3_busy_timeout(kahva, sqlite.DefaultTimeout * 1000);
    }
}
