using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Web.Kieli;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>
/// How KOSKI's JSON values read in the UI language (<see cref="Kielet.Nykyinen"/>): code names, localized texts,
/// organisations, dates, amounts.
/// </summary>
public static class Naytto
{
    private static readonly CultureInfo Suomi = CultureInfo.GetCultureInfo("fi-FI");

    public static string? Teksti(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static bool OnKoodi(JsonObject o) => o.ContainsKey("koodiarvo") && o.ContainsKey("koodistoUri");

    /// <summary>{fi, sv, en} texts: the UI language's one, or another when it is missing.</summary>
    public static bool OnLokalisoitu(JsonObject o) =>
        o.Count > 0 && o.All(p => p.Key is "fi" or "sv" or "en" && p.Value is JsonValue);

    public static string? Lokalisoitu(JsonNode? n) =>
        n is JsonObject o ? Teksti(o[Kielet.Nykyinen]) ?? Teksti(o["fi"]) ?? Teksti(o["sv"]) ?? Teksti(o["en"]) : Teksti(n);

    /// <summary>
    /// A code's name: the code list's name in the UI language first (a document entered by hand carries no names, one
    /// from a source system may carry only Finnish ones), then the name the document carries, then the code itself.
    /// </summary>
    public static string Koodi(JsonNode? n, Koodinimet nimet)
    {
        if (n is not JsonObject o) return Teksti(n) ?? "";
        var arvo = Teksti(o["koodiarvo"]) ?? "";
        return nimet.Nimi(Teksti(o["koodistoUri"]) ?? "", arvo) ?? Lokalisoitu(o["nimi"]) ?? arvo;
    }

    /// <summary>A grade as KOSKI shows it: a number as itself ("8", not its name "hyvä"), a letter grade by its name.</summary>
    public static string Arvosana(JsonNode? n, Koodinimet nimet) =>
        n is JsonObject o && Teksti(o["koodiarvo"]) is { Length: > 0 } arvo && arvo.All(char.IsAsciiDigit) ? arvo : Koodi(n, nimet);

    public static bool OnOrganisaatio(JsonObject o) => o.ContainsKey("oid") && o.ContainsKey("nimi");

    public static bool OnLaajuus(JsonObject o) => o.ContainsKey("arvo") && o.ContainsKey("yksikkö") && o.Count <= 2;

    public static string Laajuus(JsonObject o, Koodinimet nimet) =>
        $"{Arvo(o["arvo"], nimet)} {Koodi(o["yksikkö"], nimet)}".Trim();

    public static string Paiva(DateOnly? paiva) => Aikamuoto.Paiva(paiva);

    public static string Paiva(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? Paiva(p) : iso ?? "";

    /// <summary>A scalar or a simple object as one line of text; null for a value that needs its own structure.</summary>
    public static string? Arvo(JsonNode? n, Koodinimet nimet) => n switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.True => Kielet.Nykyinen == "sv" ? "ja" : "kyllä",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => Kielet.Nykyinen == "sv" ? "nej" : "ei",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Numero(v),
        JsonValue v => Paiva(Teksti(v)),
        JsonObject o when OnKoodi(o) => Koodi(o, nimet),
        JsonObject o when OnLokalisoitu(o) => Lokalisoitu(o),
        JsonObject o when OnOrganisaatio(o) => Lokalisoitu(o["nimi"]),
        JsonObject o when OnLaajuus(o) => Laajuus(o, nimet),
        _ => null,
    };

    private static string Numero(JsonValue v) =>
        v.TryGetValue<decimal>(out var d) ? d.ToString("0.##", Suomi) : v.ToJsonString();

    /// <summary>The latest grade of a suoritus ("9", "Hyväksytty") and its date.</summary>
    public static (string Arvosana, string Paiva)? ViimeisinArviointi(JsonObject suoritus, Koodinimet nimet) =>
        (suoritus["arviointi"] as JsonArray)?.OfType<JsonObject>().LastOrDefault() is { } a
            ? (Arvosana(a["arvosana"], nimet), Paiva(Teksti(a["päivä"])))
            : null;

    /// <summary>A suoritus's name: its koulutusmoduuli's name or tunniste, with a language or syllabus when it has one.</summary>
    public static string SuorituksenNimi(JsonObject suoritus, Koodinimet nimet)
    {
        var moduuli = suoritus["koulutusmoduuli"] as JsonObject;
        var nimi = Lokalisoitu(moduuli?["nimi"]) ?? (moduuli?["tunniste"] is { } t ? Koodi(t, nimet) : null) ?? Koodi(suoritus["tyyppi"], nimet);
        var tarkenne = moduuli?["kieli"] ?? moduuli?["oppimäärä"];
        return tarkenne is null ? nimi : $"{nimi}, {Koodi(tarkenne, nimet)}";
    }
}
