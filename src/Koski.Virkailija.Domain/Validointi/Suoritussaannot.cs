using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's rules on päätason suoritukset of any type: a start day where one is needed, osasuoritukset of a finished one.</summary>
public static class Suoritussaannot
{
    private const string EshSecondaryUpper = "europeanschoolofhelsinkivuosiluokkasecondaryupper";
    private const string EbTutkinto = "ebtutkinto";

    /// <summary>KoskiValidator.validateAlkamispäivä: the grade suoritukset of perusopetus, international school and ESH.</summary>
    public static readonly Validointisaanto AlkamispaivaPuuttuu = new("badRequest.validation.tila.alkamispäiväPuuttuu",
        "Vuosiluokan suoritukselle on merkittävä alkamispäivä.",
        k => k.KaikkiSuoritukset
            .Where(s => s.Alkamispaiva.Teksti is null && s.Tyyppi switch
            {
                Suoritustyypit.PerusopetuksenVuosiluokka or "internationalschooldiplomavuosiluokka" => true,
                "internationalschoolmypvuosiluokka" => Tunniste(s) == "10",
                _ => s.Tyyppi?.StartsWith("europeanschoolofhelsinkivuosiluokka", StringComparison.Ordinal) == true,
            })
            .Select(s => s.Polku + ".alkamispäivä"));

    /// <summary>
    /// KoskiValidator.validateLinkitettyTaiSisältääOsasuorituksia: a vahvistettu päätason suoritus has osasuoritukset.
    /// Not for the types KOSKI exempts (esiopetus, oppiaineen oppimäärät, muu ammatillinen, näyttötutkintoon valmistava,
    /// taiteen perusopetus, nursery), nor vapaa sivistystyö, ylioppilastutkinto and osittainen ammatillinen tutkinto, which
    /// KOSKI checks otherwise; perusopetus has its own key (<see cref="Perusopetussaannot.OppiaineetPuuttuvat"/>).
    /// ESH's S7 and EB need the A and B (or yearmark) and Final parts. Lukio 2019's credit minimums are not checked
    /// here. KOSKI also accepts an ostettu ammatillinen study right ended before 2019, and a kuori (<see cref="Kuoriopiskeluoikeus"/>).
    /// </summary>
    public static readonly Validointisaanto ValmiiltaPuuttuuOsasuorituksia = new("badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia",
        "Valmiiksi merkityllä päätason suorituksella on oltava osasuorituksia.",
        k => k.Tyyppi is "vapaansivistystyonkoulutus" or "ylioppilastutkinto" or "kielitutkinto" || OstettuEnnen2019(k) ? [] : k.PaatasonSuoritukset
            .Where(s => s.OnVahvistettu && !(Suoritustyypit.ArvioidaanItse(s) && !s.OnArvioitu) && !Vapautettu(s.Tyyppi) && !OsasuorituksetKunnossa(s))
            .Select(s => s.Polku + ".osasuoritukset"));

    /// <summary>KoskiValidator.validateArvioinnit (IB): of two suoritukset of one oppiaine only one may have a numeric grade.</summary>
    public static readonly Validointisaanto KaksiSamaaOppiainettaNumeroarvioinnilla = new("badRequest.validation.rakenne.kaksiSamaaOppiainettaNumeroarvioinnilla",
        "Kahdella saman oppiaineen suorituksella ei voi molemmilla olla numeerista arviointia.",
        k => k.PaatasonSuoritukset.Where(s => s.Tyyppi == Opiskeluoikeustyypit.IbTutkinto)
            .SelectMany(s => s.Osasuoritukset
                .Where(o => o.ViimeisinArvosana is { Length: > 0 } a && a.All(char.IsAsciiDigit))
                .GroupBy(o => (Tunniste(o), JsonLuku.Teksti(o.Json, "koulutusmoduuli", "kieli", "koodiarvo")))
                .SelectMany(g => g.Skip(1)))
            .Select(o => o.Polku + ".arviointi"));

    /// <summary>
    /// KoskiValidator.validateLaajuus: an osasuoritus's laajuus is in the unit of its suoritus's laajuus. A laajuus
    /// written without its yksikkö takes its type's default in KOSKI and is not judged here.
    /// </summary>
    public static readonly Validointisaanto OsasuorituksellaEriLaajuusyksikko = new("badRequest.validation.laajuudet.osasuorituksellaEriLaajuusyksikkö",
        "Osasuorituksen laajuuden yksikön on oltava sama kuin suorituksen laajuuden yksikkö.",
        k => k.KaikkiSuoritukset
            .Where(s => s.Osasuoritukset.Count > 0 && Yksikko(s) is not null)
            .SelectMany(s => s.Osasuoritukset.Where(o => Yksikko(o) is { } yksikko && yksikko != Yksikko(s)))
            .Select(o => o.Polku + ".koulutusmoduuli.laajuus.yksikkö"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [AlkamispaivaPuuttuu, ValmiiltaPuuttuuOsasuorituksia, KaksiSamaaOppiainettaNumeroarvioinnilla, OsasuorituksellaEriLaajuusyksikko];

    private static string? Yksikko(Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "laajuus", "yksikkö", "koodiarvo");

    private static string? Tunniste(Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");

    private static bool Vapautettu(string? tyyppi) => tyyppi is null
        or "esiopetuksensuoritus" or "muuammatillinenkoulutus" or Suoritustyypit.NayttotutkintoonValmistava
        or "ammatillinentutkintoosittainen" or Suoritustyypit.PerusopetuksenOppimaara or Suoritustyypit.PerusopetuksenVuosiluokka
        or "ahvenanmaanperusopetuksenvuosiluokka" or "europeanschoolofhelsinkivuosiluokkanursery" or Suoritustyypit.LukionAineopinnot
        || Suoritustyypit.OnOppiaineenOppimaara(tyyppi) || tyyppi.EndsWith("oppiaineenoppimaara", StringComparison.Ordinal)
        || tyyppi.StartsWith("taiteenperusopetuksen", StringComparison.Ordinal);

    private static bool OsasuorituksetKunnossa(Suoritus s) => s.Tyyppi switch
    {
        EshSecondaryUpper when Tunniste(s) == "S7" => s.Osasuoritukset.Count > 0 && s.Osasuoritukset.All(o => Sisaltaa(o, "A") && Sisaltaa(o, "B") || Sisaltaa(o, "yearmark")),
        EbTutkinto => s.Osasuoritukset.Count > 0 && s.Osasuoritukset.All(o => Sisaltaa(o, "Final")),
        _ => s.Osasuoritukset.Count > 0,
    };

    private static bool Sisaltaa(Suoritus s, string koodiarvo) => s.Osasuoritukset.Any(o => Tunniste(o) == koodiarvo);

    private static bool OstettuEnnen2019(ValidointiKohde k) =>
        k.Tyyppi == Opiskeluoikeustyypit.Ammatillinen && JsonLuku.Tosi(k.Json, "ostettu") && k.Paattymispaiva.Arvo < new DateOnly(2019, 1, 1);
}
