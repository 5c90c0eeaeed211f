using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// Perusopetukseen valmistava opetus as KOSKI's schema has it (PerusopetukseenValmistavaOpetus.scala) and its UI creates
/// it (perusopetukseenValmistava.ts): one suoritus (koulutus 999905) whose oppiaineet are paikalliset, each with its
/// opetuksen sisältö, laajuus in vuosiviikkotunnit and a sanallinen arviointi; the kokonaislaajuus in tunnit (KOSKI's
/// perusopetukseenValmistavaOpetusKokonaislaajuusYksikköEiTunneissa). A perusopetuksen oppiaine studied in it is kept
/// as stored.
/// </summary>
public sealed partial class SyottoLomake
{
    public const string Valmistava = "perusopetukseenvalmistavaopetus";
    public const string ValmistavanOppiaine = "perusopetukseenvalmistavanopetuksenoppiaine";
    public const string ValmistavanPeruste = "57/011/2015";
    private const string Tunteja = "5";

    /// <summary>SanallinenPerusopetuksenOppiaineenArviointi: S (hyväksytty), H (hylätty), O (osallistunut).</summary>
    public static IReadOnlyList<string> SanallisetArvosanat { get; } = ["S", "H", "O"];

    public PerusopetukseenValmistavan ValmistavaOpetus { get; set; } = new();

    public sealed class PerusopetukseenValmistavan
    {
        /// <summary>Oppiaineiden kokonaislaajuus in tunnit.</summary>
        public decimal? Kokonaislaajuus { get; set; }
        public List<ValmistavaOppiaineRivi> Oppiaineet { get; set; } = [];
    }

    /// <summary>A paikallinen oppiaine of the valmistava opetus (or a stored perusopetuksen oppiaine, <see cref="Muokattava"/> false).</summary>
    public sealed class ValmistavaOppiaineRivi
    {
        public string Koodi { get; set; } = "";
        public string? Nimi { get; set; }
        /// <summary>opetuksenSisältö: what was taught.</summary>
        public string? Sisalto { get; set; }
        /// <summary>In vuosiviikkotunnit.</summary>
        public decimal? Laajuus { get; set; }
        public string? Arvosana { get; set; }
        /// <summary>The arviointi's sanallinen kuvaus: special-category data (<see cref="LisatiedotMuokattavissa"/>).</summary>
        public string? Kuvaus { get; set; }
        public JsonObject? Pohja { get; set; }
        /// <summary>False for a stored perusopetuksen oppiaine (NuortenPerusopetuksenOppiaineenSuoritusValmistavassaOpetuksessa): saved as it was.</summary>
        public bool Muokattava => Pohja is null || Teksti(Pohja["tyyppi"], "koodiarvo") == ValmistavanOppiaine;
    }

    private JsonObject ValmistavanSuoritus()
    {
        var suoritus = Kopio(PaasuoritusPohja);
        Koulutusmoduuli(suoritus, "999905", "koulutus", ValmistavanPeruste);
        Perustiedot(suoritus, Suorituskieli);
        if (ValmistavaOpetus.Oppiaineet.Count > 0 || suoritus.ContainsKey("osasuoritukset"))
            suoritus["osasuoritukset"] = new JsonArray(ValmistavaOpetus.Oppiaineet.Select(r => (JsonNode)ValmistavaOppiaine(r)).ToArray());
        Laajuus(suoritus, ValmistavaOpetus.Kokonaislaajuus, Tunteja, "kokonaislaajuus");
        Koodi(suoritus, "tyyppi", Valmistava, "suorituksentyyppi");
        return suoritus;
    }

    private JsonObject ValmistavaOppiaine(ValmistavaOppiaineRivi rivi)
    {
        if (!rivi.Muokattava) return rivi.Pohja!.DeepClone().AsObject();
        var oppiaine = Kopio(rivi.Pohja);
        if (oppiaine["koulutusmoduuli"] is not JsonObject moduuli) oppiaine["koulutusmoduuli"] = moduuli = new JsonObject();
        var koodi = rivi.Koodi.Trim();
        var nimi = rivi.Nimi?.Trim() ?? "";
        if (moduuli["tunniste"] is not JsonObject tunniste) moduuli["tunniste"] = tunniste = new JsonObject();
        Teksti(tunniste, "koodiarvo", koodi);
        if (Teksti(tunniste["nimi"], "fi") != nimi) tunniste["nimi"] = new JsonObject { ["fi"] = nimi };
        Laajuus(moduuli, rivi.Laajuus, Vuosiviikkotuntia);
        var sisalto = string.IsNullOrWhiteSpace(rivi.Sisalto) ? null : rivi.Sisalto.Trim();
        if (sisalto is null) moduuli.Remove("opetuksenSisältö");
        else if (Teksti(moduuli["opetuksenSisältö"], "fi") != sisalto) moduuli["opetuksenSisältö"] = new JsonObject { ["fi"] = sisalto };
        SanallinenArviointi(oppiaine, rivi);
        if (!oppiaine.ContainsKey("tyyppi")) oppiaine["tyyppi"] = Koodi(ValmistavanOppiaine, "suorituksentyyppi");
        return oppiaine;
    }

    /// <summary>The grade and, for a user with the right, its kuvaus; without the right the stored kuvaus returns on save.</summary>
    private void SanallinenArviointi(JsonObject oppiaine, ValmistavaOppiaineRivi rivi)
    {
        if (rivi.Arvosana is null)
        {
            oppiaine.Remove("arviointi");
            return;
        }
        var viimeinen = (oppiaine["arviointi"] as JsonArray)?.LastOrDefault() as JsonObject;
        var kuvaus = string.IsNullOrWhiteSpace(rivi.Kuvaus) ? null : rivi.Kuvaus.Trim();
        var samaKuvaus = !LisatiedotMuokattavissa || Teksti(viimeinen?["kuvaus"], "fi") == kuvaus;
        if (Arvosana(oppiaine) == rivi.Arvosana && samaKuvaus) return;
        var uusi = new JsonObject { ["arvosana"] = Koodi(rivi.Arvosana, "arviointiasteikkoyleissivistava") };
        if (LisatiedotMuokattavissa && kuvaus is not null) uusi["kuvaus"] = new JsonObject { ["fi"] = kuvaus };
        uusi["hyväksytty"] = rivi.Arvosana is not ("4" or "H");
        if (oppiaine["arviointi"] is JsonArray { Count: > 0 } arvioinnit) arvioinnit[^1] = uusi;
        else oppiaine["arviointi"] = new JsonArray(uusi);
    }

    private void LueValmistava(JsonObject suoritus)
    {
        PaasuoritusPohja = suoritus;
        Suorituskieli = Teksti(suoritus["suorituskieli"], "koodiarvo") ?? OletusSuorituskieli;
        Vahvistus = LueVahvistus(suoritus);
        ValmistavaOpetus.Kokonaislaajuus = Luku(suoritus["kokonaislaajuus"]?["arvo"]);
        ValmistavaOpetus.Oppiaineet = Objektit(suoritus["osasuoritukset"]).Select(o =>
        {
            var moduuli = o["koulutusmoduuli"] as JsonObject;
            var viimeinen = (o["arviointi"] as JsonArray)?.LastOrDefault() as JsonObject;
            return new ValmistavaOppiaineRivi
            {
                Koodi = Teksti(moduuli?["tunniste"], "koodiarvo") ?? "",
                Nimi = Teksti(moduuli?["tunniste"]?["nimi"], "fi") ?? OsasuorituksenNimi(o),
                Sisalto = Teksti(moduuli?["opetuksenSisältö"], "fi"),
                Laajuus = Luku(moduuli?["laajuus"]?["arvo"]),
                Arvosana = Arvosana(o),
                Kuvaus = Teksti(viimeinen?["kuvaus"], "fi"),
                Pohja = o,
            };
        }).ToList();
    }

    /// <summary>The form's gaps in a valmistava opetus: an oppiaine without its code or name (PaikallinenKoodi).</summary>
    private IEnumerable<Domain.Validointi.ValidointiVirhe> ValmistavanPuutteet()
    {
        if (Tyyppi != Valmistava) yield break;
        for (var i = 0; i < ValmistavaOpetus.Oppiaineet.Count; i++)
        {
            var rivi = ValmistavaOpetus.Oppiaineet[i];
            if (!rivi.Muokattava) continue;
            var polku = $"suoritukset[0].osasuoritukset[{i}].koulutusmoduuli.tunniste";
            if (string.IsNullOrWhiteSpace(rivi.Koodi)) yield return new(Skeemavirhe, "Anna oppiaineelle koodi.", $"{polku}.koodiarvo");
            if (string.IsNullOrWhiteSpace(rivi.Nimi)) yield return new(Skeemavirhe, "Anna oppiaineelle nimi.", $"{polku}.nimi");
        }
    }
}
