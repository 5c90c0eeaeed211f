using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's Lukio2015Validation, LukionYhteisetValidaatiot and LukioonValmistavanKoulutuksenValidaatiot: what a lukio
/// study right marked oppimäärä suoritettu needs, KT and ET together, a field no longer given, and the LUVA curricula's
/// codes and units.
/// </summary>
public static class Lukiosaannot
{
    private const string Lukio = Opiskeluoikeustyypit.Lukio;
    private const string OppiaineenOppimaara2015 = "lukionoppiaineenoppimaara";
    private const string Luva = "luva";

    /// <summary>KOSKI lets these oppilaitokset mark the oppimäärä done without the laajuus check (TOR-1921, TOR-2352).</summary>
    private static readonly string[] IlmanLaajuudenTarkistusta = ["1.2.246.562.10.73692574509", "1.2.246.562.10.43886782945", "1.2.246.562.10.81017043621"];

    private const string Luva2019Diaari = "OPH-4958-2020";
    private const string Luva2015Diaari = "56/011/2015";
    private const string Opintopisteet = "2";
    private const string Kurssit = "4";
    private static readonly DateOnly Luva2019Alkaen = new(2021, 8, 1);

    public static readonly Validointisaanto OppimaaraIlmanVahvistettuaAinetta = new("badRequest.validation.rakenne.oppimääräSuoritettuIlmanVahvistettuaOppiaineenOppimäärää",
        "Opiskeluoikeudella on oppimäärä suoritettu, mutta yhtään oppiaineen oppimäärää ei ole vahvistettu.",
        k => OppimaaraSuoritettu(k) && k.PaatasonSuoritukset.Where(s => s.Tyyppi == OppiaineenOppimaara2015).ToList() is [_, ..] aineet
             && !aineet.Any(s => s.OnVahvistettu)
            ? ["oppimääräSuoritettu"] : []);

    public static readonly Validointisaanto Lops2015LaajuusAikuiset = new("badRequest.validation.laajuudet.lops2015VääräLaajuusAikuiset",
        "Aikuisten lukion oppimäärän suorituksella on oltava vähintään 44 kurssia, kun oppimäärä on merkitty suoritetuksi.",
        k => VajaatOppimaarat(k, "aikuistenops", 44));

    public static readonly Validointisaanto Lops2015LaajuusNuoret = new("badRequest.validation.laajuudet.lops2015VääräLaajuusNuoret",
        "Nuorten lukion oppimäärän suorituksella on oltava vähintään 75 kurssia, kun oppimäärä on merkitty suoritetuksi.",
        k => VajaatOppimaarat(k, "nuortenops", 75));

    public static readonly Validointisaanto AineopintojenOppimaaraSuoritettu = new("badRequest.validation.rakenne.deprekoituLukionAineopintojenPäätasonSuorituksenKenttä",
        "Kenttää lukionOppimääräSuoritettu ei enää käytetä; merkitse opiskeluoikeuden oppimääräSuoritettu.",
        k => k.Tyyppi == Lukio
            ? k.PaatasonSuoritukset.Where(s => s.Tyyppi is OppiaineenOppimaara2015 or Suoritustyypit.LukionAineopinnot && s.Json.ContainsKey("lukionOppimääräSuoritettu"))
                .Select(s => s.Polku + ".lukionOppimääräSuoritettu")
            : []);

    public static readonly Validointisaanto EtJaKt = new("badRequest.validation.rakenne.päällekkäisetETjaKTsuoritukset",
        "Lukion oppimäärän suorituksessa ei voi olla sekä ET- että KT-oppiaineen suorituksia.",
        k => k.Tyyppi == Lukio
            ? k.PaatasonSuoritukset.Where(s => s.Tyyppi == Suoritustyypit.LukionOppimaara)
                .Where(s => s.Osasuoritukset.Select(Tunniste).ToList() is var aineet && aineet.Contains("ET") && aineet.Contains("KT"))
                .Select(s => s.Polku + ".osasuoritukset")
            : []);

    public static readonly Validointisaanto LuvaVanhanOpsinKurssi = new("badRequest.validation.rakenne.lukioonValmistavassaVanhanOpsinKurssiSuorituksia",
        "Lukioon valmistavan koulutuksen kurssilla on vanhan opetussuunnitelman mukainen koodi. 1.8.2021 jälkeen alkaneiden kurssien tulee käyttää vuoden 2021 opetussuunnitelmaa.",
        k => Luvat(k).SelectMany(s => s.Osasuoritukset).SelectMany(o => o.Osasuoritukset)
            .Where(kurssi => kurssi.Alkamispaiva.Arvo >= Luva2019Alkaen
                && JsonLuku.Teksti(kurssi.Json, "koulutusmoduuli", "tunniste", "koodistoUri") is { } uri && uri != "lukioonvalmistavankoulutuksenmoduulit2019")
            .Take(1).Select(kurssi => kurssi.Polku + ".koulutusmoduuli.tunniste"));

    public static readonly Validointisaanto LuvanLaajuudenYksikko = new("badRequest.validation.laajuudet.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo",
        "Lukioon valmistavan koulutuksen laajuuden yksikkö on opintopisteet (2), kun diaarinumero on OPH-4958-2020, ja kurssit (4), kun se on 56/011/2015.",
        k => Luvat(k).SelectMany(s => (s.Diaari() switch { Luva2019Diaari => Opintopisteet, Luva2015Diaari => Kurssit, _ => null }) is { } yksikko
            ? s.ItseJaOsat().Where(o => JsonLuku.Solmu(o.Json, "koulutusmoduuli", "laajuus") is JsonObject laajuus
                    && JsonLuku.Teksti(laajuus, "yksikkö", "koodiarvo") != yksikko)
                .Select(o => o.Polku + ".koulutusmoduuli.laajuus.yksikkö")
            : []));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        OppimaaraIlmanVahvistettuaAinetta, Lops2015LaajuusAikuiset, Lops2015LaajuusNuoret, AineopintojenOppimaaraSuoritettu, EtJaKt,
        LuvaVanhanOpsinKurssi, LuvanLaajuudenYksikko,
    ];

    private static bool OppimaaraSuoritettu(ValidointiKohde k) => k.Tyyppi == Lukio && JsonLuku.Tosi(k.Json, "oppimääräSuoritettu");

    /// <summary>KOSKI counts the kurssit of the first 2015 oppimäärä, a kurssi without laajuus as one.</summary>
    private static IEnumerable<string> VajaatOppimaarat(ValidointiKohde k, string oppimaara, double vahintaan)
    {
        if (!OppimaaraSuoritettu(k) || IlmanLaajuudenTarkistusta.Contains(JsonLuku.Teksti(k.Json, "oppilaitos", "oid"))) return [];
        var suoritus = k.PaatasonSuoritukset.FirstOrDefault(s => s.Tyyppi == Suoritustyypit.LukionOppimaara && !Suoritustyypit.Lops2019Diaarit.Contains(s.Diaari()));
        if (suoritus is null || JsonLuku.Teksti(suoritus.Json, "oppimäärä", "koodiarvo") != oppimaara) return [];
        var kurssit = suoritus.Osasuoritukset.SelectMany(o => o.Osasuoritukset).Sum(kurssi =>
            JsonLuku.Solmu(kurssi.Json, "koulutusmoduuli", "laajuus", "arvo") is JsonValue v && v.TryGetValue<double>(out var arvo) ? arvo : 1);
        return kurssit < vahintaan ? [suoritus.Polku + ".osasuoritukset"] : [];
    }

    private static IEnumerable<ValidointiKohde.Suoritus> Luvat(ValidointiKohde k) => k.PaatasonSuoritukset.Where(s => s.Tyyppi == Luva);

    private static string? Diaari(this ValidointiKohde.Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero");

    private static string? Tunniste(ValidointiKohde.Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");
}
