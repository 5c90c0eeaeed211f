using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>
/// Who may ask for a bulk handover, as KOSKI decides it (massaluovutus <c>queryAllowed</c>): a global reader always;
/// otherwise the organisation must be under a reading role that carries the special-category right
/// (LUOTTAMUKSELLINEN_KAIKKI_TIEDOT) and reads the asked koulutusmuoto. Officials' and service accounts' roles count
/// alike, read-only or not. The results are then read with the same roles' visibility and redaction.
/// </summary>
public static class MassaluovutusOikeudet
{
    /// <summary>The visibility a query reads with: only roles that carry the special-category right.</summary>
    public static Nakyvyys Nakyvyys(Kayttaja kayttaja, OrganisaatioPuu puu) =>
        Opiskeluoikeudet.Nakyvyys.Kayttajalle(kayttaja, puu, r => r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT));

    public static bool Sallittu(Kayttaja kayttaja, MassaluovutusKysely kysely, OrganisaatioPuu puu)
    {
        if (kysely.OrganisaatioOid is not { } organisaatio) return false;
        return Nakyvyys(kayttaja, puu).Osat.Any(osa =>
            (osa.Organisaatiot is null || osa.Organisaatiot.Contains(organisaatio))
            && (kysely.VaatiiKaikkiTyypit ? osa.Rajaus == Tyyppirajaus.Kaikki : Lukee(osa.Rajaus, kysely.LuettavaTyyppi)));
    }

    private static bool Lukee(Tyyppirajaus rajaus, string? koulutusmuoto) => rajaus switch
    {
        Tyyppirajaus.Kaikki => true,
        Tyyppirajaus.Esiopetus => koulutusmuoto is null or Opiskeluoikeudet.Nakyvyys.Esiopetus,
        _ => false,
    };

    /// <summary>
    /// The organisation of a query that names none: the user's one root organisation (KOSKI's
    /// <c>defaultOrganisaatio</c>); several are ambiguous, none is forbidden.
    /// </summary>
    public static string Oletusorganisaatio(Kayttaja kayttaja)
    {
        var juuret = kayttaja.Roolit.Where(r => Opiskeluoikeudet.Nakyvyys.Rajaus(r.Ryhma) is not null)
            .Select(r => r.Ryhma.Sisaltaa(Oikeus.GLOBAALI) ? Organisaatio.JuuriOid : r.OrganisaatioOid)
            .Distinct(StringComparer.Ordinal).ToList();
        return juuret.Count switch
        {
            0 => throw new KoskiVirheet("forbidden.organisaatio", "Käyttäjällä ei ole oikeuksia annettuun organisaatioon."),
            1 => juuret[0],
            _ => throw new KoskiVirheet("badRequest.massaluovutus.eiYksiselitteinenOrganisaatio",
                "Käyttäjällä on useampi juuriorganisaatio: anna organisaatioOid."),
        };
    }
}
