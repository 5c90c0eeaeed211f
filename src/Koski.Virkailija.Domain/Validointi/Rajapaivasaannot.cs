using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's rules that follow a change in the law, each from a cut-off day of <see cref="Rajapaivat"/>: the end of
/// perusopetuksen lisäopetus (2023) and the fields the 2025 learning-support reform retires.
/// </summary>
public static class Rajapaivasaannot
{
    /// <summary>KoskiValidator.validatePäätasonSuoritukset; a mitätöinti is not validated in KOSKI and is not counted.</summary>
    public static readonly Validointisaanto LisaopetuksenTilaRajapaivanJalkeen = new(
        "badRequest.validation.tila.perusopetuksenLisäopetuksenOpiskeluoikeudenTilaEiSallittu",
        "Perusopetuksen lisäopetuksen opiskeluoikeudelle ei voi merkitä uusia tiloja lisäopetuksen päättymisen (31.5.2023) jälkeen.",
        k => k.Tyyppi == Opiskeluoikeustyypit.PerusopetuksenLisaopetus
             && k.PaatasonSuoritukset.Any(s => s.Tyyppi == Suoritustyypit.PerusopetuksenLisaopetus)
            ? k.Jaksot.Where(j => j.Tila != Tilat.Mitatoity && j.Alku.Arvo > k.Rajapaivat.LisaopetuksenTilojenViimeinenAlkupaiva)
                .Select(j => j.Alku.Polku)
            : []);

    public static readonly Validointisaanto PidennettyOppivelvollisuusRajapaivanJalkeen = new(
        "badRequest.validation.date.pidennettyOppivelvollisuus",
        "Pidennetyn oppivelvollisuuden jakso ei voi alkaa eikä jatkua oppimisen tuen uudistuksen rajapäivän jälkeen.",
        k => VanhatTukijaksot(k, "pidennettyOppivelvollisuus"));

    public static readonly Validointisaanto VammaisuusRajapaivanJalkeen = new(
        "badRequest.validation.date.vammaisuusjakso",
        "Vammaisuuden jakso ei voi alkaa eikä jatkua oppimisen tuen uudistuksen rajapäivän jälkeen.",
        k => VanhatTukijaksot(k, "vammainen").Concat(VanhatTukijaksot(k, "vaikeastiVammainen")));

    /// <summary>KOSKI has no own key for this one and answers with the date category itself.</summary>
    public static readonly Validointisaanto ErityisenTuenPaatosRajapaivanJalkeen = new(
        "badRequest.validation.date",
        "Erityisen tuen päätös ei voi alkaa eikä jatkua oppimisen tuen uudistuksen rajapäivän jälkeen.",
        k => VanhatTukijaksot(k, "erityisenTuenPäätökset"));

    /// <summary>KoskiValidator.validateRajattuOppimäärä: the päätason suoritus's own oppiaineet, by its vahvistus day.</summary>
    public static readonly Validointisaanto YksilollistettyRajapaivanJalkeen = new(
        "badRequest.validation.date",
        "Yksilöllistettyä oppimäärää ei voi merkitä suoritukselle, joka vahvistetaan oppimisen tuen uudistuksen rajapäivän jälkeen.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Perusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.Tyyppi is (Suoritustyypit.PerusopetuksenOppimaara or Suoritustyypit.PerusopetuksenVuosiluokka
                            or Suoritustyypit.NuortenOppiaineenOppimaara)
                        && s.Vahvistus?.Arvo > k.Rajapaivat.YksilollistetynOppimaaranViimeinenKayttopaiva)
            .SelectMany(s => s.Osasuoritukset)
            .Where(o => JsonLuku.Tosi(o.Json, Yksilollistetty) && !JsonLuku.Tosi(o.Json, "rajattuOppimäärä"))
            .Select(o => $"{o.Polku}.{Yksilollistetty}"));

    /// <summary>KOSKI drops a <c>false</c> from such a study right before validating; a <c>true</c> is refused.</summary>
    public static readonly Validointisaanto VuosiluokkiinSitoutumatonRajapaivanJalkeen = new(
        "badRequest.validation.rakenne.vsopPäivämäärä",
        "Vuosiluokkiin sitomatonta opetusta ei voi merkitä 31.7.2025 jälkeen alkaneelle opiskeluoikeudelle.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Perusopetus && k.JaksojenAlku > k.Rajapaivat.VuosiluokkiinSitoutumattomanOpetuksenViimeinenKayttopaiva
             && k.Lisatiedot.Totuusarvo(Vsop)
            ? [$"lisätiedot.{Vsop}"] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        LisaopetuksenTilaRajapaivanJalkeen, PidennettyOppivelvollisuusRajapaivanJalkeen, VammaisuusRajapaivanJalkeen,
        ErityisenTuenPaatosRajapaivanJalkeen, YksilollistettyRajapaivanJalkeen, VuosiluokkiinSitoutumatonRajapaivanJalkeen,
    ];

    private const string Yksilollistetty = "yksilöllistettyOppimäärä";
    private const string Vsop = "vuosiluokkiinSitoutumatonOpetus";

    /// <summary>
    /// KOSKI's PidennetynOppivelvollisuudenMuutoksenValidaatio (esiopetus and perusopetus): a period of a retired field
    /// may not start after the last start day, nor end after the last day of use; an open period counts as going on as
    /// long as the study right does.
    /// </summary>
    private static IEnumerable<string> VanhatTukijaksot(ValidointiKohde k, string kentta)
    {
        if (k.Tyyppi is not (Opiskeluoikeustyypit.Esiopetus or Opiskeluoikeustyypit.Perusopetus)) yield break;
        var raja = k.Rajapaivat;
        var jatkuuRajanYli = k.JaksojenLoppu is not { } loppu || loppu > raja.PidennetynOppivelvollisuudenViimeinenKayttopaiva;
        foreach (var jakso in k.Lisatiedot.Jaksot(kentta))
        {
            if (jakso.Alku > raja.PidennetynOppivelvollisuudenViimeinenAloituspaiva) yield return jakso.Polku + ".alku";
            else if (jakso.Loppu is { } jaksonLoppu ? jaksonLoppu > raja.PidennetynOppivelvollisuudenViimeinenKayttopaiva : jatkuuRajanYli)
                yield return jakso.Polku + (jakso.Loppu is null ? "" : ".loppu");
        }
    }
}
