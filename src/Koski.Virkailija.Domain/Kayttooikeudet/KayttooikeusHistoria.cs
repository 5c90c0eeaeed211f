namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>
/// One event in an official's rights, written once and never changed: a grant, extension, closing, expiry,
/// application, cancellation or decision, with who did it (null: the system) and why.
/// </summary>
public class KayttooikeusHistoria
{
    public long Id { get; set; }
    public long VirkailijaId { get; set; }
    public long? KayttooikeusId { get; set; }
    public long? AnomusId { get; set; }
    public required string Ryhma { get; set; }
    public required string OrganisaatioOid { get; set; }
    public KayttooikeudenTila Tila { get; set; }
    public DateOnly? VoimassaAlkaen { get; set; }
    public DateOnly? VoimassaAsti { get; set; }
    public long? TekijaId { get; set; }
    /// <summary>Reason of a rejection or of a closing by the system; the applicant's grounds for an application.</summary>
    public string? Syy { get; set; }
    public DateTimeOffset Aika { get; set; }
}
