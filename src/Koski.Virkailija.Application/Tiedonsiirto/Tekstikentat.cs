using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// A ceiling on every text value of a transfer document. KOSKI's schema sets none, but nothing in a study right is an
/// essay: the longest text in KOSKI's examples is some 500 characters (a kuvaus). Without a ceiling one client stored
/// 5 MB strings, and every edit copied them into another version.
/// </summary>
public static class Tekstikentat
{
    public const int MaksimiPituus = 10_000;

    /// <exception cref="KoskiVirheet">badRequest.validation.jsonSchema naming each text that is too long</exception>
    public static void Tarkista(JsonNode? juuri)
    {
        var virheet = LiianPitkat(juuri, "").Take(10)
            .Select(polku => new KoskiVirhe("badRequest.validation.jsonSchema",
                $"{polku}: teksti on yli {MaksimiPituus} merkkiä pitkä.")).ToList();
        if (virheet.Count > 0) throw new KoskiVirheet(virheet);
    }

    private static IEnumerable<string> LiianPitkat(JsonNode? solmu, string polku) => solmu switch
    {
        JsonObject olio => olio.SelectMany(p => LiianPitkat(p.Value, polku.Length == 0 ? p.Key : $"{polku}.{p.Key}")),
        JsonArray taulukko => taulukko.SelectMany((s, i) => LiianPitkat(s, $"{polku}[{i}]")),
        JsonValue arvo when arvo.TryGetValue<string>(out var teksti) && teksti.Length > MaksimiPituus => [polku],
        _ => [],
    };
}
