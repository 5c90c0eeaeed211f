using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Tests.Opiskeluoikeudet;

public class OpiskeluoikeusDokumenttiTests
{
    private static OpiskeluoikeusDokumentti Esimerkki(string tiedosto) =>
        OpiskeluoikeusDokumentti.Lue(Assert.Single(Esimerkit.Opiskeluoikeudet(tiedosto)));

    [Fact]
    public void PerusopetukseenValmistavaLomalla()
    {
        var d = Esimerkki("perusopetukseenvalmistavaopetus_2024-05-16.json");
        Assert.Equal("perusopetukseenvalmistavaopetus", d.Tyyppi);
        Assert.Equal("1.2.246.562.10.14613773812", d.OppilaitosOid);
        Assert.Null(d.KoulutustoimijaOid);
        Assert.Null(d.Oid);
        Assert.Null(d.Versionumero);
        Assert.Equal(
            [
                new Opiskeluoikeusjakso(new DateOnly(2017, 8, 15), "lasna", null),
                new Opiskeluoikeusjakso(new DateOnly(2017, 12, 20), "loma", null),
                new Opiskeluoikeusjakso(new DateOnly(2018, 1, 6), "lasna", null),
                new Opiskeluoikeusjakso(new DateOnly(2018, 6, 1), "valmistunut", null),
            ], d.Jaksot);
        Assert.Equal(new DateOnly(2017, 8, 15), d.Alkamispaiva);
        Assert.Equal(new DateOnly(2018, 6, 1), d.Paattymispaiva);
        Assert.Equal("valmistunut", d.Tila);
    }

    [Fact]
    public void EsiopetusOstopalvelunaIlmanOppilaitosta()
    {
        var d = Esimerkki("esiopetus-ostopalvelu_2022-09-26.json");
        Assert.Null(d.OppilaitosOid);
        Assert.Equal("1.2.246.562.10.346830761110", d.KoulutustoimijaOid);
        Assert.Equal(["1.2.246.562.10.63518646078"], d.ToimipisteOidit);
        Assert.Equal(new DateOnly(2014, 8, 12), d.Alkamispaiva);
        Assert.Null(d.Paattymispaiva);
        Assert.Equal("lasna", d.Tila);

        var rivi = new Opiskeluoikeus { Oid = "o", OppijaOid = "h", Tyyppi = "", OppilaitosOid = "", Json = "" };
        d.TaytaIndeksi(rivi);
        Assert.Equal("1.2.246.562.10.63518646078", rivi.OppilaitosOid);
        Assert.Equal("1.2.246.562.10.346830761110", rivi.KoulutustoimijaOid);
    }

    [Fact]
    public void TuvaRahoituksineen()
    {
        var d = Esimerkki("tutkintokoulutukseenvalmentavakoulutus-valmistunut_2022-10-17.json");
        Assert.Equal("tuva", d.Tyyppi);
        Assert.Equal("1.2.246.562.10.52251087186", d.OppilaitosOid);
        Assert.Equal("1.2.246.562.10.346830761110", d.KoulutustoimijaOid);
        Assert.Equal(
            [
                new Opiskeluoikeusjakso(new DateOnly(2021, 8, 1), "lasna", "1"),
                new Opiskeluoikeusjakso(new DateOnly(2022, 8, 1), "valmistunut", "1"),
            ], d.Jaksot);
    }

    [Fact]
    public void VainPaattavaJaksoAlkaaJaPaattyySamana()
    {
        var d = Esimerkki("vapaasivistystyo-vapaatavoitteinenkoulutus_2023-01-10.json");
        Assert.Equal(new DateOnly(2022, 5, 31), d.Alkamispaiva);
        Assert.Equal(new DateOnly(2022, 5, 31), d.Paattymispaiva);
        Assert.Equal("hyvaksytystisuoritettu", d.Tila);
    }

    private const string Siirretty = """
        {"oid":"1.2.246.562.15.11111111111","versionumero":3,"aikaleima":"2024-01-02T03:04:05.000006",
         "lähdejärjestelmänId":{"id":"abc-123","lähdejärjestelmä":{"koodiarvo":"primus","koodistoUri":"lahdejarjestelma"}},
         "oppilaitos":{"oid":"1.2.246.562.10.14613773812"},
         "tuntematon":{"x":[1,2.50,1e3],"y":null},
         "tila":{"opiskeluoikeusjaksot":[
           {"alku":"2020-08-01","tila":{"koodiarvo":"lasna"},"opintojenRahoitus":{"koodiarvo":"1"}},
           {"alku":"2021-01-01","tila":{"koodiarvo":"mitatoity"}}]},
         "tyyppi":{"koodiarvo":"perusopetus"}}
        """;

    [Fact]
    public void LahdejarjestelmastaSiirrettyJaMitatoity()
    {
        var d = OpiskeluoikeusDokumentti.Lue(Siirretty);
        Assert.Equal("1.2.246.562.15.11111111111", d.Oid);
        Assert.Equal(3, d.Versionumero);
        Assert.Equal("primus", d.Lahdejarjestelma);
        Assert.Equal("abc-123", d.LahdejarjestelmanId);
        Assert.True(d.Mitatoity);
        Assert.Equal("mitatoity", d.Tila);
        Assert.Equal(new DateOnly(2021, 1, 1), d.Paattymispaiva);

        var rivi = new Opiskeluoikeus { Oid = "o", OppijaOid = "h", Tyyppi = "", OppilaitosOid = "", Json = "" };
        d.TaytaIndeksi(rivi);
        Assert.Equal(("perusopetus", "primus", "abc-123", true), (rivi.Tyyppi, rivi.Lahdejarjestelma, rivi.LahdejarjestelmanId, rivi.Mitatoity));
        Assert.True(rivi.TuliLahdejarjestelmasta);
        Assert.Equal(new DateOnly(2020, 8, 1), rivi.Alkamispaiva);
    }

    [Fact]
    public void AsettajatKorvaavatArvonPaikallaan()
    {
        var d = OpiskeluoikeusDokumentti.Lue(Siirretty);
        var ennen = Nimet(d.ToJson());
        d.AsetaOid("1.2.246.562.15.22222222222");
        d.AsetaVersionumero(4);
        d.AsetaAikaleima(new DateTimeOffset(2024, 6, 30, 21, 0, 0, TimeSpan.Zero).AddTicks(1234560));
        var tulos = JsonNode.Parse(d.ToJson())!.AsObject();
        Assert.Equal(ennen, Nimet(d.ToJson()));
        Assert.Equal("1.2.246.562.15.22222222222", (string?)tulos["oid"]);
        Assert.Equal(4, (int?)tulos["versionumero"]);
        Assert.Equal("2024-07-01T00:00:00.123456", (string?)tulos["aikaleima"]);
        // untouched values, numbers included, are written as they were
        Assert.Contains("\"tuntematon\":{\"x\":[1,2.50,1e3],\"y\":null}", d.ToJson());
        Assert.Contains("\"lähdejärjestelmänId\":{\"id\":\"abc-123\"", d.ToJson());
    }

    [Fact]
    public void AsettajatLisaavatPuuttuvatAlkuun()
    {
        var d = OpiskeluoikeusDokumentti.Lue("""{"oppilaitos":{"oid":"1.2.246.562.10.14613773812"},"tyyppi":{"koodiarvo":"lukiokoulutus"}}""");
        d.AsetaKoulutustoimija("1.2.246.562.10.346830761110", "Helsingin kaupunki");
        d.AsetaAikaleima(new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.Zero));
        d.AsetaVersionumero(1);
        d.AsetaOid("1.2.246.562.15.33333333333");
        Assert.Equal(
            """{"oid":"1.2.246.562.15.33333333333","versionumero":1,"aikaleima":"2024-01-15T12:00:00.000000","oppilaitos":{"oid":"1.2.246.562.10.14613773812"},"koulutustoimija":{"oid":"1.2.246.562.10.346830761110","nimi":{"fi":"Helsingin kaupunki"}},"tyyppi":{"koodiarvo":"lukiokoulutus"}}""",
            d.ToJson());
        Assert.Equal("1.2.246.562.10.346830761110", d.KoulutustoimijaOid);
    }

    [Fact]
    public void KoulutustoimijaKorvataanPaikallaan()
    {
        var d = OpiskeluoikeusDokumentti.Lue("""{"koulutustoimija":{"oid":"1.2.246.562.10.1","nimi":{"fi":"Vanha","sv":"Gammal"}},"tyyppi":{"koodiarvo":"tuva"}}""");
        d.AsetaKoulutustoimija("1.2.246.562.10.2", "Uusi");
        Assert.Equal("""{"koulutustoimija":{"oid":"1.2.246.562.10.2","nimi":{"fi":"Uusi"}},"tyyppi":{"koodiarvo":"tuva"}}""", d.ToJson());
    }

    [Fact]
    public void PuuttuvatTiedotOvatNull()
    {
        var d = OpiskeluoikeusDokumentti.Lue("""{"tyyppi":"perusopetus","tila":{"opiskeluoikeusjaksot":[{"alku":"2020-13-01","tila":{"koodiarvo":"lasna"}}]}}""");
        Assert.Null(d.Tyyppi);
        Assert.Empty(d.Jaksot);
        Assert.Null(d.Alkamispaiva);
        Assert.Null(d.Tila);
        Assert.False(d.Mitatoity);
        var rivi = new Opiskeluoikeus { Oid = "o", OppijaOid = "h", Tyyppi = "", OppilaitosOid = "", Json = "" };
        Assert.Throws<InvalidOperationException>(() => d.TaytaIndeksi(rivi));
    }

    [Fact]
    public void MuuKuinObjektiHylataan()
    {
        Assert.Throws<JsonException>(() => OpiskeluoikeusDokumentti.Lue("[]"));
        Assert.ThrowsAny<JsonException>(() => OpiskeluoikeusDokumentti.Lue("{"));
    }

    private static string[] Nimet(string json) => JsonNode.Parse(json)!.AsObject().Select(p => p.Key).ToArray();

    /// <summary>The jaksot are read from the nodes of an opened document as from its JSON, whatever state the tree is in.</summary>
    [Theory]
    [MemberData(nameof(OpiskeluoikeusDokumenttiEsimerkitTests.Tiedostot), MemberType = typeof(OpiskeluoikeusDokumenttiEsimerkitTests))]
    public void Jaksot_luetaan_avatusta_ja_avaamattomasta_samoin(string tiedosto)
    {
        foreach (var json in Esimerkit.Opiskeluoikeudet(tiedosto))
        {
            using var jasennetty = JsonDocument.Parse(json);
            var odotetut = OpiskeluoikeusDokumentti.LueJaksot(jasennetty.RootElement);
            Assert.Equal(odotetut, OpiskeluoikeusDokumentti.Lue(json).Jaksot);
            var avattu = OpiskeluoikeusDokumentti.Lue(json);
            Assert.NotNull(avattu.Json["tila"]?["opiskeluoikeusjaksot"]?.AsArray().Select(j => j?.AsObject().Count).ToList());
            Assert.Equal(odotetut, avattu.Jaksot);
        }
    }

    [Fact]
    public void Koodissa_rakennetun_jakson_paiva_luetaan_kuten_se_kirjoitetaan()
    {
        var d = OpiskeluoikeusDokumentti.Lue("""{"tila": {"opiskeluoikeusjaksot": [{"tila": {"koodiarvo": "lasna"}}, {"alku": "2020-13-01", "tila": {"koodiarvo": "loma"}}]}}""");
        d.Json["tila"]!["opiskeluoikeusjaksot"]![0]!["alku"] = JsonValue.Create(new DateOnly(2020, 8, 1));
        d.Json["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new JsonObject
        {
            ["alku"] = "2021-06-01", ["tila"] = new JsonObject { ["koodiarvo"] = "valmistunut" }, ["opintojenRahoitus"] = new JsonObject { ["koodiarvo"] = "1" },
        });

        Assert.Equal([new Opiskeluoikeusjakso(new DateOnly(2020, 8, 1), "lasna", null), new Opiskeluoikeusjakso(new DateOnly(2021, 6, 1), "valmistunut", "1")],
            d.Jaksot);
        Assert.True(d.Json["tila"]!["opiskeluoikeusjaksot"]![0]!["alku"] is JsonValue arvo && !arvo.TryGetValue<string>(out _));
    }
}
