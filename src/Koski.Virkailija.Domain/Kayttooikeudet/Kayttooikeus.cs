namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>
/// A grant of a role group to an official in an organisation, valid for a period (docs/DOMAIN.md §1): its state now.
/// Every change to it (grant, extension, closing, expiry) is also a row of its own in <see cref="KayttooikeusHistoria"/>.
/// </summary>
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
    /// <summary>Grows with every change; a change based on an older version is a conflict, never an overwrite.</summary>
    public int Versio { get; set; }

    /// <summary>In force on the given day: granted or renewed, and the day within its validity (both ends inclusive).</summary>
    public bool OnVoimassa(DateOnly paiva) =>
        Tila is KayttooikeudenTila.MYONNETTY or KayttooikeudenTila.UUSITTU
        && VoimassaAlkaen <= paiva && paiva <= VoimassaAsti;
}
