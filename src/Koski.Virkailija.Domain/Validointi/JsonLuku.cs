using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>Reads a value the rules need from a document that may be incomplete: null where anything is missing.</summary>
public static class JsonLuku
{
    /// <summary>The node at the end of <paramref name="polku"/> (object keys); null where a step is missing or not an object.</summary>
    public static JsonNode? Solmu(JsonNode? solmu, params ReadOnlySpan<string> polku)
    {
        foreach (var kentta in polku) solmu = (solmu as JsonObject)?[kentta];
        return solmu;
    }

    /// <summary>The string at the end of <paramref name="polku"/> (object keys), e.g. ("koulutusmoduuli", "tunniste", "koodiarvo").</summary>
    public static string? Teksti(JsonNode? solmu, params ReadOnlySpan<string> polku)
    {
        foreach (var kentta in polku) solmu = (solmu as JsonObject)?[kentta];
        return solmu is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }

    public static bool Tosi(JsonNode? solmu, string kentta) =>
        (solmu as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>The ISO date (yyyy-MM-dd) at the end of <paramref name="polku"/>; null where missing or malformed.</summary>
    public static DateOnly? Paiva(JsonNode? solmu, params ReadOnlySpan<string> polku) => Suomenaika.IsoPaiva(Teksti(solmu, polku));

    /// <summary>KOSKI's alkamispäivä of a study right: its first jakso's day.</summary>
    public static DateOnly? Alkamispaiva(JsonObject opiskeluoikeus) =>
        Paiva((Solmu(opiskeluoikeus, "tila", "opiskeluoikeusjaksot") as JsonArray)?.FirstOrDefault(), "alku");
}
