namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>
/// An official's application for a role group in an organisation, or for more time on a grant they hold
/// (<see cref="JatkettavaId"/>). Decided by someone else who may grant the group there (docs/DOMAIN.md §1).
/// </summary>
public class Kayttooikeusanomus
{
    public long Id { get; set; }
    public long VirkailijaId { get; set; }
    public required string Ryhma { get; set; }
    public required string OrganisaatioOid { get; set; }
    public required string Perustelut { get; set; }
    public long? JatkettavaId { get; set; }
    /// <summary>ANOTTU while open; then MYONNETTY, HYLATTY or PERUUTETTU.</summary>
    public KayttooikeudenTila Tila { get; set; } = KayttooikeudenTila.ANOTTU;
    public DateTimeOffset Anottu { get; set; }
    public long? KasittelijaId { get; set; }
    public DateTimeOffset? Kasitelty { get; set; }
    public string? HylkayksenSyy { get; set; }
    public int Versio { get; set; }
}
