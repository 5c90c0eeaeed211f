using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// The one catalogue of KOSKI's save-time rules (docs/DOMAIN.md §4), applied on every save whatever the path (the UI,
/// the data-transfer API). Keys are KOSKI's own where KOSKI has one. Type-specific rules this product does not know
/// are not invented: every rule is checked against KOSKI's own example documents, which must all pass.
/// </summary>
public static class Validointisaannot
{
    /// <param name="ymparisto">The cut-off dates in force and the code lists; KOSKI's dates and no lists when not given.</param>
    public static IReadOnlyList<ValidointiVirhe> Validoi(JsonObject opiskeluoikeus, Validointiymparisto? ymparisto = null)
    {
        var kohde = new ValidointiKohde(opiskeluoikeus, ymparisto);
        // A plain loop: every document passes all the rules, and a LINQ chain per rule costs more than most rules do.
        var virheet = new List<ValidointiVirhe>();
        foreach (var saanto in Kaikki)
            foreach (var polku in saanto.Rikkomukset(kohde)) virheet.Add(new ValidointiVirhe(saanto.Avain, saanto.Viesti, polku));
        return virheet;
    }

    public static readonly Validointisaanto Rakenne = new("badRequest.validation.jsonSchema",
        "Kentän arvo on väärää tyyppiä (esimerkiksi teksti olion tai listan paikalla).",
        k => k.Rakennevirheet);

    public static readonly Validointisaanto PaivamaaranMuoto = new("badRequest.format.date",
        "Päivämäärä on virheellinen. Anna se muodossa vvvv-kk-pp.",
        k => KaikkiPaivat(k).Where(p => p.Virheellinen).Select(p => p.Polku));

    public static readonly Validointisaanto JaksoPuuttuu = new("badRequest.validation.jsonSchema",
        "Opiskeluoikeudella on oltava vähintään yksi tilajakso, jolla on alkupäivä ja tila.",
        k => k.Jaksot.Count == 0
            ? ["tila.opiskeluoikeusjaksot"]
            : k.Jaksot.Where(j => j.Alku.Teksti is null || j.Tila is null).Select(j => j.Polku));

    public static readonly Validointisaanto SuoritusPuuttuu = new("badRequest.validation.jsonSchema",
        "Opiskeluoikeudella on oltava vähintään yksi päätason suoritus.",
        k => k.PaatasonSuoritukset.Count == 0 ? ["suoritukset"] : []);

    public static readonly Validointisaanto JaksojenJarjestys = new("badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät",
        "Tilajaksojen on oltava päivämääräjärjestyksessä: jakso ei voi alkaa ennen edellistä jaksoa eikä samana päivänä kuin se.",
        k => k.Jaksot.Zip(k.Jaksot.Skip(1))
            .Where(p => p.First.Alku.Arvo is { } edellinen && p.Second.Alku.Arvo is { } seuraava
                        && (seuraava < edellinen || (seuraava == edellinen && p.Second.Tila != Tilat.Mitatoity)))
            .Select(p => p.Second.Alku.Polku));

    public static readonly Validointisaanto TilaLopullisenJalkeen = new("badRequest.validation.tila.tilaMuuttunutLopullisenTilanJälkeen",
        "Opiskeluoikeuden päättävän tilan jälkeen ei voi olla muita tiloja (paitsi mitätöinti).",
        k => JaksotPaattymisenJalkeen(k).Where(p => !p.ToinenPaattava).Select(p => p.Jakso.Polku + ".tila"));

    public static readonly Validointisaanto MontaPaattavaaTilaa = new("badRequest.validation.tila.montaPäättävääTilaa",
        "Opiskeluoikeudella voi olla vain yksi päättävä tila.",
        k => JaksotPaattymisenJalkeen(k).Where(p => p.ToinenPaattava).Select(p => p.Jakso.Polku + ".tila"));

    public static readonly Validointisaanto AlkamispaivaEiVastaaJaksoa = new("badRequest.validation.date.alkamispäivä",
        "Opiskeluoikeuden alkamispäivän on oltava sama kuin ensimmäisen tilajakson alkupäivä.",
        k => k.Alkamispaiva.Arvo is { } annettu && k.JaksojenAlku is { } alku && annettu != alku ? ["alkamispäivä"] : []);

    public static readonly Validointisaanto PaattymispaivaEnnenAlkamispaivaa = new("badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää",
        "Opiskeluoikeuden päättymispäivä ei voi olla ennen alkamispäivää.",
        k => k.Paattymispaiva.Arvo is { } loppu && k.JaksojenAlku is { } alku && loppu < alku ? ["päättymispäivä"] : []);

    public static readonly Validointisaanto PaattymispaivaEiVastaaJaksoa = new("badRequest.validation.date.päättymispäivämäärä",
        "Opiskeluoikeuden päättymispäivän on oltava sama kuin päättävän tilajakson alkupäivä.",
        k => k.Paattymispaiva.Arvo is { } annettu && !(k.JaksojenAlku is { } alku && annettu < alku) && annettu != k.JaksojenLoppu
            ? ["päättymispäivä"] : []);

    public static readonly Validointisaanto ArvioituPaattymispaivaEnnenAlkamispaivaa = new("badRequest.validation.date.arvioituPäättymisPäiväEnnenAlkamispäivää",
        "Arvioitu päättymispäivä ei voi olla ennen opiskeluoikeuden alkamispäivää.",
        k => k.ArvioituPaattymispaiva.Arvo is { } arvio && k.JaksojenAlku is { } alku && arvio < alku ? ["arvioituPäättymispäivä"] : []);

    public static readonly Validointisaanto SuoritusAlkaaEnnenOpiskeluoikeutta = new("badRequest.validation.date.suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää",
        "Suoritus ei voi alkaa ennen opiskeluoikeuden alkamispäivää.",
        k => k.PaatasonSuoritukset.Where(s => s.Alkamispaiva.Arvo < k.JaksojenAlku).Select(s => s.Alkamispaiva.Polku));

    public static readonly Validointisaanto ArviointiEnnenAlkamispaivaa = new("badRequest.validation.date.arviointiEnnenAlkamispäivää",
        "Arviointipäivä ei voi olla ennen suorituksen alkamispäivää.",
        ArvioinnitEnnenAlkua);

    // A loop rather than a LINQ chain per suoritus: a document has hundreds of suoritukset, each with its arvioinnit.
    private static IEnumerable<string> ArvioinnitEnnenAlkua(ValidointiKohde k)
    {
        foreach (var s in k.KaikkiSuoritukset)
            for (var i = 0; i < s.Arvioinnit.Count; i++)
                if (s.Arvioinnit[i].Arvo < s.Alkamispaiva.Arvo) yield return s.Arvioinnit[i].Polku;
    }

    public static readonly Validointisaanto VahvistusEnnenAlkamispaivaa = new("badRequest.validation.date.vahvistusEnnenAlkamispäivää",
        "Vahvistuksen päivä ei voi olla ennen suorituksen alkamispäivää.",
        k => k.KaikkiSuoritukset.Where(s => s.Vahvistus?.Arvo < s.Alkamispaiva.Arvo).Select(s => s.Vahvistus!.Polku));

    public static readonly Validointisaanto VahvistusEnnenArviointia = new("badRequest.validation.date.vahvistusEnnenArviointia",
        "Vahvistuksen päivä ei voi olla ennen suorituksen arviointipäivää.",
        k => k.KaikkiSuoritukset.Where(s => s.Vahvistus?.Arvo < s.ViimeisinArviointi).Select(s => s.Vahvistus!.Polku));

    public static readonly Validointisaanto PaattymispaivaEnnenVahvistusta = new("badRequest.validation.date.päättymispäiväEnnenVahvistusta",
        "Suorituksen vahvistuksen päivä ei voi olla opiskeluoikeuden päättymisen jälkeen.",
        k => k.PaatasonSuoritukset.Where(s => s.Vahvistus?.Arvo > k.JaksojenLoppu).Select(s => s.Vahvistus!.Polku));

    public static readonly Validointisaanto OsanVahvistusYlemmanJalkeen = new("badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta",
        "Osasuorituksen vahvistus ei voi olla myöhemmin kuin sen sisältävän suorituksen vahvistus.",
        k => k.KaikkiSuoritukset.Where(s => s.Vanhempi?.Vahvistus?.Arvo < s.Vahvistus?.Arvo).Select(s => s.Vahvistus!.Polku));

    public static readonly Validointisaanto VahvistusIlmanArviointia = new("badRequest.validation.tila.vahvistusIlmanArviointia",
        "Vahvistetulla suorituksella on oltava arviointi.",
        k => k.KaikkiSuoritukset.Where(s => s.OnVahvistettu && !s.OnArvioitu && Suoritustyypit.ArvioidaanItse(s)).Select(s => s.Polku + ".arviointi"));

    public static readonly Validointisaanto KeskenerainenOsasuoritus = new("badRequest.validation.tila.keskeneräinenOsasuoritus",
        "Vahvistetulla suorituksella ei voi olla arvioimattomia osasuorituksia.",
        k => k.KaikkiSuoritukset
            .Where(s => s.OnVahvistettu && Suoritustyypit.OsatArvioitavaEnnenVahvistusta(s.Tyyppi))
            .SelectMany(s => s.Osasuoritukset.Where(o => !o.OnArvioitu && !o.OnVahvistettu).Select(o => o.Polku + ".arviointi")));

    /// <summary>
    /// KoskiValidator.validatePäätasonSuoritustenStatus: not when a vahvistettu oppiaineen oppimäärä is among them, nor
    /// for the lukio oppiaineiden oppimäärät (2019), which are never vahvistettu (<see cref="LukionAineopinnotIlmanArviointia"/>).
    /// </summary>
    public static readonly Validointisaanto ValmistunutIlmanVahvistusta = new("badRequest.validation.tila.vahvistusPuuttuu",
        "Kun opiskeluoikeus on tilassa Valmistunut, jokaisella päätason suorituksella on oltava vahvistus.",
        k => k.ViimeisinTila == Tilat.Valmistunut && !ValmisOppiaineenOppimaara(k) && !LukionAineopinnot(k).Any()
            ? k.PaatasonSuoritukset.Where(s => !s.OnVahvistettu && !Suoritustyypit.SaaJaadaVahvistamatta(s.Tyyppi)).Select(s => s.Polku + ".vahvistus")
            : []);

    /// <summary>Lukio oppiaineiden oppimäärät (2019) graduate without vahvistus, but with at least one assessed oppiaine.</summary>
    public static readonly Validointisaanto LukionAineopinnotIlmanArviointia = new("badRequest.validation.tila.osasuoritusPuuttuu",
        "Lukion oppiaineiden oppimäärien opiskeluoikeutta ei voi merkitä valmiiksi ilman arvioitua oppiaineen suoritusta.",
        k => k.ViimeisinTila == Tilat.Valmistunut && !ValmisOppiaineenOppimaara(k)
             && LukionAineopinnot(k).ToList() is { Count: > 0 } aineopinnot && !aineopinnot.SelectMany(s => s.Osasuoritukset).Any(o => o.OnArvioitu)
            ? aineopinnot.Select(s => s.Polku + ".osasuoritukset") : []);

    public static readonly Validointisaanto EronnutVahvistetullaSuorituksella = new("badRequest.validation.tila.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus",
        "Opiskeluoikeutta, jonka päätason suoritus on vahvistettu, ei voi päättää tilaan eronnut, katsotaan eronneeksi tai keskeytynyt.",
        k => k.Jaksot.Any(j => j.Tila is Tilat.Eronnut or Tilat.KatsotaanEronneeksi or Tilat.Keskeytynyt)
            ? k.PaatasonSuoritukset.Where(s => s.OnVahvistettu && Suoritustyypit.EstaaEroamisen(k.Tyyppi, s.Tyyppi)).Select(s => s.Polku + ".vahvistus")
            : []);

    public static readonly Validointisaanto PerusopetusValmistunutIlmanOppimaaraa = new("badRequest.validation.tila.nuortenPerusopetuksenValmistunutTilaIlmanVahvistettuaPäättötodistusta",
        "Perusopetuksen opiskeluoikeutta ei voi päättää tilaan Valmistunut ilman vahvistettua perusopetuksen oppimäärän suoritusta.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Perusopetus && k.ViimeisinTila == Tilat.Valmistunut
             && !k.PaatasonSuoritukset.Any(s => s.Tyyppi == Suoritustyypit.NuortenOppiaineenOppimaara)
             && !k.PaatasonSuoritukset.Any(s => s.Tyyppi == Suoritustyypit.PerusopetuksenOppimaara && s.OnVahvistettu)
            ? ["suoritukset"] : []);

    /// <summary>
    /// KOSKI: a vahvistettu oppimäärä (whatever the tila) needs a 9th-grade suoritus, unless the pupil studies subjects
    /// only, is in vuosiluokkiin sitoutumaton opetus, was in kotiopetus on the vahvistus day or took the erityinen tutkinto.
    /// </summary>
    public static readonly Validointisaanto PerusopetusValmistunutIlmanYhdeksattaLuokkaa = new("badRequest.validation.tila.nuortenPerusopetuksenValmistunutTilaIlmanYsiluokanSuoritusta",
        "Perusopetuksen oppimäärää ei voi vahvistaa ilman 9. vuosiluokan suoritusta.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Perusopetus
             && k.PaatasonSuoritukset.FirstOrDefault(s => s.Tyyppi == Suoritustyypit.PerusopetuksenOppimaara && s.OnVahvistettu) is { } oppimaara
             && !k.PaatasonSuoritukset.Any(s => s.Tyyppi == Suoritustyypit.NuortenOppiaineenOppimaara)
             && !k.PaatasonSuoritukset.Any(s => s.Tyyppi == Suoritustyypit.PerusopetuksenVuosiluokka
                                               && Teksti((s.Json["koulutusmoduuli"] as JsonObject)?["tunniste"], "koodiarvo") == "9")
             && !k.Lisatiedot.Totuusarvo("vuosiluokkiinSitoutumatonOpetus")
             && !k.Lisatiedot.Jaksot("kotiopetusjaksot").Any(j => j.Sisaltaa(oppimaara.Vahvistus!.Arvo))
             && Teksti(oppimaara.Json["suoritustapa"], "koodiarvo") != Suoritustyypit.ErityinenTutkinto
            ? [oppimaara.Polku + ".vahvistus"] : []);

    /// <summary>
    /// KOSKI reads a period (Jakso) whose loppu is before its alku as a schema error, as it does a loppu without alku.
    /// The maksuttomuus extension is not a Jakso there: <see cref="MaksuttomuudenPidennysLoppuuEnnenAlkua"/>.
    /// </summary>
    public static readonly Validointisaanto LisatietojaksoLoppuuEnnenAlkua = new("badRequest.validation.jsonSchema",
        "Jakson loppupäivä ei voi olla ennen sen alkupäivää, eikä jaksolla voi olla loppupäivää ilman alkupäivää.",
        k => k.Lisatiedot.KaikkiJaksot()
            .Where(p => p.Kentta != MaksuttomuudenPidennys && p.Jakso.Loppu is { } loppu && !(p.Jakso.Alku <= loppu))
            .Select(p => p.Jakso.Polku + ".loppu"));

    /// <summary>KOSKI's MaksuttomuusValidation answers with the bare category for this one.</summary>
    public static readonly Validointisaanto MaksuttomuudenPidennysLoppuuEnnenAlkua = new("badRequest.validation",
        "Maksuttomuuden pidennyksen jakson loppupäivä ei voi olla ennen sen alkupäivää.",
        k => k.Lisatiedot.Jaksot(MaksuttomuudenPidennys)
            .Where(j => j.Loppu is { } loppu && j.Alku is { } alku && loppu < alku)
            .Select(j => j.Polku + ".loppu"));

    /// <summary>KoskiValidator.validateMitätöinti: the day of the last mitätöity jakso may not be in the future.</summary>
    public static readonly Validointisaanto MitatointiTulevaisuudessa = new("badRequest.validation.tila.mitätöintiTulevaisuudessa",
        "Opiskeluoikeutta ei voi mitätöidä tulevalla päivämäärällä.",
        k => k.Jaksot.LastOrDefault(j => j.Tila == Tilat.Mitatoity) is { Alku.Arvo: { } paiva } jakso && paiva > k.Ymparisto.Paiva
            ? [jakso.Alku.Polku] : []);

    /// <summary>
    /// KoskiValidator.validateArviointienOlemassaolo: TUVA and oppivelvollisille suunnattu VST, katsotaan eronneeksi. Only
    /// leaves are judged: KOSKI exempts some grouping osasuoritukset (Arvioinniton) that the document does not name.
    /// </summary>
    public static readonly Validointisaanto EronneeksiKatsotunArvioinnit = new("badRequest.validation.tila.eronneeksiKatsotunOpiskeluoikeudenArvioinnit",
        "Katsotaan eronneeksi -tilaan päättyneen opiskeluoikeuden kaikilla osasuorituksilla on oltava arviointi.",
        k => k.Jaksot.Any(j => j.Tila == Tilat.KatsotaanEronneeksi)
            ? k.PaatasonSuoritukset.Where(s => s.Tyyppi is "tuvakoulutuksensuoritus" or "vstoppivelvollisillesuunnattukoulutus")
                .SelectMany(s => s.ItseJaOsat().Skip(1)).Where(o => !o.OnArvioitu && o.Osasuoritukset.Count == 0).Select(o => o.Polku + ".arviointi")
            : []);

    private const string MaksuttomuudenPidennys = "oikeuttaMaksuttomuuteenPidennetty";

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        Rakenne, PaivamaaranMuoto, JaksoPuuttuu, SuoritusPuuttuu, JaksojenJarjestys, TilaLopullisenJalkeen, MontaPaattavaaTilaa,
        AlkamispaivaEiVastaaJaksoa, PaattymispaivaEnnenAlkamispaivaa, PaattymispaivaEiVastaaJaksoa,
        ArvioituPaattymispaivaEnnenAlkamispaivaa, SuoritusAlkaaEnnenOpiskeluoikeutta, ArviointiEnnenAlkamispaivaa,
        VahvistusEnnenAlkamispaivaa, VahvistusEnnenArviointia, PaattymispaivaEnnenVahvistusta, OsanVahvistusYlemmanJalkeen,
        VahvistusIlmanArviointia, KeskenerainenOsasuoritus, ValmistunutIlmanVahvistusta, EronnutVahvistetullaSuorituksella,
        PerusopetusValmistunutIlmanOppimaaraa, PerusopetusValmistunutIlmanYhdeksattaLuokkaa, LisatietojaksoLoppuuEnnenAlkua,
        MaksuttomuudenPidennysLoppuuEnnenAlkua, LukionAineopinnotIlmanArviointia, MitatointiTulevaisuudessa, EronneeksiKatsotunArvioinnit,
        .. Rajapaivasaannot.Kaikki, .. Rakennesaannot.Kaikki, .. Koodisaannot.Kaikki, .. Taiteenperusopetussaannot.Kaikki,
        .. AikuistenPerusopetussaannot.Kaikki, .. ValmistavanOpetuksenSaannot.Kaikki, .. Organisaatiosaannot.Kaikki, .. Perusopetussaannot.Kaikki,
        .. Rahoitussaannot.Kaikki, .. Tukijaksosaannot.Kaikki, .. Suoritussaannot.Kaikki, .. Tuvasaannot.Kaikki, .. Ammatillisetsaannot.Kaikki,
        .. Eshsaannot.Kaikki, .. Vapaasivistystyosaannot.Kaikki, .. Lukiosaannot.Kaikki, .. Lukio2019saannot.Kaikki,
        .. Laajuussaannot.Kaikki, .. Ammatillisetrakennesaannot.Kaikki, .. Ammatillisetrajapaivasaannot.Kaikki, .. IbDiasaannot.Kaikki,
        .. Lukio2019lisasaannot.Kaikki, .. Perusopetuksenskeemasaannot.Kaikki, .. Vanhentuneetkoodit.Kaikki, .. Tilaajasaannot.Kaikki,
        .. Osasuoritusduplikaatit.Kaikki, .. Pidennyssaannot.Kaikki, .. Lukio2019opintopisteet.Kaikki,
    ];

    /// <summary>
    /// Jaksot that may not stand where they do: any jakso after a mitätöity one, and after an ending tila any jakso but
    /// a mitätöinti (<c>ToinenPaattava</c> when that jakso is itself a second ending tila).
    /// </summary>
    private static IEnumerable<(Jakso Jakso, bool ToinenPaattava)> JaksotPaattymisenJalkeen(ValidointiKohde k)
    {
        bool paattynyt = false, mitatoity = false;
        foreach (var jakso in k.Jaksot.Where(j => j.Tila is not null))
        {
            if (mitatoity) yield return (jakso, false);
            else if (paattynyt && jakso.Tila != Tilat.Mitatoity) yield return (jakso, Tilat.OnPaattava(jakso.Tila!));
            mitatoity |= jakso.Tila == Tilat.Mitatoity;
            paattynyt |= Tilat.OnPaattava(jakso.Tila!);
        }
    }

    /// <summary>KOSKI's "valmiita oppimääriä löytyy": a vahvistettu oppiaineen oppimäärä of a known oppiaine (not XX).</summary>
    private static bool ValmisOppiaineenOppimaara(ValidointiKohde k) => k.PaatasonSuoritukset.Any(s =>
        s.OnVahvistettu && Suoritustyypit.OnOppiaineenOppimaara(s.Tyyppi)
        && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo") != "XX");

    private static IEnumerable<Suoritus> LukionAineopinnot(ValidointiKohde k) => k.Tyyppi == Opiskeluoikeustyypit.Lukio
        ? k.PaatasonSuoritukset.Where(s => s.Tyyppi == Suoritustyypit.LukionAineopinnot) : [];

    private static IEnumerable<Paivamaara> KaikkiPaivat(ValidointiKohde k)
    {
        yield return k.Alkamispaiva;
        yield return k.Paattymispaiva;
        yield return k.ArvioituPaattymispaiva;
        foreach (var jakso in k.Jaksot) yield return jakso.Alku;
        foreach (var s in k.KaikkiSuoritukset)
        {
            foreach (var arviointi in s.Arvioinnit) yield return arviointi;
            yield return s.Alkamispaiva;
            yield return s.Vahvistus ?? s.Alkamispaiva;
        }
    }

    private static string? Teksti(JsonNode? solmu, string kentta) =>
        (solmu as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
