using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// The parsed JSON behind an object or array that no one has opened yet. A parsed document's <see cref="JsonObject"/>
/// builds its dictionary (a string per property name, a node per value) on first access, and a walk over every value
/// (<see cref="Koodisaannot"/>, the transfer's text ceiling) would build it for the whole document: a quarter of a
/// transfer's allocation for parts no rule reads. Such a walk reads an unopened part here, without opening it.
/// </summary>
public static class JsonTausta
{
    // System.Text.Json keeps the element until the first access and then drops it; it offers no public way to ask.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_jsonElement")]
    private static extern ref JsonElement? OlionElementti(JsonObject olio);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_dictionary")]
    private static extern ref OrderedDictionary<string, JsonNode?>? OlionSanakirja(JsonObject olio);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_jsonElement")]
    private static extern ref JsonElement? TaulukonElementti(JsonArray taulukko);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_list")]
    private static extern ref List<JsonNode?>? TaulukonLista(JsonArray taulukko);

    /// <summary>False when this runtime's System.Text.Json keeps its fields otherwise: every walk then opens the nodes.</summary>
    public static bool Kaytettavissa { get; } = Kokeile();

    /// <summary>
    /// The element behind <paramref name="solmu"/> when it is an object or array not yet opened; false for anything else
    /// (an opened or built one: read it as nodes).
    /// </summary>
    public static bool Avaamaton(JsonNode? solmu, out JsonElement elementti)
    {
        elementti = default;
        if (!Kaytettavissa) return false;
        switch (solmu)
        {
            case JsonObject olio when OlionSanakirja(olio) is null && OlionElementti(olio) is { } e:
                elementti = e;
                return true;
            case JsonArray taulukko when TaulukonLista(taulukko) is null && TaulukonElementti(taulukko) is { } e:
                elementti = e;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A string value as characters: in <paramref name="puskuri"/> when it is parsed JSON that fits and has no escapes
    /// (no allocation), else as its string; false when <paramref name="arvo"/> is not a string.
    /// </summary>
    public static bool Merkit(JsonElement arvo, Span<char> puskuri, out ReadOnlySpan<char> teksti)
    {
        teksti = default;
        if (arvo.ValueKind != JsonValueKind.String) return false;
        var raaka = JsonMarshal.GetRawUtf8Value(arvo)[1..^1];
        // An escape or an invalid byte is left to GetString, which reads the one and throws on the other as before.
        if (raaka.Length <= puskuri.Length && raaka.IndexOf((byte)'\\') < 0
            && Utf8.ToUtf16(raaka, puskuri, out _, out var merkkeja, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            teksti = puskuri[..merkkeja];
            return true;
        }
        teksti = arvo.GetString();
        return true;
    }

    /// <summary>
    /// <see cref="Merkit(JsonElement, Span{char}, out ReadOnlySpan{char})"/> for a node: true exactly when
    /// <c>TryGetValue&lt;string&gt;</c> would be, without making the string of a parsed value.
    /// </summary>
    public static bool Merkit(JsonNode? arvo, Span<char> puskuri, out ReadOnlySpan<char> teksti)
    {
        teksti = default;
        if (arvo is not JsonValue arvoSolmu) return false;
        if (arvoSolmu.TryGetValue<JsonElement>(out var elementti)) return Merkit(elementti, puskuri, out teksti);
        if (!arvoSolmu.TryGetValue<string>(out var merkkijono)) return false;
        teksti = merkkijono;
        return true;
    }

    private static bool Kokeile()
    {
        try
        {
            var olio = JsonNode.Parse("""{"a":[1]}""")!.AsObject();
            var avaamaton = OlionSanakirja(olio) is null && OlionElementti(olio) is not null;
            var taulukko = olio["a"]!.AsArray();
            return avaamaton && OlionSanakirja(olio) is not null && OlionElementti(olio) is null
                && TaulukonLista(taulukko) is null && TaulukonElementti(taulukko) is not null;
        }
        catch (MissingFieldException)
        {
            return false;
        }
    }
}
