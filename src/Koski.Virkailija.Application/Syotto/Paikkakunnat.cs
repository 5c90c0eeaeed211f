using System.Globalization;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The vahvistus paikkakunta choices: koodisto "kunta" as imported from the koodisto service, by Finnish name. Empty
/// while that code list has not been imported; the form then takes the kunta code as typed.
/// </summary>
public sealed class Paikkakunnat(Koodistot.Koodistot koodistot)
{
    public const string KoodistoUri = "kunta";

    public async Task<IReadOnlyList<Valinta>> ValinnatAsync(CancellationToken ct = default) =>
        (await koodistot.KoodistoAsync(KoodistoUri, ct)).Values
        .OrderBy(k => k.Nimi, StringComparer.Create(new CultureInfo("fi-FI"), false))
        .Select(k => new Valinta(k.Koodiarvo, $"{k.Nimi} ({k.Koodiarvo})")).ToList();
}
