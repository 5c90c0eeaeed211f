using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Arkaluonteiset;

namespace Koski.Virkailija.Domain.Tests.Arkaluonteiset;

/// <summary>An edit by a user who never saw the special-category data keeps it, whatever else they change.</summary>
public sealed class PiilotetutTiedotTests
{
    public static TheoryData<string> Tiedostot() => Esimerkit.Tiedostot();

    private static IEnumerable<JsonObject> Opiskeluoikeudet(string tiedosto) =>
        JsonNode.Parse(Esimerkit.Teksti(tiedosto))!["opiskeluoikeudet"]!.AsArray().Select(o => o!.AsObject());

    private static JsonObject Nahty(JsonObject tallennettu)
    {
        var nahty = tallennettu.DeepClone().AsObject();
        ArkaluonteisetTiedot.Poista(nahty);
        return nahty;
    }

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void Muuttamaton_tallennus_palauttaa_tallennetun_sellaisenaan(string tiedosto)
    {
        foreach (var tallennettu in Opiskeluoikeudet(tiedosto))
            Assert.True(JsonNode.DeepEquals(tallennettu, PiilotetutTiedot.Palauta(tallennettu, Nahty(tallennettu))), tiedosto);
    }

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void Muutos_jaa_ja_piilotettu_sailyy(string tiedosto)
    {
        foreach (var tallennettu in Opiskeluoikeudet(tiedosto))
        {
            var muokattu = Nahty(tallennettu);
            muokattu["suoritukset"]![0]!["suorituskieli"] = new JsonObject { ["koodiarvo"] = "SV", ["koodistoUri"] = "kieli" };

            var tulos = PiilotetutTiedot.Palauta(tallennettu, muokattu);

            Assert.Equal("SV", (string?)tulos["suoritukset"]![0]!["suorituskieli"]!["koodiarvo"]);
            Assert.All(ArkaluonteisetTiedot.Kaikki, t => Assert.Equal(t.Osumia(tallennettu), t.Osumia(tulos)));
        }
    }

    [Fact]
    public void Poistettu_nakyva_suoritus_poistuu_ja_piilotettu_kokonainen_suoritus_sailyy()
    {
        var tallennettu = new JsonObject
        {
            ["tyyppi"] = Koodi("perusopetus"),
            ["lisätiedot"] = new JsonObject { ["vammainen"] = new JsonArray(new JsonObject { ["alku"] = "2020-08-01" }) },
            ["suoritukset"] = new JsonArray(
                Suoritus("perusopetuksenvuosiluokka", "7", jaaLuokalle: true),
                Suoritus("perusopetuksenvuosiluokka", "8", jaaLuokalle: false),
                new JsonObject
                {
                    ["tyyppi"] = Koodi("perusopetuksenoppimaara"),
                    ["osasuoritukset"] = new JsonArray(
                        Suoritus("perusopetuksentoimintaalue", "1"),
                        Suoritus("perusopetuksenoppiaine", "MA")),
                }),
        };
        var muokattu = Nahty(tallennettu);
        Assert.Null(muokattu["lisätiedot"]!["vammainen"]);
        muokattu["suoritukset"]!.AsArray().RemoveAt(1);

        var tulos = PiilotetutTiedot.Palauta(tallennettu, muokattu);

        Assert.NotNull(tulos["lisätiedot"]!["vammainen"]);
        Assert.Equal(["7", "oppimaara"], tulos["suoritukset"]!.AsArray().Select(s => (string?)s!["koulutusmoduuli"]?["tunniste"]?["koodiarvo"] ?? "oppimaara"));
        Assert.True((bool)tulos["suoritukset"]![0]!["jääLuokalle"]!);
        Assert.Equal(["perusopetuksentoimintaalue", "perusopetuksenoppiaine"],
            tulos["suoritukset"]![1]!["osasuoritukset"]!.AsArray().Select(s => (string)s!["tyyppi"]!["koodiarvo"]!));
    }

    private static JsonObject Koodi(string arvo) => new() { ["koodiarvo"] = arvo };

    private static JsonObject Suoritus(string tyyppi, string tunniste, bool? jaaLuokalle = null)
    {
        var suoritus = new JsonObject
        {
            ["tyyppi"] = Koodi(tyyppi),
            ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi(tunniste) },
        };
        if (jaaLuokalle is { } j) suoritus["jääLuokalle"] = j;
        return suoritus;
    }
}
