using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's ammatillinen rules read from the document alone (AmmatillinenValidation, KoskiValidator): the move to new
/// tutkinnon perusteet, the näyttö's dates, the retired osaamisen hankkimistapa and the end of VALMA.
/// </summary>
public static class Ammatillisetrakennesaannot
{
    /// <summary>KoskiValidator.validatePäätasonSuoritukset: VALMA ended with the 2022 reform (a fixed day in KOSKI).</summary>
    private static readonly DateOnly ValmanTilojenViimeinenAlkupaiva = new(2023, 5, 31);

    /// <summary>AmmatillinenValidation.validateTutkinnonUusiinPerusteisiinSiirtyminen: any katsotaan eronneeksi jakso will do.</summary>
    public static readonly Validointisaanto SiirtynytUusiinPerusteisiinIlmanEroa = new("badRequest.validation.tila.eiPäättävääTilaa",
        "Opiskeluoikeuden, jonka lisätiedoissa on merkintä 'siirtynyt uusiin tutkinnon perusteisiin', pitää päättyä tilaan 'katsotaan eronneeksi'.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Ammatillinen && k.Lisatiedot.Totuusarvo("siirtynytUusiinTutkinnonPerusteisiin")
             && !k.Jaksot.Any(j => j.Tila == Tilat.KatsotaanEronneeksi)
            ? ["lisätiedot.siirtynytUusiinTutkinnonPerusteisiin"] : []);

    /// <summary>AmmatillinenValidation.validateNäyttöjenSuoritusajat: a näyttö may start and end on one day.</summary>
    public static readonly Validointisaanto NaytonLoppuEnnenAlkua = new("badRequest.validation.date.näytönSuoritusaika",
        "Osasuorituksen näytön päättymispäivä ei voi olla ennen sen alkamispäivää.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Ammatillinen ? [] : k.KaikkiSuoritukset
            .Where(s => s.Vanhempi is not null && JsonLuku.Solmu(s.Json, "näyttö", "suoritusaika") is JsonObject aika
                        && Aikajakso.Lue("", aika) is { Alku: { } alku, Loppu: { } loppu } && loppu < alku)
            .Select(s => s.Polku + ".näyttö.suoritusaika.loppu"));

    /// <summary>
    /// KoskiValidator.validateOsaamisenHankkimistavat: oppisopimus only with its oppisopimus (the employer's y-tunnus);
    /// without one KOSKI reads the hankkimistapa as one without further data, which allows only the other two codes.
    /// </summary>
    public static readonly Validointisaanto OppisopimusIlmanTietoja = new("badRequest.validation.rakenne.deprekoituOsaamisenHankkimistapa",
        "Osaamisen hankkimistapaa oppisopimus ei voi tallentaa ilman oppisopimuksen tietoja (työnantajan y-tunnusta).",
        k => k.PaatasonSuoritukset.Where(s => s.Tyyppi == "ammatillinentutkinto")
            .SelectMany(s => ((s.Json["osaamisenHankkimistavat"] as JsonArray) ?? [])
                .Select((h, i) => (Polku: $"{s.Polku}.osaamisenHankkimistavat[{i}].osaamisenHankkimistapa", Tapa: JsonLuku.Solmu(h, "osaamisenHankkimistapa"))))
            .Where(p => p.Tapa is JsonObject tapa && !tapa.ContainsKey("oppisopimus")
                        && JsonLuku.Teksti(tapa, "tunniste", "koodiarvo") is { } koodi and not ("koulutussopimus" or "oppilaitosmuotoinenkoulutus"))
            .Select(p => p.Polku + ".tunniste.koodiarvo"));

    /// <summary>KoskiValidator.validatePäätasonSuoritukset; a mitätöinti is not validated in KOSKI and is not counted.</summary>
    public static readonly Validointisaanto ValmanTilaRajapaivanJalkeen = new("badRequest.validation.tila.valmaOpiskeluoikeudenTilaEiSallittu",
        "Valmentavan koulutuksen (VALMA) opiskeluoikeudelle ei voi merkitä uusia tiloja, joiden alkupäivä on 1.6.2023 tai sen jälkeen.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Ammatillinen && k.PaatasonSuoritukset.Any(s => s.Tyyppi == "valma")
            ? k.Jaksot.Where(j => j.Tila != Tilat.Mitatoity && j.Alku.Arvo > ValmanTilojenViimeinenAlkupaiva).Select(j => j.Alku.Polku)
            : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [SiirtynytUusiinPerusteisiinIlmanEroa, NaytonLoppuEnnenAlkua, OppisopimusIlmanTietoja, ValmanTilaRajapaivanJalkeen];
}
