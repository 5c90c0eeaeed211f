using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's EuropeanSchoolOfHelsinkiValidation date rules for ESH and EB study rights, from configured days.</summary>
public static class Eshsaannot
{
    private static bool OnEshTaiEb(ValidointiKohde k) => k.Tyyppi is "europeanschoolofhelsinki" or "ebtutkinto";

    /// <summary>KOSKI compares with today.</summary>
    public static readonly Validointisaanto TallennusEnnenSallittua = new("badRequest.validation.esh.tallennuspäivä",
        "Helsingin eurooppalaisen koulun opiskeluoikeuksia ei voi vielä tallentaa.",
        k => OnEshTaiEb(k) && k.Ymparisto.Paiva < k.Rajapaivat.EshTallennusAlkaen ? ["tyyppi"] : []);

    public static readonly Validointisaanto PaattynytEnnenLakia = new("badRequest.validation.esh.päättymispäivä",
        "Helsingin eurooppalaisen koulun tallennettava opiskeluoikeus ei voi olla päättynyt ennen lain voimaantuloa 1.1.2023.",
        k => OnEshTaiEb(k) && k.Jaksot.LastOrDefault(j => j.Tila is { } t && Opiskeluoikeudet.Tilat.OnPaattava(t) && t != Opiskeluoikeudet.Tilat.Mitatoity) is { } loppu
             && k.JaksojenLoppu < k.Rajapaivat.EshAikaisinPaattymispaiva
            ? [loppu.Alku.Polku] : []);

    /// <summary>EuropeanSchoolOfHelsinkiValidation.validateEBTutkinnonArvioinnit: KOSKI answers the eb key (esh.yleisarvosana is unused).</summary>
    public static readonly Validointisaanto EbIlmanYleisarvosanaa = new("badRequest.validation.eb.yleisarvosana",
        "EB-tutkintoa ei voi vahvistaa ilman yleisarvosanaa.",
        k => k.Tyyppi == EbTutkinto
            ? k.PaatasonSuoritukset.Where(s => s.Tyyppi == EbTutkinto && s.OnVahvistettu && s.Json["yleisarvosana"] is null).Select(s => s.Polku + ".yleisarvosana")
            : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [TallennusEnnenSallittua, PaattynytEnnenLakia, EbIlmanYleisarvosanaa];

    public const string PuuttuvaEshS7Avain = "badRequest.validation.eb.puuttuvaESHS7";
    public const string EshEiValmistunutAvain = "badRequest.validation.eb.eshEiValmistunut";

    /// <summary>
    /// EuropeanSchoolOfHelsinkiValidation.validateESHS7SamallaOppijalla, read from the learner's other stored study
    /// rights (<paramref name="muut"/>, not invalidated): an EB study right needs an ESH one with an S7 suoritus, and a
    /// valmistunut EB a valmistunut ESH (the first ESH with S7, by its last jakso, as KOSKI takes it). Null when it holds
    /// or the document is not EB; a new learner has no ESH and is refused, as in KOSKI.
    /// </summary>
    public static ValidointiVirhe? EbIlmanEshS7(JsonObject eb, IEnumerable<JsonObject> muut)
    {
        if (JsonLuku.Teksti(eb, "tyyppi", "koodiarvo") != EbTutkinto) return null;
        var esh = muut.FirstOrDefault(m => JsonLuku.Teksti(m, "tyyppi", "koodiarvo") == "europeanschoolofhelsinki"
            && (m["suoritukset"] as JsonArray ?? []).Any(s => JsonLuku.Teksti(s, "koulutusmoduuli", "tunniste", "koodiarvo") == "S7"));
        if (esh is null)
            return new(PuuttuvaEshS7Avain,
                "EB-tutkinnon opiskeluoikeutta ei voi tallentaa, jos oppijalla ei ole European School of Helsinki -opiskeluoikeutta, jossa on S7-suoritus.", "tyyppi");
        return ViimeinenTila(eb) == Opiskeluoikeudet.Tilat.Valmistunut && ViimeinenTila(esh) != Opiskeluoikeudet.Tilat.Valmistunut
            ? new(EshEiValmistunutAvain,
                "EB-tutkintoa ei voi merkitä valmistuneeksi, jos oppijalla ei ole valmistunutta European School of Helsinki -opiskeluoikeutta.",
                $"tila.opiskeluoikeusjaksot[{((JsonArray)JsonLuku.Solmu(eb, "tila", "opiskeluoikeusjaksot")!).Count - 1}].tila")
            : null;
    }

    private const string EbTutkinto = "ebtutkinto";

    private static string? ViimeinenTila(JsonObject o) =>
        (JsonLuku.Solmu(o, "tila", "opiskeluoikeusjaksot") as JsonArray) is [.., var viimeinen] ? JsonLuku.Teksti(viimeinen, "tila", "koodiarvo") : null;
}
