namespace Koski.Virkailija.Domain.Auditointi;

/// <summary>One audit log entry, with KOSKI's operation names (OPPIJA_HAKU, OPISKELUOIKEUS_KATSOMINEN …).</summary>
public class AuditLokiMerkinta
{
    public long Id { get; set; }
    public DateTimeOffset Aika { get; set; }
    public required string Operaatio { get; set; }
    public required string Kayttaja { get; set; }
    public string? IpOsoite { get; set; }
    public string? Istunto { get; set; }
    public string? OppijaOid { get; set; }
    public string? OpiskeluoikeusOid { get; set; }
    public int? Versionumero { get; set; }
    public string? OrganisaatioOid { get; set; }
    /// <summary>Operation-specific details as JSON (query, report parameters, old and new validity …).</summary>
    public string? Tiedot { get; set; }
}
