using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>
/// An OpenID provider inside the test: it answers the framework handler's back-channel requests (discovery
/// document, published keys, token endpoint) and hands out whatever id_token the test made for a code. The token
/// endpoint checks the client secret and PKCE as a real provider would.
/// </summary>
internal sealed class Testitunnistuspalvelu : HttpMessageHandler
{
    public const string Issuer = "https://tunnistus.example";
    public const string ClientId = "koski-virkailija";
    public const string ClientSecret = "testisalaisuus";

    private readonly ConcurrentDictionary<string, (string Haaste, string IdToken)> koodit = new();
    private int avaintenHaut;

    /// <summary>The key the provider signs with and publishes; the test may rotate it.</summary>
    public RsaSecurityKey Avain { get; set; } = UusiAvain("palvelu-1");

    /// <summary>How many times the app fetched the published keys.</summary>
    public int AvaintenHaut => avaintenHaut;

    public static RsaSecurityKey UusiAvain(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>Issues a code for the sign-in whose PKCE challenge is <paramref name="haaste"/>; redeeming it gives <paramref name="idToken"/>.</summary>
    public string AnnaKoodi(string haaste, string idToken)
    {
        var koodi = Guid.NewGuid().ToString("N");
        koodit[koodi] = (haaste, idToken);
        return koodi;
    }

    /// <summary>An id_token for subject "virkailija-1"; each parameter can break one rule.</summary>
    public string IdToken(string? nonce, SecurityKey? avain = null, string issuer = Issuer, string audience = ClientId,
        DateTime? myonnetty = null, TimeSpan? voimassa = null, string sub = "virkailija-1")
    {
        var iat = myonnetty ?? DateTime.UtcNow;
        var claimit = new Dictionary<string, object>
        {
            ["sub"] = sub, ["given_name"] = "Oona", ["family_name"] = "Tunnistettu", ["email"] = $"{sub}@esimerkki.fi",
            ["preferred_username"] = sub,
        };
        if (nonce is not null) claimit["nonce"] = nonce;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = iat,
            NotBefore = iat,
            Expires = iat + (voimassa ?? TimeSpan.FromMinutes(10)),
            Claims = claimit,
            SigningCredentials = new SigningCredentials(avain ?? Avain, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri!.AbsolutePath switch
        {
            "/.well-known/openid-configuration" => Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = Issuer + "/auth",
                ["token_endpoint"] = Issuer + "/token",
                ["jwks_uri"] = Issuer + "/jwks",
                ["end_session_endpoint"] = Issuer + "/session/end",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            }),
            "/jwks" => Avaimet(),
            "/token" => await TokenAsync(request, cancellationToken),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };

    private HttpResponseMessage Avaimet()
    {
        Interlocked.Increment(ref avaintenHaut);
        var julkinen = Avain.Rsa.ExportParameters(false);
        return Json(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA", use = "sig", alg = "RS256", kid = Avain.KeyId,
                    n = Base64UrlEncoder.Encode(julkinen.Modulus), e = Base64UrlEncoder.Encode(julkinen.Exponent),
                },
            },
        });
    }

    private async Task<HttpResponseMessage> TokenAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var kentat = (await request.Content!.ReadAsStringAsync(ct)).Split('&')
            .Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        var haaste = kentat.TryGetValue("code_verifier", out var verifier)
            ? Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) : null;
        if (kentat.GetValueOrDefault("client_id") != ClientId || kentat.GetValueOrDefault("client_secret") != ClientSecret
            || !koodit.TryRemove(kentat.GetValueOrDefault("code") ?? "", out var myonnetty) || myonnetty.Haaste != haaste)
            return Json(new { error = "invalid_grant" }, HttpStatusCode.BadRequest);
        return Json(new { id_token = myonnetty.IdToken, access_token = "access-token", token_type = "Bearer", expires_in = 300 });
    }

    private static HttpResponseMessage Json(object sisalto, HttpStatusCode tila = HttpStatusCode.OK) =>
        new(tila) { Content = new StringContent(JsonSerializer.Serialize(sisalto), Encoding.UTF8, "application/json") };
}
