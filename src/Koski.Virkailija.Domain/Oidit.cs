namespace Koski.Virkailija.Domain;

/// <summary>Opintopolku OIDs: organisations (…10.), persons (…24.) and study rights (…15.).</summary>
public static class Oidit
{
    public const string OrganisaatioPrefix = "1.2.246.562.10.";
    public const string HenkiloPrefix = "1.2.246.562.24.";
    public const string OpiskeluoikeusPrefix = "1.2.246.562.15.";

    private const int Numeroita = 11;
    private const long SuurinNumero = 99_999_999_999;

    // Some real organisation OIDs have more than 11 digits (1.2.246.562.10.346830761110).
    public static bool OnOrganisaatioOid(string? oid) => OnOid(oid, OrganisaatioPrefix, vainTasan11: false);

    public static bool OnHenkiloOid(string? oid) => OnOid(oid, HenkiloPrefix, vainTasan11: true);

    public static bool OnOpiskeluoikeusOid(string? oid) => OnOid(oid, OpiskeluoikeusPrefix, vainTasan11: true);

    public static string Henkilo(long n) => Muodosta(HenkiloPrefix, n);

    public static string Opiskeluoikeus(long n) => Muodosta(OpiskeluoikeusPrefix, n);

    private static bool OnOid(string? oid, string prefix, bool vainTasan11)
    {
        if (oid is null || !oid.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var numero = oid.AsSpan(prefix.Length);
        var pituusOk = vainTasan11 ? numero.Length == Numeroita : numero.Length >= Numeroita;
        return pituusOk && !numero.ContainsAnyExceptInRange('0', '9');
    }

    private static string Muodosta(string prefix, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, SuurinNumero);
        return prefix + n.ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
    }
}
