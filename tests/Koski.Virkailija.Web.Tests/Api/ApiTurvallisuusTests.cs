using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;
using Npgsql;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// The API probed as an attacker and under faults would: a role that only edits creating, malformed bodies, lost
/// races, a database out of reach, password floods, answers a cache could keep, texts of megabytes.
/// </summary>
public sealed class ApiTurvallisuusTests
{
    private const string TpoHankinta = "taiteenperusopetus-hyvaksytystisuoritettuhankintakoulutus_2023-06-27.json";
    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";

    private static JsonObject Raaka(string tiedosto) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, tiedosto)))!.AsObject();

    private static ByteArrayContent Tavuina(byte[] tavut) =>
        new(tavut) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private static async Task<(HttpStatusCode Tila, string Avain)> VastausAsync(HttpResponseMessage vastaus)
    {
        var sisalto = await vastaus.Content.ReadAsStringAsync();
        return (vastaus.StatusCode, JsonNode.Parse(sisalto) is JsonArray { Count: > 0 } virheet ? (string)virheet[0]!["key"]! : sisalto);
    }

    [Fact]
    public async Task TPO_hankinnan_tallentaja_ei_luo_opiskeluoikeutta_istunnollaan_rajapinnassa()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var tpo = await sovellus.VirkailijanaAsync("tpo-tallentaja");
        var ennen = await sovellus.LaskeAsync();

        var (tila, avain) = await VastausAsync(await tpo.PutAsync("/koski/api/oppija", Json(Raaka(TpoHankinta))));

        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (tila, avain));
        Assert.Equal(ennen, await sovellus.LaskeAsync());
    }

    [Fact]
    public async Task Kaksoisominaisuus_viallinen_UTF8_ja_liian_syva_JSON_ovat_400_eivatka_tallennu()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        var ennen = await sovellus.LaskeAsync();
        var teksti = KoskiApiTests.Esimerkki(Perusopetus).ToJsonString(Web.Api.ApiVastaukset.Json);
        var kaksoisominaisuus = Encoding.UTF8.GetBytes(teksti.Replace("\"henkilö\":", "\"henkilö\":{},\"henkilö\":", StringComparison.Ordinal));
        var viallinen = Encoding.UTF8.GetBytes(teksti.Replace("\"Kaisa\"", "\"KaisaXX\"", StringComparison.Ordinal));
        var kohta = viallinen.AsSpan().IndexOf("XX"u8);
        (viallinen[kohta], viallinen[kohta + 1]) = (0xC3, 0x28);
        var syva = Encoding.UTF8.GetBytes(teksti.Replace("\"henkilö\":", "\"syvä\":" + new string('[', 500) + new string(']', 500) + ",\"henkilö\":", StringComparison.Ordinal));

        foreach (var runko in new[] { kaksoisominaisuus, viallinen, syva })
        {
            Assert.NotEqual(teksti, Encoding.UTF8.GetString(runko));
            var (tila, avain) = await VastausAsync(await oph.PutAsync("/koski/api/oppija", Tavuina(runko)));
            Assert.Equal((HttpStatusCode.BadRequest, "badRequest.format.json"), (tila, avain));
        }
        Assert.Equal(ennen, await sovellus.LaskeAsync());
    }

    [Fact]
    public async Task Liian_pitka_teksti_on_400_eika_tallennu()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        var siirto = KoskiApiTests.Esimerkki(Perusopetus);
        siirto["opiskeluoikeudet"]![0]!["suoritukset"]![0]!["todistuksellaNäkyvätLisätiedot"] = new JsonObject
        {
            ["fi"] = new string('x', 20_000),
        };
        var ennen = await sovellus.LaskeAsync();

        var (tila, avain) = await VastausAsync(await oph.PutAsync("/koski/api/oppija", Json(siirto)));

        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.validation.jsonSchema"), (tila, avain));
        Assert.Equal(ennen, await sovellus.LaskeAsync());
    }

    [Fact]
    public async Task Samanaikaiset_paivitykset_samaan_versioon_saavat_yhden_200_ja_muut_409_PostgreSQLssa()
    {
        await using var sovellus = await KaynnistaAsync("Postgres");
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        var luotu = JsonNode.Parse(await (await oph.PutAsync("/koski/api/oppija", Json(KoskiApiTests.Esimerkki(Perusopetus)))).Content.ReadAsStringAsync())!;
        var paivitys = KoskiApiTests.Esimerkki(Perusopetus);
        paivitys["opiskeluoikeudet"]![0]!["oid"] = (string)luotu["opiskeluoikeudet"]![0]!["oid"]!;
        var ennen = await sovellus.LaskeAsync();

        // Round after round, ten writers race for the next version; warm, they overlap in the database.
        const int Kierroksia = 5;
        for (var versio = 1; versio <= Kierroksia; versio++)
        {
            paivitys["opiskeluoikeudet"]![0]!["versionumero"] = versio;
            var runko = paivitys.ToJsonString();
            var vastaukset = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
                await VastausAsync(await oph.PutAsync("/koski/api/oppija", new StringContent(runko, Encoding.UTF8, "application/json"))))));

            Assert.Single(vastaukset, v => v.Tila == HttpStatusCode.OK);
            Assert.All(vastaukset.Where(v => v.Tila != HttpStatusCode.OK), v => Assert.Equal((HttpStatusCode.Conflict, "conflict.versionumero"), v));
        }
        Assert.Equal(ennen.Versiot + Kierroksia, (await sovellus.LaskeAsync()).Versiot);
    }

    [Fact]
    public async Task Tietokannan_katkos_on_503_Retry_Afterin_kanssa_ja_palvelu_palaa_kun_kanta_palaa()
    {
        await using var sovellus = await KaynnistaAsync("Postgres");
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        var oppija = (string)JsonNode.Parse(await (await oph.PutAsync("/koski/api/oppija", Json(KoskiApiTests.Esimerkki(Perusopetus)))).Content.ReadAsStringAsync())!["henkilö"]!["oid"]!;
        var kanta = new NpgsqlConnectionStringBuilder(sovellus.PostgresYhteys).Database;

        PostgresPalvelin.YllapitajanaAja($"ALTER DATABASE {kanta} WITH ALLOW_CONNECTIONS false");
        PostgresPalvelin.YllapitajanaAja($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{kanta}'");
        try
        {
            // The service account signs in against the database, the official's read and the write use it too.
            foreach (var pyynto in new Func<Task<HttpResponseMessage>>[]
                     {
                         () => jyu.GetAsync($"/koski/api/oppija/{oppija}"),
                         () => oph.GetAsync($"/koski/api/oppija/{oppija}"),
                         () => oph.PutAsync("/koski/api/oppija", Json(KoskiApiTests.Esimerkki(Perusopetus, "2"))),
                     })
            {
                var vastaus = await pyynto();
                Assert.Equal((HttpStatusCode.ServiceUnavailable, "unavailable"), await VastausAsync(vastaus));
                Assert.Equal(TimeSpan.FromSeconds(Tietokantakatkos.UudelleenSekunneissa), vastaus.Headers.RetryAfter?.Delta);
            }
        }
        finally
        {
            PostgresPalvelin.YllapitajanaAja($"ALTER DATABASE {kanta} WITH ALLOW_CONNECTIONS true");
        }
        Assert.Equal(HttpStatusCode.OK, (await oph.GetAsync($"/koski/api/oppija/{oppija}")).StatusCode);
    }

    [Fact]
    public async Task Vaarien_salasanojen_tulva_saa_429n_mutta_oikea_jarjestelma_toisesta_osoitteesta_paasee_sisaan()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var hyokkaaja = sovellus.Palvelukayttajana(Jyu, "arvaus", lahdeosoite: "127.0.0.2");
        using var oikeaSamastaOsoitteesta = sovellus.Palvelukayttajana(Jyu, JyuSalasana, lahdeosoite: "127.0.0.2");
        using var oikea = sovellus.Palvelukayttajana(Jyu, JyuSalasana, lahdeosoite: "127.0.0.3");

        var tilat = new List<HttpStatusCode>();
        HttpResponseMessage? rajoitettu = null;
        for (var i = 0; i < 30; i++)
        {
            var vastaus = await hyokkaaja.GetAsync("/koski/api/opiskeluoikeus/1.2.246.562.15.99999999999");
            tilat.Add(vastaus.StatusCode);
            if (vastaus.StatusCode == HttpStatusCode.TooManyRequests) rajoitettu ??= vastaus;
        }

        // Five guesses a minute for one account at one address; then 429 with the time to wait.
        Assert.Equal(Web.Api.Kirjautumisyritykset.TunnuksenYritykset, tilat.Count(t => t == HttpStatusCode.Unauthorized));
        Assert.Equal(30 - Web.Api.Kirjautumisyritykset.TunnuksenYritykset, tilat.Count(t => t == HttpStatusCode.TooManyRequests));
        Assert.InRange(rajoitettu!.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), Web.Api.Kirjautumisyritykset.Ikkuna);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await oikeaSamastaOsoitteesta.GetAsync("/koski/api/oppija/1.2.246.562.24.99999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await oikea.GetAsync("/koski/api/oppija/1.2.246.562.24.99999999999")).StatusCode);
    }

    [Fact]
    public async Task Kirjautumissivun_yritykset_rajoitetaan_osoitteittain()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite", "--Authentication:KirjautumisiaMinuutissa=3");
        using var selain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(sovellus.Osoite) };

        var vastaukset = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) vastaukset.Add(await selain.GetAsync("/kirjaudu/oidc"));

        Assert.All(vastaukset.Take(3), v => Assert.NotEqual(HttpStatusCode.TooManyRequests, v.StatusCode));
        Assert.All(vastaukset.Skip(3), v => Assert.Equal(HttpStatusCode.TooManyRequests, v.StatusCode));
        Assert.NotNull(vastaukset[^1].Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Henkilotietoja_sisaltavia_vastauksia_ei_tallenneta_valimuistiin()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        var oppija = (string)JsonNode.Parse(await (await oph.PutAsync("/koski/api/oppija", Json(KoskiApiTests.Esimerkki(Perusopetus)))).Content.ReadAsStringAsync())!["henkilö"]!["oid"]!;
        using var selain = new HttpClient { BaseAddress = new Uri(sovellus.Osoite) };

        foreach (var vastaus in new[] { await oph.GetAsync($"/koski/api/oppija/{oppija}"), await selain.GetAsync("/kirjaudu") })
        {
            Assert.Equal(HttpStatusCode.OK, vastaus.StatusCode);
            Assert.True(vastaus.Headers.CacheControl?.NoStore, $"{vastaus.RequestMessage!.RequestUri}: {vastaus.Headers.CacheControl}");
        }
    }
}
