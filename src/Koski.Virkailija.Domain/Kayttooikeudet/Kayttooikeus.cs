namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>A grant of a role group to an official in an organisation, valid for a period (DOMAIN.md §1).</summary>
public class Kayttooikeus
{
    public long Id { get; set; }
    public long VirkailijaId { get; set; }
    public required string Ryhma { get; set; }
    public required string OrganisaatioOid { get; set; }
    public DateOnly VoimassaAlkaen { get; set; }
    public DateOnly VoimassaAsti { get; set; }
    public KayttooikeudenTila Tila { get; set; }
    public long? MyontajaId { get; set; }
    public DateTimeOffset Muokattu { get; set; }

    /// <summary>In force on the given day: granted or renewed, and the day within its validity (both ends inclusive).</summary>
    public bool OnVoimassa(DateOnly paiva) =>
        Tila is KayttooikeudenTila.MYONNETTY or KayttooikeudenTila.UUSITTU
        && VoimassaAlkaen <= paiva && paiva <= VoimassaAsti;
}
