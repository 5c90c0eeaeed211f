using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Oppijat;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// Learner batches for oppijanumerot, shaped after the oppijanumerorekisteri's "oppijoiden tuonti":
/// POST <c>/henkilo/tuonti</c> <c>{"henkilot": [{"tunniste", "henkilo": {hetu, etunimet, kutsumanimi, sukunimi,
/// syntymaaika, sukupuoli, aidinkieli, kansalaisuus}}]}</c> → the batch id at once; GET <c>/henkilo/tuonti/{id}</c> →
/// state, counts (kasiteltavia, kasiteltyja) and per learner the person (oid; oppijanumero when identified) or the
/// errors. Errors are KOSKI's <c>[{key, message}]</c> with a 4xx (<see cref="ApiVastaukset"/>).
/// </summary>
public static class OppijoidenTuontiApi
{
    public static RouteGroupBuilder MapOppijoidenTuonti(this RouteGroupBuilder api)
    {
        api.MapPost("/henkilo/tuonti", async (HttpContext http, OppijoidenTuontiPalvelu palvelu) =>
            {
                JsonNode? runko;
                try
                {
                    runko = await TiukkaJson.LueAsync(http.Request.Body, http.RequestAborted);
                }
                catch (KoskiVirheet virheet)
                {
                    return ApiVastaukset.Virheet(virheet);
                }
                return await KoskiApi.KayttajanaAsync(http, async k => Perustiedot(await palvelu.LisaaAsync(k, runko, http.RequestAborted)));
            })
            .WithSummary("Oppijoiden tuonti: lähettää enintään N henkilöä (tunniste + henkilo) oppijanumeroita varten, vastaa tuonnin tunnisteella");
        api.MapGet("/henkilo/tuonti/{id}", (HttpContext http, OppijoidenTuontiPalvelu palvelu, string id) =>
                KoskiApi.KayttajanaAsync(http, async k => Tiedot(await palvelu.HaeAsync(k, Tunniste(id), http.RequestAborted))))
            .WithSummary("Oppijoiden tuonti: tila, käsiteltävien ja käsiteltyjen määrät ja henkilöittäin oppijanumero tai virheet");
        return api;
    }

    private static long Tunniste(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t)
            ? t : throw new KoskiVirheet("badRequest.queryParam", "Epävalidi tuonnin tunniste");

    private static JsonObject Perustiedot(TuonninPerustiedot t) => new()
    {
        ["id"] = t.Id,
        ["tila"] = t.Tila,
        ["kasiteltavia"] = t.Kasiteltavia,
        ["kasiteltyja"] = t.Kasiteltyja,
        ["virheita"] = t.Virheita,
    };

    private static JsonObject Tiedot(TuonninTiedot tiedot)
    {
        var vastaus = Perustiedot(tiedot.Perustiedot);
        vastaus["henkilot"] = new JsonArray(tiedot.Henkilot.Select(h =>
        {
            var rivi = new JsonObject { ["tunniste"] = h.Tunniste };
            if (h.Tulos == Tuontitulos.Virhe)
                rivi["virheet"] = new JsonArray(new JsonObject { ["key"] = h.VirheAvain, ["message"] = h.Virheviesti });
            else if (h.Oid is not null)
                rivi["henkilo"] = new JsonObject
                {
                    ["oid"] = h.Oid,
                    // As the oppijanumerorekisteri: the oppijanumero only of an identified person.
                    ["oppijanumero"] = h.Yksiloity ? h.Oid : null,
                    ["yksiloity"] = h.Yksiloity,
                };
            return (JsonNode)rivi;
        }).ToArray());
        return vastaus;
    }
}
