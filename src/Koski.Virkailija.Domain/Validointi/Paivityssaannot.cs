using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// What an update of an existing study right may not change (docs/DOMAIN.md §4): its tyyppi and oppilaitos, and a
/// lähdejärjestelmänId once given; a nuorten perusopetus keeps at most one unfinished grade. The stale-version check (409) needs the database and lives with the save.
/// </summary>
public static class Paivityssaannot
{
    public const string KiellettyMuutos = "forbidden.kiellettyMuutos";

    public static IReadOnlyList<ValidointiVirhe> Validoi(JsonObject vanha, JsonObject uusi)
    {
        var virheet = new List<ValidointiVirhe>();
        if (Arvo(vanha, "tyyppi", "koodiarvo") != Arvo(uusi, "tyyppi", "koodiarvo"))
            virheet.Add(new(KiellettyMuutos, "Opiskeluoikeuden tyyppiä ei voi muuttaa.", "tyyppi"));
        if (Arvo(vanha, "oppilaitos", "oid") is { } oppilaitos && Arvo(uusi, "oppilaitos", "oid") != oppilaitos)
            virheet.Add(OppilaitoksenVaihtoKoulutustoimijanSisalla(vanha, uusi)
                ? new(OppilaitoksenVaihto, "Oppilaitoksen vaihtaminen saman koulutustoimijan sisällä ei ole sallittua.", "oppilaitos.oid")
                : new(KiellettyMuutos, "Opiskeluoikeuden oppilaitosta ei voi muuttaa.", "oppilaitos"));
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
    /// OpiskeluoikeusChangeValidator.validateOppilaitoksenMuutos: KOSKI refuses a move between oppilaitokset of the
    /// same koulutustoimija unless the new one is in the organisaatiohistoria (or the old one is closed, which needs the
    /// organisation tree). The moves KOSKI allows are refused here as before (forbidden.kiellettyMuutos): this app
    /// does not store a move.
    /// </summary>
    public static bool OppilaitoksenVaihtoKoulutustoimijanSisalla(JsonObject vanha, JsonObject uusi) =>
        Arvo(uusi, "koulutustoimija", "oid") is { } koulutustoimija && Arvo(vanha, "koulutustoimija", "oid") == koulutustoimija
        && Arvo(uusi, "oppilaitos", "oid") is { } uusiOppilaitos
        && !(vanha["organisaatiohistoria"] as JsonArray ?? []).Any(h => JsonLuku.Teksti(h, "oppilaitos", "oid") == uusiOppilaitos);

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
