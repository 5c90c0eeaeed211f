namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>Grant states of the Opintopolku user-rights service (docs/DOMAIN.md §1).</summary>
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

public static class KayttooikeudenTilat
{
    public static string Nimi(this KayttooikeudenTila tila) => tila switch
    {
        KayttooikeudenTila.ANOTTU => "Anottu",
        KayttooikeudenTila.MYONNETTY => "Myönnetty",
        KayttooikeudenTila.UUSITTU => "Uusittu",
        KayttooikeudenTila.HYLATTY => "Hylätty",
        KayttooikeudenTila.SULJETTU => "Suljettu",
        KayttooikeudenTila.PERUUTETTU => "Peruutettu",
        KayttooikeudenTila.VANHENTUNUT => "Vanhentunut",
        _ => tila.ToString(),
    };
}
