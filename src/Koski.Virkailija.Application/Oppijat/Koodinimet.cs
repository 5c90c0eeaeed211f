using System.Globalization;
using System.Text.Json;
using Koski.Virkailija.Application.Koodistot;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>
/// Finnish and Swedish names of the code values of a page, looked up once so that components render without queries.
/// </summary>
public sealed class Koodinimet
{
    private readonly IReadOnlyDictionary<string, string> _nimet;
    private readonly IReadOnlyDictionary<string, string> _ruotsiksi;

    public Koodinimet(IReadOnlyDictionary<string, string> nimet, IReadOnlyDictionary<string, string>? ruotsiksi = null)
    {
        _nimet = nimet;
        _ruotsiksi = ruotsiksi ?? new Dictionary<string, string>();
    }

    public static Koodinimet Tyhja { get; } = new(new Dictionary<string, string>());

    /// <summary>
    /// The name from the code lists in the current UI language (Swedish when the UI culture is Swedish and the code
    /// has a Swedish name, else Finnish); null when the list or the value is not known.
    /// </summary>
    public string? Nimi(string koodistoUri, string koodiarvo) =>
        (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? _ruotsiksi.GetValueOrDefault($"{koodistoUri}/{koodiarvo}") : null)
        ?? _nimet.GetValueOrDefault($"{koodistoUri}/{koodiarvo}");

    /// <summary>Looks up every {koodiarvo, koodistoUri} found in the documents.</summary>
    public static async Task<Koodinimet> KeraaAsync(Koodistot.Koodistot koodistot, IEnumerable<JsonElement> dokumentit,
        IEnumerable<(string Uri, string Arvo)>? lisaksi = null, CancellationToken ct = default)
    {
        var koodit = new HashSet<(string Uri, string Arvo)>(lisaksi ?? []);
        foreach (var d in dokumentit) Keraa(d, koodit);
        var nimet = new Dictionary<string, string>(StringComparer.Ordinal);
        var ruotsiksi = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ryhma in koodit.GroupBy(k => k.Uri))
        {
            var koodisto = await koodistot.KoodistoAsync(ryhma.Key, ct);
            foreach (var (uri, arvo) in ryhma)
            {
                if (!koodisto.TryGetValue(arvo, out var koodi)) continue;
                nimet[$"{uri}/{arvo}"] = koodi.Nimi;
                if (koodi.NimiSv is { } sv) ruotsiksi[$"{uri}/{arvo}"] = sv;
            }
        }
        return new Koodinimet(nimet, ruotsiksi);
    }

    private static void Keraa(JsonElement solmu, HashSet<(string, string)> koodit)
    {
        switch (solmu.ValueKind)
        {
            case JsonValueKind.Object:
                if (Teksti(solmu, "koodistoUri") is { } uri && Teksti(solmu, "koodiarvo") is { } arvo) koodit.Add((uri, arvo));
                foreach (var ominaisuus in solmu.EnumerateObject()) Keraa(ominaisuus.Value, koodit);
                break;
            case JsonValueKind.Array:
                foreach (var alkio in solmu.EnumerateArray()) Keraa(alkio, koodit);
                break;
        }
    }

    private static string? Teksti(JsonElement olio, string nimi) =>
        olio.TryGetProperty(nimi, out var arvo) && arvo.ValueKind == JsonValueKind.String ? arvo.GetString() : null;
}

/// <summary>A code's name in the current UI language: Swedish for a Swedish UI when the code has one, else Finnish.</summary>
public static class KoodinNimi
{
    public static string Kielella(this Domain.Koodistot.Koodi koodi) =>
        (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? koodi.NimiSv : null) ?? koodi.Nimi;
}
