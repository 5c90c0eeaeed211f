using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>What a provider's error means for the client: a lost race for a unique key, or a database out of reach.</summary>
public static class Tietokantavirheet
{
    private const int SqliteConstraint = 19, SqliteBusy = 5, SqliteLocked = 6, SqliteCantOpen = 14;

    /// <summary>A duplicate key: PostgreSQL's SQLSTATE 23505, SQLite's constraint result, SQL Server's 2601 and 2627.</summary>
    public static bool OnYksilollisyysrikkomus(Exception virhe) => Ketju(virhe).Any(e => e switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        SqlException q => q.Number is 2601 or 2627,
        _ => false,
    });

    /// <summary>
    /// The database cannot serve now (down, restarting, refusing connections, out of connections, locked): worth a
    /// 503 and a retry, unlike a fault of the request or of the app.
    /// </summary>
    public static bool OnSaatavuusvirhe(Exception virhe) => Ketju(virhe).Any(e => e switch
    {
        // Connection exceptions (08), insufficient resources (53), operator intervention (57P), a database that
        // does not exist or does not accept connections now (3D000, 55000), and a refused login (28).
        PostgresException p => p.SqlState is ['0', '8', ..] or ['5', '3', ..] or ['5', '7', 'P', ..] or ['2', '8', ..]
            or PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.ObjectNotInPrerequisiteState,
        NpgsqlException => true, // not a PostgresException: the server was not reached
        SqliteException s => s.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen,
        DbException d => d.IsTransient,
        SocketException or TimeoutException => true,
        _ => false,
    });

    private static IEnumerable<Exception> Ketju(Exception? virhe)
    {
        for (; virhe is not null; virhe = virhe.InnerException) yield return virhe;
    }
}
