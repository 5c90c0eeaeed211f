using Koski.Virkailija.Application.Tietokanta;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

public static class TietokantaPalvelut
{
    /// <summary>
    /// Registers the DbContext factory for the provider that "Database:Provider" names. A relative SQLite file
    /// is placed under <paramref name="sisaltojuuri"/> and its folder created on first run.
    /// </summary>
    public static IServiceCollection AddKoskiTietokanta(this IServiceCollection services, IConfiguration configuration,
        string sisaltojuuri)
    {
        var asetukset = configuration.GetSection(TietokantaAsetukset.Osio).Get<TietokantaAsetukset>() ?? new();
        services.AddSingleton(asetukset);
        var sqlite = asetukset.OnPostgres ? null : SqliteYhteys(asetukset.Sqlite, sisaltojuuri);
        services.AddDbContextFactory<KoskiDbContext>(options =>
        {
            if (sqlite is null) options.UseNpgsql(PostgresYhteys.Viritetty(asetukset.Postgres));
            else options.UseSqlite(sqlite);
            // The migrations are written by hand, without EF's generated model snapshots.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddSingleton<IKoskiDbFactory, KoskiDbFactory>();
        return services;
    }

    private static string SqliteYhteys(string yhteys, string sisaltojuuri)
    {
        var builder = new SqliteConnectionStringBuilder(yhteys);
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            var polku = Path.GetFullPath(builder.DataSource, sisaltojuuri);
            Directory.CreateDirectory(Path.GetDirectoryName(polku)!);
            builder.DataSource = polku;
        }
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
