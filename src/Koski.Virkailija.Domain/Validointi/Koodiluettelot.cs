using Koski.Virkailija.Domain.Koodistot;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// The code values of the imported code lists, for <see cref="Koodisaannot"/>. A list that was not imported is not
/// checked (there is nothing to check against); values match case-insensitively, as KOSKI's koodisto lookup does.
/// </summary>
public sealed class Koodiluettelot(IReadOnlyDictionary<string, IReadOnlySet<string>> luettelot)
{
    public static Koodiluettelot Tyhja { get; } = new(new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>No list imported: nothing to check.</summary>
    public bool OnTyhja => luettelot.Count == 0;

    /// <summary>Whether the list is imported (its values are checked).</summary>
    public bool Tuotu(string koodistoUri) => luettelot.ContainsKey(koodistoUri);

    /// <summary>Whether the list is imported and has no such value.</summary>
    public bool Tuntematon(string koodistoUri, string koodiarvo) =>
        luettelot.TryGetValue(koodistoUri, out var arvot) && !arvot.Contains(koodiarvo);

    // The same lists read by characters, so that a walk over a parsed document need not make a string of each code.
    private readonly Dictionary<string, IReadOnlySet<string>>.AlternateLookup<ReadOnlySpan<char>>? merkeittain =
        luettelot is Dictionary<string, IReadOnlySet<string>> sanakirja
        && sanakirja.TryGetAlternateLookup<ReadOnlySpan<char>>(out var haku) ? haku : null;

    /// <summary>The list of <paramref name="koodistoUri"/> when it is imported.</summary>
    public IReadOnlySet<string>? Luettelo(ReadOnlySpan<char> koodistoUri)
    {
        if (merkeittain is { } haku) return haku.TryGetValue(koodistoUri, out var arvot) ? arvot : null;
        return luettelot.TryGetValue(koodistoUri.ToString(), out var loydetyt) ? loydetyt : null;
    }

    /// <summary>Whether <paramref name="arvot"/> (a list of <see cref="Luettelo"/>) lacks the value.</summary>
    public static bool Puuttuu(IReadOnlySet<string> arvot, ReadOnlySpan<char> koodiarvo) =>
        arvot is HashSet<string> joukko && joukko.TryGetAlternateLookup<ReadOnlySpan<char>>(out var haku)
            ? !haku.Contains(koodiarvo)
            : !arvot.Contains(koodiarvo.ToString());

    public static Koodiluettelot Koodeista(IEnumerable<Koodi> koodit) =>
        new(koodit.GroupBy(k => k.KoodistoUri, StringComparer.Ordinal).ToDictionary(g => g.Key, Arvot, StringComparer.Ordinal));

    public static IReadOnlySet<string> Arvot(IEnumerable<Koodi> koodit) =>
        koodit.Select(k => k.Koodiarvo).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
