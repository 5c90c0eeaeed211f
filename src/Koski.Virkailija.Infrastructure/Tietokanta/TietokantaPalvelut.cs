using Koski.Virkailija.Application.Tietokanta;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        var tarjoaja = asetukset.Tarjoaja;
        var yhteys = tarjoaja switch
        {
            TarjoajanMigraatiot.Postgres => PostgresYhteys.Viritetty(asetukset.Postgres),
            TarjoajanMigraatiot.SqlServer => asetukset.SqlServer,
            _ => SqliteYhteys(asetukset.Sqlite, sisaltojuuri),
        };
        services.AddDbContextFactory<KoskiDbContext>(options => Asetukset(options, yhteys, tarjoaja));
        services.AddSingleton<IKoskiDbFactory, KoskiDbFactory>();
        return services;
    }

    /// <summary>The one place that turns a provider name and a connection string into EF Core options.</summary>
    public static T Asetukset<T>(T options, string yhteys, string tarjoaja) where T : DbContextOptionsBuilder
    {
        _ = tarjoaja switch
        {
            TarjoajanMigraatiot.Postgres => options.UseNpgsql(yhteys),
            TarjoajanMigraatiot.SqlServer => options.UseSqlServer(yhteys),
            TarjoajanMigraatiot.Sqlite => options.UseSqlite(yhteys),
            _ => throw new ArgumentException($"Tuntematon tarjoaja {tarjoaja}.", nameof(tarjoaja)),
        };
        // Keeps the student list's copy of the learner's name current on every save.
        options.AddInterceptors(Application.Oppijat.Lajittelunimi.Sieppaaja);
        return options;
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
