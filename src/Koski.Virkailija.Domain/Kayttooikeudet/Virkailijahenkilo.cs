namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>An official (a person) who signs in to the app.</summary>
public class Virkailijahenkilo
{
    public long Id { get; set; }
    /// <summary>Henkilö OID of the official (1.2.246.562.24.…).</summary>
    public required string Oid { get; set; }
    public required string Kayttajatunnus { get; set; }
    public required string Etunimet { get; set; }
    public required string Sukunimi { get; set; }
    public string? Sahkoposti { get; set; }
    /// <summary>The OpenID Connect provider's subject; null for development-only officials.</summary>
    public string? OidcSubject { get; set; }
    /// <summary>The UI language the official last chose ("fi" or "sv"), applied at sign-in; null until they choose.</summary>
    public string? Kieli { get; set; }

    public string Nimi => $"{Etunimet} {Sukunimi}";
}
