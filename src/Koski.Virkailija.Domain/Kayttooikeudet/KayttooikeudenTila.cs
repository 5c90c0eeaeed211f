namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>Grant states of the Opintopolku user-rights service (DOMAIN.md §1).</summary>
public enum KayttooikeudenTila
{
    ANOTTU,
    MYONNETTY,
    UUSITTU,
    HYLATTY,
    SULJETTU,
    PERUUTETTU,
    VANHENTUNUT,
}
