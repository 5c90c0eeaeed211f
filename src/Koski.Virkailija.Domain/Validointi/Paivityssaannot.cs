using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// What an update of an existing study right may not change (docs/DOMAIN.md §4): its tyyppi and oppilaitos, and a
/// lähdejärjestelmänId once given. The stale-version check (409) needs the database and lives with the save.
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
            virheet.Add(new(KiellettyMuutos, "Opiskeluoikeuden oppilaitosta ei voi muuttaa.", "oppilaitos"));
        if (vanha["lähdejärjestelmänId"] is JsonObject && uusi["lähdejärjestelmänId"] is not JsonObject)
            virheet.Add(new(KiellettyMuutos, "Lähdejärjestelmän tunnistetta ei voi poistaa.", "lähdejärjestelmänId"));
        return virheet;
    }

    private static string? Arvo(JsonObject json, string olio, string kentta) =>
        (json[olio] as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
