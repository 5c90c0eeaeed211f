using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>The study right's lisätiedot read for the rules: its flags and its periods (alku, loppu), each with its location.</summary>
public sealed class Lisatiedot(JsonObject? json)
{
    public JsonObject? Json { get; } = json;

    /// <summary>Whether the field is <c>true</c> (a missing field is false).</summary>
    public bool Totuusarvo(string kentta) => Json?[kentta] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>Whether the field is given at all, whatever its value.</summary>
    public bool Annettu(string kentta) => Json?[kentta] is not null;

    /// <summary>The periods of one field, a single period or a list of them.</summary>
    public IEnumerable<Aikajakso> Jaksot(string kentta) => Json?[kentta] switch
    {
        JsonObject jakso => [Aikajakso.Lue($"lisätiedot.{kentta}", jakso)],
        JsonArray lista => lista.Select((j, i) => (Polku: $"lisätiedot.{kentta}[{i}]", Jakso: j as JsonObject))
            .Where(p => p.Jakso is not null).Select(p => Aikajakso.Lue(p.Polku, p.Jakso!)),
        _ => [],
    };

    /// <summary>Every period (an object with alku or loppu) among the lisätiedot, alone or in lists, with its field's name.</summary>
    public IEnumerable<(string Kentta, Aikajakso Jakso)> KaikkiJaksot() =>
        (Json ?? []).SelectMany(p => Jaksot(p.Key).Where(j => j.Json.ContainsKey("alku") || j.Json.ContainsKey("loppu"))
            .Select(j => (p.Key, j)));
}

/// <summary>A period with its JSON location; a missing or malformed day is null (the date-format rule reports it).</summary>
public sealed record Aikajakso(string Polku, DateOnly? Alku, DateOnly? Loppu, JsonObject Json)
{
    public static Aikajakso Lue(string polku, JsonObject json) => new(polku, Paiva(json, "alku"), Paiva(json, "loppu"), json);

    /// <summary>KOSKI's Jakso.contains: from alku to loppu, both included; an open end reaches on.</summary>
    public bool Sisaltaa(DateOnly? paiva) => paiva is { } p && (Alku is null || p >= Alku) && (Loppu is null || p <= Loppu);

    private static DateOnly? Paiva(JsonObject json, string kentta) =>
        json[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? Suomenaika.IsoPaiva(s) : null;
}
