using System.Globalization;
using System.Text.Json;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Web.Kieli;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>
/// How KOSKI's JSON values read in the UI language (<see cref="Kielet.Nykyinen"/>): code names, localized texts,
/// organisations, dates, amounts. The views read the document as a read-only <see cref="JsonElement"/> (compact; a tree of
/// JsonNodes cost a learner page several times more for as long as it was open).
/// </summary>
public static class Naytto
{
    private static readonly CultureInfo Suomi = CultureInfo.GetCultureInfo("fi-FI");

    /// <summary>A property's value; an undefined element when it is missing or null (KOSKI omits and nulls alike).</summary>
    public static JsonElement Kentta(this JsonElement e, string nimi) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(nimi, out var arvo) && arvo.ValueKind != JsonValueKind.Null ? arvo : default;

    public static bool Annettu(this JsonElement e) => e.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    public static bool OnOlio(this JsonElement e) => e.ValueKind == JsonValueKind.Object;

    /// <summary>The objects of an array; none when it is not one.</summary>
    public static IEnumerable<JsonElement> Oliot(this JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Where(OnOlio) : [];

    /// <summary>An array's length; 0 when it is not one.</summary>
    public static int Pituus(this JsonElement e) => e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : 0;

    /// <summary>An object's properties; none when it is not one.</summary>
    public static IEnumerable<JsonProperty> Ominaisuudet(this JsonElement e) =>
        e.ValueKind == JsonValueKind.Object ? e.EnumerateObject() : [];

    public static string? Teksti(JsonElement n) => n.ValueKind == JsonValueKind.String ? n.GetString() : null;

    public static bool OnKoodi(JsonElement o) => o.TryGetProperty("koodiarvo", out _) && o.TryGetProperty("koodistoUri", out _);

    /// <summary>{fi, sv, en} texts: the UI language's one, or another when it is missing.</summary>
    public static bool OnLokalisoitu(JsonElement o) =>
        o.Ominaisuudet().Any() && o.Ominaisuudet().All(p => p.Name is "fi" or "sv" or "en" && p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array));

    public static string? Lokalisoitu(JsonElement n) =>
        n.OnOlio() ? Teksti(n.Kentta(Kielet.Nykyinen)) ?? Teksti(n.Kentta("fi")) ?? Teksti(n.Kentta("sv")) ?? Teksti(n.Kentta("en")) : Teksti(n);

    /// <summary>
    /// A code's name: the code list's name in the UI language first (a document entered by hand carries no names, one
    /// from a source system may carry only Finnish ones), then the name the document carries, then the code itself.
    /// </summary>
    public static string Koodi(JsonElement n, Koodinimet nimet)
    {
        if (!n.OnOlio()) return Teksti(n) ?? "";
        var arvo = Teksti(n.Kentta("koodiarvo")) ?? "";
        return nimet.Nimi(Teksti(n.Kentta("koodistoUri")) ?? "", arvo) ?? Lokalisoitu(n.Kentta("nimi")) ?? arvo;
    }

    /// <summary>A grade as KOSKI shows it: a number as itself ("8", not its name "hyvä"), a letter grade by its name.</summary>
    public static string Arvosana(JsonElement n, Koodinimet nimet) =>
        Teksti(n.Kentta("koodiarvo")) is { Length: > 0 } arvo && arvo.All(char.IsAsciiDigit) ? arvo : Koodi(n, nimet);

    public static bool OnOrganisaatio(JsonElement o) => o.TryGetProperty("oid", out _) && o.TryGetProperty("nimi", out _);

    public static bool OnLaajuus(JsonElement o) =>
        o.TryGetProperty("arvo", out _) && o.TryGetProperty("yksikkö", out _) && o.Ominaisuudet().Count() <= 2;

    public static string Laajuus(JsonElement o, Koodinimet nimet) =>
        $"{Arvo(o.Kentta("arvo"), nimet)} {Koodi(o.Kentta("yksikkö"), nimet)}".Trim();

    public static string Paiva(DateOnly? paiva) => Aikamuoto.Paiva(paiva);

    public static string Paiva(string? iso) =>
        Domain.Suomenaika.IsoPaiva(iso) is { } p ? Paiva(p) : iso ?? "";

    /// <summary>A scalar or a simple object as one line of text; null for a value that needs its own structure.</summary>
    public static string? Arvo(JsonElement n, Koodinimet nimet) => n.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => "",
        JsonValueKind.True => Kielet.Nykyinen == "sv" ? "ja" : "kyllä",
        JsonValueKind.False => Kielet.Nykyinen == "sv" ? "nej" : "ei",
        JsonValueKind.Number => n.TryGetDecimal(out var d) ? d.ToString("0.##", Suomi) : n.GetRawText(),
        JsonValueKind.String => Paiva(n.GetString()),
        JsonValueKind.Object when OnKoodi(n) => Koodi(n, nimet),
        JsonValueKind.Object when OnLokalisoitu(n) => Lokalisoitu(n),
        JsonValueKind.Object when OnOrganisaatio(n) => Lokalisoitu(n.Kentta("nimi")),
        JsonValueKind.Object when OnLaajuus(n) => Laajuus(n, nimet),
        _ => null,
    };

    /// <summary>The latest grade of a suoritus ("9", "Hyväksytty") and its date.</summary>
    public static (string Arvosana, string Paiva)? ViimeisinArviointi(JsonElement suoritus, Koodinimet nimet) =>
        suoritus.Kentta("arviointi").Oliot().LastOrDefault() is { ValueKind: JsonValueKind.Object } a
            ? (Arvosana(a.Kentta("arvosana"), nimet), Paiva(Teksti(a.Kentta("päivä"))))
            : null;

    /// <summary>A suoritus's name: its koulutusmoduuli's name or tunniste, with a language or syllabus when it has one.</summary>
    public static string SuorituksenNimi(JsonElement suoritus, Koodinimet nimet)
    {
        var moduuli = suoritus.Kentta("koulutusmoduuli");
        var nimi = Lokalisoitu(moduuli.Kentta("nimi")) ?? (moduuli.Kentta("tunniste") is { } t && t.Annettu() ? Koodi(t, nimet) : null)
            ?? Koodi(suoritus.Kentta("tyyppi"), nimet);
        var tarkenne = moduuli.Kentta("kieli") is { } kieli && kieli.Annettu() ? kieli : moduuli.Kentta("oppimäärä");
        return tarkenne.Annettu() ? $"{nimi}, {Koodi(tarkenne, nimet)}" : nimi;
    }
}
