using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Arkaluonteiset;

/// <summary>Where a location of the catalogue starts: the study right itself, or each of its suoritukset.</summary>
public enum ArkaJuuri
{
    Opiskeluoikeus,
    /// <summary>Every suoritus: the päätason suoritukset and, recursively, their osasuoritukset.</summary>
    Suoritus,
    /// <summary>Only the päätason suoritukset.</summary>
    PaatasonSuoritus,
}

/// <summary>
/// One row of KOSKI's special-category catalogue (schema class and field) and the JSON locations it means in a
/// study-right document. A path is dot-separated from the root; a segment ending in <c>[]</c> is every element of
/// that array; an empty path (with a suoritus root) is the whole suoritus.
/// </summary>
public sealed record ArkaluonteinenTieto(
    string Luokka,
    string? Kentta,
    ArkaJuuri Juuri,
    IReadOnlyList<string> Polut,
    IReadOnlySet<string>? OpiskeluoikeusTyypit = null,
    IReadOnlySet<string>? SuoritusTyypit = null,
    Func<JsonObject, bool>? OpiskeluoikeudenEhto = null,
    Func<JsonObject, bool>? KohteenEhto = null)
{
    /// <summary>The catalogue's own name of the row, "Luokka.kenttä" or "Luokka" for a whole object.</summary>
    public string Tunniste => Kentta is null ? Luokka : $"{Luokka}.{Kentta}";

    /// <summary>How many places of the study right this row covers.</summary>
    public int Osumia(JsonObject opiskeluoikeus) => Kohdat(opiskeluoikeus).Count;

    /// <summary>Removes what this row covers; returns how many places were removed.</summary>
    public int Poista(JsonObject opiskeluoikeus)
    {
        var kohdat = Kohdat(opiskeluoikeus);
        foreach (var (vanhempi, nimi, alkio) in kohdat)
        {
            if (vanhempi is JsonObject o) o.Remove(nimi!);
            else if (vanhempi is JsonArray a) a.Remove(alkio);
        }
        return kohdat.Count;
    }

    private List<(JsonNode Vanhempi, string? Nimi, JsonNode? Alkio)> Kohdat(JsonObject opiskeluoikeus)
    {
        var tulos = new List<(JsonNode, string?, JsonNode?)>();
        var tyyppi = Koodiarvo(opiskeluoikeus["tyyppi"]);
        if (OpiskeluoikeusTyypit is not null && (tyyppi is null || !OpiskeluoikeusTyypit.Contains(tyyppi))) return tulos;
        if (OpiskeluoikeudenEhto is not null && !OpiskeluoikeudenEhto(opiskeluoikeus)) return tulos;

        var juuret = Juuri switch
        {
            ArkaJuuri.Opiskeluoikeus => [(opiskeluoikeus, (JsonArray?)null)],
            _ => Suoritukset(opiskeluoikeus["suoritukset"] as JsonArray, Juuri == ArkaJuuri.Suoritus)
                .Where(s => SuoritusTyypit is null || (Koodiarvo(s.Suoritus["tyyppi"]) is { } t && SuoritusTyypit.Contains(t)))
                .ToList(),
        };
        foreach (var (juuri, taulukko) in juuret)
        {
            foreach (var polku in Polut)
            {
                if (polku.Length == 0)
                {
                    if (taulukko is not null) tulos.Add((taulukko, null, juuri));
                    continue;
                }
                Etsi(juuri, polku.Split('.'), 0, tulos);
            }
        }
        return tulos;
    }

    private void Etsi(JsonObject kohde, string[] osat, int i, List<(JsonNode, string?, JsonNode?)> tulos)
    {
        var osa = osat[i];
        var taulukosta = osa.EndsWith("[]", StringComparison.Ordinal);
        var nimi = taulukosta ? osa[..^2] : osa;
        if (!kohde.ContainsKey(nimi)) return;
        if (i == osat.Length - 1)
        {
            if (KohteenEhto is null || KohteenEhto(kohde)) tulos.Add((kohde, nimi, null));
            return;
        }
        IEnumerable<JsonNode?> seuraavat = taulukosta
            ? (kohde[nimi] as JsonArray)?.ToList() ?? new List<JsonNode?>()
            : new List<JsonNode?> { kohde[nimi] };
        foreach (var seuraava in seuraavat)
            if (seuraava is JsonObject o) Etsi(o, osat, i + 1, tulos);
    }

    private static IEnumerable<(JsonObject Suoritus, JsonArray? Taulukko)> Suoritukset(JsonArray? taulukko, bool syvalle)
    {
        if (taulukko is null) yield break;
        foreach (var s in taulukko.OfType<JsonObject>().ToList())
        {
            yield return (s, taulukko);
            if (!syvalle) continue;
            foreach (var ali in Suoritukset(s["osasuoritukset"] as JsonArray, true)) yield return ali;
        }
    }

    public static string? Koodiarvo(JsonNode? koodi) =>
        koodi is JsonObject o && o["koodiarvo"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
