using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Domain.Tests.Validointi;

public sealed class JsonPolkuTests
{
    [Fact]
    public void Polku_on_suhteessa_annettuun_juureen()
    {
        var siirto = JsonNode.Parse("""{"opiskeluoikeudet": [{"tila": {"opiskeluoikeusjaksot": [{}, {"tila": {"koodiarvo": "x"}}]}}]}""")!;
        var opiskeluoikeus = siirto["opiskeluoikeudet"]![0]!;
        var tila = opiskeluoikeus["tila"]!["opiskeluoikeusjaksot"]![1]!["tila"]!.AsObject();

        Assert.Equal("tila.opiskeluoikeusjaksot[1].tila", JsonPolku.Polku(tila, opiskeluoikeus));
        Assert.Equal("opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].tila.koodiarvo", JsonPolku.Kentta(tila, siirto, "koodiarvo"));
        Assert.Equal("koodiarvo", JsonPolku.Kentta(tila, tila, "koodiarvo"));
        Assert.Equal("", JsonPolku.Polku(siirto, siirto));
    }
}
