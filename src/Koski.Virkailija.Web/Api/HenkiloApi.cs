using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Tiedonsiirto;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// KOSKI's /api/henkilo (HenkilötiedotServlet): a learner by hetu, by oid, and a search, in KOSKI's shapes
/// (HenkilötiedotJaOid, HenkilötiedotSearchResponse; a missing value is left out), scoped by <see cref="Henkilotiedot"/>.
/// </summary>
public static class HenkiloApi
{
    private static readonly JsonSerializerOptions Json = new(ApiVastaukset.Json)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void MapHenkilot(this RouteGroupBuilder api)
    {
        var ryhma = api.MapGroup("/henkilo");
        ryhma.MapGet("/hetu/{hetu}", (HttpContext http, Henkilotiedot tiedot, string hetu) =>
                VastaaAsync(http, async k => Henkilot(await tiedot.HetullaAsync(k, hetu, http.RequestAborted))))
            .WithSummary("Oppija henkilötunnuksella (vain käyttäjälle näkyvä)");
        ryhma.MapGet("/oid/{oid}", (HttpContext http, Henkilotiedot tiedot, string oid) =>
                VastaaAsync(http, async k => Henkilot(await tiedot.OidillaAsync(k, oid, http.RequestAborted))))
            .WithSummary("Oppija oppijanumerolla, ilman henkilötunnusta; linkitetty oid antaa pääoppijan");
        ryhma.MapPost("/search", HaeAsync)
            .WithSummary("Oppijahaku: henkilötunnus, oppijanumero tai nimi ({query})");
    }

    private static async Task<IResult> HaeAsync(HttpContext http, Henkilotiedot tiedot)
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
        var kysely = runko is JsonObject o && o["query"] is JsonValue arvo && arvo.GetValueKind() == JsonValueKind.String
            ? arvo.GetValue<string>() : null;
        if (kysely is null)
            return ApiVastaukset.Virhe(400, "badRequest.format.json", "Pyynnön runko ei ole muotoa {\"query\": \"...\"}.");
        return await VastaaAsync(http, async k =>
        {
            var tulos = await tiedot.HaeAsync(k, kysely, http.RequestAborted);
            return (object)new { henkilöt = Henkilot(tulos.Henkilot), canAddNew = tulos.CanAddNew, hetu = tulos.Hetu, oid = tulos.Oid };
        });
    }

    /// <summary>KOSKI's HenkilötiedotJaOid list; a hetu the answer may not carry is null, and left out.</summary>
    private static JsonArray Henkilot(IReadOnlyList<HenkilotiedotJaOid> henkilot) =>
        new(henkilot.Select(h =>
        {
            var henkilo = new JsonObject { ["oid"] = h.Oid };
            if (h.Hetu is not null) henkilo["hetu"] = h.Hetu;
            henkilo["etunimet"] = h.Etunimet;
            henkilo["kutsumanimi"] = h.Kutsumanimi;
            henkilo["sukunimi"] = h.Sukunimi;
            return (JsonNode)henkilo;
        }).ToArray());

    private static async Task<IResult> VastaaAsync(HttpContext http, Func<Application.Kayttajat.Kayttaja, Task<object>> toiminto)
    {
        if (await ApiKayttaja.HaeAsync(http) is not { } kayttaja)
            return ApiVastaukset.Virhe(401, "unauthorized.notAuthenticated", "Käyttäjä ei ole tunnistautunut.");
        try
        {
            return Results.Json(await toiminto(kayttaja), Json);
        }
        catch (KoskiVirheet virheet)
        {
            return ApiVastaukset.Virheet(virheet);
        }
    }
}
