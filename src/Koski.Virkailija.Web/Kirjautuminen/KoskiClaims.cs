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

    public static long? VirkailijanId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(VirkailijaId)?.Value, out var id) ? id : null;

    public static ClaimsPrincipal Luo(long virkailijaId, string tunnus, string nimi, string roolit, string menetelma,
        string? istunto = null) =>
        new(new ClaimsIdentity(
            [
                new Claim(VirkailijaId, virkailijaId.ToString()),
                new Claim(Tunnus, tunnus),
                new Claim(Nimi, nimi),
                new Claim(Roolit, roolit),
                new Claim(Istunto, istunto ?? Guid.NewGuid().ToString("N")),
            ],
            menetelma, Nimi, "role"));
}
