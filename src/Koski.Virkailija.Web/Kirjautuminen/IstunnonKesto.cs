using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// How long a sign-in lasts: the cookie expires after <see cref="Joutoaika"/> without requests (sliding), and no
/// session outlives <see cref="Enimmaiskesto"/> from sign-in however active it is. Also writes the sign-in time and
/// the audit entry of every cookie sign-in, whichever way the person was identified.
/// </summary>
internal static class IstunnonKesto
{
    public static readonly TimeSpan Joutoaika = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Enimmaiskesto = TimeSpan.FromHours(8);

    public static Task KirjaudutaanAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity
            && context.Principal.KirjautumisAika() is null)
            identity.AddClaim(KoskiClaims.KirjautumisAikaClaim(context.Options.TimeProvider!.GetUtcNow()));
        return Task.CompletedTask;
    }

    public static async Task KirjauduttuAsync(CookieSignedInContext context)
    {
        if (context.Principal?.VirkailijanId() is not { } id) return;
        var palvelut = context.HttpContext.RequestServices;
        if (await palvelut.GetRequiredService<KayttajaPalvelu>().HaeVirkailijaAsync(id, context.HttpContext.RequestAborted) is not { } kayttaja)
            return;
        // The audit entry names the session that starts now.
        context.HttpContext.User = context.Principal;
        await palvelut.GetRequiredService<Kirjautumiset>().KirjaaAsync(kayttaja,
            context.Principal.Identity?.AuthenticationType ?? "", context.HttpContext.RequestAborted);
    }

    /// <summary>Ends a session past its maximum length, then lets <see cref="RoolienPaivitys"/> check the grants.</summary>
    public static async Task TarkistaAsync(CookieValidatePrincipalContext context)
    {
        var kirjautunut = context.Principal?.KirjautumisAika();
        if (kirjautunut is null || context.Options.TimeProvider!.GetUtcNow() - kirjautunut >= Enimmaiskesto)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Loki.Kategoria)
                .LogInformation("Istunto päättyi enimmäiskeston vuoksi: {Tunnus}", context.Principal?.FindFirst(KoskiClaims.Tunnus)?.Value);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        await RoolienPaivitys.PaivitaAsync(context);
    }
}

internal static class Loki
{
    public const string Kategoria = "Koski.Virkailija.Kirjautuminen";
}
