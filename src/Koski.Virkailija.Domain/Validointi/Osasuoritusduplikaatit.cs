using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KoskiValidator.validateDuplicates: below a päätason suoritus's own osasuoritukset (the courses of an oppiaine, the
/// osa-alueet of a tutkinnon osa and deeper), one suoritus holds the same koulutusmoduuli once per group. The
/// koulutusmoduuli is its tunniste (and its kieli for a language), the group is KOSKI's ryhmittelytekijä, and the types
/// KOSKI lets repeat (salliDuplikaatit) are left out. Where this reading is unsure it lets a document pass: a paikallinen
/// code counts its nimi too, as KOSKI compares the whole code.
/// </summary>
public static class Osasuoritusduplikaatit
{
    public const string Avain = "badRequest.validation.rakenne.duplikaattiOsasuoritus";

    /// <summary>KOSKI's DuplikaatitSallittu and its other salliDuplikaatit = true types.</summary>
    private static readonly HashSet<string> SallivatToiston =
    [
        "ammatillisentutkinnonosa", "nayttotutkintoonvalmistavankoulutuksenosa", "ylioppilastutkinnonkoe", "valtionhallinnonkielitaito",
        "aikuistenperusopetuksenalkuvaiheenoppiaine",
    ];

    /// <summary>PerusopetuksenOppiaineenSuoritus: a valinnainen oppiaine may repeat, grouped by pakollisuus.</summary>
    private static readonly HashSet<string> PerusopetuksenOppiaineet =
    [
        "perusopetuksenoppiaine", "aikuistenperusopetuksenoppiaine", "perusopetuksenlisaopetuksenoppiaine",
        "perusopetuksenoppiaineperusopetukseenvalmistavassaopetuksessa",
    ];

    public static readonly Validointisaanto SamaOsasuoritusUseasti = new(Avain,
        "Sama osasuoritus esiintyy samassa suorituksessa useammin kuin kerran.",
        k => k.KaikkiSuoritukset
            .Where(s => s.Vanhempi is not null && s.Osasuoritukset.Count > 1)
            .SelectMany(s => s.Osasuoritukset
                .Where(o => !SalliiToiston(o))
                .GroupBy(o => (Identiteetti(o, k.Ymparisto.Koodit), Ryhma(o)))
                .SelectMany(g => g.Skip(1)))
            .Select(o => o.Polku + ".koulutusmoduuli.tunniste"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [SamaOsasuoritusUseasti];

    private static bool SalliiToiston(Suoritus o) => o.Tyyppi is { } tyyppi
        && (SallivatToiston.Contains(tyyppi) || (PerusopetuksenOppiaineet.Contains(tyyppi) && !Pakollinen(o)));

    /// <summary>Koulutusmoduuli.identiteetti: the tunniste, with the kieli of a Kieliaine.</summary>
    private static string Identiteetti(Suoritus o, Koodiluettelot? koodit)
    {
        var tunniste = JsonLuku.Solmu(o.Json, "koulutusmoduuli", "tunniste");
        var uri = JsonLuku.Teksti(tunniste, "koodistoUri");
        // A code of an imported list gets its name from the list in KOSKI; any other is compared with its own name.
        var nimi = uri is not null && koodit?.Tuotu(uri) == true ? "" : JsonLuku.Solmu(tunniste, "nimi")?.ToJsonString();
        return string.Join('\u001f', uri, JsonLuku.Teksti(tunniste, "koodiarvo"), nimi,
            JsonLuku.Teksti(o.Json, "koulutusmoduuli", "kieli", "koodiarvo"));
    }

    /// <summary>Suoritus.ryhmittelytekijä: pakollisuus for PakollisenTaiValinnaisenSuoritus, taso for an IB oppiaine.</summary>
    private static string? Ryhma(Suoritus o) => o.Tyyppi switch
    {
        "ammatillisentutkinnonosanosaalue" => Pakollinen(o) ? "pakolliset" : "valinnaiset",
        var t when t is not null && PerusopetuksenOppiaineet.Contains(t) => "pakolliset",
        "iboppiaine" => JsonLuku.Teksti(o.Json, "koulutusmoduuli", "taso", "koodiarvo"),
        _ => null,
    };

    private static bool Pakollinen(Suoritus o) => JsonLuku.Tosi(JsonLuku.Solmu(o.Json, "koulutusmoduuli"), "pakollinen");
}
