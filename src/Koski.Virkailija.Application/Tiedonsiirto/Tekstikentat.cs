using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// A ceiling on every text value of a transfer document. KOSKI's schema sets none, but nothing in a study right is an
/// essay: the longest text in KOSKI's examples is some 500 characters (a kuvaus). Without a ceiling one client stored
/// 5 MB strings, and every edit copied them into another version.
/// </summary>
public static class Tekstikentat
{
    public const int MaksimiPituus = 10_000;
    private const int NaytettaviaVirheita = 10;

    /// <exception cref="KoskiVirheet">badRequest.validation.jsonSchema naming each text that is too long</exception>
    public static void Tarkista(JsonNode? juuri)
    {
        if (juuri is null) return;
        var liianPitkat = new List<JsonNode>();
        Keraa(juuri, liianPitkat);
        if (liianPitkat.Count == 0) return;
        throw new KoskiVirheet([.. liianPitkat.Take(NaytettaviaVirheita).Select(solmu => new KoskiVirhe("badRequest.validation.jsonSchema",
            $"{JsonPolku.Polku(solmu, juuri)}: teksti on yli {MaksimiPituus} merkkiä pitkä."))]);
    }

    private static void Keraa(JsonNode? solmu, List<JsonNode> liianPitkat)
    {
        // A part not yet opened is read as parsed (opening it would build a node for every value), and opened only when
        // it holds a text too long, to name its path.
        if (JsonTausta.Avaamaton(solmu, out var elementti) && !OnLiianPitka(elementti)) return;
        switch (solmu)
        {
            case JsonObject olio:
                // By index: enumerating a JsonObject boxes an enumerator for every object of the document.
                for (var i = 0; i < olio.Count; i++) Keraa(olio.GetAt(i).Value, liianPitkat);
                break;
            case JsonArray taulukko:
                for (var i = 0; i < taulukko.Count; i++) Keraa(taulukko[i], liianPitkat);
                break;
            case JsonValue arvo when LiianPitka(arvo):
                liianPitkat.Add(arvo);
                break;
        }
    }

    private static bool OnLiianPitka(JsonElement elementti)
    {
        switch (elementti.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var ominaisuus in elementti.EnumerateObject())
                    if (OnLiianPitka(ominaisuus.Value)) return true;
                return false;
            case JsonValueKind.Array:
                foreach (var alkio in elementti.EnumerateArray())
                    if (OnLiianPitka(alkio)) return true;
                return false;
            case JsonValueKind.String:
                return LiianPitka(elementti);
            default:
                return false;
        }
    }

    private static bool LiianPitka(JsonElement teksti) =>
        JsonMarshal.GetRawUtf8Value(teksti).Length - 2 > MaksimiPituus && teksti.GetString()!.Length > MaksimiPituus;

    private static bool LiianPitka(JsonValue arvo)
    {
        if (arvo.GetValueKind() != JsonValueKind.String) return false;
        // A text read from the request: its UTF-8 bytes (quotes included) are at least as many as its characters, so
        // almost every text is judged without materialising it as a string.
        if (arvo.TryGetValue<JsonElement>(out var elementti) && JsonMarshal.GetRawUtf8Value(elementti).Length - 2 <= MaksimiPituus)
            return false;
        return arvo.TryGetValue<string>(out var teksti) && teksti.Length > MaksimiPituus;
    }
}
