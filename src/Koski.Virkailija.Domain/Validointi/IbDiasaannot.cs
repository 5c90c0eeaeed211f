using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's IBValidation and DIAValidation: the predicted grade of a vahvistettu IB tutkinto and the laajuus units and
/// DP core form that change with the study right's start. KOSKI's IB unit and core rules take the earliest start
/// among all the learner's IB study rights; from the document alone only the direction that earliest start cannot
/// change is decided here (a study right that starts before the cut-off), so nothing KOSKI accepts is refused.
/// </summary>
public static class IbDiasaannot
{
    private const string Opintopisteet = "2";
    private const string Vuosiviikkotunnit = "3";

    /// <summary>IBValidation.suorituksenVahvistusVaatiiPredictedArvioinnin: vahvistus from 1.1.2024 on.</summary>
    public static readonly Validointisaanto PredictedArviointiPuuttuu = new("badRequest.validation.arviointi.arviointiPuuttuu",
        "Vahvistetulla IB-tutkinnon suorituksella on oltava vähintään yksi osasuoritus, jolla on predicted grade -arviointi.",
        k => k.Tyyppi != Opiskeluoikeustyypit.IbTutkinto || k.Ymparisto.Paiva < k.Rajapaivat.IbPredictedArvosanaVaaditaanAlkaen ? [] :
            k.PaatasonSuoritukset
                .Where(s => s.Tyyppi == Opiskeluoikeustyypit.IbTutkinto && s.Vahvistus?.Arvo >= new DateOnly(2024, 1, 1)
                            && !s.Osasuoritukset.Any(o => o.Tyyppi != "iboppiaine" || o.Json["predictedArviointi"] is JsonArray { Count: > 0 }))
                .Select(s => s.Polku + ".osasuoritukset"));

    /// <summary>
    /// IBValidation.validateIBOppiaineidenLaajuusyksiköt and validateIBKurssienLaajuusyksiköt (opintopisteet before the
    /// cut-off) and DIAValidation.validateLaajuusyksiköt (both directions: DIA has no learner-wide start).
    /// </summary>
    public static readonly Validointisaanto VaaraLaajuusyksikko = new("badRequest.validation.laajuudet.osauoritusVääräLaajuus",
        "Laajuuden yksikkö ei sovi opiskeluoikeuden alkamispäivään: IB-tutkinnon laajuudet opintopisteinä vasta 1.8.2024 alkaen, DIA-tutkinnon opintopisteinä 1.8.2026 alkaen ja sitä ennen vuosiviikkotunteina.",
        k => k.JaksojenAlku is not { } alku ? [] : k.Tyyppi switch
        {
            Opiskeluoikeustyypit.IbTutkinto when alku < k.Rajapaivat.IbLaajuudetOpintopisteinaAlkaen => k.PaatasonSuoritukset
                .SelectMany(s => s.Osasuoritukset)
                .SelectMany(o => (o.Tyyppi == "iboppiaine" ? [o] : Array.Empty<Suoritus>()).Concat(o.Osasuoritukset.Where(x => x.Tyyppi == "ibkurssi")))
                .Where(s => Yksikko(s) == Opintopisteet)
                .Select(s => s.Polku + ".koulutusmoduuli.laajuus.yksikkö"),
            "diatutkinto" => k.KaikkiSuoritukset
                .Where(s => Yksikko(s) == (alku >= k.Rajapaivat.DiaLaajuudetOpintopisteinaAlkaen ? Vuosiviikkotunnit : Opintopisteet))
                .Select(s => s.Polku + ".koulutusmoduuli.laajuus.yksikkö"),
            _ => [],
        });

    /// <summary>IBValidation.validateCoreRequirements: before the cut-off DP core goes in its own fields, not as osasuoritukset.</summary>
    public static readonly Validointisaanto DpCoreOsasuorituksena = new("badRequest.validation.rakenne.dpCoreDeprecated",
        "DP Core -oppiaineita ei voi siirtää osasuorituksena ennen 1.8.2024 alkaneelle IB-opiskeluoikeudelle.",
        k => k.Tyyppi == Opiskeluoikeustyypit.IbTutkinto && k.JaksojenAlku < k.Rajapaivat.IbLaajuudetOpintopisteinaAlkaen
            ? k.PaatasonSuoritukset.Where(s => s.Tyyppi == Opiskeluoikeustyypit.IbTutkinto)
                .SelectMany(s => s.Osasuoritukset.Where(o => o.Tyyppi == "ibcore")).Select(o => o.Polku)
            : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [PredictedArviointiPuuttuu, VaaraLaajuusyksikko, DpCoreOsasuorituksena];

    private static string? Yksikko(Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "laajuus", "yksikkö", "koodiarvo");
}
