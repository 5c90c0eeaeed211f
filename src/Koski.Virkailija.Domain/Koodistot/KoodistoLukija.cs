using System.Text.Json;

namespace Koski.Virkailija.Domain.Koodistot;

/// <summary>Reads a koodisto-service code file (<c>&lt;koodisto&gt;.koodit.json</c>): an array of codes with fi/sv/en names.</summary>
public static class KoodistoLukija
{
    private const string Paate = ".koodit.json";

    /// <summary>Reads a file; the koodisto URI is taken from the file name.</summary>
    public static IReadOnlyList<Koodi> LueTiedosto(string polku)
    {
        var nimi = Path.GetFileName(polku);
        var koodistoUri = nimi.EndsWith(Paate, StringComparison.OrdinalIgnoreCase) ? nimi[..^Paate.Length] : null;
        using var virta = File.OpenRead(polku);
        return Lue(virta, koodistoUri);
    }

    /// <param name="koodistoUri">When null, taken from each code's koodiUri ("&lt;koodisto&gt;_&lt;arvo&gt;").</param>
    public static IReadOnlyList<Koodi> Lue(Stream json, string? koodistoUri = null)
    {
        using var dokumentti = JsonDocument.Parse(json);
        return Lue(dokumentti.RootElement, koodistoUri);
    }

    public static IReadOnlyList<Koodi> Lue(string json, string? koodistoUri = null)
    {
        using var dokumentti = JsonDocument.Parse(json);
        return Lue(dokumentti.RootElement, koodistoUri);
    }

    private static List<Koodi> Lue(JsonElement koodit, string? koodistoUri) =>
        koodit.EnumerateArray().Select(k => LueKoodi(k, koodistoUri)).ToList();

    private static Koodi LueKoodi(JsonElement k, string? koodistoUri)
    {
        var arvo = Teksti(k, "koodiArvo") ?? throw new JsonException("Koodilta puuttuu koodiArvo");
        // The koodiUri's value part is lower-cased and may differ from koodiArvo ("…_hylatty" for "Hylätty").
        var uri = koodistoUri ?? Teksti(k, "koodiUri")?.Split('_', 2)[0]
            ?? throw new JsonException($"Koodin {arvo} koodistoa ei tiedetä");
        var nimet = k.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Array
            ? metadata.EnumerateArray()
                .Where(m => Teksti(m, "kieli") is not null && Teksti(m, "nimi") is not null)
                .GroupBy(m => Teksti(m, "kieli")!.ToUpperInvariant())
                .ToDictionary(g => g.Key, g => Teksti(g.First(), "nimi"))
            : [];
        return new Koodi
        {
            KoodistoUri = uri,
            Koodiarvo = arvo,
            Versio = k.TryGetProperty("versio", out var versio) && versio.ValueKind == JsonValueKind.Number && versio.TryGetInt32(out var v) ? v : 1,
            NimiFi = nimet.GetValueOrDefault("FI"),
            NimiSv = nimet.GetValueOrDefault("SV"),
            NimiEn = nimet.GetValueOrDefault("EN"),
        };
    }

    private static string? Teksti(JsonElement o, string nimi) =>
        o.TryGetProperty(nimi, out var arvo) && arvo.ValueKind == JsonValueKind.String
        && arvo.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s : null;
}
