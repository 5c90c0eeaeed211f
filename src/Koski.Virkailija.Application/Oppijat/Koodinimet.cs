using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Koodistot;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>Finnish names of the code values of a page, looked up once so that components render without queries.</summary>
public sealed class Koodinimet(IReadOnlyDictionary<string, string> nimet)
{
    public static Koodinimet Tyhja { get; } = new(new Dictionary<string, string>());

    /// <summary>The name from the code lists; null when the list or the value is not known.</summary>
    public string? Nimi(string koodistoUri, string koodiarvo) => nimet.GetValueOrDefault($"{koodistoUri}/{koodiarvo}");

    /// <summary>Looks up every {koodiarvo, koodistoUri} found in the documents.</summary>
    public static async Task<Koodinimet> KeraaAsync(Koodistot.Koodistot koodistot, IEnumerable<JsonNode?> dokumentit,
        IEnumerable<(string Uri, string Arvo)>? lisaksi = null, CancellationToken ct = default)
    {
        var koodit = new HashSet<(string Uri, string Arvo)>(lisaksi ?? []);
        foreach (var d in dokumentit) Keraa(d, koodit);
        var nimet = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ryhma in koodit.GroupBy(k => k.Uri))
        {
            var koodisto = await koodistot.KoodistoAsync(ryhma.Key, ct);
            foreach (var (uri, arvo) in ryhma)
                if (koodisto.TryGetValue(arvo, out var koodi)) nimet[$"{uri}/{arvo}"] = koodi.Nimi;
        }
        return new Koodinimet(nimet);
    }

    private static void Keraa(JsonNode? solmu, HashSet<(string, string)> koodit)
    {
        switch (solmu)
        {
            case JsonObject o:
                if (Teksti(o["koodistoUri"]) is { } uri && Teksti(o["koodiarvo"]) is { } arvo) koodit.Add((uri, arvo));
                foreach (var (_, arvo2) in o) Keraa(arvo2, koodit);
                break;
            case JsonArray a:
                foreach (var alkio in a) Keraa(alkio, koodit);
                break;
        }
    }

    private static string? Teksti(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
