using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Infrastructure.Oidc;

/// <summary>Why a sign-in was refused; the message never contains a token.</summary>
public sealed class OidcVirhe(string viesti, Exception? syy = null) : Exception(viesti, syy);

/// <summary>
/// Validates the token endpoint's answer of an authorization-code sign-in: the id_token's signature against the
/// provider's published keys (fetched again once when a token names a key not yet known, i.e. after key rotation),
/// issuer, audience and lifetime; then the OpenID Connect rules (sub, iat, at_hash) and that the nonce is the one
/// this browser's sign-in sent and has not been used before.
/// </summary>
public sealed class IdTokenTarkistus(KaytetytNoncet noncet, TimeProvider aika)
{
    private static readonly TimeSpan Vara = TimeSpan.FromMinutes(2);
    private readonly JsonWebTokenHandler kasittelija = new() { MapInboundClaims = false };

    /// <summary>A nonce in the form the protocol validator expects (a timestamp and a random part).</summary>
    public static string UusiNonce() => Protokolla().GenerateNonce();

    public async Task<ClaimsIdentity> TarkistaAsync(OpenIdConnectMessage vastaus,
        IConfigurationManager<OpenIdConnectConfiguration> konfiguraatio, string clientId, string odotettuNonce,
        CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(vastaus.IdToken)) throw new OidcVirhe("Tunnistuspalvelun vastauksessa ei ole id_tokenia.");
        var tulos = await kasittelija.ValidateTokenAsync(vastaus.IdToken, new TokenValidationParameters
        {
            // With a configuration manager the handler takes the issuer and signing keys from the discovery
            // document and, when a token's key is unknown, refreshes the document once and tries again.
            ConfigurationManager = (BaseConfigurationManager)konfiguraatio,
            ValidAudience = clientId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = Vara,
            NameClaimType = "name",
        });
        if (!tulos.IsValid)
            throw new OidcVirhe($"id_token hylättiin: {tulos.Exception?.GetType().Name}", tulos.Exception);

        var jwt = new JwtSecurityToken(vastaus.IdToken);
        try
        {
            Protokolla().ValidateTokenResponse(new OpenIdConnectProtocolValidationContext
            {
                ClientId = clientId,
                Nonce = odotettuNonce,
                ProtocolMessage = vastaus,
                ValidatedIdToken = jwt,
            });
        }
        catch (OpenIdConnectProtocolException e)
        {
            throw new OidcVirhe($"id_token hylättiin: {e.GetType().Name}", e);
        }

        if (!await noncet.KaytaAsync(odotettuNonce, aika.GetUtcNow() + Protokolla().NonceLifetime + Vara, ct))
            throw new OidcVirhe("id_token hylättiin: sen nonce on jo käytetty.");
        return tulos.ClaimsIdentity;
    }

    private static OpenIdConnectProtocolValidator Protokolla() => new()
    {
        RequireNonce = true,
        RequireTimeStampInNonce = true,
        NonceLifetime = TimeSpan.FromMinutes(30),
        RequireSub = true,
    };
}
