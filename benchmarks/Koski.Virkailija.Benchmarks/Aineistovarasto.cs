using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// The seeded dataset kept between runs on a PostgreSQL server of one's own (KOSKI_TEST_POSTGRES, see
/// <see cref="PostgresPalvelin"/>): the first run seeds a database, vacuums it and keeps a copy as the template
/// <c>koski_aineisto_N</c>; a later run copies the template (CREATE DATABASE … TEMPLATE: seconds, where seeding a
/// million rows takes minutes) and migrates the copy to today's schema, so a new index is measured on the same rows.
/// The copy is dropped at the end; drop the template by hand when <see cref="Aineisto"/> changes. Without the
/// variable (the throwaway server, or SQLite) every run seeds.
/// </summary>
public static class Aineistovarasto
{
    public static async Task<TestiTietokanta> LuoAsync(string tarjoaja, int maara, Action<string> loki)
    {
        if (tarjoaja != "Postgres" || Environment.GetEnvironmentVariable("KOSKI_TEST_POSTGRES") is not { Length: > 0 })
        {
            var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja, yhteyspooli: true);
            await Aineisto.LuoAsync(tietokanta.CreateDbContext, maara, loki);
            return tietokanta;
        }

        var pohja = $"koski_aineisto_{maara}";
        var yhteys = PostgresPalvelin.UusiTietokanta();
        var nimi = new NpgsqlConnectionStringBuilder(yhteys).Database!;
        var asetukset = TietokantaPalvelut.Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(), PostgresYhteys.Viritetty(yhteys), "Postgres").Options;
        var kopio = new TestiTietokanta(asetukset, () =>
        {
            NpgsqlConnection.ClearAllPools();
            PostgresPalvelin.YllapitajanaAja($"DROP DATABASE IF EXISTS {nimi}");
            return ValueTask.CompletedTask;
        });
        PostgresPalvelin.YllapitajanaAja($"DROP DATABASE {nimi}");
        try
        {
            PostgresPalvelin.YllapitajanaAja($"CREATE DATABASE {nimi} TEMPLATE {pohja}");
            loki($"  aineisto kopioitu pohjasta {pohja}");
            await kopio.MigroiAsync();
            return kopio;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            PostgresPalvelin.YllapitajanaAja($"CREATE DATABASE {nimi}");
        }
        await kopio.MigroiAsync();
        await Aineisto.LuoAsync(kopio.CreateDbContext, maara, loki);
        await using (var db = kopio.CreateDbContext()) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        // A template may have no other connection open.
        NpgsqlConnection.ClearAllPools();
        PostgresPalvelin.YllapitajanaAja($"CREATE DATABASE {pohja} TEMPLATE {nimi}");
        loki($"  aineisto tallennettu pohjaksi {pohja}");
        return kopio;
    }
}
