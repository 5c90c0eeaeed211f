using Koski.Virkailija.Application.Tietokanta;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
        var yhteys = Yhteys(tarjoaja, tarjoaja switch
        {
            TarjoajanMigraatiot.Postgres => asetukset.Postgres,
            TarjoajanMigraatiot.SqlServer => asetukset.SqlServer,
            _ => asetukset.Sqlite,
        }, sisaltojuuri);
        // Pooled: a transfer or a page opens a context for every unit of work, and a pooled one skips building its
        // internal services each time (KoskiDbContext keeps no state of its own between units of work).
        services.AddPooledDbContextFactory<KoskiDbContext>(options => Asetukset(options, yhteys, tarjoaja));
        services.AddSingleton<IKoskiDbFactory, KoskiDbFactory>();
        services.AddSingleton(palvelut => string.IsNullOrWhiteSpace(asetukset.Lukukopio)
            ? new Lukutietokanta(palvelut.GetRequiredService<IKoskiDbFactory>())
            : new Lukutietokanta(LukukopionTehdas(Yhteys(tarjoaja, asetukset.Lukukopio, sisaltojuuri), tarjoaja)));
        return services;
    }

    /// <summary>
    /// The replica's contexts: nothing read there is tracked, as nothing read there is saved (a hot standby refuses
    /// writes anyway). Its schema is the primary's, so it is never migrated from here.
    /// </summary>
    private static Lukukopio LukukopionTehdas(string yhteys, string tarjoaja) =>
        new(Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(), yhteys, tarjoaja)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);

    private sealed class Lukukopio(DbContextOptions<KoskiDbContext> options) : IKoskiDbFactory
    {
        private readonly PooledDbContextFactory<KoskiDbContext> pooli = new(options);

        public async Task<IKoskiDb> AvaaAsync(CancellationToken cancellationToken = default) =>
            await pooli.CreateDbContextAsync(cancellationToken);
    }

    private static string Yhteys(string tarjoaja, string yhteys, string sisaltojuuri) => tarjoaja switch
    {
        TarjoajanMigraatiot.Postgres => PostgresYhteys.Viritetty(yhteys),
        TarjoajanMigraatiot.SqlServer => yhteys,
        _ => SqliteYhteys(yhteys, sisaltojuuri),
    };

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
        // Each provider's own migrations; set here, not in OnConfiguring, which a pooled context may not have.
        options.ReplaceService<IMigrationsAssembly, TarjoajanMigraatiot>();
        // Keeps the student list's copy of the learner's name current on every save.
        options.AddInterceptors(Application.Oppijat.Lajittelunimi.Sieppaaja);
        // A write waits for SQLite's one writer in SQLite, not in a 150 ms sleep of the driver (SqliteOdotus).
        if (tarjoaja == TarjoajanMigraatiot.Sqlite) options.AddInterceptors(SqliteOdotus.Sieppaaja);
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
