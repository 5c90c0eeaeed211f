using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests;

/// <summary>The 29 KOSKI example documents and their INDEX.tsv rows.</summary>
public static class Esimerkit
{
    public sealed record Rivi(string Tiedosto, string Hetu, string Tyyppi, string Tilat);

    public static IReadOnlyList<Rivi> Indeksi { get; } =
        File.ReadLines(Path.Combine(Jaettu.Esimerkit, "INDEX.tsv"))
            .Where(r => !r.StartsWith('#') && !r.StartsWith("file\t", StringComparison.Ordinal) && r.Length > 0)
            .Select(r => r.Split('\t'))
            .Select(s => new Rivi(s[0], s[1], s[2], s[4]))
            .ToList();

    public static TheoryData<string> Tiedostot() => new(Indeksi.Select(r => r.Tiedosto));

    public static string Teksti(string tiedosto) => File.ReadAllText(Path.Combine(Jaettu.Esimerkit, tiedosto));

    /// <summary>Each element of the file's "opiskeluoikeudet", as its own JSON text.</summary>
    public static IReadOnlyList<string> Opiskeluoikeudet(string tiedosto) =>
        JsonNode.Parse(Teksti(tiedosto))!["opiskeluoikeudet"]!.AsArray().Select(o => o!.ToJsonString()).ToList();
}
