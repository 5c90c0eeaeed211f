using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// What an update of an existing study right may not change (docs/DOMAIN.md §4): its tyyppi, its oppilaitos within one koulutustoimija, and a
/// lähdejärjestelmänId once given; a nuorten perusopetus keeps at most one unfinished grade. The stale-version check (409) needs the database and lives with the save.
/// </summary>
public static class Paivityssaannot
{
    public const string KiellettyMuutos = "forbidden.kiellettyMuutos";

    /// <param name="vanha">The stored document.</param>
    /// <param name="uusi">The document to store, after <see cref="Opiskeluoikeudet.Opiskeluoikeusmuutos"/>.</param>
    /// <param name="aktiivinen">Whether an oppilaitos is active in the organisation registry (not closed today).</param>
    public static IReadOnlyList<ValidointiVirhe> Validoi(JsonObject vanha, JsonObject uusi, Func<string, bool> aktiivinen)
    {
        var virheet = new List<ValidointiVirhe>();
        if (Arvo(vanha, "tyyppi", "koodiarvo") != Arvo(uusi, "tyyppi", "koodiarvo"))
            virheet.Add(new(KiellettyMuutos, "Opiskeluoikeuden tyyppiä ei voi muuttaa.", "tyyppi"));
        if (KiellettyOppilaitoksenVaihto(vanha, uusi, aktiivinen))
            virheet.Add(new(OppilaitoksenVaihto, "Oppilaitoksen vaihtaminen ei ole sallittua.", "oppilaitos.oid"));
        if (vanha["lähdejärjestelmänId"] is JsonObject && uusi["lähdejärjestelmänId"] is not JsonObject)
            virheet.Add(new(KiellettyMuutos, "Lähdejärjestelmän tunnistetta ei voi poistaa.", "lähdejärjestelmänId"));
        if (SuorituksenTyyppiMuuttunut(vanha, uusi) is { } viesti) virheet.Add(new(TyyppiMuuttunut, viesti, "suoritukset"));
        if (KeskeneraisetVuosiluokat(vanha, uusi) is { Count: > 1 } luokat)
            virheet.Add(new(UseitaKeskeneraisiaVuosiluokkia,
                $"Nuorten perusopetuksen opiskeluoikeudessa voi olla enintään yksi kesken oleva vuosiluokan suoritus. Tallennuksen jälkeen kesken olisivat luokka-asteet {string.Join(" ja ", luokat)}.",
                "suoritukset"));
        return virheet;
    }

    public const string TyyppiMuuttunut = "badRequest.validation.rakenne.suorituksenTyyppiMuuttunut";

    /// <summary>
    /// KOSKI's OpiskeluoikeusChangeValidator: a lukio oppimäärä does not become aineopinnot nor the other way round, and
    /// an aikuisten perusopetus keeps being an oppimäärä or an oppiaineen oppimäärä.
    /// </summary>
    public static string? SuorituksenTyyppiMuuttunut(JsonObject vanha, JsonObject uusi)
    {
        var tyyppi = Arvo(uusi, "tyyppi", "koodiarvo");
        if (tyyppi != Arvo(vanha, "tyyppi", "koodiarvo")) return null;
        bool On(JsonObject json, string suoritustyyppi) =>
            json["suoritukset"] is JsonArray suoritukset && suoritukset.Any(s => JsonLuku.Teksti(s, "tyyppi", "koodiarvo") == suoritustyyppi);
        return tyyppi switch
        {
            Opiskeluoikeustyypit.Lukio when On(vanha, Suoritustyypit.LukionOppimaara) && On(uusi, Suoritustyypit.LukionAineopinnot) =>
                "Lukion oppimäärän opiskeluoikeutta ei voi muuttaa aineopiskeluksi.",
            Opiskeluoikeustyypit.Lukio when On(vanha, Suoritustyypit.LukionAineopinnot) && On(uusi, Suoritustyypit.LukionOppimaara) =>
                "Lukion aineopiskelijan opiskeluoikeutta ei voi muuttaa oppimääräksi.",
            Opiskeluoikeustyypit.AikuistenPerusopetus when On(vanha, "perusopetuksenoppiaineenoppimaara") && !On(uusi, "perusopetuksenoppiaineenoppimaara") =>
                "Aikuisten perusopetuksen oppiaineen oppimäärän opiskeluoikeutta ei voi muuttaa oppimäärän opiskeluoikeudeksi.",
            Opiskeluoikeustyypit.AikuistenPerusopetus when !On(vanha, "perusopetuksenoppiaineenoppimaara") && On(uusi, "perusopetuksenoppiaineenoppimaara") =>
                "Aikuisten perusopetuksen oppimäärän opiskeluoikeutta ei voi muuttaa oppiaineen oppimäärän opiskeluoikeudeksi.",
            _ => null,
        };
    }

    public const string OppilaitoksenVaihto = "badRequest.validation.organisaatio.oppilaitoksenVaihto";

    /// <summary>
    /// OpiskeluoikeusChangeValidator.validateOppilaitoksenMuutos: a study right may move to another koulutustoimija's
    /// oppilaitos, but within one koulutustoimija only back to an oppilaitos of its organisaatiohistoria or from a closed
    /// oppilaitos to an active one. (KOSKI also allows a fixed list of 49 pairs of its production oppilaitokset for a
    /// transition period; they are not in this app's organisation data.)
    /// </summary>
    public static bool KiellettyOppilaitoksenVaihto(JsonObject vanha, JsonObject uusi, Func<string, bool> aktiivinen)
    {
        var vanhaOppilaitos = Arvo(vanha, "oppilaitos", "oid");
        var uusiOppilaitos = Arvo(uusi, "oppilaitos", "oid");
        if (vanhaOppilaitos == uusiOppilaitos) return false;
        if (Arvo(uusi, "koulutustoimija", "oid") is not { } koulutustoimija || Arvo(vanha, "koulutustoimija", "oid") != koulutustoimija)
            return false;
        var historiassa = uusiOppilaitos is not null
            && (vanha["organisaatiohistoria"] as JsonArray ?? []).Any(h => JsonLuku.Teksti(h, "oppilaitos", "oid") == uusiOppilaitos);
        var lakkautetustaAktiiviseen = !(vanhaOppilaitos is not null && aktiivinen(vanhaOppilaitos))
            && uusiOppilaitos is not null && aktiivinen(uusiOppilaitos);
        return !historiassa && !lakkautetustaAktiiviseen;
    }

    public const string UseitaKeskeneraisiaVuosiluokkia = "badRequest.validation.tila.useitaKeskeneräisiäVuosiluokanSuoritukia";

    /// <summary>
    /// DuplikaattiValidation.findNuortenPerusopetuksessaUseitaKeskeneräisiäVuosiluokanSuorituksia: the grades left
    /// unfinished after the update, the stored version's unfinished ones not finished now and the new unfinished ones.
    /// KOSKI compares with the stored version of the same oid, so an update without its oid is not judged.
    /// </summary>
    public static IReadOnlyList<string> KeskeneraisetVuosiluokat(JsonObject vanha, JsonObject uusi)
    {
        if (Arvo(uusi, "tyyppi", "koodiarvo") != Opiskeluoikeustyypit.Perusopetus
            || JsonLuku.Teksti(uusi, "oid") is not { } oid || JsonLuku.Teksti(vanha, "oid") != oid) return [];
        static IEnumerable<(string? Luokka, bool Kesken)> Vuosiluokat(JsonObject json) =>
            (json["suoritukset"] as JsonArray ?? []).Where(s => JsonLuku.Teksti(s, "tyyppi", "koodiarvo") == Suoritustyypit.PerusopetuksenVuosiluokka)
                .Select(s => (JsonLuku.Teksti(s, "koulutusmoduuli", "tunniste", "koodiarvo"), (s as JsonObject)?["vahvistus"] is not JsonObject));
        var suoritetut = Vuosiluokat(uusi).Where(v => !v.Kesken).Select(v => v.Luokka).ToHashSet();
        return [.. Vuosiluokat(vanha).Where(v => v.Kesken && !suoritetut.Contains(v.Luokka)).Select(v => v.Luokka)
            .Concat(Vuosiluokat(uusi).Where(v => v.Kesken).Select(v => v.Luokka)).Distinct().Select(l => l ?? "")];
    }

    private static string? Arvo(JsonObject json, string olio, string kentta) =>
        (json[olio] as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
