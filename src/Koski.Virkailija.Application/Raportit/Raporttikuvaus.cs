using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// What the page shows of a report: its name, group and which parameters it takes; <see cref="Organisaatio"/> is the
/// label of its organisation parameter (an oppilaitos, or for the käyttöoikeusraportti any organisation of the user's).
/// </summary>
public sealed record Raporttikuvaus(RaporttiLaji Laji, string Nimi, string Koulutusmuoto, bool Aikavali, bool Vuosiluokka,
    string Organisaatio = "Oppilaitos")
{
    public static IReadOnlyList<Raporttikuvaus> Kaikki { get; } =
    [
        new(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, "Päällekkäiset opiskeluoikeudet", "Kaikki koulutusmuodot", true, false),
        new(RaporttiLaji.Lahdejarjestelmat, "Tiedonsiirrot: lähdejärjestelmät ja käyttöliittymän osuus", "Kaikki koulutusmuodot", false, false),
        new(RaporttiLaji.PerusopetuksenVuosiluokka, "Perusopetuksen vuosiluokka", "Perusopetus", false, true),
        new(RaporttiLaji.Esiopetus, "Esiopetus", "Esiopetus", true, false),
        new(RaporttiLaji.Kayttooikeudet, "Käyttöoikeusraportti", "Käyttöoikeudet", false, false, "Organisaatio"),
    ];

    public static Raporttikuvaus Hae(RaporttiLaji laji) => Kaikki.Single(k => k.Laji == laji);

    /// <summary>
    /// Reports need a reading role with the special-data right (docs/DOMAIN.md §7); a role limited to esiopetus gives only
    /// the esiopetus report; the käyttöoikeusraportti needs a pääkäyttäjä role (one that reads KOSKI and grants
    /// rights). The one place that decides which reports a user may run.
    /// </summary>
    public static bool Sallittu(Kayttaja kayttaja, RaporttiLaji laji) => kayttaja.Roolit.Any(r => Sallii(r.Ryhma, laji));

    public static IReadOnlyList<Raporttikuvaus> Sallitut(Kayttaja kayttaja) =>
        Kaikki.Where(k => Sallittu(kayttaja, k.Laji)).ToList();

    private static bool Sallii(Kayttooikeusryhma ryhma, RaporttiLaji laji) =>
        Sivut.Lukee(ryhma) && ryhma.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT) && (laji == RaporttiLaji.Kayttooikeudet
            ? ryhma.Sisaltaa(Oikeus.KAYTTOOIKEUKSIEN_MYONTO)
            : Opiskeluoikeudet.Nakyvyys.Rajaus(ryhma) switch
            {
                Tyyppirajaus.Kaikki => true,
                Tyyppirajaus.Esiopetus => laji == RaporttiLaji.Esiopetus,
                _ => false,
            });

    /// <summary>The organisations a report of <paramref name="laji"/> may cover: the subtrees of the roles that allow it.</summary>
    internal static IReadOnlySet<string> Organisaatiot(Kayttaja kayttaja, RaporttiLaji laji, OrganisaatioPuu puu) =>
        kayttaja.Organisaatiot(r => Sallii(r, laji), puu);

    /// <summary>The visibility a report reads with: only the roles that may run reports count.</summary>
    internal static Nakyvyys Nakyvyys(Kayttaja kayttaja, OrganisaatioPuu puu) =>
        Opiskeluoikeudet.Nakyvyys.Kayttajalle(kayttaja, puu, r => r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT));
}
