using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// On every request, compares the cookie's role fingerprint with the grants in force now: an official who no longer
/// exists is signed out, and changed grants are written into a renewed cookie.
/// </summary>
internal static class RoolienPaivitys
{
    public static async Task PaivitaAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.VirkailijanId() is not { } id) return;
        var kayttajat = context.HttpContext.RequestServices.GetRequiredService<KayttajaPalvelu>();
        var kayttaja = await kayttajat.HaeVirkailijaAsync(id, context.HttpContext.RequestAborted);
        if (kayttaja is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var nyt = kayttaja.Roolitunniste();
        if (context.Principal.FindFirst(KoskiClaims.Roolit)?.Value == nyt) return;
        context.ReplacePrincipal(KoskiClaims.Luo(id, kayttaja.Tunnus, kayttaja.Nimi, nyt,
            context.Principal.Identity?.AuthenticationType ?? "cookie", context.Principal.FindFirst(KoskiClaims.Istunto)?.Value,
            context.Principal.KirjautumisAika()));
        context.ShouldRenew = true;
    }
}
