namespace Koski.Virkailija.Application.Kayttooikeudet;

/// <summary>What a user does to a grant, an application or a service account.</summary>
public enum Toimenpide
{
    Myonna,
    Jatka,
    Sulje,
    Hae,
    Peruuta,
    Hyvaksy,
    Hylkaa,
    LuoPalvelukayttaja,
    VaihdaSalasana,
    PoistaKaytosta,
}
