using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Arkaluonteiset;

/// <summary>
/// Saving what a user edited without seeing the special-category data: the user's document goes in as sent, and
/// what was hidden from them comes back from the stored one. A three-way merge of the stored document, the same
/// document as the user saw it (the catalogue removed) and what the user sent: where the user changed nothing the
/// stored value stays (hidden parts and all), what the user changed or added is theirs, what they deleted goes, and
/// what they never saw is kept.
/// </summary>
public static class PiilotetutTiedot
{
    /// <summary>The document to store: <paramref name="muokattu"/> with the hidden parts of <paramref name="tallennettu"/>.</summary>
    public static JsonObject Palauta(JsonObject tallennettu, JsonObject muokattu)
    {
        var nahty = tallennettu.DeepClone().AsObject();
        ArkaluonteisetTiedot.Poista(nahty);
        return (JsonObject)Yhdista(tallennettu, nahty, muokattu)!;
    }

    /// <param name="s">stored</param><param name="r">as the user saw it</param><param name="d">as the user sent it</param>
    private static JsonNode? Yhdista(JsonNode? s, JsonNode? r, JsonNode? d)
    {
        if (JsonNode.DeepEquals(r, d)) return s?.DeepClone();
        switch (s, r, d)
        {
            case (JsonObject so, JsonObject ro, JsonObject dobj):
                var tulos = new JsonObject();
                foreach (var (nimi, arvo) in dobj)
                    tulos[nimi] = ro.TryGetPropertyValue(nimi, out var nahty) ? Yhdista(so[nimi], nahty, arvo) : arvo?.DeepClone();
                foreach (var (nimi, arvo) in so)
                    if (!ro.ContainsKey(nimi) && !dobj.ContainsKey(nimi)) tulos[nimi] = arvo?.DeepClone();
                return tulos;
            case (JsonArray sa, JsonArray ra, JsonArray da):
                return YhdistaTaulukot(sa, ra, da);
            default:
                return d?.DeepClone();
        }
    }

    /// <summary>
    /// The seen array is the stored one less its hidden elements (whole suoritukset), in order: each seen element is
    /// paired with the stored one it came from. Each sent element then finds the seen one it was edited from: an equal
    /// one, else one with its identity (a suoritus's tyyppi and koulutusmoduuli), else, for elements without an
    /// identity in an array of unchanged length, the one in its place. The hidden elements follow the sent ones.
    /// </summary>
    private static JsonArray YhdistaTaulukot(JsonArray sa, JsonArray ra, JsonArray da)
    {
        var vastine = new int[ra.Count];
        var j = 0;
        for (var i = 0; i < sa.Count && j < ra.Count; i++)
            if (Sisaltyy(ra[j], sa[i])) vastine[j++] = i;
        if (j < ra.Count) return (JsonArray)da.DeepClone(); // not the stored array seen through the catalogue
        var piilotetut = Enumerable.Range(0, sa.Count).Except(vastine).ToList();

        var tulos = new JsonArray();
        var kaytetyt = new HashSet<int>();
        for (var d = 0; d < da.Count; d++)
        {
            var alkio = da[d];
            var vapaat = Enumerable.Range(0, ra.Count).Where(x => !kaytetyt.Contains(x)).ToList();
            var k = vapaat.FirstOrDefault(x => JsonNode.DeepEquals(ra[x], alkio), -1);
            if (k < 0 && Tunniste(alkio) is { } tunniste) k = vapaat.FirstOrDefault(x => Tunniste(ra[x]) == tunniste, -1);
            if (k < 0 && da.Count == ra.Count && vapaat.Contains(d) && Tunniste(alkio) is null && Tunniste(ra[d]) is null) k = d;
            if (k < 0)
            {
                tulos.Add(alkio?.DeepClone());
                continue;
            }
            kaytetyt.Add(k);
            tulos.Add(Yhdista(sa[vastine[k]], ra[k], alkio));
        }
        foreach (var i in piilotetut) tulos.Add(sa[i]?.DeepClone());
        return tulos;
    }

    /// <summary>Whether <paramref name="r"/> is <paramref name="s"/> with some parts taken out.</summary>
    private static bool Sisaltyy(JsonNode? r, JsonNode? s) => (r, s) switch
    {
        (JsonObject ro, JsonObject so) => ro.All(p => so.TryGetPropertyValue(p.Key, out var arvo) && Sisaltyy(p.Value, arvo)),
        (JsonArray ra, JsonArray sa) => OnOsajono(ra, sa),
        _ => JsonNode.DeepEquals(r, s),
    };

    private static bool OnOsajono(JsonArray ra, JsonArray sa)
    {
        var j = 0;
        for (var i = 0; i < sa.Count && j < ra.Count; i++)
            if (Sisaltyy(ra[j], sa[i])) j++;
        return j == ra.Count;
    }

    /// <summary>A suoritus's identity across edits: its type and its koulutusmoduuli's code.</summary>
    private static string? Tunniste(JsonNode? alkio) =>
        alkio is JsonObject o && ArkaluonteinenTieto.Koodiarvo(o["tyyppi"]) is { } tyyppi
            ? $"{tyyppi}/{ArkaluonteinenTieto.Koodiarvo(o["koulutusmoduuli"]?["tunniste"])}"
            : null;
}
