using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// The read-only service account of the demo data (lukija-jyu, Jyväskylän yliopisto) over HTTP: it reads what the
/// ordinary account of the same organisation reads — a massaluovutus with the same study rights, a learner, the
/// transfer log — and every write is refused with KOSKI's forbidden.kiellettyKäyttöoikeus, stored nothing.
/// </summary>
public sealed class VainLukuPalvelukayttajaTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private static readonly string[] Nopeasti = ["--Massaluovutus:Kyselyvali=00:00:00.100"];

    private static async Task<List<string>> OpiskeluoikeudetAsync(HttpClient http)
    {
        var kysely = new JsonObject { ["type"] = "organisaationOpiskeluoikeudet", ["format"] = "application/json", ["alkanutAikaisintaan"] = "2000-01-01" };
        var vastaus = await http.PostAsync("/koski/api/massaluovutus", Json(kysely));
        var runko = await vastaus.Content.ReadAsStringAsync();
        Assert.True(vastaus.StatusCode == HttpStatusCode.OK, $"{vastaus.StatusCode}: {runko}");
        var osoite = $"/koski/api/massaluovutus/{JsonNode.Parse(runko)!["queryId"]}";
        using var aikaraja = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        JsonObject tila;
        while ((tila = (await http.GetFromJsonAsync<JsonObject>(osoite, aikaraja.Token))!)["status"]!.GetValue<string>() is not ("complete" or "failed"))
            await Task.Delay(100, aikaraja.Token);
        Assert.Equal("complete", tila["status"]!.GetValue<string>());
        var oidit = new List<string>();
        foreach (var tiedosto in tila["files"]!.AsArray().Select(f => new Uri(f!.GetValue<string>()).PathAndQuery))
            oidit.AddRange(JsonNode.Parse(await http.GetStringAsync(tiedosto))!.AsArray()
                .SelectMany(o => o!["opiskeluoikeudet"]!.AsArray()).Select(o => o!["oid"]!.GetValue<string>()));
        return oidit.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<string> AvainAsync(HttpResponseMessage vastaus) =>
        JsonNode.Parse(await vastaus.Content.ReadAsStringAsync())!.AsArray()[0]!["key"]!.GetValue<string>();

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Lukee_kuin_tavallinen_palvelukayttaja_mutta_ei_kirjoita(string tarjoaja)
    {
        await using var sovellus = await KaynnistaAsync(tarjoaja, Nopeasti);
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        using var lukija = sovellus.Palvelukayttajana(JyuLukija, JyuLukijaSalasana);

        // Reading: the same bulk handover as the ordinary account of the same organisation, and the GET endpoints.
        var odotetut = await OpiskeluoikeudetAsync(jyu);
        Assert.NotEmpty(odotetut);
        Assert.Equal(odotetut, await OpiskeluoikeudetAsync(lukija));
        var opiskeluoikeus = await lukija.GetAsync($"/koski/api/opiskeluoikeus/{odotetut[0]}");
        Assert.Equal(HttpStatusCode.OK, opiskeluoikeus.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lukija.GetAsync("/koski/api/tiedonsiirrot")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lukija.GetAsync("/koski/api/tiedonsiirrot/yhteenveto")).StatusCode);

        // Writing: refused before the document is read, with KOSKI's key; the ordinary account may write the same.
        var siirto = KoskiApiTests.Esimerkki(Perusopetus, "lukija");
        siirto["henkilö"]!["hetu"] = Testihetut.Hetu(72);
        var tallennus = await lukija.PutAsync("/koski/api/oppija", Json(siirto));
        Assert.Equal(HttpStatusCode.Forbidden, tallennus.StatusCode);
        Assert.Equal("forbidden.kiellettyKäyttöoikeus", await AvainAsync(tallennus));
        var rikki = await lukija.PutAsync("/koski/api/oppija", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("forbidden.kiellettyKäyttöoikeus", await AvainAsync(rikki));
        // DELETE follows KOSKI's invalidation rule (TIEDONSIIRRON_MITATOINTI), which the account does not have either.
        var mitatointi = await lukija.DeleteAsync($"/koski/api/opiskeluoikeus/{odotetut[0]}");
        Assert.True(mitatointi.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, mitatointi.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, (await lukija.GetAsync($"/koski/api/opiskeluoikeus/{odotetut[0]}")).StatusCode);
        Assert.Equal(odotetut, await OpiskeluoikeudetAsync(jyu));

        Assert.Equal(HttpStatusCode.OK, (await jyu.PutAsync("/koski/api/oppija", Json(siirto))).StatusCode);
    }
}
