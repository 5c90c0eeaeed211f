namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's AmmatillinenValidation rules that the document decides: one päätason suoritus, keskiarvo of a finished tutkinto.</summary>
public static class Ammatillisetsaannot
{
    private const string Tutkinto = "ammatillinentutkinto";
    private const string OsittainenTutkinto = "ammatillinentutkintoosittainen";

    /// <summary>One päätason suoritus; two only when a näyttötutkinto (not a korotus) stands with its valmistava koulutus.</summary>
    public static readonly Validointisaanto UseampiPaatasonSuoritus = new("badRequest.validation.ammatillinen.useampiPäätasonSuoritus",
        "Ammatillisella opiskeluoikeudella voi olla vain yksi päätason suoritus, paitsi näyttötutkinto ja siihen valmistava koulutus yhdessä.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Ammatillinen && k.PaatasonSuoritukset.Count > 1
             && !(k.PaatasonSuoritukset.Count == 2 && NayttotutkintoJaValmistava(k))
            ? ["suoritukset"] : []);

    /// <summary>
    /// validateKeskeneräiselläSuorituksellaEiSaaOllaKeskiarvoa: a keskiarvo only on a vahvistettu tutkinto, or when the
    /// study right ends as katsotaan eronneeksi and some tutkinnon osa is done.
    /// </summary>
    public static readonly Validointisaanto KeskiarvoKeskeneraisella = new("badRequest.validation.ammatillinen.keskiarvoVaikkaSuoritusEiValmis",
        "Suoritukselle ei voi merkitä keskiarvoa, ellei suoritus ole valmis.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Ammatillinen ? [] : k.PaatasonSuoritukset
            .Where(s => s.Tyyppi is Tutkinto or OsittainenTutkinto && s.Json["keskiarvo"] is not null && !s.OnVahvistettu
                        && !(k.Jaksot is [.., { Tila: "katsotaaneronneeksi" }] && s.Osasuoritukset.Any(o => o.OnArvioitu || o.OnVahvistettu)))
            .Select(s => s.Polku + ".keskiarvo"));

    /// <summary>
    /// KoskiValidator.validateArvioinnit: the numeric grades under one ammatillinen päätason suoritus (the osasuoritukset'
    /// arvioinnit, their näyttö's arviointi and its arviointikohteet) come from one arviointiasteikko.
    /// </summary>
    public static readonly Validointisaanto UseitaArviointiasteikoita = new("badRequest.validation.arviointi.useitaArviointiAsteikoita",
        "Suorituksen numeeristen arvosanojen on oltava samalta arviointiasteikolta.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Ammatillinen ? [] : k.PaatasonSuoritukset
            .Where(s => s.ItseJaOsat().Skip(1).SelectMany(NumeerisetAsteikot).Distinct().Skip(1).Any())
            .Select(s => s.Polku + ".osasuoritukset"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [UseampiPaatasonSuoritus, KeskiarvoKeskeneraisella, UseitaArviointiasteikoita];

    private static IEnumerable<string> NumeerisetAsteikot(ValidointiKohde.Suoritus s)
    {
        var arvosanat = (s.Json["arviointi"] as System.Text.Json.Nodes.JsonArray ?? []).Select(a => JsonLuku.Solmu(a, "arvosana"));
        if (JsonLuku.Solmu(s.Json, "näyttö", "arviointi") is System.Text.Json.Nodes.JsonObject naytto)
            arvosanat = arvosanat.Append(naytto["arvosana"])
                .Concat((naytto["arviointikohteet"] as System.Text.Json.Nodes.JsonArray ?? []).Select(a => JsonLuku.Solmu(a, "arvosana")));
        foreach (var arvosana in arvosanat)
            if (JsonLuku.Teksti(arvosana, "koodiarvo") is { } arvo && arvo.All(char.IsAsciiDigit)
                && JsonLuku.Teksti(arvosana, "koodistoUri") is { } asteikko)
                yield return asteikko;
    }

    private static bool NayttotutkintoJaValmistava(ValidointiKohde k) =>
        k.PaatasonSuoritukset.Any(s => s.Tyyppi is Tutkinto or OsittainenTutkinto
                                       && !(s.Tyyppi == OsittainenTutkinto && s.Json["korotettuOpiskeluoikeusOid"] is not null)
                                       && JsonLuku.Teksti(s.Json, "suoritustapa", "koodiarvo") == "naytto")
        && k.PaatasonSuoritukset.Any(s => s.Tyyppi == Suoritustyypit.NayttotutkintoonValmistava);
}
