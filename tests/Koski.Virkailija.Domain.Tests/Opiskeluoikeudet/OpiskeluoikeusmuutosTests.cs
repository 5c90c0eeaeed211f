using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Tests.Opiskeluoikeudet;

/// <summary>KOSKI's OpiskeluoikeusChangeMigrator on KOSKI's own päättötodistus example.</summary>
public sealed class OpiskeluoikeusmuutosTests
{
    private static readonly DateOnly Tanaan = new(2026, 12, 7);

    private static JsonObject Paattotodistus() =>
        JsonNode.Parse(Esimerkit.Opiskeluoikeudet("perusopetuksenoppimaara-paattotodistus_2025-03-20.json")[0])!.AsObject();

    private static List<string?> Suoritukset(JsonObject oo) =>
        oo["suoritukset"]!.AsArray().Select(s => (string?)s!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"]).ToList();

    [Fact]
    public void Paivityksesta_puuttuva_valmis_vuosiluokka_sailyy_ja_keskenerainen_ei()
    {
        var vanha = Paattotodistus();
        vanha["suoritukset"]!.AsArray()[1]!.AsObject().Remove("vahvistus");
        var uusi = Paattotodistus();
        var suoritukset = uusi["suoritukset"]!.AsArray();
        suoritukset.RemoveAt(0);
        suoritukset.RemoveAt(0);

        Opiskeluoikeusmuutos.Sovella(vanha, uusi, Tanaan);

        // Grade 7 was vahvistettu and is kept, first; grade 8 was unfinished and the sender may drop it.
        Assert.Equal(["7", "9", "201101"], Suoritukset(uusi));
    }

    [Fact]
    public void Lomakkeen_vahvistettu_poisto_poistaa_valmiinkin_suorituksen()
    {
        var uusi = Paattotodistus();
        uusi["suoritukset"]!.AsArray().RemoveAt(0);

        Opiskeluoikeusmuutos.Sovella(Paattotodistus(), uusi, Tanaan, valmiitPoistettavissa: true);

        Assert.Equal(["8", "9", "201101"], Suoritukset(uusi));
    }

    [Theory]
    [InlineData("esiopetuksensuoritus")]
    [InlineData("nuortenperusopetuksenoppiaineenoppimaara")]
    [InlineData("taiteenperusopetuksenyleisenoppimaaranyhteisetopinnot")]
    public void Lahettaja_saa_poistaa_tyypin_jota_KOSKI_ei_kopioi(string tyyppi)
    {
        var vanha = Paattotodistus();
        vanha["suoritukset"]!.AsArray()[0]!["tyyppi"]!["koodiarvo"] = tyyppi;
        var uusi = Paattotodistus();
        uusi["suoritukset"]!.AsArray().RemoveAt(0);

        Opiskeluoikeusmuutos.Sovella(vanha, uusi, Tanaan);

        Assert.Equal(["8", "9", "201101"], Suoritukset(uusi));
    }

    [Fact]
    public void Ammatillisesta_ei_kopioida_suorituksia()
    {
        var vanha = Paattotodistus();
        vanha["tyyppi"]!["koodiarvo"] = "ammatillinenkoulutus";
        var uusi = vanha.DeepClone().AsObject();
        uusi["suoritukset"]!.AsArray().RemoveAt(0);

        Opiskeluoikeusmuutos.Sovella(vanha, uusi, Tanaan);

        Assert.Equal(["8", "9", "201101"], Suoritukset(uusi));
    }

    [Fact]
    public void Siirto_toiseen_oppilaitokseen_kirjataan_organisaatiohistoriaan_ja_lahettajan_historia_ohitetaan()
    {
        var vanha = Paattotodistus();
        vanha["koulutustoimija"] = new JsonObject { ["oid"] = "1.2.246.562.10.77255241653" };
        var uusi = Paattotodistus();
        uusi["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.64353470871" };
        uusi["koulutustoimija"] = new JsonObject { ["oid"] = "1.2.246.562.10.346830761110" };
        uusi["organisaatiohistoria"] = new JsonArray(new JsonObject { ["muutospäivä"] = "2020-01-01" });

        Opiskeluoikeusmuutos.Sovella(vanha, uusi, Tanaan);

        var merkinta = Assert.Single(uusi["organisaatiohistoria"]!.AsArray())!;
        Assert.Equal("2026-12-07", (string?)merkinta["muutospäivä"]);
        Assert.Equal("1.2.246.562.10.14613773812", (string?)merkinta["oppilaitos"]!["oid"]);
        Assert.Equal("1.2.246.562.10.77255241653", (string?)merkinta["koulutustoimija"]!["oid"]);

        // Without a move the stored history stands: here none.
        var ennallaan = Paattotodistus();
        ennallaan["organisaatiohistoria"] = new JsonArray(new JsonObject { ["muutospäivä"] = "2020-01-01" });
        Opiskeluoikeusmuutos.Sovella(Paattotodistus(), ennallaan, Tanaan);
        Assert.False(ennallaan.ContainsKey("organisaatiohistoria"));
    }

    [Fact]
    public void Mitatointi_tallentaa_vanhan_version_mitatoitynä_ja_ohittaa_muut_muutokset()
    {
        var vanha = Paattotodistus();
        var uusi = Paattotodistus();
        uusi["suoritukset"] = new JsonArray();
        uusi["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new JsonObject
        {
            ["alku"] = "2016-01-01", ["tila"] = new JsonObject { ["koodiarvo"] = "mitatoity", ["koodistoUri"] = "koskiopiskeluoikeudentila" },
        });

        Opiskeluoikeusmuutos.Sovella(vanha, uusi, Tanaan);

        Assert.Equal(["7", "8", "9", "201101"], Suoritukset(uusi));
        var jaksot = uusi["tila"]!["opiskeluoikeusjaksot"]!.AsArray();
        Assert.Equal(3, jaksot.Count);
        // The given day precedes the stored last jakso (valmistunut 4.6.2016): KOSKI takes the later one.
        Assert.Equal(("2016-06-04", "mitatoity"), ((string?)jaksot[2]!["alku"], (string?)jaksot[2]!["tila"]!["koodiarvo"]));
        Assert.True(OpiskeluoikeusDokumentti.Lue(uusi.ToJsonString()).Mitatoity);
    }
}
