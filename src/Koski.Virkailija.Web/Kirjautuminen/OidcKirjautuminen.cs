using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// OpenID Connect sign-in of officials with the framework's handler: authorization code flow with PKCE, the id_token
/// checked against the provider's published keys (fetched again when a token names an unknown key), issuer,
/// audience, lifetime and this browser's nonce. <see cref="OidcTapahtumat"/> turns the validated identity into the
/// app's own cookie principal.
/// </summary>
internal static class OidcKirjautuminen
{
    /// <returns>False when no provider is configured (nobody can sign in; the sign-in page says so).</returns>
    public static bool LisaaOidc(WebApplicationBuilder builder, AuthenticationBuilder autentikointi)
    {
        var asetukset = builder.Configuration.GetSection(OidcAsetukset.Osio).Get<OidcAsetukset>() ?? new();
        // Settings that are given but wrong stop the start-up instead of failing at the first sign-in.
        if (!asetukset.OnMaaritetty) return false;
        asetukset.Validate();
        builder.Services.AddSingleton(asetukset);

        // After the provider rotates its keys, the first token signed with the new key waits for the keys to be
        // fetched again instead of failing while IdentityModel fetches them in the background.
        AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);
        var evasteet = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        autentikointi.AddOpenIdConnect(OidcAsetukset.Skeema, "OpenID Connect", o =>
        {
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.Authority = asetukset.Authority;
            o.ClientId = asetukset.ClientId;
            o.ClientSecret = asetukset.ClientSecret;
            o.RequireHttpsMetadata = asetukset.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            // The provider returns with a top-level GET, which SameSite=Lax cookies survive; the framework's default
            // (form_post) would need SameSite=None nonce and correlation cookies.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = evasteet;
            o.CallbackPath = OidcAsetukset.PaluuPolku;
            o.Scope.Clear();
            foreach (var scope in asetukset.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
            // The claims are read from the id_token under their own names; the userinfo endpoint is not called.
            o.TokenHandler = new AllekirjoitettuIdToken();
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            // Only the id_token is kept (OidcTapahtumat), as the hint of RP-initiated logout; no access token.
            o.SaveTokens = false;
            o.TokenValidationParameters.NameClaimType = KoskiClaims.Nimi;
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(2);
            o.DisableTelemetry = true;
            o.Events = new OpenIdConnectEvents
            {
                OnRedirectToIdentityProvider = OidcTapahtumat.KirjautuminenAlkaaAsync,
                OnTokenValidated = OidcTapahtumat.TunnistettuAsync,
                OnRemoteFailure = OidcTapahtumat.EpaonnistuiAsync,
                OnRedirectToIdentityProviderForSignOut = OidcTapahtumat.KirjaudutaanUlosAsync,
            };
        });
        return true;
    }
}
