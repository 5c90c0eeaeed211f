using System.Globalization;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The vahvistus paikkakunta choices: koodisto "kunta" as imported from the koodisto service, by name in the UI language
/// ("fi" or "sv"; a kunta without a Swedish name keeps its Finnish one). Empty
/// while that code list has not been imported; the form then takes the kunta code as typed.
/// </summary>
public sealed class Paikkakunnat(Koodistot.Koodistot koodistot)
{
    public const string KoodistoUri = "kunta";

    public async Task<IReadOnlyList<Valinta>> ValinnatAsync(CancellationToken ct = default) => await ValinnatAsync("fi", ct);

    public async Task<IReadOnlyList<Valinta>> ValinnatAsync(string kieli, CancellationToken ct = default) =>
        (await koodistot.KoodistoAsync(KoodistoUri, ct)).Values
        .Select(k => (k.Koodiarvo, Nimi: kieli == "sv" ? k.NimiSv ?? k.Nimi : k.Nimi))
        .OrderBy(k => k.Nimi, StringComparer.Create(new CultureInfo(kieli == "sv" ? "sv-FI" : "fi-FI"), false))
        .Select(k => new Valinta(k.Koodiarvo, $"{k.Nimi} ({k.Koodiarvo})")).ToList();
}
