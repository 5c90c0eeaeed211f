using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KoskiValidator.osasuorituksetKunnossaLukio2019: a vahvistettu lukion oppimäärä (LOPS 2019), and one marked
/// suoritettu by the study right's oppimääräSuoritettu (also as aineopinnot), holds enough opintopisteet: 150 op with
/// at least 20 op valinnaisia in the nuorten oppimäärä, 88 op in the aikuisten one (counted by oppiaine when the
/// oppimäärä is an erityinen tutkinto). An erityinen tutkinto of the nuorten oppimäärä, oman äidinkielen opinnot, and
/// three adult oppilaitokset KOSKI exempts need osasuorituksia only (<see cref="Suoritussaannot.ValmiiltaPuuttuuOsasuorituksia"/>).
/// </summary>
public static class Lukio2019opintopisteet
{
    private const decimal NuortenLaajuus = 150m, NuortenValinnaiset = 20m, AikuistenLaajuus = 88m;
    private const string Nuorten = "nuortenops", Aikuisten = "aikuistenops";

    /// <summary>LukionYhteisetValidaatiot.oppilaitoksetIlmanLaajuudenValidointia.</summary>
    private static readonly HashSet<string> OppilaitoksetIlmanLaajuudenValidointia =
        ["1.2.246.562.10.73692574509", "1.2.246.562.10.43886782945", "1.2.246.562.10.81017043621"];

    public static readonly Validointisaanto ValmiiltaPuuttuuOpintopisteita = new("badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia",
        "Valmiiksi tai suoritetuksi merkityllä lukion oppimäärällä on oltava 150 op osasuorituksia, joista vähintään 20 op valinnaisia (aikuisten oppimäärässä 88 op).",
        k => k.Tyyppi != Opiskeluoikeustyypit.Lukio ? [] : k.PaatasonSuoritukset
            .Where(s => Valmis(k, s) && s.Osasuoritukset.Count > 0 && !Riittaa(k, s))
            .Select(s => s.Polku + ".osasuoritukset"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [ValmiiltaPuuttuuOpintopisteita];

    /// <summary>A 2019 oppimäärä vahvistettu or marked suoritettu, or 2019 aineopinnot marked suoritettu.</summary>
    private static bool Valmis(ValidointiKohde k, Suoritus s)
    {
        var suoritettu = JsonLuku.Tosi(k.Json, "oppimääräSuoritettu");
        return s.Tyyppi switch
        {
            Suoritustyypit.LukionOppimaara => (s.OnVahvistettu || suoritettu)
                && Suoritustyypit.Lops2019Diaarit.Contains(JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero")),
            Suoritustyypit.LukionAineopinnot => suoritettu,
            _ => false,
        };
    }

    private static bool Riittaa(ValidointiKohde k, Suoritus s)
    {
        var oppimaara = JsonLuku.Teksti(s.Json, "oppimäärä", "koodiarvo");
        var paatasolla = s.Tyyppi == Suoritustyypit.LukionOppimaara && JsonLuku.Tosi(s.Json, "suoritettuErityisenäTutkintona");
        var erityinen = paatasolla || (s.Tyyppi == Suoritustyypit.LukionOppimaara
            && s.Osasuoritukset.Any(o => JsonLuku.Tosi(o.Json, "suoritettuErityisenäTutkintona")));
        var omaAidinkieli = JsonLuku.Solmu(s.Json, "omanÄidinkielenOpinnot", "osasuoritukset") is JsonArray { Count: > 0 };
        var validoitava = s.Tyyppi == Suoritustyypit.LukionAineopinnot
            || JsonLuku.Teksti(k.Json, "oppilaitos", "oid") is not { } oppilaitos || !OppilaitoksetIlmanLaajuudenValidointia.Contains(oppilaitos);
        var osat = s.Osasuoritukset.SelectMany(o => o.Osasuoritukset).ToList();
        return (paatasolla, erityinen, omaAidinkieli, oppimaara) switch
        {
            (false, false, false, Nuorten) => Summa(osat) >= NuortenLaajuus
                && Summa(osat.Where(o => !JsonLuku.Tosi(JsonLuku.Solmu(o.Json, "koulutusmoduuli"), "pakollinen"))) >= NuortenValinnaiset,
            (false, false, false, Aikuisten) when validoitava => Summa(osat) >= AikuistenLaajuus,
            (true, _, _, Aikuisten) when validoitava => Summa(s.Osasuoritukset) >= AikuistenLaajuus,
            _ => true,
        };
    }

    /// <summary>The laajuus values summed as KOSKI sums them (BigDecimal): 0.1 + 0.2 is 0.3.</summary>
    private static decimal Summa(IEnumerable<Suoritus> suoritukset) =>
        suoritukset.Sum(s => JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") is JsonValue v && v.TryGetValue<decimal>(out var arvo) ? arvo : 0m);
}
