using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>Brings a database to the newest schema; safe to run on every start and from several instances' tests.</summary>
public static class Migraatio
{
    public static async Task AjaAsync(KoskiDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a save is written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await db.Database.MigrateAsync(ct);
    }
}
