using System.Net;
using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// KOSKI's transfer log over HTTP: every PUT /koski/api/oppija of a service account is recorded per organisation and
/// learner; the storing organisation's and the oppilaitos's readers see it, nobody else; a later success replaces a
/// refusal; special-category data of a refused document only reaches roles with that right; errors are deleted only
/// with TIEDONSIIRRON_MITATOINTI.
/// </summary>
public sealed class TiedonsiirrotTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";

    private static JsonObject Siirto(string hetu, bool virheellinen)
    {
        var siirto = KoskiApiTests.Esimerkki(Perusopetus, hetu);
        siirto["henkilö"] = new JsonObject { ["hetu"] = hetu, ["etunimet"] = "Siirto", ["sukunimi"] = "Lokilainen" };
        var opiskeluoikeus = siirto["opiskeluoikeudet"]![0]!.AsObject();
        // Special-category data, as KOSKI takes it: a vammaisuusjakso within a pidennys under an erityisen tuen päätös.
        JsonObject Jakso() => new() { ["alku"] = "2024-08-01", ["loppu"] = "2025-05-31" };
        opiskeluoikeus["lisätiedot"] = new JsonObject
        {
            ["pidennettyOppivelvollisuus"] = Jakso(), ["vammainen"] = new JsonArray(Jakso()), ["erityisenTuenPäätökset"] = new JsonArray(Jakso()),
        };
        if (virheellinen) opiskeluoikeus["tila"]!["opiskeluoikeusjaksot"]![0]!["tila"]!["koodiarvo"] = "eiolemassa";
        return siirto;
    }

    private static async Task<JsonArray> RivitAsync(HttpClient http, string polku)
    {
        var vastaus = await http.GetAsync(polku);
        var runko = await vastaus.Content.ReadAsStringAsync();
        Assert.True(vastaus.StatusCode == HttpStatusCode.OK, $"{polku}: {vastaus.StatusCode} {runko}");
        return new JsonArray([.. JsonNode.Parse(runko)!["result"]!["henkilöt"]!.AsArray()
            .SelectMany(h => h!["rivit"]!.AsArray()).Select(r => r!.DeepClone())]);
    }

    private static JsonNode? Hetulla(JsonArray rivit, string hetu) =>
        rivit.FirstOrDefault(r => (string?)r!["oppija"]!["hetu"] == hetu);

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Jasentamaton_siirto_kirjataan_virheeksi_avaimineen(string tarjoaja)
    {
        await using var sovellus = await KaynnistaAsync(tarjoaja);
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        static bool Jasentamaton(JsonNode? r) => r!["virhe"]!.AsArray().Any(v => (string?)v!["key"] == "badRequest.format.json");

        Assert.DoesNotContain(await RivitAsync(jyu, "/koski/api/tiedonsiirrot/virheet"), Jasentamaton);
        var vastaus = await jyu.PutAsync("/koski/api/oppija",
            new StringContent("{\"henkilö\": {\"hetu\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, vastaus.StatusCode);
        Assert.Contains("badRequest.format.json", await vastaus.Content.ReadAsStringAsync());

        var rivi = Assert.Single(await RivitAsync(jyu, "/koski/api/tiedonsiirrot/virheet"), Jasentamaton);
        Assert.Null(rivi!["inputData"]);
        using var helsinki = await sovellus.VirkailijanaAsync("helsinki-tallentaja");
        Assert.DoesNotContain(await RivitAsync(helsinki, "/koski/api/tiedonsiirrot/virheet"), Jasentamaton);
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Hylatty_siirto_nakyy_vain_organisaation_lukijoille_ja_onnistunut_korvaa_sen(string tarjoaja)
    {
        await using var sovellus = await KaynnistaAsync(tarjoaja);
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        var hetu = Testihetut.Hetu(71);

        Assert.Equal(HttpStatusCode.BadRequest, (await jyu.PutAsync("/koski/api/oppija", Json(Siirto(hetu, virheellinen: true)))).StatusCode);

        var kaikki = await RivitAsync(jyu, "/koski/api/tiedonsiirrot/virheet");
        var omat = Hetulla(kaikki, hetu);
        Assert.True(omat is not null, kaikki.ToJsonString());
        Assert.NotNull(omat);
        Assert.Contains(omat["virhe"]!.AsArray(), v => (string?)v!["key"] == "badRequest.validation.jsonSchema");
        Assert.Equal("primus", (string?)omat["lähdejärjestelmä"]);
        Assert.Equal(Normaalikoulu, (string?)omat["oppilaitos"]![0]!["oid"]);

        using var paakayttaja = await sovellus.VirkailijanaAsync("paakayttaja");
        Assert.NotNull(Hetulla(await RivitAsync(paakayttaja, "/koski/api/tiedonsiirrot/virheet"), hetu));
        using var helsinki = await sovellus.VirkailijanaAsync("helsinki-tallentaja");
        Assert.Null(Hetulla(await RivitAsync(helsinki, "/koski/api/tiedonsiirrot/virheet"), hetu));
        Assert.Null(Hetulla(await RivitAsync(helsinki, "/koski/api/tiedonsiirrot"), hetu));

        // The refused document as received: its special-category data only through a role that carries the right.
        using var katselija = await sovellus.VirkailijanaAsync("katselija");
        using var suppea = await sovellus.VirkailijanaAsync("katselija-suppea");
        var kokonaan = Hetulla(await RivitAsync(katselija, $"/koski/api/tiedonsiirrot/virheet?oppilaitos={Normaalikoulu}"), hetu)!;
        Assert.NotNull(kokonaan["inputData"]!["opiskeluoikeudet"]![0]!["lisätiedot"]?["vammainen"]);
        var suojattu = Hetulla(await RivitAsync(suppea, $"/koski/api/tiedonsiirrot/virheet?oppilaitos={Normaalikoulu}"), hetu)!;
        Assert.NotNull(suojattu["inputData"]);
        Assert.Null(suojattu["inputData"]!["opiskeluoikeudet"]![0]!["lisätiedot"]?["vammainen"]);

        // The same learner sent again, right: the row becomes a success and leaves the errors.
        Assert.Equal(HttpStatusCode.OK, (await jyu.PutAsync("/koski/api/oppija", Json(Siirto(hetu, virheellinen: false)))).StatusCode);
        Assert.Null(Hetulla(await RivitAsync(jyu, "/koski/api/tiedonsiirrot/virheet"), hetu));
        var onnistunut = Hetulla(await RivitAsync(jyu, "/koski/api/tiedonsiirrot"), hetu)!;
        Assert.Empty(onnistunut["virhe"]!.AsArray());
        Assert.Null(onnistunut["inputData"]);

        var yhteenveto = JsonNode.Parse(await paakayttaja.GetStringAsync("/koski/api/tiedonsiirrot/yhteenveto"))!.AsArray();
        var normaalikoulun = Assert.Single(yhteenveto, r => (string?)r!["oppilaitos"]!["oid"] == Normaalikoulu)!;
        Assert.Equal(Jyu, (string?)normaalikoulun["käyttäjä"]!["käyttäjätunnus"]);
        Assert.Equal(1, (int)normaalikoulun["siirretyt"]!);
        Assert.Equal(0, (int)normaalikoulun["virheelliset"]!);
        Assert.Equal("primus", (string?)normaalikoulun["lähdejärjestelmä"]!["koodiarvo"]);
        Assert.Empty(JsonNode.Parse(await helsinki.GetStringAsync("/koski/api/tiedonsiirrot/yhteenveto"))!.AsArray());
    }

    [Fact]
    public async Task Virheen_poistaa_vain_mitatointioikeudella_ja_vain_virheen()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        var hetu = Testihetut.Hetu(72);
        await jyu.PutAsync("/koski/api/oppija", Json(Siirto(hetu, virheellinen: true)));
        var id = (string)Hetulla(await RivitAsync(jyu, "/koski/api/tiedonsiirrot/virheet"), hetu)!["id"]!;
        var poisto = Json(new JsonObject { ["ids"] = new JsonArray(id) });

        var palvelukayttaja = await jyu.PostAsync("/koski/api/tiedonsiirrot/delete", poisto);
        Assert.Equal(HttpStatusCode.Forbidden, palvelukayttaja.StatusCode);
        using var helsinki = await sovellus.VirkailijanaAsync("helsinki-tallentaja");
        Assert.Equal(HttpStatusCode.Forbidden, (await helsinki.PostAsync("/koski/api/tiedonsiirrot/delete", poisto)).StatusCode);
        Assert.NotNull(Hetulla(await RivitAsync(jyu, "/koski/api/tiedonsiirrot/virheet"), hetu));

        using var paakayttaja = await sovellus.VirkailijanaAsync("paakayttaja");
        var vastaus = await paakayttaja.PostAsync("/koski/api/tiedonsiirrot/delete", poisto);
        Assert.Equal(HttpStatusCode.OK, vastaus.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(await vastaus.Content.ReadAsStringAsync())!["poistettu"]!);
        Assert.Null(Hetulla(await RivitAsync(jyu, "/koski/api/tiedonsiirrot"), hetu));
    }

    [Fact]
    public async Task Virheellinen_oppilaitos_ja_poistopyynto_saavat_koskin_avaimen()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);

        var oid = await jyu.GetAsync("/koski/api/tiedonsiirrot?oppilaitos=123");
        Assert.Equal(HttpStatusCode.BadRequest, oid.StatusCode);
        Assert.Contains("badRequest.queryParam.virheellinenOrganisaatioOid", await oid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var runko = await jyu.PostAsync("/koski/api/tiedonsiirrot/delete", Json(new JsonObject { ["ids"] = 5 }));
        Assert.Equal(HttpStatusCode.BadRequest, runko.StatusCode);
    }
}
