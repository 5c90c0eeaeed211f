using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

/// <summary>
/// <c>Database:Lukukopio</c>: reports and bulk handovers (<see cref="Lukutietokanta"/>) read the replica it names and
/// everything else the primary. A second database stands in for the replica, so each side's rows tell where a read went.
/// </summary>
public sealed class LukukopioTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Lukutietokanta_lukee_nimettya_lukukopiota_ja_muu_ensisijaista_kantaa(string tarjoaja)
    {
        await using var ensisijainen = await TestiTietokanta.LuoAsync(tarjoaja);
        await using var kopio = await TestiTietokanta.LuoAsync(tarjoaja);
        await LisaaAsync(ensisijainen, "1.2.246.562.10.00000000101", "Ensisijaisen koulu");
        await LisaaAsync(kopio, "1.2.246.562.10.00000000102", "Lukukopion koulu");
        await using var palvelut = Palvelut(tarjoaja, Yhteys(ensisijainen), Yhteys(kopio));

        Assert.Equal(["Ensisijaisen koulu"], await NimetAsync(palvelut.GetRequiredService<IKoskiDbFactory>()));
        Assert.Equal(["Lukukopion koulu"], await NimetAsync(palvelut.GetRequiredService<Lukutietokanta>()));
        // Nothing read from the replica is tracked: it is never saved back.
        await using var db = (DbContext)await palvelut.GetRequiredService<Lukutietokanta>().AvaaAsync();
        Assert.Equal(QueryTrackingBehavior.NoTracking, db.ChangeTracker.QueryTrackingBehavior);
    }

    [Fact]
    public async Task Ilman_lukukopiota_raportit_lukevat_ensisijaista_kantaa()
    {
        await using var ensisijainen = await TestiTietokanta.SqliteAsync();
        await LisaaAsync(ensisijainen, "1.2.246.562.10.00000000101", "Ensisijaisen koulu");
        await using var palvelut = Palvelut("Sqlite", Yhteys(ensisijainen), lukukopio: "");

        Assert.Equal(["Ensisijaisen koulu"], await NimetAsync(palvelut.GetRequiredService<Lukutietokanta>()));
    }

    private static ServiceProvider Palvelut(string tarjoaja, string ensisijainen, string lukukopio)
    {
        var asetukset = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = tarjoaja,
            [$"Database:{tarjoaja}"] = ensisijainen,
            ["Database:Lukukopio"] = lukukopio,
        }).Build();
        return new ServiceCollection().AddKoskiTietokanta(asetukset, Path.GetTempPath()).BuildServiceProvider();
    }

    private static string Yhteys(TestiTietokanta tietokanta)
    {
        using var db = tietokanta.CreateDbContext();
        return db.Database.GetConnectionString()!;
    }

    private static async Task LisaaAsync(TestiTietokanta tietokanta, string oid, string nimi)
    {
        await using var db = tietokanta.CreateDbContext();
        db.Organisaatiot.Add(new Organisaatio { Oid = oid, ParentOid = Organisaatio.JuuriOid, NimiFi = nimi, Tyypit = "02" });
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> NimetAsync(IKoskiDbFactory tietokanta)
    {
        await using var db = await tietokanta.AvaaAsync();
        return await db.Organisaatiot.Where(o => o.Oid.StartsWith("1.2.246.562.10.000000001")).Select(o => o.NimiFi).ToListAsync();
    }
}
