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
    private static readonly string[] Koodistot = [Tyypit, Tilat, Oppiaineet, Jarjestamismuodot];

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _nimet = new(StringComparer.Ordinal);

    public static Koodikaannokset Suomeksi { get; } = new();

    public static async Task<Koodikaannokset> LataaAsync(Application.Koodistot.Koodistot koodistot)
    {
        if (Kielet.Nykyinen == "fi") return Suomeksi;
        var kaannokset = new Koodikaannokset();
        foreach (var uri in Koodistot)
            kaannokset._nimet[uri] = (await koodistot.KoodistoAsync(uri)).ToDictionary(k => k.Key, k => k.Value.Kielella());
        return kaannokset;
    }

    public IReadOnlyList<Valinta> Valinnat(IReadOnlyList<Valinta> valinnat, string koodistoUri) =>
        _nimet.TryGetValue(koodistoUri, out var nimet)
            ? valinnat.Select(v => nimet.TryGetValue(v.Koodi, out var nimi) ? v with { Nimi = nimi } : v).ToList()
            : valinnat;

    public string Nimi(string koodi, string? suomeksi, string koodistoUri) =>
        _nimet.GetValueOrDefault(koodistoUri)?.GetValueOrDefault(koodi) ?? suomeksi ?? koodi;
}
