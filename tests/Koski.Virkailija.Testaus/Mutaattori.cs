using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// Deterministic mutations of a transfer document, as a careless or broken source system might send: a field
/// deleted, an array element duplicated, a value of the wrong type, an oversized or odd value; and, as bytes, what a
/// JSON tree cannot hold: a property twice in one object, invalid UTF-8 in a string, nesting hundreds deep.
/// </summary>
public sealed class Mutaattori(int siemen)
{
    private readonly Random satunnainen = new(siemen);

    private static readonly Func<Random, JsonNode?>[] Korvaajat =
    [
        _ => null,
        _ => JsonValue.Create(0),
        r => JsonValue.Create(r.Next(-5, 100_000)),
        _ => JsonValue.Create(true),
        _ => JsonValue.Create(""),
        _ => JsonValue.Create(new string('x', 100_000)),
        _ => JsonValue.Create("2020-02-30"),
        _ => JsonValue.Create("9999-12-31"),
        _ => JsonValue.Create("1.2.246.562.15.00000000000"),
        _ => JsonValue.Create("ääö\u0000\u202e<script>"),
        _ => new JsonArray(),
        _ => new JsonObject(),
        _ => JsonValue.Create(1e308),
    ];

    public JsonNode Mutatoi(JsonNode dokumentti, int muutoksia)
    {
        var kopio = dokumentti.DeepClone();
        for (var i = 0; i < muutoksia; i++) MutatoiKerran(kopio);
        return kopio;
    }

    public enum Tavuvirhe { Kaksoisominaisuus, ViallinenUtf8, LiianSyva }

    /// <summary>The document as UTF-8 bytes with one of the <see cref="Tavuvirhe"/>s in a randomly chosen object.</summary>
    public (byte[] Tavut, Tavuvirhe Virhe) MutatoiTavuina(JsonNode dokumentti)
    {
        var oliot = Solmut(dokumentti).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        var kohde = oliot[satunnainen.Next(oliot.Count)];
        var virhe = (Tavuvirhe)satunnainen.Next(3);
        using var puskuri = new MemoryStream();
        using (var kirjoittaja = new Utf8JsonWriter(puskuri,
                   new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
            Kirjoita(kirjoittaja, dokumentti, kohde, virhe);
        return (puskuri.ToArray(), virhe);
    }

    private static void Kirjoita(Utf8JsonWriter kirjoittaja, JsonNode? solmu, JsonObject kohde, Tavuvirhe virhe)
    {
        switch (solmu)
        {
            case JsonObject olio:
                kirjoittaja.WriteStartObject();
                foreach (var (nimi, arvo) in olio)
                {
                    kirjoittaja.WritePropertyName(nimi);
                    Kirjoita(kirjoittaja, arvo, kohde, virhe);
                }
                if (ReferenceEquals(olio, kohde))
                {
                    var (ensimmainen, arvo) = olio.First();
                    kirjoittaja.WritePropertyName(virhe == Tavuvirhe.Kaksoisominaisuus ? ensimmainen : "mutaatio");
                    if (virhe == Tavuvirhe.Kaksoisominaisuus) Kirjoita(kirjoittaja, arvo, kohde, virhe);
                    else if (virhe == Tavuvirhe.ViallinenUtf8) kirjoittaja.WriteRawValue([(byte)'"', 0xC3, 0x28, 0xFF, (byte)'"'], skipInputValidation: true);
                    else kirjoittaja.WriteRawValue(new string('[', 300) + new string(']', 300), skipInputValidation: true);
                }
                kirjoittaja.WriteEndObject();
                break;
            case JsonArray taulukko:
                kirjoittaja.WriteStartArray();
                foreach (var arvo in taulukko) Kirjoita(kirjoittaja, arvo, kohde, virhe);
                kirjoittaja.WriteEndArray();
                break;
            case null:
                kirjoittaja.WriteNullValue();
                break;
            default:
                solmu.WriteTo(kirjoittaja);
                break;
        }
    }

    private void MutatoiKerran(JsonNode juuri)
    {
        var solmut = Solmut(juuri).Where(s => s.Parent is not null).ToList();
        if (solmut.Count == 0) return;
        var kohde = solmut[satunnainen.Next(solmut.Count)];
        var vanhempi = kohde.Parent!;
        switch (satunnainen.Next(4))
        {
            case 0 when vanhempi is JsonObject olio:
                olio.Remove(kohde.GetPropertyName());
                break;
            case 1 when vanhempi is JsonArray taulukko:
                taulukko.Insert(kohde.GetElementIndex(), kohde.DeepClone());
                break;
            default:
                Korvaa(kohde, Korvaajat[satunnainen.Next(Korvaajat.Length)](satunnainen));
                break;
        }
    }

    private static void Korvaa(JsonNode kohde, JsonNode? uusi)
    {
        switch (kohde.Parent)
        {
            case JsonObject olio: olio[kohde.GetPropertyName()] = uusi; break;
            case JsonArray taulukko: taulukko[kohde.GetElementIndex()] = uusi; break;
        }
    }

    private static IEnumerable<JsonNode> Solmut(JsonNode? solmu)
    {
        if (solmu is null) yield break;
        yield return solmu;
        var lapset = solmu switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var lapsi in lapset.ToList())
            foreach (var s in Solmut(lapsi))
                yield return s;
    }
}
