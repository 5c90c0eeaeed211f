namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Configuration section "Oidc": the identity provider of officials (Authentication:Mode=Oidc). The framework's
/// OpenID Connect handler is configured from these (<see cref="OidcKirjautuminen"/>).
/// </summary>
public sealed class OidcAsetukset
{
    public const string Osio = "Oidc";
    public const string Skeema = "oidc";
    public const string PaluuPolku = "/kirjaudu/paluu";

    /// <summary>The issuer; its discovery document is {Authority}/.well-known/openid-configuration.</summary>
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    /// <summary>A secret: give it as an environment variable (Oidc__ClientSecret) or a user secret, never in a file.</summary>
    public string? ClientSecret { get; set; }
    public string Scope { get; set; } = "openid profile email";
    /// <summary>False only for a provider on loopback in development and tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>Where the provider returns the browser after RP-initiated logout; register it at the provider.</summary>
    public string KirjauduttuUlosPolku { get; set; } = "/kirjaudu?ulos=1";
    public OidcClaimit Claims { get; set; } = new();

    /// <summary>The provider's origin, which the Content-Security-Policy lets forms (sign-out) redirect to.</summary>
    public string? AuthorityOrigin =>
        Uri.TryCreate(Authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    public bool OnMaaritetty => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(ClientId);

    public void Validate()
    {
        if (AuthorityOrigin is null || string.IsNullOrWhiteSpace(ClientId))
            throw new InvalidOperationException("Authentication:Mode=Oidc vaatii asetukset Oidc:Authority (absoluuttinen osoite) ja Oidc:ClientId.");
    }
}

/// <summary>Names of the id_token claims that carry the official's details (providers differ).</summary>
public sealed class OidcClaimit
{
    public string Etunimet { get; set; } = "given_name";
    public string Sukunimi { get; set; } = "family_name";
    public string Sahkoposti { get; set; } = "email";
    public string Kayttajatunnus { get; set; } = "preferred_username";
}
