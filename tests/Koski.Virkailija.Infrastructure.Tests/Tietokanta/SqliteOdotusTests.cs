using Koski.Virkailija.Testaus;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

/// <summary>
/// Every SQLite connection the app opens waits for the one writer in SQLite (busy timeout), not in the driver's 150 ms
/// sleeps on a thread-pool thread.
/// </summary>
public sealed class SqliteOdotusTests
{
    [Fact]
    public async Task Sqlite_yhteydella_on_kirjoituslukon_odotusaika()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        await using var db = tietokanta.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var yhteys = (SqliteConnection)db.Database.GetDbConnection();
        await using var komento = yhteys.CreateCommand();
        komento.CommandText = "PRAGMA busy_timeout;";

        Assert.Equal(yhteys.DefaultTimeout * 1000L, (long)(await komento.ExecuteScalarAsync())!);
    }
}
