using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Web.Kieli;

namespace Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet;

/// <summary>
/// The form's code choices in the UI language: the application layer lists them with their Finnish names; in a
/// Swedish UI each is named from its code list's Swedish name (a code without one keeps its Finnish name).
/// Loaded once per form by <see cref="Lomakekehys"/> and cascaded to its sections.
/// </summary>
public sealed class Koodikaannokset
{
    public const string Tyypit = "opiskeluoikeudentyyppi";
    public const string Tilat = "koskiopiskeluoikeudentila";
    public const string Oppiaineet = "koskioppiaineetyleissivistava";
    public const string Jarjestamismuodot = "vardajarjestamismuoto";
    public const string Suoritustavat = "perusopetuksensuoritustapa";
    public const string Rahoitukset = SyottoLomake.RahoitusKoodisto;
    public const string AlkuvaiheenOppiaineet = SyottoLomake.AlkuvaiheenOppiaineKoodisto;
    private static readonly string[] Koodistot = [Tyypit, Tilat, Oppiaineet, Jarjestamismuodot, Suoritustavat, Rahoitukset, AlkuvaiheenOppiaineet];

    /// <summary>Lists the form offers whole (languages): every code of the list, by name in the UI language.</summary>
    private static readonly string[] Luettelokoodistot =
    [
        SyottoLomake.AidinkieliKoodisto, SyottoLomake.KieliKoodisto, SyottoLomake.SuorituskieliKoodisto,
        SyottoLomake.Kurssit2015, SyottoLomake.PaattovaiheenKurssit2017, SyottoLomake.AlkuvaiheenKurssit2017,
    ];

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _nimet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Valinta>> _luettelot = new(StringComparer.Ordinal);

    public static Koodikaannokset Suomeksi { get; } = new();

    public static async Task<Koodikaannokset> LataaAsync(Application.Koodistot.Koodistot koodistot)
    {
        var kaannokset = new Koodikaannokset();
        if (Kielet.Nykyinen != "fi")
            foreach (var uri in Koodistot)
                kaannokset._nimet[uri] = (await koodistot.KoodistoAsync(uri)).ToDictionary(k => k.Key, k => k.Value.Kielella());
        var jarjestys = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true);
        foreach (var uri in Luettelokoodistot)
            kaannokset._luettelot[uri] = (await koodistot.KoodistoAsync(uri)).Values
                .Select(k => new Valinta(k.Koodiarvo, k.Kielella())).OrderBy(v => v.Nimi, jarjestys).ToList();
        return kaannokset;
    }

    /// <summary>The whole list of <paramref name="koodistoUri"/> (one of the language lists), by name; empty when not imported.</summary>
    public IReadOnlyList<Valinta> Luettelo(string koodistoUri) => _luettelot.GetValueOrDefault(koodistoUri) ?? [];

    public IReadOnlyList<Valinta> Valinnat(IReadOnlyList<Valinta> valinnat, string koodistoUri) =>
        _nimet.TryGetValue(koodistoUri, out var nimet)
            ? valinnat.Select(v => nimet.TryGetValue(v.Koodi, out var nimi) ? v with { Nimi = nimi } : v).ToList()
            : valinnat;

    public string Nimi(string koodi, string? suomeksi, string koodistoUri) =>
        _nimet.GetValueOrDefault(koodistoUri)?.GetValueOrDefault(koodi) ?? suomeksi ?? koodi;
}
