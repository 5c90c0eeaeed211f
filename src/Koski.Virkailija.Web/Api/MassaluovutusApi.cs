using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Massaluovutukset;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Massaluovutukset;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// KOSKI's <c>/koski/api/massaluovutus</c>: POST a query → its state; GET <c>{id}</c> → its state and result file
/// addresses; GET <c>{id}/{file}</c> → the file (KOSKI redirects to object storage; here the app serves it, since
/// the files are in the shared database). States and fields as KOSKI's QueryResponse.
/// </summary>
public static class MassaluovutusApi
{
    public static RouteGroupBuilder MapMassaluovutus(this RouteGroupBuilder api)
    {
        api.MapPost("/massaluovutus", async (HttpContext http, MassaluovutusPalvelu palvelu) =>
            {
                JsonNode? kysely;
                try
                {
                    kysely = await TiukkaJson.LueAsync(http.Request.Body, http.RequestAborted);
                }
                catch (KoskiVirheet virheet)
                {
                    return ApiVastaukset.Virheet(virheet);
                }
                return await KoskiApi.KayttajanaAsync(http, async k => Vastaus(http, k, await palvelu.LisaaAsync(k, kysely, http.RequestAborted)));
            })
            .WithSummary("Massaluovutus: lisää kysely jonoon (organisaationOpiskeluoikeudet, paallekkaisetOpiskeluoikeudet, luokallejaaneet)");
        api.MapGet("/massaluovutus/{id}", (HttpContext http, MassaluovutusPalvelu palvelu, string id) =>
                KoskiApi.KayttajanaAsync(http, async k => Vastaus(http, k, await palvelu.HaeAsync(k, Tunniste(id), http.RequestAborted))))
            .WithSummary("Massaluovutus: kyselyn tila ja tulostiedostojen osoitteet");
        api.MapGet("/massaluovutus/{id}/{tiedosto}", async (HttpContext http, MassaluovutusPalvelu palvelu, string id, string tiedosto) =>
            {
                if (await ApiKayttaja.HaeAsync(http) is not { } kayttaja)
                    return ApiVastaukset.Virhe(401, "unauthorized.notAuthenticated", "Käyttäjä ei ole tunnistautunut.");
                try
                {
                    var t = await palvelu.TiedostoAsync(kayttaja, Tunniste(id), tiedosto, http.RequestAborted);
                    return Results.File(t.Sisalto, t.Sisaltotyyppi, t.Nimi);
                }
                catch (KoskiVirheet virheet)
                {
                    return ApiVastaukset.Virheet(virheet);
                }
            })
            .WithSummary("Massaluovutus: tulostiedosto");
        return api;
    }

    private static Guid Tunniste(string id) =>
        Guid.TryParse(id, out var g) ? g : throw new KoskiVirheet("badRequest.queryParam", "Epävalidi tunniste");

    /// <summary>KOSKI's QueryResponse of the query's state.</summary>
    private static JsonObject Vastaus(HttpContext http, Kayttaja kayttaja, MassaluovutuksenTilanne tilanne)
    {
        var k = tilanne.Kysely;
        var juuri = $"{http.Request.Scheme}://{http.Request.Host}{KoskiApi.Polku}/massaluovutus/{k.Id}";
        var vastaus = new JsonObject
        {
            ["queryId"] = k.Id.ToString(),
            ["requestedBy"] = k.Pyytaja,
            ["query"] = tilanne.Parametrit.Json(),
            ["createdAt"] = Aika(k.Luotu),
            ["status"] = k.Tila,
        };
        if (k.Tila is Massaluovutustila.Odottaa or Massaluovutustila.Kaynnissa) vastaus["resultsUrl"] = juuri;
        if (k.Tila == Massaluovutustila.Odottaa) return vastaus;
        vastaus["startedAt"] = Aika(k.Aloitettu);
        vastaus["files"] = new JsonArray(tilanne.Tiedostot.Select(t => (JsonNode)(juuri + "/" + Uri.EscapeDataString(t))).ToArray());
        if (k.Tila == Massaluovutustila.Kaynnissa) return vastaus;
        vastaus["finishedAt"] = Aika(k.Valmistunut);
        if (k.Tila == Massaluovutustila.Valmis)
        {
            if (k.Salasana is not null) vastaus["password"] = k.Salasana;
        }
        else if (kayttaja.Sisaltaa(Oikeus.GLOBAALI))
        {
            // KOSKI shows the original error to global readers only.
            vastaus["error"] = k.Virhe;
        }
        return vastaus;
    }

    private static string? Aika(DateTime? utc) =>
        utc is { } h ? TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(h, DateTimeKind.Utc)), Suomenaika.Vyohyke).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture) : null;
}
