using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>The form as KOSKI's JSON: built anew, or applied on top of a copy of the stored document.</summary>
public sealed partial class SyottoLomake
{
    /// <summary>
    /// Whether the perusopetus study right has no oppimäärä suoritus (only vuosiluokat or an oppiaineen oppimäärä):
    /// the form then adds none.
    /// </summary>
    public bool IlmanPaasuoritusta { get; set; }

    /// <summary>
    /// Where among the vuosiluokat the stored oppimäärä stood (KOSKI keeps the order it was given); null on a new
    /// form, which puts the oppimäärä after its vuosiluokat.
    /// </summary>
    public int? OppimaaranPaikka { get; private set; }

    private int OppimaaranIndeksi => Math.Min(OppimaaranPaikka ?? Vuosiluokat.Count, Vuosiluokat.Count);

    /// <summary>Index in suoritukset of vuosiluokka <paramref name="rivi"/> of <see cref="Vuosiluokat"/>.</summary>
    public int VuosiluokanIndeksi(int rivi) => !IlmanPaasuoritusta && rivi >= OppimaaranIndeksi ? rivi + 1 : rivi;

    /// <summary>Index in suoritukset of the suoritus whose vahvistus the form edits, or null when none.</summary>
    public int? VahvistettavaIndeksi => Tyyppi switch
    {
        Perusopetus => IlmanPaasuoritusta ? null : OppimaaranIndeksi,
        Taiteenperusopetus => Tpo.Suoritukset.Count > 0 ? Tpo.Suoritukset.Count - 1 : null,
        // The alkuvaihe's vahvistus is in its own section.
        AikuistenPerusopetus => AikuistenOppimaaranIndeksi,
        _ => 0,
    };

    /// <summary>Index in suoritukset of the suoritus whose oppiaineet the form edits, or null when the type has none.</summary>
    public int? OppiaineidenIndeksi => Tyyppi switch
    {
        Perusopetus => IlmanPaasuoritusta ? null : OppimaaranIndeksi,
        Lisaopetus => 0,
        _ => null,
    };

    /// <summary>How many päätason suoritukset the document has; the form never removes the last one.</summary>
    public int PaatasonSuorituksia => MuutSuoritukset.Count + Tyyppi switch
    {
        Perusopetus => Vuosiluokat.Count + (IlmanPaasuoritusta ? 0 : 1) + Aineopinnot.Count,
        Taiteenperusopetus => Tpo.Suoritukset.Count,
        AikuistenPerusopetus => (Aikuiset.Oppimaara ? 1 : 0) + (Aikuiset.Alkuvaihe ? 1 : 0),
        _ => 1,
    };

    public JsonObject Dokumentti()
    {
        var oo = Pohja?.DeepClone().AsObject() ?? new JsonObject();
        Koodi(oo, "tyyppi", Tyyppi, "opiskeluoikeudentyyppi");
        if (Teksti(oo["oppilaitos"], "oid") != OppilaitosOid) oo["oppilaitos"] = new JsonObject { ["oid"] = OppilaitosOid };
        if (oo["tila"] is not JsonObject tila) oo["tila"] = tila = new JsonObject();
        tila["opiskeluoikeusjaksot"] = new JsonArray(Jaksot.Select(Jakso).ToArray());
        PaivitaPaivat(oo);
        if (Tyyppi == Taiteenperusopetus) TaiteenperusopetuksenKentat(oo);
        if (Tyyppi == Esiopetus) Jarjestaminen(oo);
        if (LisatiedotMuokattavissa && Lisatietokentat.Tyypilla(Tyyppi)) AsetaLisatiedot(oo);

        List<JsonObject> suoritukset = Tyyppi switch
        {
            Perusopetus => PerusopetuksenSuoritukset(),
            Taiteenperusopetus => Tpo.Suoritukset.Select(TaiteenperusopetuksenSuoritus).ToList(),
            Lisaopetus => [LisaopetuksenSuoritus()],
            AikuistenPerusopetus => AikuistenSuoritukset(),
            Valmistava => [ValmistavanSuoritus()],
            _ => new List<JsonObject> { EsiopetuksenSuoritus() },
        };
        if (VahvistettavaIndeksi is { } v && v < suoritukset.Count) Vahvista(suoritukset[v], Vahvistus);
        oo["suoritukset"] = new JsonArray([.. suoritukset, .. MuutSuoritukset.Select(s => s.DeepClone())]);
        // Without the right the form writes no catalogue field; the stored ones come back on save (PiilotetutTiedot).
        if (!LisatiedotMuokattavissa) ArkaluonteisetTiedot.Poista(oo);
        return oo;
    }

    private JsonNode Jakso(JaksoRivi rivi)
    {
        var jakso = Kopio(rivi.Pohja);
        Teksti(jakso, "alku", Paiva(rivi.Alku));
        Koodi(jakso, "tila", rivi.Tila, "koskiopiskeluoikeudentila");
        if (Tyyppi == AikuistenPerusopetus && rivi.Rahoitus is null) jakso.Remove("opintojenRahoitus");
        else if (Tyyppi == AikuistenPerusopetus) Koodi(jakso, "opintojenRahoitus", rivi.Rahoitus!, RahoitusKoodisto);
        return jakso;
    }

    /// <summary>A stored alkamispäivä / päättymispäivä must follow the jaksot (validation catalogue), so they are recomputed.</summary>
    private void PaivitaPaivat(JsonObject oo)
    {
        var alku = Jaksot.FirstOrDefault()?.Alku;
        if (oo.ContainsKey("alkamispäivä")) Teksti(oo, "alkamispäivä", Paiva(alku));
        if (oo.ContainsKey("päättymispäivä") || Pohja is not null && oo.ContainsKey("alkamispäivä"))
        {
            var viimeinen = Jaksot.LastOrDefault();
            Teksti(oo, "päättymispäivä", viimeinen is not null && Domain.Opiskeluoikeudet.Tilat.OnPaattava(viimeinen.Tila) ? Paiva(viimeinen.Alku) : null);
        }
    }

    private void TaiteenperusopetuksenKentat(JsonObject oo)
    {
        Koodi(oo, "oppimäärä", Tpo.Oppimaara, "taiteenperusopetusoppimaara");
        Koodi(oo, "koulutuksenToteutustapa", Tpo.Toteutustapa, "taiteenperusopetuskoulutuksentoteutustapa");
        if (Tpo.Toteutustapa == Hankintakoulutus) Koulutustoimija(oo);
    }

    private void Jarjestaminen(JsonObject oo)
    {
        if (Jarjestamismuoto is null)
        {
            oo.Remove("järjestämismuoto");
            return;
        }
        Koodi(oo, "järjestämismuoto", Jarjestamismuoto, "vardajarjestamismuoto");
        Koulutustoimija(oo);
    }

    /// <summary>The buyer of a bought education is its koulutustoimija (docs/DOMAIN.md §6).</summary>
    private void Koulutustoimija(JsonObject oo)
    {
        if (OstajaOid is not null && Teksti(oo["koulutustoimija"], "oid") != OstajaOid)
            oo["koulutustoimija"] = new JsonObject { ["oid"] = OstajaOid };
    }

    private void AsetaLisatiedot(JsonObject oo)
    {
        var lisatiedot = oo["lisätiedot"] as JsonObject ?? new JsonObject();
        foreach (var kentta in Lisatietokentat.Kaikki)
        {
            var rivit = Lisatiedot.Where(r => r.Kentta == kentta.Nimi).Select(Aikajakso).ToList();
            if (rivit.Count == 0) lisatiedot.Remove(kentta.Nimi);
            else if (kentta.Yksi) lisatiedot[kentta.Nimi] = rivit[0];
            else lisatiedot[kentta.Nimi] = new JsonArray([.. rivit]);
        }
        AsetaTukijaksot(lisatiedot);
        if (lisatiedot.Count > 0 && lisatiedot.Parent is null) oo["lisätiedot"] = lisatiedot;
        else if (lisatiedot.Count == 0) oo.Remove("lisätiedot");
    }

    private static JsonObject Aikajakso(LisatietoRivi rivi)
    {
        var jakso = Kopio(rivi.Pohja);
        Teksti(jakso, "alku", Paiva(rivi.Alku));
        Teksti(jakso, "loppu", Paiva(rivi.Loppu));
        return jakso;
    }

    private List<JsonObject> PerusopetuksenSuoritukset()
    {
        var suoritukset = Vuosiluokat.Select(Vuosiluokka).ToList();
        if (!IlmanPaasuoritusta) suoritukset.Insert(OppimaaranIndeksi, PerusopetuksenOppimaara());
        suoritukset.AddRange(Aineopinnot.Select(Aineopinto));
        return suoritukset;
    }

    private JsonObject Vuosiluokka(VuosiluokkaRivi rivi)
    {
        var suoritus = Kopio(rivi.Pohja);
        Koulutusmoduuli(suoritus, rivi.Luokkaaste, "perusopetuksenluokkaaste", Diaarinumero, valittu: true);
        PerusopetuksenDiaari(suoritus);
        Teksti(suoritus, "luokka", string.IsNullOrWhiteSpace(rivi.Luokka) ? null : rivi.Luokka.Trim());
        Perustiedot(suoritus, rivi.Suorituskieli);
        Teksti(suoritus, "alkamispäivä", Paiva(rivi.Alkamispaiva));
        Vahvista(suoritus, rivi.Vahvistus);
        suoritus["jääLuokalle"] = rivi.JaaLuokalle;
        Kayttaytyminen(suoritus, rivi.Kayttaytyminen);
        Osasuoritukset(suoritus, rivi.OppiaineRivit, "perusopetuksenoppiaine");
        Koodi(suoritus, "tyyppi", "perusopetuksenvuosiluokka", "suorituksentyyppi");
        return suoritus;
    }

    private JsonObject PerusopetuksenOppimaara()
    {
        var suoritus = Kopio(PaasuoritusPohja);
        Koulutusmoduuli(suoritus, "201101", "koulutus", Diaarinumero);
        PerusopetuksenDiaari(suoritus);
        Perustiedot(suoritus, Suorituskieli);
        if (!suoritus.ContainsKey("suoritustapa")) suoritus["suoritustapa"] = Koodi("koulutus", "perusopetuksensuoritustapa");
        Koodi(suoritus, "tyyppi", "perusopetuksenoppimaara", "suorituksentyyppi");
        Osasuoritukset(suoritus, OppiaineRivit, "perusopetuksenoppiaine");
        return suoritus;
    }

    private JsonObject LisaopetuksenSuoritus()
    {
        var suoritus = Kopio(PaasuoritusPohja);
        Koulutusmoduuli(suoritus, "020075", "koulutus", "105/011/2014");
        Perustiedot(suoritus, Suorituskieli);
        Koodi(suoritus, "tyyppi", "perusopetuksenlisaopetus", "suorituksentyyppi");
        Osasuoritukset(suoritus, OppiaineRivit, "perusopetuksenlisaopetuksenoppiaine");
        return suoritus;
    }

    private JsonObject EsiopetuksenSuoritus()
    {
        var suoritus = Kopio(PaasuoritusPohja);
        Koulutusmoduuli(suoritus, "001101", "koulutus", "102/011/2014");
        Perustiedot(suoritus, Suorituskieli);
        Koodi(suoritus, "tyyppi", "esiopetuksensuoritus", "suorituksentyyppi");
        return suoritus;
    }

    private JsonObject TaiteenperusopetuksenSuoritus(TpoSuoritusRivi rivi)
    {
        var suoritus = Kopio(rivi.Pohja);
        Koulutusmoduuli(suoritus, "999907", "koulutus", Taiteenperusopetusta.Diaarinumero(Tpo.Oppimaara));
        var moduuli = suoritus["koulutusmoduuli"]!.AsObject();
        Koodi(moduuli, "taiteenala", Tpo.Taiteenala, "taiteenperusopetustaiteenala");
        if (!suoritus.ContainsKey("toimipiste")) suoritus["toimipiste"] = new JsonObject { ["oid"] = OppilaitosOid };
        Koodi(suoritus, "tyyppi", Taiteenperusopetusta.Suoritustyyppi(Tpo.Oppimaara, rivi.Taso), "suorituksentyyppi");
        return suoritus;
    }

    /// <summary>Toimipiste of a new suoritus (a stored suoritus keeps its own) and the suorituskieli chosen.</summary>
    private void Perustiedot(JsonObject suoritus, string suorituskieli)
    {
        if (!suoritus.ContainsKey("toimipiste")) suoritus["toimipiste"] = new JsonObject { ["oid"] = OppilaitosOid };
        Koodi(suoritus, "suorituskieli", suorituskieli, SuorituskieliKoodisto);
    }

    /// <summary>The form's tunniste; a stored päätason suoritus keeps its own (e.g. 001102 kaksikielinen esiopetus) unless the form chooses it.</summary>
    private static void Koulutusmoduuli(JsonObject suoritus, string tunniste, string koodistoUri, string diaarinumero, bool valittu = false)
    {
        if (suoritus["koulutusmoduuli"] is not JsonObject moduuli) suoritus["koulutusmoduuli"] = moduuli = new JsonObject();
        if (valittu || !moduuli.ContainsKey("tunniste")) Koodi(moduuli, "tunniste", tunniste, koodistoUri);
        // A stored diaarinumero is kept; only the TPO one follows the oppimäärä chosen.
        if (Teksti(moduuli, "perusteenDiaarinumero") is null || tunniste == "999907") Teksti(moduuli, "perusteenDiaarinumero", diaarinumero);
    }

    /// <summary>The valid grade of an osasuoritus: KOSKI's last arviointi.</summary>
    internal static string? Arvosana(JsonObject suoritus) =>
        (suoritus["arviointi"] as JsonArray)?.LastOrDefault() is JsonObject viimeinen ? Teksti(viimeinen["arvosana"], "koodiarvo") : null;

    private void Vahvista(JsonObject suoritus, Vahvistustiedot tiedot)
    {
        if (tiedot.Paiva is null)
        {
            suoritus.Remove("vahvistus");
            return;
        }
        if (suoritus["vahvistus"] is not JsonObject vahvistus) suoritus["vahvistus"] = vahvistus = new JsonObject();
        Teksti(vahvistus, "päivä", Paiva(tiedot.Paiva));
        Koodi(vahvistus, "paikkakunta", tiedot.Paikkakunta ?? "", "kunta");
        if (!vahvistus.ContainsKey("myöntäjäOrganisaatio")) vahvistus["myöntäjäOrganisaatio"] = new JsonObject { ["oid"] = OppilaitosOid };
        if (vahvistus["myöntäjäHenkilöt"] is not JsonArray { Count: > 0 } henkilot || henkilot[0] is not JsonObject henkilo)
        {
            henkilo = new JsonObject { ["organisaatio"] = new JsonObject { ["oid"] = OppilaitosOid } };
            vahvistus["myöntäjäHenkilöt"] = new JsonArray(henkilo);
        }
        Teksti(henkilo, "nimi", tiedot.MyontajaNimi ?? "");
        if (Teksti(henkilo["titteli"], "fi") != (tiedot.MyontajaTitteli ?? "")) henkilo["titteli"] = new JsonObject { ["fi"] = tiedot.MyontajaTitteli ?? "" };
    }

    private static JsonObject Kopio(JsonObject? pohja) => pohja?.DeepClone().AsObject() ?? new JsonObject();

    /// <summary>Sets a code unless the same koodiarvo is there already (which keeps its nimi and koodistoVersio).</summary>
    private static void Koodi(JsonObject kohde, string kentta, string koodiarvo, string koodistoUri)
    {
        if (Teksti(kohde[kentta], "koodiarvo") != koodiarvo) kohde[kentta] = Koodi(koodiarvo, koodistoUri);
    }

    private static JsonObject Koodi(string koodiarvo, string koodistoUri) =>
        new() { ["koodiarvo"] = koodiarvo, ["koodistoUri"] = koodistoUri };

    /// <summary>Sets a text, or removes the field when there is none; an equal value is left as is.</summary>
    private static void Teksti(JsonObject kohde, string kentta, string? arvo)
    {
        if (arvo is null) kohde.Remove(kentta);
        else if (Teksti(kohde, kentta) != arvo) kohde[kentta] = arvo;
    }

    /// <summary>A flag KOSKI defaults to false: written when true, when already there, or on a new suoritus.</summary>
    private static void Totuus(JsonObject kohde, string kentta, bool arvo, bool uusi)
    {
        if (arvo || uusi || kohde.ContainsKey(kentta)) kohde[kentta] = arvo;
    }

    internal static string? Teksti(JsonNode? solmu, string kentta) =>
        solmu is JsonObject o && o[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? Paiva(DateTime? paiva) => paiva?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
