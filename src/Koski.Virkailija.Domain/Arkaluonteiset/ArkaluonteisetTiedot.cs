using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Arkaluonteiset.ArkaJuuri;

namespace Koski.Virkailija.Domain.Arkaluonteiset;

/// <summary>
/// The one catalogue of special-category personal data (erityiset henkilötiedot, docs/DOMAIN.md §5): every row of KOSKI's
/// list (schema class and field) as JSON locations of a study-right document. A user without
/// LUOTTAMUKSELLINEN_KAIKKI_TIEDOT receives none of them, nor the version history (<see cref="Versiohistoria"/>).
/// </summary>
public static class ArkaluonteisetTiedot
{
    /// <summary>KOSKI's name for version history, which is sensitive as a whole (its diffs may hold any field).</summary>
    public const string Versiohistoria = "OpiskeluoikeusHistory";

    private const string Perusopetus = "perusopetus";
    private const string Tuva = "tuva";
    private const string Esh = "europeanschoolofhelsinki";

    private static readonly string[] PerusopetuksenKaltaiset =
        [Perusopetus, "aikuistenperusopetus", "perusopetuksenlisaopetus", "perusopetukseenvalmistavaopetus"];

    public static IReadOnlyList<ArkaluonteinenTieto> Kaikki { get; } =
    [
        .. Lisatiedot("AikuistenPerusopetuksenOpiskeluoikeudenLisätiedot", "aikuistenperusopetus",
            "sisäoppilaitosmainenMajoitus", "tehostetunTuenPäätökset", "tehostetunTuenPäätös", "tukimuodot",
            "vaikeastiVammainen", "vammainen", "vuosiluokkiinSitoutumatonOpetus"),
        .. Lisatiedot("AmmatillisenOpiskeluoikeudenLisätiedot", "ammatillinenkoulutus",
            "erityinenTuki", "hojks", "opiskeluvalmiuksiaTukevatOpinnot", "sisäoppilaitosmainenMajoitus",
            "vaativanErityisenTuenErityinenTehtävä", "vaativanErityisenTuenYhteydessäJärjestettäväMajoitus",
            "vaikeastiVammainen", "vammainenJaAvustaja", "vankilaopetuksessa"),
        .. Lisatiedot("EsiopetuksenOpiskeluoikeudenLisätiedot", "esiopetus",
            "erityisenTuenPäätökset", "erityisenTuenPäätös", "koulukoti", "kuljetusetu", "pidennettyOppivelvollisuus",
            "sisäoppilaitosmainenMajoitus", "tuenPäätöksenJaksot", "tukimuodot", "vaikeastiVammainen", "vammainen",
            "varhennetunOppivelvollisuudenJaksot"),
        .. Lisatiedot("LukionOpiskeluoikeudenLisätiedot", "lukiokoulutus",
            "alle18vuotiaanAikuistenLukiokoulutuksenAloittamisenSyy", "sisäoppilaitosmainenMajoitus"),
        .. Lisatiedot("LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot", "luva", "sisäoppilaitosmainenMajoitus"),
        .. Lisatiedot("PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot", "perusopetuksenlisaopetus",
            "erityisenTuenPäätökset", "erityisenTuenPäätös", "joustavaPerusopetus", "koulukoti", "kuljetusetu",
            "perusopetuksenAloittamistaLykätty", "pidennettyOppivelvollisuus", "sisäoppilaitosmainenMajoitus",
            "tehostetunTuenPäätökset", "tehostetunTuenPäätös", "tukimuodot", "vaikeastiVammainen", "vammainen",
            "vuosiluokkiinSitoutumatonOpetus"),
        .. Lisatiedot("PerusopetuksenOpiskeluoikeudenLisätiedot", Perusopetus,
            "erityisenTuenPäätökset", "erityisenTuenPäätös", "joustavaPerusopetus", "koulukoti", "kuljetusetu",
            "opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella", "perusopetuksenAloittamistaLykätty",
            "pidennettyOppivelvollisuus", "sisäoppilaitosmainenMajoitus", "tavoitekokonaisuuksittainOpiskelu",
            "tehostetunTuenPäätökset", "tehostetunTuenPäätös", "toimintaAlueittainOpiskelu", "tuenPäätöksenJaksot",
            "tukimuodot", "vaikeastiVammainen", "vammainen", "vuosiluokkiinSitoutumatonOpetus"),
        .. TuvanLisatiedot("TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot", "ammatillinen",
            "erityinenTuki", "sisäoppilaitosmainenMajoitus", "vaativanErityisenTuenErityinenTehtävä",
            "vaativanErityisenTuenYhteydessäJärjestettäväMajoitus", "vaikeastiVammainen", "vammainenJaAvustaja",
            "vankilaopetuksessa"),
        .. TuvanLisatiedot("TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot", "lukio",
            "sisäoppilaitosmainenMajoitus"),
        .. TuvanLisatiedot("TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot", "perusopetus",
            "erityisenTuenPäätökset", "koulukoti", "kuljetusetu", "sisäoppilaitosmainenMajoitus", "vaikeastiVammainen",
            "vammainen"),

        new("ErityisenTuenPäätös", "toteutuspaikka", Opiskeluoikeus,
            ["lisätiedot.erityisenTuenPäätös.toteutuspaikka", "lisätiedot.erityisenTuenPäätökset[].toteutuspaikka"]),
        new("JotpaAsianumero", "jotpaAsianumero", Opiskeluoikeus, ["lisätiedot.jotpaAsianumero"]),
        new("Tukimuodollinen", "tukimuodot", Opiskeluoikeus, ["lisätiedot.tukimuodot"]),

        Suorituksen("AhvenanmaanPerusopetuksenOppiaineenSuoritus", "mukautettuOppimäärä", "ahvenanmaanperusopetuksenoppiaine"),
        KokoSuoritus("AhvenanmaanPerusopetuksenToimintaAlueenSuoritus", "ahvenanmaanperusopetuksentoimintaalue"),
        Suorituksen("AhvenanmaanPerusopetuksenVuosiluokanSuoritus", "jääLuokalle", "ahvenanmaanperusopetuksenvuosiluokka"),
        Suorituksen("AmmatillisenTutkinnonOsittainenSuoritus", "keskiarvoSisältääMukautettujaArvosanoja",
            "ammatillinentutkintoosittainen", "ammatillinentutkintoosittainenuseastatutkinnosta"),
        Suorituksen("AmmatillisenTutkinnonOsittainenSuoritus", "korotettuKeskiarvoSisältääMukautettujaArvosanoja",
            "ammatillinentutkintoosittainen", "ammatillinentutkintoosittainenuseastatutkinnosta"),
        Suorituksen("AmmatillisenTutkinnonSuoritus", "keskiarvoSisältääMukautettujaArvosanoja", "ammatillinentutkinto"),
        Suorituksen("EBTutkinnonSuoritus", "todistuksellaNäkyvätLisätiedot", "ebtutkinto"),
        Suorituksen("EsiopetuksenSuoritus", "osaAikainenErityisopetus", "esiopetuksensuoritus"),
        new("EuropeanSchoolOfHelsinkiPäätasonSuoritus", "todistuksellaNäkyvätLisätiedot", PaatasonSuoritus,
            ["todistuksellaNäkyvätLisätiedot"], OpiskeluoikeusTyypit: Joukko(Esh)),
        new("EuropeanSchoolOfHelsinkiSanallinenArviointi", "kuvaus", Suoritus, ["arviointi[].kuvaus"],
            OpiskeluoikeusTyypit: Joukko(Esh)),
        new("LuokalleJääntiTiedonSisältäväSuoritus", "jääLuokalle", Suoritus, ["jääLuokalle"]),
        Suorituksen("NuortenPerusopetuksenOppiaineenSuoritus", "luokkaAste", "perusopetuksenoppiaine"),
        Suorituksen("NuortenPerusopetuksenOppiaineenSuoritus", "rajattuOppimäärä", "perusopetuksenoppiaine"),
        Suorituksen("NuortenPerusopetuksenOppiaineenSuoritus", "yksilöllistettyOppimäärä", "perusopetuksenoppiaine"),
        new("PerusopetuksenKäyttäytymisenArviointi", "kuvaus", Suoritus, ["käyttäytymisenArvio.kuvaus"],
            SuoritusTyypit: Joukko("perusopetuksenvuosiluokka")),
        Suorituksen("PerusopetuksenLisäopetuksenOppiaineenSuoritus", "yksilöllistettyOppimäärä", "perusopetuksenlisaopetuksenoppiaine"),
        Suorituksen("PerusopetuksenLisäopetuksenSuoritus", "osaAikainenErityisopetus", "perusopetuksenlisaopetus"),
        KokoSuoritus("PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus", "perusopetuksenlisaopetuksentoimintaalue"),
        KokoSuoritus("PerusopetuksenToiminta_AlueenSuoritus", "perusopetuksentoimintaalue"),
        Suorituksen("PerusopetuksenVuosiluokanSuoritus", "jääLuokalle", "perusopetuksenvuosiluokka"),
        Suorituksen("PerusopetuksenVuosiluokanSuoritus", "osaAikainenErityisopetus", "perusopetuksenvuosiluokka"),
        new("RajattavaOppimäärä", "rajattuOppimäärä", Suoritus, ["rajattuOppimäärä"]),
        // A sanallinen (verbal) grade is S, H or O; a numeric grade's arviointi has no kuvaus to hide.
        new("SanallinenPerusopetuksenOppiaineenArviointi", "kuvaus", Suoritus, ["arviointi[].kuvaus"],
            OpiskeluoikeusTyypit: Joukko(PerusopetuksenKaltaiset),
            KohteenEhto: arviointi => ArkaluonteinenTieto.Koodiarvo(arviointi["arvosana"]) is "S" or "H" or "O"),
        new("Uskonto", "uskonnonOppimäärä", Suoritus, ["koulutusmoduuli.uskonnonOppimäärä"]),
        new("YksilöllistettyEuropeanSchoolOfHelsinkiOsasuoritus", "yksilöllistettyOppimäärä", Suoritus,
            ["yksilöllistettyOppimäärä"], OpiskeluoikeusTyypit: Joukko(Esh)),
        new("Yksilöllistettävä", "yksilöllistettyOppimäärä", Suoritus, ["yksilöllistettyOppimäärä"]),
    ];

    /// <summary>Every catalogue name, including <see cref="Versiohistoria"/>.</summary>
    public static IReadOnlySet<string> Tunnisteet { get; } =
        Kaikki.Select(t => t.Tunniste).Append(Versiohistoria).ToHashSet(StringComparer.Ordinal);

    /// <summary>Removes every special-category location from the study right (in place); returns how many were removed.</summary>
    public static int Poista(JsonObject opiskeluoikeus) => Kaikki.Sum(t => t.Poista(opiskeluoikeus));

    private static IEnumerable<ArkaluonteinenTieto> Lisatiedot(string luokka, string tyyppi, params string[] kentat) =>
        kentat.Select(k => new ArkaluonteinenTieto(luokka, k, Opiskeluoikeus, [$"lisätiedot.{k}"], Joukko(tyyppi)));

    /// <summary>TUVA's lisätiedot class depends on the licence (järjestämislupa) the education is given under.</summary>
    private static IEnumerable<ArkaluonteinenTieto> TuvanLisatiedot(string luokka, string lupa, params string[] kentat) =>
        kentat.Select(k => new ArkaluonteinenTieto(luokka, k, Opiskeluoikeus, [$"lisätiedot.{k}"], Joukko(Tuva),
            OpiskeluoikeudenEhto: o => ArkaluonteinenTieto.Koodiarvo(o["järjestämislupa"]) == lupa));

    private static ArkaluonteinenTieto Suorituksen(string luokka, string kentta, params string[] suoritustyypit) =>
        new(luokka, kentta, Suoritus, [kentta], SuoritusTyypit: Joukko(suoritustyypit));

    private static ArkaluonteinenTieto KokoSuoritus(string luokka, string suoritustyyppi) =>
        new(luokka, null, Suoritus, [""], SuoritusTyypit: Joukko(suoritustyyppi));

    private static HashSet<string> Joukko(params string[] arvot) => arvot.ToHashSet(StringComparer.Ordinal);
}
