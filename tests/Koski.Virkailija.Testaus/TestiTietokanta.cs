using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// A database of one test, for any provider: give it <see cref="DbContextOptions{KoskiDbContext}"/> and how to clean
/// up. <see cref="SqliteAsync"/> makes one on a new temporary SQLite file.
/// </summary>
public sealed class TestiTietokanta(DbContextOptions<KoskiDbContext> asetukset, Func<ValueTask>? siivous = null)
    : IKoskiDbFactory, IDbContextFactory<KoskiDbContext>, IAsyncDisposable
{
    public DbContextOptions<KoskiDbContext> Asetukset { get; } = asetukset;

    /// <param name="migroi">False leaves the file empty, for tests of the start-up that migrates it.</param>
    /// <param name="yhteyspooli">Keep connections open as the app does (Microsoft.Data.Sqlite pools by default). Tests
    /// leave it off; a benchmark needs it, as closing the last connection of a WAL database checkpoints it.</param>
    public static async Task<TestiTietokanta> SqliteAsync(bool migroi = true, bool yhteyspooli = false)
    {
        var tiedosto = Path.Combine(Path.GetTempPath(), $"koski-testi-{Guid.NewGuid():N}.db");
        var yhteys = new SqliteConnectionStringBuilder { DataSource = tiedosto, Pooling = yhteyspooli, ForeignKeys = true };
        var asetukset = TietokantaPalvelut.Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(), yhteys.ToString(), "Sqlite").Options;
        var tietokanta = new TestiTietokanta(asetukset, () =>
        {
            if (yhteyspooli) SqliteConnection.ClearAllPools();
            foreach (var polku in new[] { tiedosto, tiedosto + "-wal", tiedosto + "-shm" })
                File.Delete(polku);
            return ValueTask.CompletedTask;
        });
        if (migroi) await tietokanta.MigroiAsync();
        return tietokanta;
    }

    /// <summary>A new database of its own on the test run's real PostgreSQL server (<see cref="PostgresPalvelin"/>).</summary>
    public static async Task<TestiTietokanta> PostgresAsync(bool migroi = true)
    {
        var asetukset = TietokantaPalvelut.Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(),
            PostgresYhteys.Viritetty(PostgresPalvelin.UusiTietokanta()), "Postgres").Options;
        var tietokanta = new TestiTietokanta(asetukset);
        if (migroi) await tietokanta.MigroiAsync();
        return tietokanta;
    }

    /// <summary>"Sqlite" or "Postgres": for tests that run on both providers.</summary>
    public static Task<TestiTietokanta> LuoAsync(string tarjoaja, bool migroi = true, bool yhteyspooli = false) =>
        tarjoaja == "Postgres" ? PostgresAsync(migroi) : SqliteAsync(migroi, yhteyspooli);

    public async Task MigroiAsync()
    {
        await using var db = CreateDbContext();
        await Migraatio.AjaAsync(db);
    }

    /// <summary>The same database with EF Core interceptors (e.g. <see cref="Komentolaskuri"/>); the copy owns the clean-up.</summary>
    public TestiTietokanta Sieppaajin(params IInterceptor[] sieppaajat) =>
        new(new DbContextOptionsBuilder<KoskiDbContext>(Asetukset).AddInterceptors(sieppaajat).Options, siivous);

    // Pooled, as the app's factory is (TietokantaPalvelut): tests and benchmarks run the contexts the app runs.
    private PooledDbContextFactory<KoskiDbContext>? pooli;

    public KoskiDbContext CreateDbContext() => (pooli ??= new(Asetukset)).CreateDbContext();

    public Task<IKoskiDb> AvaaAsync(CancellationToken cancellationToken = default) => Task.FromResult<IKoskiDb>(CreateDbContext());

    public ValueTask DisposeAsync() => siivous?.Invoke() ?? ValueTask.CompletedTask;
}

public static class TestiOrganisaatiot
{
    /// <summary>Imports the 991 real organisations of data/koski and returns the tree service over them.</summary>
    public static async Task<Application.Organisaatiot.OrganisaatioHakemisto> TuoHierarkiaAsync(Application.Tietokanta.IKoskiDbFactory tietokanta)
    {
        var hakemisto = new Application.Organisaatiot.OrganisaatioHakemisto(tietokanta);
        await new Application.Organisaatiot.OrganisaatioTuonti(tietokanta, hakemisto)
            .TuoAsync(Domain.Organisaatiot.OrganisaatioHierarkiaLukija.Lue(await File.ReadAllTextAsync(Jaettu.Hierarkia)));
        return hakemisto;
    }
}
