namespace Koski.Virkailija.Application.Auditointi;

/// <summary>What an audited operation concerned; <see cref="Tiedot"/> is serialised to JSON (query, parameters …).</summary>
public sealed record AuditKohde(
    string? OppijaOid = null,
    string? OpiskeluoikeusOid = null,
    int? Versionumero = null,
    string? OrganisaatioOid = null,
    object? Tiedot = null);

/// <summary>Where the acting user is: the client's address and the sign-in session (the web layer provides it).</summary>
public interface IAuditKonteksti
{
    string? IpOsoite { get; }
    string? Istunto { get; }
}
