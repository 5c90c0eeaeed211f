using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Sign-in and sign-out are endpoints, not components. Development sign-in and sign-out are POSTs checked by
/// antiforgery; OpenID Connect sign-in starts with a GET that only redirects to the provider (its state and
/// correlation cookie protect the return).
/// </summary>
public static class KirjautumisEndpoints
{
    public static IEndpointRouteBuilder MapKoskiKirjautuminen(this IEndpointRouteBuilder app)
    {
        app.MapPost("/kirjaudu/kehitys", KehitysKirjautuminenAsync).AllowAnonymous().RequireRateLimiting(Kirjautumisrajoitus.Politiikka);
        app.MapGet("/kirjaudu/oidc", OidcKirjautuminenAsync).AllowAnonymous().RequireRateLimiting(Kirjautumisrajoitus.Politiikka);
        app.MapPost("/kirjaudu-ulos", KirjauduUlosAsync).VaatiiAntiforgeryn();
        app.MapPost("/kirjaudu-ulos/kaikki", KirjauduUlosKaikistaAsync).VaatiiAntiforgeryn();
        return app;
    }

    private static async Task KirjauduUlosAsync(HttpContext http, KirjautumisAsetukset asetukset, ILoggerFactory lokit)
    {
        lokit.CreateLogger(Loki.Kategoria).LogInformation("Uloskirjautuminen: {Tunnus}", http.User.FindFirst(KoskiClaims.Tunnus)?.Value);
        await LopetaAsync(http, asetukset);
    }

    /// <summary>Ends every session of the official, on every device and instance (open pages notice within a minute).</summary>
    private static async Task KirjauduUlosKaikistaAsync(HttpContext http, KirjautumisAsetukset asetukset, Istunnot istunnot,
        ILoggerFactory lokit)
    {
        var maara = http.User.VirkailijanId() is { } id ? await istunnot.PoistaVirkailijanAsync(id, http.RequestAborted) : 0;
        lokit.CreateLogger(Loki.Kategoria).LogInformation("Uloskirjautuminen kaikista istunnoista: {Tunnus}, {Maara} istuntoa",
            http.User.FindFirst(KoskiClaims.Tunnus)?.Value, maara);
        await LopetaAsync(http, asetukset);
    }

    private static async Task LopetaAsync(HttpContext http, KirjautumisAsetukset asetukset)
    {
        // Removes this session's row too, so a copy of the cookie is worthless.
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!asetukset.Oidc) http.Response.Redirect("/kirjaudu?ulos=1");
        // Ends the provider's session too and comes back to /kirjaudu?ulos=1.
        else await http.SignOutAsync(OidcAsetukset.Skeema);
    }

    private static async Task<IResult> OidcKirjautuminenAsync(HttpContext http, KirjautumisAsetukset asetukset,
        ILoggerFactory lokit, string? returnUrl)
    {
        if (!asetukset.Oidc) return Results.NotFound();
        try
        {
            await http.ChallengeAsync(OidcAsetukset.Skeema,
                new AuthenticationProperties { RedirectUri = PalautusOsoite.Turvallinen(returnUrl) });
            return Results.Empty;
        }
        catch (InvalidOperationException e) when (!http.Response.HasStarted) // the discovery document could not be read
        {
            lokit.CreateLogger(Loki.Kategoria).LogError("Tunnistuspalvelun tietoja ei saatu: {Virhe}", e.Message);
            return Results.LocalRedirect("/kirjaudu?virhe=oidc");
        }
    }

    private static async Task<IResult> KehitysKirjautuminenAsync(HttpContext http, KirjautumisAsetukset asetukset,
        KayttajaPalvelu kayttajat, ILoggerFactory lokit, [FromForm] string tunnus, [FromForm] string? returnUrl)
    {
        if (!asetukset.Kehitys) return Results.NotFound();
        var kayttaja = await kayttajat.HaeTunnuksellaAsync(tunnus, http.RequestAborted);
        var loki = lokit.CreateLogger(Loki.Kategoria);
        if (kayttaja?.VirkailijaId is not { } id)
        {
            loki.LogWarning("Kehityskirjautuminen epäonnistui: tuntematon tunnus {Tunnus}", tunnus);
            return Results.LocalRedirect("/kirjaudu?virhe=tuntematon");
        }
        var principal = KoskiClaims.Luo(id, kayttaja.Tunnus, kayttaja.Nimi, kayttaja.Roolitunniste(), "kehitys");
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        loki.LogInformation("Kehityskirjautuminen: {Tunnus}", kayttaja.Tunnus);
        return Results.LocalRedirect(PalautusOsoite.Turvallinen(returnUrl));
    }
}
