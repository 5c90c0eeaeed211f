using System.Net;
using System.Text.Json.Nodes;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// POST/GET /koski/api/henkilo/tuonti over HTTP: an account with "Oppijan tuonti" sends a batch and polls it until every
/// learner has a result; an account without the right, a read-only one and an official get 403; another organisation's
/// account does not find the batch; bad input is a 4xx in KOSKI's error form, never a 5xx.
/// </summary>
public sealed class OppijoidenTuontiApiTests
{
    private const string Tuoja = "tuonti-jyu", TuojaSalasana = "kehitys-salasana-tuonti";
    private const string HelsinkiTuoja = "tuonti-helsinki", HelsinkiSalasana = "kehitys-salasana-tuonti-hki";

    [Fact]
    public async Task Tuonti_lahetetaan_ja_seurataan_valmiiksi_vain_oikeudella()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite",
            $"--Seed:Palvelukayttajat:3:Tunnus={Tuoja}", $"--Seed:Palvelukayttajat:3:Salasana={TuojaSalasana}",
            "--Seed:Palvelukayttajat:3:Organisaatio=1.2.246.562.10.77055527103", "--Seed:Palvelukayttajat:3:OppijoidenTuonti=true",
            $"--Seed:Palvelukayttajat:4:Tunnus={HelsinkiTuoja}", $"--Seed:Palvelukayttajat:4:Salasana={HelsinkiSalasana}",
            "--Seed:Palvelukayttajat:4:Organisaatio=1.2.246.562.10.346830761110", "--Seed:Palvelukayttajat:4:OppijoidenTuonti=true",
            "--OppijoidenTuonti:Kyselyvali=00:00:00.100", "--OppijoidenTuonti:EnintaanOppijoita=10");
        var runko = new JsonObject
        {
            ["henkilot"] = new JsonArray(
                new JsonObject
                {
                    ["tunniste"] = "opiskelija-1",
                    ["henkilo"] = new JsonObject { ["etunimet"] = "Tuomas", ["sukunimi"] = "Tuotu", ["syntymaaika"] = "2011-02-03", ["sukupuoli"] = "1" },
                },
                new JsonObject { ["tunniste"] = "opiskelija-2", ["henkilo"] = new JsonObject { ["hetu"] = "010101-123X", ["etunimet"] = "V", ["sukunimi"] = "W" } }),
        };

        using var tuoja = sovellus.Palvelukayttajana(Tuoja, TuojaSalasana);
        var lahetys = await tuoja.PostAsync("/koski/api/henkilo/tuonti", Json(runko));
        var vastaus = JsonNode.Parse(await lahetys.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, lahetys.StatusCode);
        var id = (long)vastaus["id"]!;
        Assert.Equal(2, (int)vastaus["kasiteltavia"]!);

        JsonNode tila;
        var odotus = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            tila = JsonNode.Parse(await tuoja.GetStringAsync($"/koski/api/henkilo/tuonti/{id}", odotus.Token))!;
            if ((string?)tila["tila"] == "VALMIS") break;
            await Task.Delay(100, odotus.Token);
        }
        Assert.Equal(2, (int)tila["kasiteltyja"]!);
        var henkilot = tila["henkilot"]!.AsArray();
        Assert.True(Domain.Oidit.OnHenkiloOid((string?)henkilot[0]!["henkilo"]!["oid"]));
        Assert.False((bool)henkilot[0]!["henkilo"]!["yksiloity"]!);
        Assert.Null(henkilot[0]!["henkilo"]!["oppijanumero"]);
        Assert.Equal("badRequest.validation.henkilötiedot.hetu", (string?)henkilot[1]!["virheet"]![0]!["key"]);

        using var helsinki = sovellus.Palvelukayttajana(HelsinkiTuoja, HelsinkiSalasana);
        await VirheAsync(await helsinki.GetAsync($"/koski/api/henkilo/tuonti/{id}"), HttpStatusCode.NotFound, "notFound");
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        await VirheAsync(await jyu.PostAsync("/koski/api/henkilo/tuonti", Json(runko)), HttpStatusCode.Forbidden, "forbidden.kiellettyKäyttöoikeus");
        await VirheAsync(await jyu.GetAsync($"/koski/api/henkilo/tuonti/{id}"), HttpStatusCode.Forbidden, "forbidden.kiellettyKäyttöoikeus");
        using var lukija = sovellus.Palvelukayttajana(JyuLukija, JyuLukijaSalasana);
        await VirheAsync(await lukija.PostAsync("/koski/api/henkilo/tuonti", Json(runko)), HttpStatusCode.Forbidden, "forbidden.kiellettyKäyttöoikeus");
        using var paakayttaja = await sovellus.VirkailijanaAsync("paakayttaja");
        await VirheAsync(await paakayttaja.PostAsync("/koski/api/henkilo/tuonti", Json(runko)), HttpStatusCode.Forbidden, "forbidden.kiellettyKäyttöoikeus");

        await VirheAsync(await tuoja.PostAsync("/koski/api/henkilo/tuonti", new StringContent("{\"henkilot\": [")), HttpStatusCode.BadRequest, null);
        await VirheAsync(await tuoja.PostAsync("/koski/api/henkilo/tuonti", Json(new JsonObject
        {
            ["henkilot"] = new JsonArray(
            Enumerable.Range(0, 11).Select(i => (JsonNode)new JsonObject { ["tunniste"] = $"t{i}" }).ToArray())
        })),
            HttpStatusCode.BadRequest, "badRequest");
        await VirheAsync(await tuoja.GetAsync("/koski/api/henkilo/tuonti/abc"), HttpStatusCode.BadRequest, "badRequest.queryParam");
        await VirheAsync(await tuoja.GetAsync("/koski/api/henkilo/tuonti/999999"), HttpStatusCode.NotFound, "notFound");
    }

    private static async Task VirheAsync(HttpResponseMessage vastaus, HttpStatusCode odotettu, string? avain)
    {
        var runko = await vastaus.Content.ReadAsStringAsync();
        Assert.True(vastaus.StatusCode == odotettu, $"{vastaus.RequestMessage?.RequestUri}: {vastaus.StatusCode} {runko}");
        var virhe = JsonNode.Parse(runko)!.AsArray().Single()!;
        Assert.NotNull((string?)virhe["message"]);
        if (avain is not null) Assert.Equal(avain, (string?)virhe["key"]);
    }
}
