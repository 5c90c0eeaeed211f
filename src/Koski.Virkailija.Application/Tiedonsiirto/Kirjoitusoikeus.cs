using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Domain.Kayttooikeudet.Oikeus;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// Who may write a study right (DOMAIN.md §4, §6): a role with write access to the study right's type must cover its
/// oppilaitos and every toimipiste in the document.
/// </summary>
public static class Kirjoitusoikeus
{
    /// <summary>Whether the role writes study rights of this type at all.</summary>
    public static bool KirjoittaaTyyppia(Kayttooikeusryhma ryhma, string? tyyppi) =>
        (ryhma.Sisaltaa(READ_UPDATE) && (ryhma.Sisaltaa(KAIKKI_OPISKELUOIKEUS_TYYPIT) || ryhma.Sisaltaa(TIEDONSIIRTO)))
        || (ryhma.Sisaltaa(READ_UPDATE_ESIOPETUS) && tyyppi == "esiopetus")
        || (ryhma.Sisaltaa(TAITEENPERUSOPETUS_HANKINTAKOULUTUS) && tyyppi == "taiteenperusopetus");

    /// <summary>Organisations where the user may write study rights of <paramref name="tyyppi"/>.</summary>
    public static IReadOnlySet<string> Organisaatiot(Kayttaja kayttaja, string? tyyppi, OrganisaatioPuu puu) =>
        kayttaja.Organisaatiot(r => KirjoittaaTyyppia(r, tyyppi), puu);

    /// <summary>KOSKI's error key when the user may not write the document, or null when they may.</summary>
    public static string? Virhe(Kayttaja kayttaja, OpiskeluoikeusDokumentti dokumentti, string oppilaitosOid, OrganisaatioPuu puu)
    {
        if (!kayttaja.JokinRooli(r => KirjoittaaTyyppia(r, dokumentti.Tyyppi))) return "forbidden.opiskeluoikeudenTyyppi";
        var sallitut = Organisaatiot(kayttaja, dokumentti.Tyyppi, puu);
        return dokumentti.ToimipisteOidit.Append(oppilaitosOid).All(sallitut.Contains) ? null : "forbidden.organisaatio";
    }
}
