namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>Configuration section "Authentication".</summary>
public sealed class KirjautumisAsetukset
{
    public const string Osio = "Authentication";

    /// <summary>"Oidc" (the default) or "Development" (demo sign-in; never allowed in Production).</summary>
    public string Mode { get; set; } = "Oidc";

    public bool Kehitys => string.Equals(Mode, "Development", StringComparison.OrdinalIgnoreCase);

    /// <summary>OpenID Connect sign-in is configured (set at start-up from the "Oidc" section).</summary>
    public bool Oidc { get; internal set; }
}
