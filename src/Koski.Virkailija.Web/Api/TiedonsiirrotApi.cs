using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Tiedonsiirto;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// KOSKI's /api/tiedonsiirrot (TiedonsiirtoServlet): the transfer log, its errors and its summary, scoped by
/// <see cref="TiedonsiirtolokinHaku"/>, in KOSKI's JSON shapes (PaginatedResponse, HenkilönTiedonsiirrot,
/// TiedonsiirtoYhteenveto).
/// </summary>
public static class TiedonsiirrotApi
{
    public static void MapTiedonsiirrot(this RouteGroupBuilder api)
    {
        var ryhma = api.MapGroup("/tiedonsiirrot");
        ryhma.MapGet("", (HttpContext http, TiedonsiirtolokinHaku haku, OrganisaatioHakemisto organisaatiot) =>
                HaeAsync(http, haku, organisaatiot, vainVirheelliset: false))
            .WithSummary("Tiedonsiirrot (uusin siirto oppijaa kohden), sivutettuna");
        ryhma.MapGet("/virheet", (HttpContext http, TiedonsiirtolokinHaku haku, OrganisaatioHakemisto organisaatiot) =>
                HaeAsync(http, haku, organisaatiot, vainVirheelliset: true))
            .WithSummary("Virheelliset tiedonsiirrot, sivutettuna");
        ryhma.MapGet("/yhteenveto", (HttpContext http, TiedonsiirtolokinHaku haku, OrganisaatioHakemisto organisaatiot) =>
                KoskiApi.KayttajanaAsync(http, async k => Yhteenveto(await haku.YhteenvetoAsync(k, http.RequestAborted),
                    await organisaatiot.PuuAsync(http.RequestAborted))))
            .WithSummary("Tiedonsiirtojen yhteenveto oppilaitoksittain ja lähdejärjestelmittäin");
        ryhma.MapPost("/delete", PoistaAsync)
            .WithSummary("Poistaa virheellisiä tiedonsiirtoja (tunnisteet)");
    }

    private static async Task<IResult> HaeAsync(HttpContext http, TiedonsiirtolokinHaku haku, OrganisaatioHakemisto organisaatiot,
        bool vainVirheelliset)
    {
        var kysely = http.Request.Query;
        var oppilaitos = kysely["oppilaitos"].FirstOrDefault();
        if (oppilaitos is not null && !Oidit.OnOrganisaatioOid(oppilaitos))
            return ApiVastaukset.Virhe(400, "badRequest.queryParam.virheellinenOrganisaatioOid", "Organisaatio-oidin muoto on virheellinen. Esimerkki oikeasta muodosta: 1.2.246.562.10.00000000001.");
        var sivu = Luku(kysely["pageNumber"].FirstOrDefault(), 0);
        var koko = Luku(kysely["pageSize"].FirstOrDefault(), TiedonsiirtolokinHaku.OletusSivukoko);
        return await KoskiApi.KayttajanaAsync(http, async k =>
        {
            var tulos = await haku.HaeAsync(k, oppilaitos, vainVirheelliset, sivu, koko, http.RequestAborted);
            var puu = await organisaatiot.PuuAsync(http.RequestAborted);
            return new
            {
                paginationSettings = new { page = sivu, size = koko },
                result = new
                {
                    henkilöt = tulos.Rivit.Select(r => new { oppija = Oppija(r), rivit = new[] { Rivi(r, puu) } }),
                    oppilaitos = oppilaitos is null ? null : Organisaatio(oppilaitos, puu),
                },
                mayHaveMore = tulos.VoiOllaLisaa,
            };
        });
    }

    private static async Task<IResult> PoistaAsync(HttpContext http, TiedonsiirtolokinHaku haku)
    {
        // A JSON body only: a browser cannot send one cross-site without a CORS preflight, which is never granted.
        if (http.Request.ContentType is not { } tyyppi || !tyyppi.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return ApiVastaukset.Virhe(415, "unsupportedMediaType.jsonOnly", "Vain application/json (UTF-8) hyväksytään.");
        JsonNode? runko;
        try
        {
            runko = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return ApiVastaukset.Virhe(400, "badRequest.format.json", "JSON-dokumentin parsinta epäonnistui.");
        }
        if (runko?["ids"] is not JsonArray tunnisteet || tunnisteet.Any(t => t is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
            return ApiVastaukset.Virhe(400, "badRequest.validation.jsonSchema", "Odotettiin {\"ids\": [merkkijonoja]}.");
        var ids = tunnisteet.Select(t => t!.GetValue<string>()).ToList();
        return await KoskiApi.KayttajanaAsync(http, async k => new { poistettu = await haku.PoistaVirheetAsync(k, ids, http.RequestAborted) });
    }

    private static object Oppija(Tiedonsiirtorivi r) =>
        new { oid = r.OppijaOid, hetu = r.Hetu, etunimet = r.Etunimet, sukunimi = r.Sukunimi };

    private static object Rivi(Tiedonsiirtorivi r, OrganisaatioPuu puu) => new
    {
        id = r.Id,
        aika = Aika(r.Aikaleima),
        oppija = Oppija(r),
        oppilaitos = r.OppilaitosOid is null ? [] : new[] { Organisaatio(r.OppilaitosOid, puu) },
        suoritustiedot = Array.Empty<object>(),
        virhe = r.Virheet is null ? new JsonArray() : JsonNode.Parse(r.Virheet),
        inputData = r.Data is null ? null : JsonNode.Parse(r.Data),
        lähdejärjestelmä = r.Lahdejarjestelma,
    };

    private static IEnumerable<object> Yhteenveto(IReadOnlyList<TiedonsiirtojenYhteenveto> rivit, OrganisaatioPuu puu) =>
        rivit.Select(r => new
        {
            tallentajaOrganisaatio = Organisaatio(r.TallentajaOrganisaatioOid, puu),
            oppilaitos = Organisaatio(r.OppilaitosOid, puu),
            käyttäjä = new { oid = r.KayttajaOid, käyttäjätunnus = r.Kayttajatunnus },
            viimeisin = Aika(r.Viimeisin),
            siirretyt = r.Siirretyt,
            virheelliset = r.Virheelliset,
            onnistuneet = r.Onnistuneet,
            lähdejärjestelmä = r.Lahdejarjestelma is null ? null : new { koodiarvo = r.Lahdejarjestelma, koodistoUri = "lahdejarjestelma" },
        });

    private static object Organisaatio(string oid, OrganisaatioPuu puu) => puu.Hae(oid) is { } o
        ? new { oid, nimi = new { fi = o.NimiFi, sv = o.NimiSv ?? o.NimiFi, en = o.NimiEn ?? o.NimiFi } }
        : new { oid, nimi = new { fi = oid, sv = oid, en = oid } };

    private static string Aika(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static int Luku(string? teksti, int oletus) =>
        int.TryParse(teksti, NumberStyles.None, CultureInfo.InvariantCulture, out var luku) ? luku : oletus;
}
