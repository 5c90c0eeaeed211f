using System.Globalization;
using System.Security.Claims;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>The claims the app's own sign-in cookie carries. Roles are not among them: they come from grants.</summary>
public static class KoskiClaims
{
    public const string VirkailijaId = "sub";
    public const string Nimi = "name";
    public const string Tunnus = "tunnus";
    /// <summary>Fingerprint of the roles in force at sign-in; a difference later means the grants changed.</summary>
    public const string Roolit = "roolit";
    /// <summary>A random id of the sign-in session, named in audit entries.</summary>
    public const string Istunto = "sid";
    /// <summary>When the person signed in (Unix seconds); the session ends <see cref="IstunnonKesto.Enimmaiskesto"/> later.</summary>
    public const string Kirjautunut = "auth_time";

    public static long? VirkailijanId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(VirkailijaId)?.Value, out var id) ? id : null;

    public static DateTimeOffset? KirjautumisAika(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(Kirjautunut)?.Value, out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    /// <param name="kirjautunut">Kept when a session's principal is renewed; the cookie sign-in sets it when absent.</param>
    public static ClaimsPrincipal Luo(long virkailijaId, string tunnus, string nimi, string roolit, string menetelma,
        string? istunto = null, DateTimeOffset? kirjautunut = null)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(VirkailijaId, virkailijaId.ToString(CultureInfo.InvariantCulture)),
                new Claim(Tunnus, tunnus),
                new Claim(Nimi, nimi),
                new Claim(Roolit, roolit),
                new Claim(Istunto, istunto ?? Guid.NewGuid().ToString("N")),
            ],
            menetelma, Nimi, "role");
        if (kirjautunut is { } aika) identity.AddClaim(KirjautumisAikaClaim(aika));
        return new ClaimsPrincipal(identity);
    }

    public static Claim KirjautumisAikaClaim(DateTimeOffset aika) =>
        new(Kirjautunut, aika.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
}
