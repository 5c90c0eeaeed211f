using System.Data.Common;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

/// <summary>
/// A database that the hand-written migrations (M0001…M0008, until 2026-12) built and filled is taken over by the
/// generated ones in place. <c>VanhaSkeema/*.sql</c> is the script those migrations produced, kept only as this fixture.
/// </summary>
public sealed class VanhanKannanPaivitysTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Vanha_kanta_tietoineen_saa_perustan_merkityksi_ja_rakenne_on_sama_kuin_uudessa(string tarjoaja)
    {
        await using var vanha = await VanhaKantaAsync(tarjoaja);
        // Written in the old schema's own columns: today's entities have columns the old tables do not.
        await using (var db = vanha.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO oppija (oid, etunimet, sukunimi, hakunimi) VALUES ('1.2.246.562.24.00000000001', 'Aino', 'Koululainen', 'koululainen aino')");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO opiskeluoikeus (oid, oppija_oid, versionumero, aikaleima, tyyppi, oppilaitos_oid, mitatoity, json) " +
                "VALUES ('1.2.246.562.15.00000000001', '1.2.246.562.24.00000000001', 1, {0}, 'perusopetus', '1.2.246.562.10.14613773812', {1}, '{{}}')",
                DateTimeOffset.UtcNow, false);
        }

        await vanha.MigroiAsync();
        await vanha.MigroiAsync();

        await using var uusi = await TestiTietokanta.LuoAsync(tarjoaja);
        await using var vanhaDb = vanha.CreateDbContext();
        await using var uusiDb = uusi.CreateDbContext();
        Assert.Empty(await vanhaDb.Database.GetPendingMigrationsAsync());
        Assert.Contains(vanhaDb.Database.GetMigrations().First(), await vanhaDb.Database.GetAppliedMigrationsAsync());
        Assert.Equal("Koululainen", (await vanhaDb.Oppijat.SingleAsync()).Sukunimi);
        Assert.Equal("perusopetus", (await vanhaDb.Opiskeluoikeudet.SingleAsync()).Tyyppi);
        var vanhaRakenne = await RakenneAsync(vanhaDb);
        Assert.Contains(vanhaRakenne, r => r.Contains("ix_opiskeluoikeus_oppija_nakyvyys", StringComparison.Ordinal));
        Assert.Equal(vanhaRakenne, await RakenneAsync(uusiDb));
    }

    [Fact]
    public async Task Keskeneraista_vanhaa_kantaa_ei_oteta_haltuun()
    {
        await using var vanha = await VanhaKantaAsync("Sqlite");
        await using (var db = vanha.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" > '202611220005'""");

        var virhe = await Assert.ThrowsAsync<InvalidOperationException>(vanha.MigroiAsync);
        Assert.Contains(Migraatio.ViimeinenKasinKirjoitettu, virhe.Message);
    }

    private static async Task<TestiTietokanta> VanhaKantaAsync(string tarjoaja)
    {
        var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja, migroi: false);
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Tietokanta", "VanhaSkeema",
            tarjoaja == "Postgres" ? "postgres.sql" : "sqlite.sql"));
        await using var db = tietokanta.CreateDbContext();
        var yhteys = db.Database.GetDbConnection();
        await yhteys.OpenAsync();
        await using var komento = yhteys.CreateCommand();
        komento.CommandText = sql;
        await komento.ExecuteNonQueryAsync();
        return tietokanta;
    }

    /// <summary>Tables, columns (type, nullability, collation, identity), indexes, constraints; in a stable order.</summary>
    internal static async Task<List<string>> RakenneAsync(KoskiDbContext db)
    {
        var kyselyt = db.Database.IsNpgsql()
            ? new[]
            {
                """
                SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' ||
                       coalesce(collation_name, '') || ' ' || is_identity || ' ' || coalesce(identity_generation, '')
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
                """,
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_EF%'",
                """
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_EF%'
                """,
                """
                SELECT attrelid::regclass || '.' || attname || ' compression ' || attcompression::text FROM pg_attribute
                WHERE attname = 'json' AND attrelid::regclass::text IN ('opiskeluoikeus', 'opiskeluoikeus_versio')
                """,
            }
            : new[]
            {
                """
                SELECT m.name || '.' || c.name || ' ' || c.type || ' ' || c."notnull" || ' ' || c.pk
                FROM sqlite_master m JOIN pragma_table_info(m.name) c
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\'
                """,
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
                """
                SELECT m.name || ' ' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
                FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
                """,
            };
        var rivit = new List<string>();
        var yhteys = db.Database.GetDbConnection();
        await yhteys.OpenAsync();
        foreach (var kysely in kyselyt)
        {
            await using DbCommand komento = yhteys.CreateCommand();
            komento.CommandText = kysely;
            await using var lukija = await komento.ExecuteReaderAsync();
            while (await lukija.ReadAsync()) rivit.Add(lukija.GetString(0));
        }
        await yhteys.CloseAsync();
        rivit.Sort(StringComparer.Ordinal);
        return rivit;
    }
}
