using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// The one redaction service: every study-right document that leaves the application layer (pages, API answers,
/// reports, old versions) is read through here, and loses the special-category data of
/// <see cref="ArkaluonteisetTiedot"/> unless the user's visibility gives the right to it for that study right.
/// </summary>
public static class Tietosuoja
{
    /// <summary>The document (a fresh copy) as the user may see it; <paramref name="json"/> overrides the current version's.</summary>
    public static JsonObject Dokumentti(Nakyvyys nakyvyys, Opiskeluoikeus rivi, string? json = null)
    {
        var dokumentti = JsonNode.Parse(json ?? rivi.Json) as JsonObject ?? [];
        if (!nakyvyys.ArkaluonteisetNakyvat(rivi)) ArkaluonteisetTiedot.Poista(dokumentti);
        return dokumentti;
    }

    /// <summary>
    /// The document as the user may see it, read-only and compact, for a page that holds it while open: parsed straight
    /// from the stored text when nothing is to be removed, through <see cref="Dokumentti"/> otherwise. Its own copy
    /// (nothing pooled to return), so nobody has to dispose of it.
    /// </summary>
    public static JsonElement Naytettava(Nakyvyys nakyvyys, Opiskeluoikeus rivi, string? json = null) =>
        nakyvyys.ArkaluonteisetNakyvat(rivi) ? JsonSerializer.Deserialize<JsonElement>(json ?? rivi.Json)
        : JsonSerializer.SerializeToElement(Dokumentti(nakyvyys, rivi, json));

    /// <summary>
    /// The document as the user may see it, read-only, for reports that read many documents: parsed straight from the
    /// stored text when nothing is to be removed (no mutable tree per row), through <see cref="Dokumentti"/> otherwise.
    /// </summary>
    public static JsonDocument Luettava(Nakyvyys nakyvyys, Opiskeluoikeus rivi) =>
        nakyvyys.ArkaluonteisetNakyvat(rivi) ? JsonDocument.Parse(rivi.Json)
        : JsonDocument.Parse(Dokumentti(nakyvyys, rivi).ToJsonString());

    /// <summary>Version history may show any field in its diffs, so it is special-category data as a whole.</summary>
    public static bool VersiohistoriaSallittu(Nakyvyys nakyvyys, Opiskeluoikeus rivi) =>
        nakyvyys.Nakyy(rivi) && nakyvyys.ArkaluonteisetNakyvat(rivi);
}
