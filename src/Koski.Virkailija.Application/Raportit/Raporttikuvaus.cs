using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>What the page shows of a report: its name, education-type group and which parameters it takes.</summary>
public sealed record Raporttikuvaus(RaporttiLaji Laji, string Nimi, string Koulutusmuoto, bool Aikavali, bool Vuosiluokka)
{
    public static IReadOnlyList<Raporttikuvaus> Kaikki { get; } =
    [
        new(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, "Päällekkäiset opiskeluoikeudet", "Kaikki koulutusmuodot", true, false),
        new(RaporttiLaji.Lahdejarjestelmat, "Tiedonsiirrot: lähdejärjestelmät ja käyttöliittymän osuus", "Kaikki koulutusmuodot", false, false),
        new(RaporttiLaji.PerusopetuksenVuosiluokka, "Perusopetuksen vuosiluokka", "Perusopetus", false, true),
        new(RaporttiLaji.Esiopetus, "Esiopetus", "Esiopetus", true, false),
    ];

    public static Raporttikuvaus Hae(RaporttiLaji laji) => Kaikki.Single(k => k.Laji == laji);

    /// <summary>
    /// Reports need a reading role with the special-data right (DOMAIN.md §7); a role limited to esiopetus gives only
    /// the esiopetus report. The one place that decides which reports a user may run.
    /// </summary>
    public static bool Sallittu(Kayttaja kayttaja, RaporttiLaji laji) =>
        kayttaja.Roolit.Any(r => Sivut.Lukee(r.Ryhma)
                                 && r.Ryhma.Sisaltaa(Domain.Kayttooikeudet.Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)
                                 && Opiskeluoikeudet.Nakyvyys.Rajaus(r.Ryhma) switch
                                 {
                                     Tyyppirajaus.Kaikki => true,
                                     Tyyppirajaus.Esiopetus => laji == RaporttiLaji.Esiopetus,
                                     _ => false,
                                 });

    public static IReadOnlyList<Raporttikuvaus> Sallitut(Kayttaja kayttaja) =>
        Kaikki.Where(k => Sallittu(kayttaja, k.Laji)).ToList();

    /// <summary>The visibility a report reads with: only the roles that may run reports count.</summary>
    internal static Nakyvyys Nakyvyys(Kayttaja kayttaja, OrganisaatioPuu puu) =>
        Opiskeluoikeudet.Nakyvyys.Kayttajalle(kayttaja, puu, r => r.Sisaltaa(Domain.Kayttooikeudet.Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT));
}
