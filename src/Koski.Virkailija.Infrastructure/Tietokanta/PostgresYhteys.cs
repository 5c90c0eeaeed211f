using Npgsql;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>The app's defaults for a PostgreSQL connection string; a setting given in the string itself wins.</summary>
public static class PostgresYhteys
{
    /// <summary>Connections per instance unless the connection string says otherwise.</summary>
    public const int OletusPooli = 20;

    public static string Viritetty(string yhteys)
    {
        var builder = new NpgsqlConnectionStringBuilder(yhteys);
        // The same few statements run on every save and search: prepared once per pooled connection, PostgreSQL
        // parses and plans them once instead of on every call.
        if (!Annettu(yhteys, "Max Auto Prepare")) builder.MaxAutoPrepare = 50;
        // A connection returned to the pool is not reset (seven statements: DISCARD, RESET ALL, advisory unlocks…):
        // the app keeps no session state, and a unit of work returns its connection after each query, so the reset
        // ran several times for every saved document.
        if (!Annettu(yhteys, "No Reset On Close")) builder.NoResetOnClose = true;
        // Npgsql's 100 lets a busy instance run a hundred queries at once, which a database of a few cores only
        // time-slices while the rest wait in the pool: with 500 active officials on a 2-core machine a pool of 100
        // gave p95 1.1–3.1 s per interaction, 20 gave 122–179 ms, 10 gave 77–84 ms and 5 69 ms (README, sizing).
        // About twice the database's cores, shared by the instances.
        if (!Annettu(yhteys, "Maximum Pool Size") && !Annettu(yhteys, "Max Pool Size")) builder.MaxPoolSize = OletusPooli;
        return builder.ToString();
    }

    /// <summary>Whether the string sets the keyword, written with its spaces or without.</summary>
    private static bool Annettu(string yhteys, string avainsana) =>
        yhteys.Contains(avainsana, StringComparison.OrdinalIgnoreCase)
        || yhteys.Contains(avainsana.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
}
