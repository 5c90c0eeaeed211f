using System.Net.Mail;

namespace Koski.Virkailija.Application.Kayttajat;

/// <summary>The e-mail address rule, shared by the form's validator and the service that saves.</summary>
public static class Sahkoposti
{
    public const int MaksimiPituus = 254;

    public static string? Virhe(string? arvo)
    {
        var s = arvo?.Trim();
        if (string.IsNullOrEmpty(s)) return "Sähköpostiosoite on pakollinen.";
        if (s.Length > MaksimiPituus) return $"Sähköpostiosoite saa olla enintään {MaksimiPituus} merkkiä.";
        var hyva = MailAddress.TryCreate(s, out var osoite) && osoite.Address == s
                   && osoite.Host.Contains('.') && !osoite.Host.EndsWith('.');
        return hyva ? null : "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.";
    }
}
