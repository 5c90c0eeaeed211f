using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// Aikuisten perusopetus as KOSKI's schema has it (AikuistenPerusopetus.scala, AikuistenPerusopetuksenAlkuvaihe.scala)
/// and KOSKI's UI creates it (aikuistenPerusopetus.ts): the oppimäärä (perusteet 2015 or 2017) and its alkuvaihe, each a
/// päätason suoritus with oppiaineet and their kurssit; every tila jakso carries its opintojenRahoitus. Oppiaineen
/// oppimäärät of the type are kept as stored (<see cref="MuutSuoritukset"/>).
/// </summary>
public sealed partial class SyottoLomake
{
    public const string AikuistenPerusopetus = "aikuistenperusopetus";
    public const string AikuistenOppimaara = "aikuistenperusopetuksenoppimaara";
    public const string AikuistenAlkuvaihe = "aikuistenperusopetuksenoppimaaranalkuvaihe";
    public const string AikuistenPeruste2015 = "19/011/2015";
    public const string AikuistenPeruste2017 = "OPH-1280-2017";
    public const string AlkuvaiheenOppiaineKoodisto = "aikuistenperusopetuksenalkuvaiheenoppiaineet";
    public const string Kurssit2015 = "aikuistenperusopetuksenkurssit2015";
    public const string PaattovaiheenKurssit2017 = "aikuistenperusopetuksenpaattovaiheenkurssit2017";
    public const string AlkuvaiheenKurssit2017 = "aikuistenperusopetuksenalkuvaiheenkurssit2017";
    public const string RahoitusKoodisto = "opintojenrahoitus";
    private const string Kursseja = "4";

    /// <summary>The diaarinumerot of aikuisten perusopetus (koskikoulutustendiaarinumerot, koulutustyyppi 17).</summary>
    public static IReadOnlyList<Valinta> AikuistenPerusteet { get; } =
    [
        new(AikuistenPeruste2017, "Aikuisten perusopetuksen opetussuunnitelman perusteet 2017"),
        new(AikuistenPeruste2015, "Aikuisten perusopetuksen opetussuunnitelman perusteet 2015"),
    ];

    /// <summary>opintojenrahoitus of an aikuisten perusopetus jakso: AikuistenPerusopetuksenOpiskeluoikeusjakso takes 1 and 6.</summary>
    public static IReadOnlyList<Valinta> AikuistenRahoitukset { get; } =
        [new("1", "Valtionosuusrahoitteinen koulutus"), new("6", "Muuta kautta rahoitettu")];

    /// <summary>The tilat whose jakso needs a rahoitus in aikuisten perusopetus (KOSKI's tilaltaPuuttuuRahoitusmuoto).</summary>
    public static bool RahoitusTilalla(string tyyppi, string tila) => tyyppi == AikuistenPerusopetus && tila is "lasna" or "valmistunut";

    /// <summary>The subjects of the päättövaihe (AikuistenPerusopetuksenOppiaine): the nuorten ones but YL, with OPA.
    /// Built on first use: <see cref="Oppiaineet"/> is initialised in another part of the class.</summary>
    public static IReadOnlyList<Valinta> AikuistenOppiaineet =>
        _aikuistenOppiaineet ??= [.. Oppiaineet.Where(o => o.Koodi is not ("YL" or "AOM")), new("OPA", "Perusopetuksen opinto-ohjaus ja työelämän taidot")];

    private static IReadOnlyList<Valinta>? _aikuistenOppiaineet;

    /// <summary>aikuistenperusopetuksenalkuvaiheenoppiaineet (MuuAikuistenPerusopetuksenAlkuvaiheenOppiaine, AI, A1).</summary>
    public static IReadOnlyList<Valinta> AlkuvaiheenOppiaineet { get; } =
    [
        new("AI", "Äidinkieli ja kirjallisuus"), new("A1", "Vieras kieli"), new("MA", "Matematiikka"),
        new("YH", "Yhteiskuntatietous ja kulttuurintuntemus"), new("YL", "Ympäristö- ja luonnontieto"), new("TE", "Terveystieto"),
        new("OP", "Opinto-ohjaus ja työelämän taidot"),
    ];

    public AikuistenPerusopetuksen Aikuiset { get; set; } = new();

    public sealed class AikuistenPerusopetuksen
    {
        public string Diaarinumero { get; set; } = AikuistenPeruste2017;
        /// <summary>Whether the study right has the oppimäärä (päättövaihe) suoritus.</summary>
        public bool Oppimaara { get; set; } = true;
        /// <summary>Whether it has the alkuvaihe suoritus.</summary>
        public bool Alkuvaihe { get; set; }
        /// <summary>KOSKI keeps the order it was given: false when a stored oppimäärä stood before its alkuvaihe.</summary>
        public bool AlkuvaiheEnsin { get; set; } = true;
        public List<AikuistenOppiaineRivi> Oppiaineet { get; set; } = [];
        public List<AikuistenOppiaineRivi> AlkuvaiheenOppiaineet { get; set; } = [];
        public string AlkuvaiheenSuorituskieli { get; set; } = OletusSuorituskieli;
        public Vahvistustiedot AlkuvaiheenVahvistus { get; set; } = new();
        public JsonObject? OppimaaraPohja { get; set; }
        public JsonObject? AlkuvaihePohja { get; set; }
    }

    /// <summary>An oppiaine of the oppimäärä or the alkuvaihe with its grade and its kurssit.</summary>
    public sealed class AikuistenOppiaineRivi
    {
        /// <summary>koskioppiaineetyleissivistava (päättövaihe) or aikuistenperusopetuksenalkuvaiheenoppiaineet code.</summary>
        public string Oppiaine { get; set; } = "MA";
        public string? Kieli { get; set; }
        public bool Pakollinen { get; set; } = true;
        public decimal? Laajuus { get; set; }
        public string? Arvosana { get; set; }
        public List<KurssiRivi> Kurssit { get; set; } = [];
        /// <summary>The stored name of a subject outside the form's list (e.g. a paikallinen one).</summary>
        public string? Nimi { get; set; }
        public JsonObject? Pohja { get; set; }
    }

    /// <summary>A kurssi of a code list (<see cref="KurssiKoodisto"/>) with its grade and the day it was given.</summary>
    public sealed class KurssiRivi
    {
        public string Kurssi { get; set; } = "";
        public string? Arvosana { get; set; }
        public DateTime? Paiva { get; set; }
        public string? Nimi { get; set; }
        public JsonObject? Pohja { get; set; }
    }

    /// <summary>The code list of the kurssit: the alkuvaihe's 2017 list, or the päättövaihe's of the chosen peruste.</summary>
    public string KurssiKoodisto(bool alkuvaihe) =>
        alkuvaihe ? AlkuvaiheenKurssit2017 : Aikuiset.Diaarinumero == AikuistenPeruste2015 ? Kurssit2015 : PaattovaiheenKurssit2017;

    /// <summary>Index in suoritukset of the alkuvaihe, or null when there is none.</summary>
    public int? AlkuvaiheenIndeksi => !Aikuiset.Alkuvaihe ? null : Aikuiset.AlkuvaiheEnsin || !Aikuiset.Oppimaara ? 0 : 1;

    /// <summary>Index in suoritukset of the aikuisten oppimäärä, or null when there is none.</summary>
    public int? AikuistenOppimaaranIndeksi => !Aikuiset.Oppimaara ? null : Aikuiset.Alkuvaihe && Aikuiset.AlkuvaiheEnsin ? 1 : 0;

    private List<JsonObject> AikuistenSuoritukset()
    {
        var suoritukset = new List<JsonObject>();
        if (Aikuiset.Oppimaara) suoritukset.Add(AikuistenOppimaaranSuoritus());
        if (Aikuiset.Alkuvaihe) suoritukset.Insert(AlkuvaiheenIndeksi!.Value, AlkuvaiheenSuoritus());
        return suoritukset;
    }

    private JsonObject AikuistenOppimaaranSuoritus()
    {
        var suoritus = Kopio(Aikuiset.OppimaaraPohja);
        Koulutusmoduuli(suoritus, "201101", "koulutus", Aikuiset.Diaarinumero);
        Teksti(suoritus["koulutusmoduuli"]!.AsObject(), "perusteenDiaarinumero", Aikuiset.Diaarinumero);
        Perustiedot(suoritus, Suorituskieli);
        if (!suoritus.ContainsKey("suoritustapa")) suoritus["suoritustapa"] = Koodi("koulutus", "perusopetuksensuoritustapa");
        Koodi(suoritus, "tyyppi", AikuistenOppimaara, "suorituksentyyppi");
        AikuistenOsasuoritukset(suoritus, Aikuiset.Oppiaineet, alkuvaihe: false);
        return suoritus;
    }

    private JsonObject AlkuvaiheenSuoritus()
    {
        var suoritus = Kopio(Aikuiset.AlkuvaihePohja);
        Koulutusmoduuli(suoritus, AikuistenAlkuvaihe, "suorituksentyyppi", Aikuiset.Diaarinumero);
        Teksti(suoritus["koulutusmoduuli"]!.AsObject(), "perusteenDiaarinumero", Aikuiset.Diaarinumero);
        Perustiedot(suoritus, Aikuiset.AlkuvaiheenSuorituskieli);
        if (!suoritus.ContainsKey("suoritustapa")) suoritus["suoritustapa"] = Koodi("koulutus", "perusopetuksensuoritustapa");
        Koodi(suoritus, "tyyppi", AikuistenAlkuvaihe, "suorituksentyyppi");
        AikuistenOsasuoritukset(suoritus, Aikuiset.AlkuvaiheenOppiaineet, alkuvaihe: true);
        Vahvista(suoritus, Aikuiset.AlkuvaiheenVahvistus);
        return suoritus;
    }

    private void AikuistenOsasuoritukset(JsonObject suoritus, List<AikuistenOppiaineRivi> rivit, bool alkuvaihe)
    {
        if (rivit.Count == 0 && !suoritus.ContainsKey("osasuoritukset")) return;
        suoritus["osasuoritukset"] = new JsonArray(rivit.Select(r => (JsonNode)AikuistenOppiaine(r, alkuvaihe)).ToArray());
    }

    private JsonObject AikuistenOppiaine(AikuistenOppiaineRivi rivi, bool alkuvaihe)
    {
        var oppiaine = Kopio(rivi.Pohja);
        if (oppiaine["koulutusmoduuli"] is not JsonObject moduuli) oppiaine["koulutusmoduuli"] = moduuli = new JsonObject();
        var koodi = rivi.Oppiaine.Trim();
        var tunniste = moduuli["tunniste"] as JsonObject;
        var sama = Teksti(tunniste, "koodiarvo") == koodi;
        // Another subject: nothing of the old koulutusmoduuli (kieli, kuvaus …) belongs to it.
        if (!sama)
            oppiaine["koulutusmoduuli"] = moduuli = new JsonObject
            {
                ["tunniste"] = Koodi(koodi, alkuvaihe ? AlkuvaiheenOppiaineKoodisto : OppiaineKoodisto),
            };
        var paikallinen = sama && !tunniste!.ContainsKey("koodistoUri");
        if (!paikallinen && KielenKoodisto(koodi) is { } kielet && rivi.Kieli is { Length: > 0 } kieli) Koodi(moduuli, "kieli", kieli, kielet);
        else if (!paikallinen && KielenKoodisto(koodi) is null) moduuli.Remove("kieli");
        // The alkuvaihe's oppiaineet have no pakollinen; the päättövaihe's default to pakollinen (paikallinen: valinnainen).
        if (!alkuvaihe && (!sama || moduuli.ContainsKey("pakollinen") || rivi.Pakollinen == paikallinen)) moduuli["pakollinen"] = rivi.Pakollinen;
        Laajuus(moduuli, rivi.Laajuus, Vuosiviikkotuntia);
        Arviointi(oppiaine, rivi.Arvosana, null, paivallinen: false);
        if (rivi.Kurssit.Count > 0 || oppiaine.ContainsKey("osasuoritukset"))
            oppiaine["osasuoritukset"] = new JsonArray(rivi.Kurssit.Select(k => (JsonNode)Kurssi(k, alkuvaihe)).ToArray());
        if (!oppiaine.ContainsKey("tyyppi"))
            oppiaine["tyyppi"] = Koodi(alkuvaihe ? "aikuistenperusopetuksenalkuvaiheenoppiaine" : "aikuistenperusopetuksenoppiaine", "suorituksentyyppi");
        return oppiaine;
    }

    private JsonObject Kurssi(KurssiRivi rivi, bool alkuvaihe)
    {
        var kurssi = Kopio(rivi.Pohja);
        var koodi = rivi.Kurssi.Trim();
        if (Teksti(kurssi["koulutusmoduuli"]?["tunniste"], "koodiarvo") != koodi)
            kurssi["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi(koodi, KurssiKoodisto(alkuvaihe)),
                ["laajuus"] = new JsonObject { ["arvo"] = 1m, ["yksikkö"] = Koodi(Kursseja, "opintojenlaajuusyksikko") },
            };
        // KOSKI refuses a kurssi's arviointi without its day (arviointipäiväPuuttuu).
        Arviointi(kurssi, rivi.Arvosana, rivi.Paiva);
        if (!kurssi.ContainsKey("tyyppi"))
            kurssi["tyyppi"] = Koodi(alkuvaihe ? "aikuistenperusopetuksenalkuvaiheenkurssi" : "aikuistenperusopetuksenkurssi", "suorituksentyyppi");
        return kurssi;
    }

    /// <summary>
    /// The latest arviointi as the form has it; an earlier one stays (KOSKI keeps a raised grade's history). A day is
    /// written when the form has one (kurssit).
    /// </summary>
    private static void Arviointi(JsonObject suoritus, string? arvosana, DateTime? paiva, bool paivallinen = true)
    {
        if (arvosana is null)
        {
            suoritus.Remove("arviointi");
            return;
        }
        var viimeinen = (suoritus["arviointi"] as JsonArray)?.LastOrDefault() as JsonObject;
        if (Arvosana(suoritus) == arvosana && (!paivallinen || Teksti(viimeinen, "päivä") == Paiva(paiva))) return;
        var uusi = new JsonObject { ["arvosana"] = Koodi(arvosana, "arviointiasteikkoyleissivistava") };
        if (paiva is not null) uusi["päivä"] = Paiva(paiva);
        uusi["hyväksytty"] = arvosana is not ("4" or "H");
        if (suoritus["arviointi"] is JsonArray { Count: > 0 } arvioinnit) arvioinnit[^1] = uusi;
        else suoritus["arviointi"] = new JsonArray(uusi);
    }

    /// <summary>A laajuus in the stored unit, or in <paramref name="oletusyksikko"/> on a new one.</summary>
    private static void Laajuus(JsonObject kohde, decimal? arvo, string oletusyksikko, string kentta = "laajuus")
    {
        if (arvo is null)
        {
            kohde.Remove(kentta);
            return;
        }
        if (Luku(kohde[kentta]?["arvo"]) == arvo) return;
        if (kohde[kentta] is not JsonObject laajuus)
            kohde[kentta] = laajuus = new JsonObject { ["arvo"] = arvo.Value, ["yksikkö"] = Koodi(oletusyksikko, "opintojenlaajuusyksikko") };
        else laajuus["arvo"] = arvo.Value;
    }

    private bool LueAikuistenSuoritus(string? tyyppi, JsonObject suoritus)
    {
        if (Tyyppi != AikuistenPerusopetus) return false;
        if (tyyppi == AikuistenOppimaara && Aikuiset.OppimaaraPohja is null)
        {
            Aikuiset.OppimaaraPohja = suoritus;
            Aikuiset.Oppimaara = true;
            Aikuiset.Oppiaineet = Objektit(suoritus["osasuoritukset"]).Select(LueAikuistenOppiaine).ToList();
            Suorituskieli = Teksti(suoritus["suorituskieli"], "koodiarvo") ?? OletusSuorituskieli;
            Vahvistus = LueVahvistus(suoritus);
            Aikuiset.Diaarinumero = Teksti(suoritus["koulutusmoduuli"], "perusteenDiaarinumero") ?? Aikuiset.Diaarinumero;
            if (Aikuiset.AlkuvaihePohja is null) Aikuiset.AlkuvaiheEnsin = false;
            return true;
        }
        if (tyyppi == AikuistenAlkuvaihe && Aikuiset.AlkuvaihePohja is null)
        {
            Aikuiset.AlkuvaihePohja = suoritus;
            Aikuiset.Alkuvaihe = true;
            Aikuiset.AlkuvaiheenOppiaineet = Objektit(suoritus["osasuoritukset"]).Select(LueAikuistenOppiaine).ToList();
            Aikuiset.AlkuvaiheenSuorituskieli = Teksti(suoritus["suorituskieli"], "koodiarvo") ?? OletusSuorituskieli;
            Aikuiset.AlkuvaiheenVahvistus = LueVahvistus(suoritus);
            if (Aikuiset.OppimaaraPohja is null)
            {
                Aikuiset.AlkuvaiheEnsin = true;
                Aikuiset.Diaarinumero = Teksti(suoritus["koulutusmoduuli"], "perusteenDiaarinumero") ?? Aikuiset.Diaarinumero;
            }
            return true;
        }
        return false;
    }

    private static AikuistenOppiaineRivi LueAikuistenOppiaine(JsonObject osasuoritus)
    {
        var moduuli = osasuoritus["koulutusmoduuli"] as JsonObject;
        var tunniste = moduuli?["tunniste"] as JsonObject;
        var paikallinen = tunniste is not null && !tunniste.ContainsKey("koodistoUri");
        return new AikuistenOppiaineRivi
        {
            Oppiaine = Teksti(tunniste, "koodiarvo") ?? "",
            Kieli = Teksti(moduuli?["kieli"], "koodiarvo"),
            Pakollinen = moduuli?["pakollinen"] is JsonValue p && p.TryGetValue<bool>(out var b) ? b : !paikallinen,
            Laajuus = Luku(moduuli?["laajuus"]?["arvo"]),
            Arvosana = Arvosana(osasuoritus),
            Kurssit = Objektit(osasuoritus["osasuoritukset"]).Select(LueKurssi).ToList(),
            Nimi = OsasuorituksenNimi(osasuoritus),
            Pohja = osasuoritus,
        };
    }

    private static KurssiRivi LueKurssi(JsonObject kurssi) => new()
    {
        Kurssi = Teksti(kurssi["koulutusmoduuli"]?["tunniste"], "koodiarvo") ?? "",
        Arvosana = Arvosana(kurssi),
        Paiva = Paivaksi(Teksti((kurssi["arviointi"] as JsonArray)?.LastOrDefault(), "päivä")),
        Nimi = OsasuorituksenNimi(kurssi),
        Pohja = kurssi,
    };

    /// <summary>The form's gaps in aikuisten perusopetus: a language without its kieli, a kurssi without its code.</summary>
    private IEnumerable<Domain.Validointi.ValidointiVirhe> AikuistenPuutteet()
    {
        if (Tyyppi != AikuistenPerusopetus) yield break;
        foreach (var (rivit, indeksi) in new[] { (Aikuiset.Oppiaineet, AikuistenOppimaaranIndeksi), (Aikuiset.AlkuvaiheenOppiaineet, AlkuvaiheenIndeksi) })
        {
            if (indeksi is null) continue;
            for (var i = 0; i < rivit.Count; i++)
            {
                var polku = $"suoritukset[{indeksi}].osasuoritukset[{i}]";
                if (KielenKoodisto(rivit[i].Oppiaine) is not null && string.IsNullOrEmpty(rivit[i].Kieli) && rivit[i].Pohja is null)
                    yield return new(Skeemavirhe, "Valitse oppiaineen kieli.", $"{polku}.koulutusmoduuli.kieli");
                for (var k = 0; k < rivit[i].Kurssit.Count; k++)
                    if (string.IsNullOrWhiteSpace(rivit[i].Kurssit[k].Kurssi))
                        yield return new(Skeemavirhe, "Valitse kurssi.", $"{polku}.osasuoritukset[{k}].koulutusmoduuli.tunniste");
            }
        }
    }
}
