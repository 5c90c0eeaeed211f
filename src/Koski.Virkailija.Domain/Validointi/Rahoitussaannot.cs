namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's rules on the tila jaksot' opintojenRahoitus (KoskiValidator.validateOpintojenrahoitus, JotpaValidation,
/// TutkintokoulutukseenValmentavaKoulutusValidation): which tilat need one, which may not have one, and JOTPA funding.
/// </summary>
public static class Rahoitussaannot
{
    /// <summary>Koodisto opintojenrahoitus: the Jatkuvan oppimisen ja työllisyyden palvelukeskus (JOTPA) codes.</summary>
    private static readonly string[] JotpaRahoitus = ["14", "15"];

    private const string Vst = "vapaansivistystyonkoulutus";
    private const string MuuKuinSaannelty = "muukuinsaanneltykoulutus";
    private const string VstJotpa = "vstjotpakoulutus";

    /// <summary>The tilat whose jakso needs a rahoitus, per study-right type (KOSKI decides it by the jakso's class).</summary>
    private static string[] RahoitusVaaditaan(ValidointiKohde k) => k.Tyyppi switch
    {
        Opiskeluoikeustyypit.Ammatillinen or "tuva" => ["lasna", "valmistunut", "loma"],
        Opiskeluoikeustyypit.Lukio or Opiskeluoikeustyypit.IbTutkinto or "luva" or Opiskeluoikeustyypit.AikuistenPerusopetus
            or "europeanschoolofhelsinki" or "diatutkinto" => ["lasna", "valmistunut"],
        MuuKuinSaannelty => ["lasna", "hyvaksytystisuoritettu"],
        Vst when k.PaatasonSuoritukset.Any(s => s.Tyyppi == VstJotpa) => ["lasna", "hyvaksytystisuoritettu"],
        _ => [],
    };

    private static string[] RahoitusKielletty(string? tyyppi) => tyyppi switch
    {
        "europeanschoolofhelsinki" => ["eronnut", "mitatoity", "valiaikaisestikeskeytynyt"],
        "diatutkinto" => ["eronnut", "katsotaaneronneeksi", "mitatoity", "peruutettu", "valiaikaisestikeskeytynyt"],
        _ => [],
    };

    /// <summary>
    /// The rahoitus codes KOSKI's schema allows on a type's jakso (@KoodistoKoodiarvo on its opintojenRahoitus); null
    /// when any code of the list fits. Another code does not fit the schema.
    /// </summary>
    private static string[]? SallitutRahoitukset(string? tyyppi) => tyyppi switch
    {
        Opiskeluoikeustyypit.AikuistenPerusopetus => ["1", "6"],
        Opiskeluoikeustyypit.Lukio or "diatutkinto" or "internationalschool" => ["1", "6", "16"],
        "europeanschoolofhelsinki" => ["6"],
        MuuKuinSaannelty => JotpaRahoitus,
        _ => null,
    };

    public static readonly Validointisaanto RahoitusEiSallittuTyypille = new("badRequest.validation.jsonSchema",
        "Rahoitusmuoto ei ole tälle opiskeluoikeuden tyypille sallittu.",
        k => SallitutRahoitukset(k.Tyyppi) is { } sallitut
            ? k.Jaksot.Where(j => j.Rahoitus is not null && !sallitut.Contains(j.Rahoitus)).Select(j => j.Polku + ".opintojenRahoitus.koodiarvo")
            : []);

    public static readonly Validointisaanto RahoitusPuuttuu = new("badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto",
        "Opiskeluoikeuden tilalta puuttuu rahoitusmuoto.",
        k => RahoitusVaaditaan(k) is { Length: > 0 } tilat
            ? k.Jaksot.Where(j => j.Rahoitus is null && tilat.Contains(j.Tila)).Select(j => j.Polku + ".opintojenRahoitus")
            : []);

    public static readonly Validointisaanto RahoitusKiellettyTilalla = new("badRequest.validation.tila.tilallaEiSaaOllaRahoitusmuotoa",
        "Opiskeluoikeuden tilalla ei saa olla rahoitusmuotoa.",
        k => RahoitusKielletty(k.Tyyppi) is { Length: > 0 } tilat
            ? k.Jaksot.Where(j => j.Rahoitus is not null && tilat.Contains(j.Tila)).Select(j => j.Polku + ".opintojenRahoitus")
            : []);

    /// <summary>JOTPA funds only ammatillinen, the VST JOTPA koulutus and muu kuin säännelty koulutus.</summary>
    public static readonly Validointisaanto JotpaRahoitusVaaralleTyypille = new("badRequest.validation.tila.tilanRahoitusmuotoEiSaaOllaJotpa",
        "Tälle opiskeluoikeudelle ei voi valita Jatkuvan oppimisen ja työllisyyden palvelukeskuksen (JOTPA) rahoitusmuotoa.",
        k => k.Tyyppi is Opiskeluoikeustyypit.Ammatillinen or Vst or MuuKuinSaannelty ? [] : k.Jaksot
            .Where(j => JotpaRahoitus.Contains(j.Rahoitus)).Select(j => j.Polku + ".opintojenRahoitus"));

    public static readonly Validointisaanto RahoitusVaihtuuJotpassa = new("badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys",
        "JOTPA-rahoitteisen opiskeluoikeuden rahoitusmuoto ei voi vaihtua opiskeluoikeuden aikana.",
        k =>
        {
            var rahoitukset = k.Jaksot.Select(j => j.Rahoitus).OfType<string>().Distinct().ToList();
            var jotpa = rahoitukset.Count(JotpaRahoitus.Contains);
            return jotpa > 1 || (jotpa > 0 && rahoitukset.Count > jotpa) ? ["tila.opiskeluoikeusjaksot"] : [];
        });

    /// <summary>
    /// Entered by hand (no lähdejärjestelmänId) a JOTPA-funded study right always needs the asianumero, from a source
    /// system after the day KOSKI's requirement began.
    /// </summary>
    public static readonly Validointisaanto JotpaAsianumeroPuuttuu = new("badRequest.validation.tila.vaatiiJotpaAsianumeron",
        "JOTPA-rahoitteiselle opiskeluoikeudelle on annettava JOTPA-asianumero lisätiedoissa.",
        k => Jotparahoitteinen(k) && !AsianumeroAnnettu(k)
             && (k.Json["lähdejärjestelmänId"] is null || k.Ymparisto.Paiva >= k.Rajapaivat.JotpaAsianumeroVaaditaanAlkaen)
            ? ["lisätiedot.jotpaAsianumero"] : []);

    public static readonly Validointisaanto JotpaAsianumeroIlmanJotpaa = new("badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen",
        "JOTPA-asianumeron voi antaa vain JOTPA-rahoitteiselle opiskeluoikeudelle.",
        k => !Jotparahoitteinen(k) && AsianumeroAnnettu(k) ? ["lisätiedot.jotpaAsianumero"] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        RahoitusEiSallittuTyypille, RahoitusPuuttuu, RahoitusKiellettyTilalla, JotpaRahoitusVaaralleTyypille, RahoitusVaihtuuJotpassa, JotpaAsianumeroPuuttuu,
        JotpaAsianumeroIlmanJotpaa,
    ];

    private static bool Jotparahoitteinen(ValidointiKohde k) => k.Jaksot.Any(j => JotpaRahoitus.Contains(j.Rahoitus));

    /// <summary>Only these types carry a jotpaAsianumero in KOSKI's model.</summary>
    private static bool AsianumeroAnnettu(ValidointiKohde k) =>
        k.Tyyppi is (Opiskeluoikeustyypit.Ammatillinen or Vst or MuuKuinSaannelty) && k.Lisatiedot.Annettu("jotpaAsianumero");
}
