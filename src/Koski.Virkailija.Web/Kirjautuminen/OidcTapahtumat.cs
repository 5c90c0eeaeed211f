using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>The app's part of an OpenID Connect sign-in and sign-out. Tokens are never logged.</summary>
internal static class OidcTapahtumat
{
    public static Task KirjautuminenAlkaaAsync(RedirectContext context)
    {
        Loki(context.HttpContext).LogInformation("OIDC-kirjautuminen alkaa osoitteesta {Ip}", context.HttpContext.Connection.RemoteIpAddress);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The id_token passed the framework's checks: its nonce is made single-use on every instance, then the official
    /// is found (or created without roles) by the provider's subject and becomes the app's own cookie principal.
    /// </summary>
    public static async Task TunnistettuAsync(TokenValidatedContext context)
    {
        var http = context.HttpContext;
        var palvelut = http.RequestServices;
        // Nonce is the id_token's nonce when it matched this browser's nonce cookie, otherwise null. The cookie is
        // gone after one sign-in, but a copy of it replayed with the callback, here or on another instance, is
        // stopped by the shared record.
        if (context.Nonce is not { } nonce)
        {
            context.Fail("id_tokenin nonce ei kuulu tämän selaimen kirjautumiseen.");
            return;
        }
        var vanhenee = context.Options.TimeProvider!.GetUtcNow() + context.Options.ProtocolValidator.NonceLifetime
                       + context.Options.TokenValidationParameters.ClockSkew;
        if (!await palvelut.GetRequiredService<KaytetytNoncet>().KaytaAsync(nonce, vanhenee, http.RequestAborted))
        {
            context.Fail("id_tokenin nonce on jo käytetty.");
            return;
        }

        var tunnistus = context.Principal!;
        var claimit = palvelut.GetRequiredService<OidcAsetukset>().Claims;
        string? Arvo(string tyyppi) => tunnistus.FindFirst(tyyppi)?.Value;
        if (Arvo("sub") is not { Length: > 0 } subject)
        {
            context.Fail("id_tokenissa ei ole sub-väitettä.");
            return;
        }
        var kayttaja = await palvelut.GetRequiredService<Kirjautumiset>().TunnistaAsync(new TunnistettuHenkilo(subject,
            Arvo(claimit.Etunimet), Arvo(claimit.Sukunimi), Arvo(claimit.Sahkoposti), Arvo(claimit.Kayttajatunnus)), http.RequestAborted);
        Loki(http).LogInformation("OIDC-kirjautuminen onnistui: {Tunnus}", kayttaja.Tunnus);

        context.Principal = KoskiClaims.Luo(kayttaja.VirkailijaId!.Value, kayttaja.Tunnus, kayttaja.Nimi,
            kayttaja.Roolitunniste(), context.Scheme.Name);
        if (context.TokenEndpointResponse?.IdToken is { } idToken)
            context.Properties!.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
    }

    public static Task EpaonnistuiAsync(RemoteFailureContext context)
    {
        // IdentityModel's messages hide token contents (PII) unless told otherwise.
        Loki(context.HttpContext).LogWarning("OIDC-kirjautuminen hylättiin osoitteesta {Ip}: {Syy}",
            context.HttpContext.Connection.RemoteIpAddress, context.Failure?.Message);
        context.Response.Redirect("/kirjaudu?virhe=oidc");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>
    /// RP-initiated logout: the provider ends its own session and returns the browser straight to the sign-in page
    /// (the address registered at the provider). Without an id_token or an end-session endpoint the browser goes
    /// there at once.
    /// </summary>
    public static Task KirjaudutaanUlosAsync(RedirectContext context)
    {
        var pyynto = context.Request;
        var paluu = $"{pyynto.Scheme}://{pyynto.Host}{pyynto.PathBase}{context.HttpContext.RequestServices.GetRequiredService<OidcAsetukset>().KirjauduttuUlosPolku}";
        if (string.IsNullOrEmpty(context.ProtocolMessage.IssuerAddress) || string.IsNullOrEmpty(context.ProtocolMessage.IdTokenHint))
        {
            context.Response.Redirect(paluu);
            context.HandleResponse();
            return Task.CompletedTask;
        }
        context.ProtocolMessage.PostLogoutRedirectUri = paluu;
        context.ProtocolMessage.ClientId = context.Options.ClientId;
        return Task.CompletedTask;
    }

    private static ILogger Loki(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Kirjautuminen.Loki.Kategoria);
}
