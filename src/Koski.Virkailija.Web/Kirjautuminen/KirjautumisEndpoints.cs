using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>Sign-in and sign-out are endpoints, not components; both are POSTs checked by antiforgery.</summary>
public static class KirjautumisEndpoints
{
    public static IEndpointRouteBuilder MapKoskiKirjautuminen(this IEndpointRouteBuilder app)
    {
        app.MapPost("/kirjaudu/kehitys", KehitysKirjautuminenAsync).AllowAnonymous();
        app.MapPost("/kirjaudu-ulos", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/kirjaudu?ulos=1");
        });
        return app;
    }

    private static async Task<IResult> KehitysKirjautuminenAsync(HttpContext http, KirjautumisAsetukset asetukset,
        KayttajaPalvelu kayttajat, ILoggerFactory lokit, [FromForm] string tunnus, [FromForm] string? returnUrl)
    {
        if (!asetukset.Kehitys) return Results.NotFound();
        var kayttaja = await kayttajat.HaeTunnuksellaAsync(tunnus, http.RequestAborted);
        var loki = lokit.CreateLogger("Koski.Virkailija.Kirjautuminen");
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
