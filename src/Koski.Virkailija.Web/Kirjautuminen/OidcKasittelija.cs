using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Infrastructure.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// OpenID Connect sign-in of officials with the authorization code flow and PKCE, built on the framework's remote
/// authentication handler (state and the correlation cookie) because the ASP.NET Core OIDC package is not available.
/// The validated identity becomes the app's own cookie principal (<see cref="KoskiClaims"/>); the id_token is kept in
/// the encrypted cookie only as the hint for RP-initiated logout. Tokens are never logged.
/// </summary>
internal sealed class OidcKasittelija(IOptionsMonitor<OidcAsetukset> options, ILoggerFactory lokit, UrlEncoder encoder,
    IdTokenTarkistus tarkistus, Kirjautumiset kirjautumiset)
    : RemoteAuthenticationHandler<OidcAsetukset>(options, lokit, encoder), IAuthenticationSignOutHandler
{
    private const string NonceAvain = ".oidc.nonce";
    private const string VerifierAvain = ".oidc.code_verifier";
    private const string IdToken = "id_token";

    private ILogger Kirjaus => field ??= Context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Loki.Kategoria);

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        OpenIdConnectConfiguration konfiguraatio;
        try
        {
            konfiguraatio = await Options.Konfiguraatio.GetConfigurationAsync(Context.RequestAborted);
        }
        catch (InvalidOperationException e) // the discovery document could not be read
        {
            Kirjaus.LogError("Tunnistuspalvelun tietoja ei saatu: {Virhe}", e.Message);
            Response.Redirect("/kirjaudu?virhe=oidc");
            return;
        }
        if (string.IsNullOrEmpty(properties.RedirectUri)) properties.RedirectUri = "/";
        GenerateCorrelationId(properties);
        var nonce = IdTokenTarkistus.UusiNonce();
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        properties.Items[NonceAvain] = nonce;
        properties.Items[VerifierAvain] = verifier;

        var pyynto = new OpenIdConnectMessage
        {
            IssuerAddress = konfiguraatio.AuthorizationEndpoint,
            ClientId = Options.ClientId,
            ResponseType = OpenIdConnectResponseType.Code,
            Scope = Options.Scope,
            RedirectUri = BuildRedirectUri(Options.CallbackPath),
            Nonce = nonce,
            State = Options.StateDataFormat.Protect(properties),
        };
        pyynto.SetParameter("code_challenge", Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        pyynto.SetParameter("code_challenge_method", "S256");
        Kirjaus.LogInformation("OIDC-kirjautuminen alkaa osoitteesta {Ip}", Context.Connection.RemoteIpAddress);
        Response.Redirect(pyynto.CreateAuthenticationRequestUrl());
    }

    protected override async Task<HandleRequestResult> HandleRemoteAuthenticateAsync()
    {
        var kysely = Request.Query;
        var properties = Options.StateDataFormat.Unprotect(kysely["state"]);
        if (properties is null) return Hylkaa("state puuttuu tai on väärennetty");
        if (!ValidateCorrelationId(properties)) return Hylkaa("korrelaatioeväste puuttuu tai ei täsmää", properties);
        if (kysely["error"].ToString() is { Length: > 0 } virhe)
            return virhe == "access_denied"
                ? await HandleAccessDeniedErrorAsync(properties)
                : Hylkaa($"tunnistuspalvelu palautti virheen {virhe}", properties);
        if (kysely["code"].ToString() is not { Length: > 0 } koodi) return Hylkaa("valtuutuskoodi puuttuu", properties);
        if (!properties.Items.Remove(NonceAvain, out var nonce) || nonce is null
            || !properties.Items.Remove(VerifierAvain, out var verifier) || verifier is null)
            return Hylkaa("nonce tai PKCE-tarkiste puuttuu tilasta", properties);

        var konfiguraatio = await Options.Konfiguraatio.GetConfigurationAsync(Context.RequestAborted);
        // RFC 9207: a provider that names itself in the answer must be the one this sign-in went to.
        if (kysely["iss"].ToString() is { Length: > 0 } iss && iss != konfiguraatio.Issuer)
            return Hylkaa("vastaus tuli eri tunnistuspalvelulta", properties);
        var vastaus = await VaihdaKoodiAsync(konfiguraatio.TokenEndpoint, koodi, verifier);
        if (vastaus is null) return Hylkaa("tokenpalvelu ei hyväksynyt valtuutuskoodia", properties);

        ClaimsIdentity tunnistus;
        try
        {
            tunnistus = await tarkistus.TarkistaAsync(vastaus, Options.Konfiguraatio, Options.ClientId, nonce, Context.RequestAborted);
        }
        catch (OidcVirhe e)
        {
            return Hylkaa(e.Message, properties);
        }

        var claimit = Options.Claims;
        string? Arvo(string tyyppi) => tunnistus.FindFirst(tyyppi)?.Value;
        var kayttaja = await kirjautumiset.TunnistaAsync(new TunnistettuHenkilo(Arvo("sub")!, Arvo(claimit.Etunimet),
            Arvo(claimit.Sukunimi), Arvo(claimit.Sahkoposti), Arvo(claimit.Kayttajatunnus)), Context.RequestAborted);
        Kirjaus.LogInformation("OIDC-kirjautuminen onnistui: {Tunnus}", kayttaja.Tunnus);

        properties.StoreTokens([new AuthenticationToken { Name = IdToken, Value = vastaus.IdToken }]);
        var principal = KoskiClaims.Luo(kayttaja.VirkailijaId!.Value, kayttaja.Tunnus, kayttaja.Nimi,
            kayttaja.Roolitunniste(), Scheme.Name);
        return HandleRequestResult.Success(new AuthenticationTicket(principal, properties, Scheme.Name));
    }

    /// <summary>RP-initiated logout: the provider ends its own session and returns the browser to this app.</summary>
    public async Task SignOutAsync(AuthenticationProperties? properties)
    {
        var paluu = BuildRedirectUri(Options.KirjauduttuUlosPolku);
        var idToken = await Context.GetTokenAsync(Options.SignInScheme, IdToken);
        var konfiguraatio = await Options.Konfiguraatio.GetConfigurationAsync(Context.RequestAborted);
        if (idToken is null || string.IsNullOrEmpty(konfiguraatio.EndSessionEndpoint))
        {
            Response.Redirect(paluu);
            return;
        }
        var pyynto = new OpenIdConnectMessage
        {
            IssuerAddress = konfiguraatio.EndSessionEndpoint,
            IdTokenHint = idToken,
            PostLogoutRedirectUri = paluu,
            ClientId = Options.ClientId,
        };
        Response.Redirect(pyynto.CreateLogoutRequestUrl());
    }

    private async Task<OpenIdConnectMessage?> VaihdaKoodiAsync(string tokenEndpoint, string koodi, string verifier)
    {
        var kentat = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = koodi,
            ["redirect_uri"] = BuildRedirectUri(Options.CallbackPath),
            ["code_verifier"] = verifier,
        };
        using var pyynto = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint);
        if (string.IsNullOrEmpty(Options.ClientSecret))
            kentat["client_id"] = Options.ClientId;
        else // client_secret_basic (RFC 6749 §2.3.1: both parts form-encoded)
            pyynto.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"{Uri.EscapeDataString(Options.ClientId)}:{Uri.EscapeDataString(Options.ClientSecret)}")));
        pyynto.Content = new FormUrlEncodedContent(kentat);
        pyynto.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var vastaus = await Options.Backchannel.SendAsync(pyynto, Context.RequestAborted);
        var sisalto = await vastaus.Content.ReadAsStringAsync(Context.RequestAborted);
        if (!vastaus.IsSuccessStatusCode)
        {
            Kirjaus.LogWarning("Tokenpalvelu vastasi {Tila}: {Virhe}", (int)vastaus.StatusCode,
                new OpenIdConnectMessage(sisalto.StartsWith('{') ? sisalto : "{}").Error);
            return null;
        }
        return new OpenIdConnectMessage(sisalto);
    }

    private HandleRequestResult Hylkaa(string syy, AuthenticationProperties? properties = null)
    {
        Kirjaus.LogWarning("OIDC-kirjautuminen hylättiin osoitteesta {Ip}: {Syy}", Context.Connection.RemoteIpAddress, syy);
        return HandleRequestResult.Fail(syy, properties);
    }
}
