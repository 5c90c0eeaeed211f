using System.Globalization;
using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The oppiaineet of a perusopetus suoritus (oppimäärä, vuosiluokka) and of the lisäopetus, as KOSKI's schema has them
/// (NuortenPerusopetus.scala): a subject of koskioppiaineetyleissivistava, AI with its kieli, a foreign or second language
/// with its kieli, KT/ET, or a paikallinen oppiaine with its own code; pakollinen or valinnainen, laajuus in
/// vuosiviikkotunnit, and a grade of arviointiasteikkoyleissivistava.
/// </summary>
public sealed partial class SyottoLomake
{
    /// <summary>The choice standing for "a paikallinen oppiaine" in the subject list (no KOSKI code has a star).</summary>
    public const string PaikallinenValinta = "*paikallinen";
    public const string OletusSuorituskieli = "FI";
    public const string OppiaineKoodisto = "koskioppiaineetyleissivistava";
    public const string AidinkieliKoodisto = "oppiaineaidinkielijakirjallisuus";
    public const string KieliKoodisto = "kielivalikoima";
    public const string SuorituskieliKoodisto = "kieli";
    private const string Vuosiviikkotuntia = "3";

    /// <summary>
    /// The subjects KOSKI's schema takes in nuorten perusopetus (MuuNuortenPerusopetuksenOppiaine, AI, the languages,
    /// KT), in KOSKI's UI order, with their koskioppiaineetyleissivistava names.
    /// </summary>
    public static IReadOnlyList<Valinta> Oppiaineet { get; } =
    [
        new("AI", "Äidinkieli ja kirjallisuus"), new("A1", "A1-kieli"), new("A2", "A2-kieli"), new("B1", "B1-kieli"),
        new("B2", "B2-kieli"), new("B3", "B3-kieli"), new("AOM", "Äidinkielenomainen kieli A-oppimäärä"),
        new("MA", "Matematiikka"), new("YL", "Ympäristöoppi"), new("BI", "Biologia"), new("GE", "Maantieto"),
        new("FY", "Fysiikka"), new("KE", "Kemia"), new("TE", "Terveystieto"), new("KT", "Uskonto/Elämänkatsomustieto"),
        new("ET", "Elämänkatsomustieto"), new("HI", "Historia"), new("YH", "Yhteiskuntaoppi"), new("MU", "Musiikki"),
        new("KU", "Kuvataide"), new("KS", "Käsityö"), new("LI", "Liikunta"), new("KO", "Kotitalous"),
        new("OP", "Opinto-ohjaus"), new("PS", "Psykologia"), new("FI", "Filosofia"),
    ];

    /// <summary>NuortenPerusopetuksenVierasTaiToinenKotimainenKieli: their kieli is of kielivalikoima.</summary>
    public static IReadOnlySet<string> Kieliaineet { get; } = new HashSet<string>(["A1", "A2", "B1", "B2", "B3", "AOM"], StringComparer.Ordinal);

    /// <summary>The code list of the subject's kieli, or null when the subject has none.</summary>
    public static string? KielenKoodisto(string oppiaine) =>
        oppiaine == "AI" ? AidinkieliKoodisto : Kieliaineet.Contains(oppiaine) ? KieliKoodisto : null;

    /// <summary>The diaarinumerot of the valid curricula of nuorten perusopetus (koskikoulutustendiaarinumerot, koulutustyyppi 16).</summary>
    public static IReadOnlyList<Valinta> Perusteet { get; } =
    [
        new("104/011/2014", "Perusopetuksen opetussuunnitelman perusteet 2014"),
        new("1/011/2004", "Perusopetuksen opetussuunnitelman perusteet 2004"),
    ];

    /// <summary>käyttäytymisenArvio: a number or S (PerusopetuksenKäyttäytymisenArviointi, arviointiasteikkoyleissivistava).</summary>
    public static IReadOnlyList<string> Kayttaytymisarvosanat { get; } = ["S", "4", "5", "6", "7", "8", "9", "10"];

    /// <summary>suorituskieli of the oppimäärä (or of the lisäopetus / esiopetus suoritus); kieli code, default FI.</summary>
    public string Suorituskieli { get; set; } = OletusSuorituskieli;

    /// <summary>perusteenDiaarinumero of the perusopetus oppimäärä and its vuosiluokat.</summary>
    public string Diaarinumero { get; set; } = Perusteet[0].Koodi;

    /// <summary>The diaarinumero as read; a vuosiluokka that had it follows the form's choice, one with another keeps its own.</summary>
    private string? _luettuDiaarinumero;

    /// <summary>
    /// The grades the päättötodistus takes for a subject (KoskiValidator.validatePäättötodistuksenSanallinenArviointi):
    /// S and H only for a yksilöllistetty or rajattu oppimäärä, opinto-ohjaus, a language (S), a paikallinen oppiaine
    /// and a valinnainen under two vuosiviikkotuntia; a valinnainen valtakunnallinen under two takes no number.
    /// A vuosiluokka takes every grade.
    /// </summary>
    public static IReadOnlyList<string> SallitutArvosanat(OppiaineRivi rivi, bool paattotodistus)
    {
        if (!paattotodistus || rivi.Yksilollistetty || rivi.Rajattu || rivi.Paikallinen || rivi.Oppiaine == "OP") return Arvosanat;
        var numerot = Arvosanat.Where(a => a.All(char.IsAsciiDigit)).ToList();
        if (!rivi.Pakollinen && rivi.Laajuus < 2) return ["S", "O"];
        if (!rivi.Pakollinen || Kieliaineet.Contains(rivi.Oppiaine)) return [.. numerot, "S"];
        return numerot;
    }

    private static OppiaineRivi LueOppiaine(JsonObject osasuoritus)
    {
        var moduuli = osasuoritus["koulutusmoduuli"] as JsonObject;
        var tunniste = moduuli?["tunniste"] as JsonObject;
        var paikallinen = tunniste is not null && !tunniste.ContainsKey("koodistoUri");
        return new OppiaineRivi
        {
            Oppiaine = Teksti(tunniste, "koodiarvo") ?? "",
            Paikallinen = paikallinen,
            PaikallinenNimi = paikallinen ? Teksti(tunniste?["nimi"], "fi") : null,
            Kieli = Teksti(moduuli?["kieli"], "koodiarvo"),
            Pakollinen = moduuli?["pakollinen"] is JsonValue p && p.TryGetValue<bool>(out var b) ? b : !paikallinen,
            Laajuus = Luku(moduuli?["laajuus"]?["arvo"]),
            Arvosana = Arvosana(osasuoritus), Yksilollistetty = Totuus(osasuoritus, "yksilöllistettyOppimäärä"),
            Rajattu = Totuus(osasuoritus, "rajattuOppimäärä"), Pohja = osasuoritus, Nimi = OsasuorituksenNimi(osasuoritus),
        };
    }

    /// <summary>An oppiaine of the form on top of its stored copy: only what the row changed is written.</summary>
    private static JsonObject Oppiaine(OppiaineRivi rivi, string tyyppi)
    {
        var oppiaine = Kopio(rivi.Pohja);
        if (oppiaine["koulutusmoduuli"] is not JsonObject moduuli) oppiaine["koulutusmoduuli"] = moduuli = new JsonObject();
        var tunniste = moduuli["tunniste"] as JsonObject;
        var koodi = rivi.Oppiaine.Trim();
        var sama = Teksti(tunniste, "koodiarvo") == koodi && tunniste!.ContainsKey("koodistoUri") != rivi.Paikallinen;
        if (!sama)
        {
            // Another subject: nothing of the old koulutusmoduuli (kieli, kuvaus …) belongs to it.
            oppiaine["koulutusmoduuli"] = moduuli = new JsonObject
            {
                ["tunniste"] = rivi.Paikallinen ? new JsonObject { ["koodiarvo"] = koodi } : Koodi(koodi, OppiaineKoodisto),
            };
            tunniste = moduuli["tunniste"]!.AsObject();
        }
        if (rivi.Paikallinen)
        {
            var nimi = rivi.PaikallinenNimi?.Trim() ?? "";
            if (Teksti(tunniste!["nimi"], "fi") != nimi) tunniste["nimi"] = new JsonObject { ["fi"] = nimi };
            if (!moduuli.ContainsKey("kuvaus")) moduuli["kuvaus"] = new JsonObject { ["fi"] = nimi };
        }
        if (!rivi.Paikallinen && KielenKoodisto(koodi) is { } kielet && rivi.Kieli is { Length: > 0 } kieli) Koodi(moduuli, "kieli", kieli, kielet);
        else if (!rivi.Paikallinen && KielenKoodisto(koodi) is null) moduuli.Remove("kieli");
        // KOSKI's default is pakollinen for a national subject and valinnainen for a paikallinen one.
        if (!sama || moduuli.ContainsKey("pakollinen") || rivi.Pakollinen == rivi.Paikallinen) moduuli["pakollinen"] = rivi.Pakollinen;
        AsetaLaajuus(moduuli, rivi.Laajuus);

        // An oppiaineen oppimäärä (a päätason suoritus) has no yksilöllistetty or rajattu oppimäärä of its own.
        Totuus(oppiaine, "yksilöllistettyOppimäärä", rivi.Yksilollistetty, uusi: rivi.Pohja is null && tyyppi != OppiaineenOppimaara);
        Totuus(oppiaine, "rajattuOppimäärä", rivi.Rajattu, uusi: rivi.Pohja is null && tyyppi == "perusopetuksenoppiaine");
        if (rivi.Pohja is null && tyyppi == "perusopetuksenoppiaine") oppiaine["painotettuOpetus"] = false;
        if (rivi.Pohja is null && tyyppi == "perusopetuksenlisaopetuksenoppiaine") oppiaine["korotus"] = false;
        if (rivi.Arvosana is null) oppiaine.Remove("arviointi");
        else if (Arvosana(oppiaine) != rivi.Arvosana)
            oppiaine["arviointi"] = new JsonArray(new JsonObject
            {
                ["arvosana"] = Koodi(rivi.Arvosana, "arviointiasteikkoyleissivistava"),
                ["hyväksytty"] = rivi.Arvosana is not ("4" or "H"),
            });
        // A stored osasuoritus keeps its type (e.g. a toiminta-alue, or muuperusopetuksenlisaopetuksensuoritus).
        if (!oppiaine.ContainsKey("tyyppi")) oppiaine["tyyppi"] = Koodi(tyyppi, "suorituksentyyppi");
        return oppiaine;
    }

    private static void AsetaLaajuus(JsonObject moduuli, decimal? laajuus)
    {
        if (laajuus is null)
        {
            moduuli.Remove("laajuus");
            return;
        }
        if (Luku(moduuli["laajuus"]?["arvo"]) == laajuus) return;
        if (moduuli["laajuus"] is not JsonObject l || Teksti(l["yksikkö"], "koodiarvo") != Vuosiviikkotuntia)
            moduuli["laajuus"] = l = new JsonObject { ["yksikkö"] = Koodi(Vuosiviikkotuntia, "opintojenlaajuusyksikko") };
        l["arvo"] = laajuus.Value;
    }

    private static void Osasuoritukset(JsonObject suoritus, List<OppiaineRivi> rivit, string tyyppi)
    {
        if (rivit.Count == 0 && !suoritus.ContainsKey("osasuoritukset")) return;
        suoritus["osasuoritukset"] = new JsonArray(rivit.Select(r => (JsonNode)Oppiaine(r, tyyppi)).ToArray());
    }

    private static void Kayttaytyminen(JsonObject suoritus, string? arvosana)
    {
        if (arvosana is null) suoritus.Remove("käyttäytymisenArvio");
        else if (Teksti(suoritus["käyttäytymisenArvio"]?["arvosana"], "koodiarvo") != arvosana)
            suoritus["käyttäytymisenArvio"] = new JsonObject { ["arvosana"] = Koodi(arvosana, "arviointiasteikkoyleissivistava") };
    }

    /// <summary>perusteenDiaarinumero of a perusopetus suoritus: the form's choice, unless the suoritus had another of its own.</summary>
    private void PerusopetuksenDiaari(JsonObject suoritus)
    {
        var moduuli = suoritus["koulutusmoduuli"]!.AsObject();
        var tallennettu = Teksti(moduuli, "perusteenDiaarinumero");
        if (tallennettu is null || tallennettu == _luettuDiaarinumero) Teksti(moduuli, "perusteenDiaarinumero", Diaarinumero);
    }

    private static decimal? Luku(JsonNode? arvo) =>
        arvo is JsonValue v && v.TryGetValue<decimal>(out var d) ? d
        : arvo is JsonValue s && s.TryGetValue<string>(out var t) && decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p
        : null;
}
