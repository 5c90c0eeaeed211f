using System.Globalization;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Infrastructure.Alustus;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class DemoGeneraattoriTests
{
    [Fact]
    public void SamaAineistoJokaKerta()
    {
        var a = DemoGeneraattori.Luo();
        var b = DemoGeneraattori.Luo();

        Assert.Equal(a.Oppijat.Select(o => (o.Oid, o.Hetu, o.Etunimet, o.Sukunimi)), b.Oppijat.Select(o => (o.Oid, o.Hetu, o.Etunimet, o.Sukunimi)));
        Assert.Equal(a.Opiskeluoikeudet.Select(o => (o.OppijaOid, o.Tallentaja, o.Json.ToJsonString())),
            b.Opiskeluoikeudet.Select(o => (o.OppijaOid, o.Tallentaja, o.Json.ToJsonString())));
    }

    [Fact]
    public void HetutOvatValidejaJaVainTilapaisistaNumeroista()
    {
        var oppijat = DemoGeneraattori.Luo().Oppijat;

        Assert.Equal(DemoGeneraattori.Oppijoita, oppijat.Count);
        // Individual numbers 900–999 are temporary ids: a generated hetu never is a real person's.
        Assert.All(oppijat, o =>
        {
            Assert.True(Hetu.OnValidi(o.Hetu), o.Hetu);
            Assert.InRange(int.Parse(o.Hetu!.AsSpan(7, 3), CultureInfo.InvariantCulture), 900, 999);
        });
    }

    /// <summary>The dates KOSKI checks on save (docs/DOMAIN.md §4) hold in every generated document.</summary>
    [Fact]
    public void PaivamaaratOvatJarjestyksessa()
    {
        foreach (var opiskeluoikeus in DemoGeneraattori.Luo().Opiskeluoikeudet)
        {
            var dokumentti = new OpiskeluoikeusDokumentti(opiskeluoikeus.Json);
            var jaksot = dokumentti.Jaksot;
            Assert.NotEmpty(jaksot);
            Assert.True(jaksot.Zip(jaksot.Skip(1)).All(p => p.First.Alku < p.Second.Alku), dokumentti.Oid);
            Assert.True(jaksot.SkipLast(1).All(j => !Tilat.OnPaattava(j.Tila)), dokumentti.Oid);
            foreach (var vahvistus in Vahvistukset(opiskeluoikeus.Json))
            {
                Assert.True(vahvistus >= dokumentti.Alkamispaiva, dokumentti.Oid);
                if (dokumentti.Paattymispaiva is { } loppu) Assert.True(vahvistus <= loppu, dokumentti.Oid);
            }
            if (dokumentti.Tila == Tilat.Valmistunut)
                Assert.All(opiskeluoikeus.Json["suoritukset"]!.AsArray(), s => Assert.NotNull(s!["vahvistus"]));
        }
    }

    private static IEnumerable<DateOnly> Vahvistukset(System.Text.Json.Nodes.JsonNode solmu) => solmu switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p =>
            p.Key == "vahvistus" ? [DateOnly.Parse(p.Value!["päivä"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)]
            : p.Value is null ? [] : Vahvistukset(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.OfType<System.Text.Json.Nodes.JsonNode>().SelectMany(Vahvistukset),
        _ => [],
    };
}
