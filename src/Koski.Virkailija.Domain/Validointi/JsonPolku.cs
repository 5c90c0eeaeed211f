using System.Text;
using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// A node's location as the validation messages write it ("tila.opiskeluoikeusjaksot[0].tila"), built only for a node
/// that breaks a rule: the walks over a whole document carry no path strings (they were most of the memory an ingested
/// document cost).
/// </summary>
public static class JsonPolku
{
    /// <summary>Where <paramref name="solmu"/> lies below <paramref name="juuri"/> ("" for the root itself).</summary>
    public static string Polku(JsonNode solmu, JsonNode juuri)
    {
        var osat = new List<JsonNode>();
        for (var n = solmu; !ReferenceEquals(n, juuri) && n.Parent is not null; n = n.Parent) osat.Add(n);
        var polku = new StringBuilder();
        for (var i = osat.Count - 1; i >= 0; i--)
        {
            if (osat[i].Parent is JsonArray) polku.Append('[').Append(osat[i].GetElementIndex()).Append(']');
            else polku.Append(polku.Length == 0 ? "" : ".").Append(osat[i].GetPropertyName());
        }
        return polku.ToString();
    }

    /// <summary>The path of <paramref name="kentta"/> of the object <paramref name="olio"/>, e.g. "tila.koodiarvo".</summary>
    public static string Kentta(JsonObject olio, JsonNode juuri, string kentta) =>
        Polku(olio, juuri) is { Length: > 0 } polku ? $"{polku}.{kentta}" : kentta;
}
