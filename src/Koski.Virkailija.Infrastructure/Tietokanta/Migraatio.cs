using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>Brings a database to the newest schema; safe to run on every start and from several instances' tests.</summary>
public static class Migraatio
{
    /// <summary>
    /// The last of the hand-written migrations that created the databases before <c>dotnet ef</c> generated them
    /// (2026-11). Such a database has exactly the schema of each provider's first generated migration.
    /// </summary>
    public const string ViimeinenKasinKirjoitettu = "202611220008_NakyvyysOppijanMukaan";

    public static async Task AjaAsync(KoskiDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a save is written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await MerkitsePerustaAsync(db, ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// A database the hand-written migrations built lists their ids in <c>__EFMigrationsHistory</c>, which the
    /// generated migrations do not know: it gets the first generated migration (the baseline) recorded as applied,
    /// so that <c>Migrate</c> applies only what came after. A database stopped half-way through the hand-written
    /// ones cannot be taken over; the previous release brings it up to date first.
    /// </summary>
    internal static async Task MerkitsePerustaAsync(KoskiDbContext db, CancellationToken ct)
    {
        var historia = db.GetService<IHistoryRepository>();
        if (!await historia.ExistsAsync(ct)) return;
        var tehdyt = (await historia.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var perusta = db.GetService<IMigrationsAssembly>().Migrations.Keys.First();
        var kasinKirjoitetut = tehdyt.Where(id => id.StartsWith("20261122000", StringComparison.Ordinal)).ToList();
        if (kasinKirjoitetut.Count == 0 || tehdyt.Contains(perusta)) return;
        if (!tehdyt.Contains(ViimeinenKasinKirjoitettu))
            throw new InvalidOperationException(
                $"Tietokannan rakenne on kesken ({string.Join(", ", kasinKirjoitetut.Order(StringComparer.Ordinal))}): " +
                $"aja ensin edellinen versio, joka vie sen migraatioon {ViimeinenKasinKirjoitettu}.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var taulu = sql.DelimitIdentifier(HistoryRepository.DefaultTableName);
        await using var transaktio = await db.Database.BeginTransactionAsync(ct);
        // Two instances starting at once: the second one's insert finds the row and adds nothing. The names come
        // from EF Core's own quoting, the values are parameters.
#pragma warning disable EF1003
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {taulu} ({sql.DelimitIdentifier("MigrationId")}, {sql.DelimitIdentifier("ProductVersion")}) " +
            $"SELECT {{0}}, {{1}} WHERE NOT EXISTS (SELECT 1 FROM {taulu} WHERE {sql.DelimitIdentifier("MigrationId")} = {{0}})",
            [perusta, ProductInfo.GetVersion()], ct);
#pragma warning restore EF1003
        await transaktio.CommitAsync(ct);
    }
}
