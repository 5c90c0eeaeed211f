namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>Open-redirect guard: only a path on this site is followed after sign-in.</summary>
public static class PalautusOsoite
{
    public static string Turvallinen(string? osoite) =>
        osoite is { Length: > 0 } && osoite[0] == '/'
        && (osoite.Length == 1 || (osoite[1] != '/' && osoite[1] != '\\'))
        && !osoite.Contains("://", StringComparison.Ordinal)
        && !osoite.Any(char.IsControl)
            ? osoite
            : "/";
}
