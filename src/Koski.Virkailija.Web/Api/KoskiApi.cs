using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// KOSKI's data-transfer API with KOSKI's paths and shapes: service accounts with HTTP Basic, signed-in officials
/// with their session. Bad input always gets a 4xx with <c>[{key, message}]</c>, never a 5xx.
/// </summary>
public static class KoskiApi
{
    public const string Polku = "/koski/api";
    private const string Politiikka = "koski-api";
    private const string Nopeusrajoitus = "koski-api";
    public const string Dokumentti = "koski";

    public static WebApplicationBuilder AddKoskiApi(this WebApplicationBuilder builder)
    {
        var asetukset = builder.Configuration.GetSection(ApiAsetukset.Osio).Get<ApiAsetukset>() ?? new();
        builder.Services.AddSingleton(asetukset);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<Kirjautumisyritykset>();
        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PalvelukayttajaTunnistus>(PalvelukayttajaTunnistus.Skeema, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Politiikka, p => p
            .AddAuthenticationSchemes(PalvelukayttajaTunnistus.Skeema, CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser());
        builder.Services.AddOpenApi(Dokumentti, o =>
        {
            o.ShouldInclude = kuvaus => kuvaus.RelativePath?.StartsWith(Polku.TrimStart('/'), StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((dokumentti, _, _) =>
            {
                dokumentti.Info.Title = "KOSKI-tiedonsiirtorajapinta";
                dokumentti.Info.Description = "KOSKI-yhteensopiva tiedonsiirto: palvelukäyttäjät HTTP Basic -tunnistuksella, virheet muodossa [{key, message}].";
                return Task.CompletedTask;
            });
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (konteksti, ct) =>
            {
                var odotus = konteksti.Lease.TryGetMetadata(MetadataName.RetryAfter, out var aika) ? aika : TimeSpan.FromSeconds(1);
                konteksti.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(odotus.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!konteksti.HttpContext.Request.Path.StartsWithSegments(Polku))
                {
                    konteksti.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                    return new ValueTask(konteksti.HttpContext.Response.WriteAsync(
                        "Liian monta kirjautumisyritystä: yritä hetken kuluttua uudelleen. / För många inloggningsförsök: försök igen om en stund.", ct));
                }
                return new ValueTask(ApiVastaukset.VirheAsync(konteksti.HttpContext, 429,
                    "tooManyRequests", "Liian monta pyyntöä: yritä hetken kuluttua uudelleen."));
            };
            // One bucket per account (or per address before sign-in), so one busy system cannot starve the others.
            o.AddPolicy(Nopeusrajoitus, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = asetukset.PyyntojaPurskeessa,
                    TokensPerPeriod = asetukset.PyyntojaSekunnissa,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapKoskiApi(this IEndpointRouteBuilder app)
    {
        // Called with Basic auth and JSON bodies by systems that hold no antiforgery token; browsers cannot send a
        // cross-site PUT/DELETE with a JSON body without a CORS preflight, which this API never grants.
        var api = app.MapGroup(Polku).RequireAuthorization(Politiikka).RequireRateLimiting(Nopeusrajoitus).DisableAntiforgery()
            .AddEndpointFilter(EiSisaisiaVirheita);
        api.MapPut("/oppija", TallennaAsync)
            .WithSummary("Tallentaa oppijan opiskeluoikeudet (lisää tai päivittää)");
        api.MapGet("/oppija/{oid}", (HttpContext http, TiedonsiirtoHaku haku, string oid) =>
            KayttajanaAsync(http, k => haku.OppijaAsync(k, oid, http.RequestAborted)))
            .WithSummary("Oppijan henkilötiedot ja näkyvät opiskeluoikeudet");
        api.MapGet("/opiskeluoikeus/{oid}", (HttpContext http, TiedonsiirtoHaku haku, string oid) =>
            KayttajanaAsync(http, k => haku.OpiskeluoikeusAsync(k, oid, http.RequestAborted)))
            .WithSummary("Opiskeluoikeuden uusin versio");
        api.MapGet("/opiskeluoikeus/historia/{oid}", (HttpContext http, TiedonsiirtoHaku haku, string oid) =>
            KayttajanaAsync(http, k => haku.HistoriaAsync(k, oid, http.RequestAborted)))
            .WithSummary("Opiskeluoikeuden versiohistoria");
        api.MapGet("/opiskeluoikeus/historia/{oid}/{versionumero:int}", (HttpContext http, TiedonsiirtoHaku haku, string oid, int versionumero) =>
            KayttajanaAsync(http, k => haku.VersioAsync(k, oid, versionumero, http.RequestAborted)))
            .WithSummary("Opiskeluoikeuden vanha versio");
        api.MapDelete("/opiskeluoikeus/{oid}", (HttpContext http, Application.Syotto.OpiskeluoikeusSyotto syotto,
                Application.Tietokanta.IKoskiDbFactory tietokanta, string oid) =>
            KayttajanaAsync(http, async k =>
            {
                // KOSKI's DELETE names no version: the latest one is invalidated.
                await using var db = await tietokanta.AvaaAsync(http.RequestAborted);
                var versio = db.Opiskeluoikeudet.Where(o => o.Oid == oid).Select(o => (int?)o.Versionumero).FirstOrDefault() ?? 0;
                var tulos = await syotto.MitatoiAsync(k, oid, versio, http.RequestAborted);
                return new { oid = tulos.OpiskeluoikeusOid, versionumero = tulos.Versionumero };
            }))
            .WithSummary("Mitätöi opiskeluoikeuden (KOSKIn säännöin)");
        api.MapMassaluovutus();
        api.MapTiedonsiirrot();
        api.MapHenkilot();
        api.MapOppijoidenTuonti();
        app.MapOpenApi(Polku + "/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>A fault of ours still answers in the API's own form, without details.</summary>
    private static async ValueTask<object?> EiSisaisiaVirheita(EndpointFilterInvocationContext konteksti, EndpointFilterDelegate seuraava)
    {
        try
        {
            return await seuraava(konteksti);
        }
        // A database out of reach goes on to UseKoskiTietokantakatkos: 503 with Retry-After, not an internal error.
        catch (Exception e) when (e is not OperationCanceledException && !Tietokantavirheet.OnSaatavuusvirhe(e))
        {
            konteksti.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KoskiApi))
                .LogError(e, "Tiedonsiirtorajapinnan sisäinen virhe: {Polku}", konteksti.HttpContext.Request.Path);
            return ApiVastaukset.Virhe(500, "internalError", "Sisäinen virhe.");
        }
    }

    private static async Task<IResult> TallennaAsync(HttpContext http, TiedonsiirtoPalvelu palvelu, Tiedonsiirtoloki loki,
        ApiAsetukset asetukset)
    {
        // Looked up once: an official's lookup reads the database. A user who writes nothing (a read-only service
        // account) is refused before the body is read, as KOSKI does.
        var kayttaja = await ApiKayttaja.HaeAsync(http);
        if (kayttaja is not null && Muokkausoikeus.Virhe(kayttaja) is { } kielletty)
            return ApiVastaukset.Virheet(kielletty);
        if (http.Request.ContentType is not { } tyyppi || !tyyppi.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return ApiVastaukset.Virhe(415, "unsupportedMediaType.jsonOnly", "Vain application/json (UTF-8) hyväksytään.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } raja) raja.MaxRequestBodySize = asetukset.PyynnonMaksimikoko;
        JsonNode? siirto;
        try
        {
            siirto = await TiukkaJson.LueAsync(http.Request.Body, http.RequestAborted);
        }
        catch (KoskiVirheet virheet)
        {
            // As KOSKI (handleUnparseableJson): a body that does not parse is a refused transfer too, logged with its
            // key and without a document.
            if (kayttaja is not null) loki.Kirjaa(kayttaja, null, null, virheet);
            return ApiVastaukset.Virheet(virheet);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // KOSKI has no key of its own for too much input and answers with the bare category (as for too many hetus).
            return ApiVastaukset.Virhe(413, "badRequest", $"Pyyntö on suurempi kuin {asetukset.PyynnonMaksimikoko} tavua.");
        }
        return await KayttajanaAsync(kayttaja, async k =>
        {
            TiedonsiirronVastaus tulos;
            try
            {
                tulos = await palvelu.TallennaAsync(k, siirto, http.RequestAborted);
            }
            catch (KoskiVirheet virheet)
            {
                loki.Kirjaa(k, siirto, null, virheet);
                throw;
            }
            loki.Kirjaa(k, siirto, tulos.OppijaOid, null);
            return new
            {
                henkilö = new { oid = tulos.OppijaOid },
                opiskeluoikeudet = tulos.Opiskeluoikeudet.Select(o => new
                {
                    oid = o.Oid, versionumero = o.Versionumero, lähdejärjestelmänId = o.LahdejarjestelmanId,
                }),
            };
        });
    }

    internal static async Task<IResult> KayttajanaAsync<T>(HttpContext http, Func<Kayttaja, Task<T>> toiminto) =>
        await KayttajanaAsync(await ApiKayttaja.HaeAsync(http), toiminto);

    private static async Task<IResult> KayttajanaAsync<T>(Kayttaja? tunnistettu, Func<Kayttaja, Task<T>> toiminto)
    {
        if (tunnistettu is not { } kayttaja)
            return ApiVastaukset.Virhe(401, "unauthorized.notAuthenticated", "Käyttäjä ei ole tunnistautunut.");
        try
        {
            return Results.Json(await toiminto(kayttaja), ApiVastaukset.Json);
        }
        catch (KoskiVirheet virheet)
        {
            return ApiVastaukset.Virheet(virheet);
        }
    }
}

/// <summary>Configuration section "Tiedonsiirto": limits of the data-transfer API.</summary>
public sealed class ApiAsetukset
{
    public const string Osio = "Tiedonsiirto";

    public long PyynnonMaksimikoko { get; set; } = 10 * 1024 * 1024;
    public int PyyntojaSekunnissa { get; set; } = 50;
    public int PyyntojaPurskeessa { get; set; } = 200;
}
