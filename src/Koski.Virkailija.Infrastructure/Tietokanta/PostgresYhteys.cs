using Npgsql;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>The app's defaults for a PostgreSQL connection string; a setting given in the string itself wins.</summary>
public static class PostgresYhteys
{
    public static string Viritetty(string yhteys)
    {
        var builder = new NpgsqlConnectionStringBuilder(yhteys);
        // The same few statements run on every save and search: prepared once per pooled connection, PostgreSQL
        // parses and plans them once instead of on every call.
        if (!yhteys.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !yhteys.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
            builder.MaxAutoPrepare = 50;
        return builder.ToString();
    }
}
