using Koski.Virkailija.Infrastructure.Istunnot;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Infrastructure.Tests.Istunnot;

/// <summary>Failed sign-ins counted in the database: every instance adds to the same window, none is lost.</summary>
public sealed class EpaonnistuneetKirjautumisetTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private static readonly DateTimeOffset Nyt = KiinteaAika.Oletus;
    private static readonly TimeSpan Minuutti = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Kahden_instanssin_yhtaaikaiset_epaonnistumiset_lasketaan_kaikki_yhteen_ikkunaan(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        var instanssit = new[] { new EpaonnistuneetKirjautumiset(tietokanta), new EpaonnistuneetKirjautumiset(tietokanta) };

        // The first failures of a new key race to insert its row; later ones to add to it.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => instanssit[i % 2].LisaaAsync("t:127.0.0.9\njarjestelma", Nyt.AddMilliseconds(i), Minuutti))));

        var ikkunat = await instanssit[1].HaeAsync(["t:127.0.0.9\njarjestelma", "o:127.0.0.9"], Nyt.AddSeconds(1));
        var (loppuu, maara) = Assert.Single(ikkunat).Value;
        Assert.Equal(20, maara);
        Assert.InRange(loppuu, Nyt + Minuutti, Nyt + Minuutti + TimeSpan.FromSeconds(1));
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Paattynyt_ikkuna_ei_laske_ja_seuraava_epaonnistuminen_aloittaa_uuden(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        var kanta = new EpaonnistuneetKirjautumiset(tietokanta);
        for (var i = 0; i < 5; i++) await kanta.LisaaAsync("o:127.0.0.9", Nyt, Minuutti);

        Assert.Empty(await kanta.HaeAsync(["o:127.0.0.9"], Nyt + Minuutti));
        await kanta.LisaaAsync("o:127.0.0.9", Nyt + Minuutti, Minuutti);

        Assert.Equal((Nyt + 2 * Minuutti, 1), (await kanta.HaeAsync(["o:127.0.0.9"], Nyt + Minuutti)).Single().Value);
        await using var db = tietokanta.CreateDbContext();
        var rivi = Assert.Single(db.Kirjautumisyritykset);
        Assert.NotEqual("o:127.0.0.9", rivi.Avain); // stored hashed
    }
}
