using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Application.Tests.Opiskeluoikeudet;

/// <summary>KOSKI's example transfer documents of data/koski/examples.</summary>
public static class Esimerkit
{
    public static IReadOnlyList<string> Tiedostot { get; } =
        Directory.GetFiles(Jaettu.Esimerkit, "*.json").Order(StringComparer.Ordinal).ToList();

    public static string Teksti(string tiedosto) => File.ReadAllText(Path.Combine(Jaettu.Esimerkit, tiedosto));

    public static JsonObject Siirto(string tiedosto) => JsonNode.Parse(Teksti(tiedosto))!.AsObject();

    /// <summary>The first study right of an example, as its own object.</summary>
    public static JsonObject Opiskeluoikeus(string tiedosto) => Siirto(tiedosto)["opiskeluoikeudet"]![0]!.DeepClone().AsObject();

    /// <summary>The stored document without what storing adds, for comparison with what was sent.</summary>
    public static JsonObject IlmanTallennuksenKenttia(string json)
    {
        var dokumentti = JsonNode.Parse(json)!.AsObject();
        dokumentti.Remove("oid");
        dokumentti.Remove("versionumero");
        dokumentti.Remove("aikaleima");
        return dokumentti;
    }
}
