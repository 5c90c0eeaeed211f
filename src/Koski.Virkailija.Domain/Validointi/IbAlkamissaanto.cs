using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's IBValidation.validateIbOpiskeluoikeusGlobal: the laajuus units, the DP core's form and the pre-IB
/// curriculum follow the earliest start among all the learner's IB study rights, not the document's own. From
/// 1.8.2024 (<see cref="Rajapaivat.IbLaajuudetOpintopisteinaAlkaen"/>) oppiaineet and kurssit are in opintopisteet, DP
/// core (TOK, CAS, EE) goes as osasuoritukset without lisäpisteet, and pre-IB follows the 2019 curriculum; before it,
/// the other way round. Reads the learner's other stored study rights, so it is called from the save beside the
/// duplicate check; <see cref="IbDiasaannot"/> decides from the document alone what its own start already decides.
/// </summary>
public static class IbAlkamissaanto
{
    public const string LaajuusAvain = "badRequest.validation.laajuudet.osauoritusVääräLaajuus";
    public const string DpCoreAvain = "badRequest.validation.rakenne.dpCoreDeprecated";
    public const string RakenneAvain = "badRequest.validation.rakenne";

    private const string Opintopisteet = "2";
    private const string Kurssit = "4";
    private const string Tunnit = "5";
    private const string PreIb2015 = "preiboppimaara";

    /// <summary>The fields that carried DP core before the cut-off, with KOSKI's names for them.</summary>
    private static readonly (string Kentta, string Nimi)[] VanhatCorekentat =
    [
        ("theoryOfKnowledge", "Theory of Knowledge -suoritus"), ("creativityActionService", "Creativity Action Service -suoritus"),
        ("extendedEssay", "Extended Essay -suoritus"),
    ];

    /// <summary>
    /// The errors of an IB study right (none for another type or one without a start); <paramref name="muut"/> are the
    /// learner's other stored, not invalidated study rights. KOSKI does not run it on an invalidation.
    /// </summary>
    public static IReadOnlyList<ValidointiVirhe> Virheet(JsonObject ib, IEnumerable<JsonObject> muut, Rajapaivat rajapaivat)
    {
        if (JsonLuku.Teksti(ib, "tyyppi", "koodiarvo") != Opiskeluoikeustyypit.IbTutkinto || JsonLuku.Alkamispaiva(ib) is not { } alku)
            return [];
        var varhaisin = muut.Where(m => JsonLuku.Teksti(m, "tyyppi", "koodiarvo") == Opiskeluoikeustyypit.IbTutkinto)
            .Select(JsonLuku.Alkamispaiva).OfType<DateOnly>().Append(alku).Min();
        var raja = rajapaivat.IbLaajuudetOpintopisteinaAlkaen;
        var uusi = varhaisin >= raja;
        var paiva = Suomenaika.Paiva(raja);
        var virheet = new List<ValidointiVirhe>();

        foreach (var (suoritus, polku) in Alkiot(ib, "suoritukset", ""))
        {
            var tyyppi = JsonLuku.Teksti(suoritus, "tyyppi", "koodiarvo");
            if (uusi && tyyppi == PreIb2015 && JsonLuku.Teksti(suoritus, "koulutusmoduuli", "tunniste", "koodiarvo") == PreIb2015)
                virheet.Add(new(RakenneAvain,
                    $"{paiva} tai myöhemmin alkaneelle IB-opiskeluoikeudelle voi siirtää vain vuoden 2019 opetussuunnitelman mukaisen pre-IB-suorituksen.", polku));
            foreach (var (oppiaine, oppiainepolku) in Osasuoritukset(suoritus, polku))
            {
                if (JsonLuku.Teksti(oppiaine, "tyyppi", "koodiarvo") == "iboppiaine"
                    && VaaraYksikko(oppiaine, uusi, Tunnit) is { } oppiaineenYksikko)
                    virheet.Add(new(LaajuusAvain, uusi
                        ? $"Oppiaineen laajuus on ilmoitettava opintopisteissä {paiva} tai myöhemmin alkaneille IB-tutkinnon opiskeluoikeuksille."
                        : $"Oppiaineen laajuuden voi ilmoittaa opintopisteissä vain {paiva} tai myöhemmin alkaneille IB-tutkinnon opiskeluoikeuksille.",
                        $"{oppiainepolku}.koulutusmoduuli.laajuus.yksikkö"));
                foreach (var (kurssi, kurssipolku) in Osasuoritukset(oppiaine, oppiainepolku))
                    if (JsonLuku.Teksti(kurssi, "tyyppi", "koodiarvo") == "ibkurssi" && VaaraYksikko(kurssi, uusi, Kurssit) is not null)
                        virheet.Add(new(LaajuusAvain, uusi
                            ? $"Osasuorituksen laajuus on ilmoitettava opintopisteissä {paiva} tai myöhemmin alkaneille IB-tutkinnon opiskeluoikeuksille."
                            : $"Osasuorituksen laajuuden voi ilmoittaa opintopisteissä vain {paiva} tai myöhemmin alkaneille IB-tutkinnon opiskeluoikeuksille.",
                            $"{kurssipolku}.koulutusmoduuli.laajuus.yksikkö"));
            }
            if (tyyppi != Opiskeluoikeustyypit.IbTutkinto) continue;
            if (uusi)
            {
                foreach (var (kentta, nimi) in VanhatCorekentat.Where(k => suoritus[k.Kentta] is not null))
                    virheet.Add(new(DpCoreAvain, $"{nimi} on siirrettävä osasuorituksena {paiva} tai myöhemmin alkaneelle IB-opiskeluoikeudelle.", $"{polku}.{kentta}"));
                if (suoritus["lisäpisteet"] is not null)
                    virheet.Add(new(DpCoreAvain, $"Lisäpisteitä ei voi siirtää {paiva} tai myöhemmin alkaneelle IB-opiskeluoikeudelle.", $"{polku}.lisäpisteet"));
            }
            else
            {
                virheet.AddRange(Osasuoritukset(suoritus, polku).Where(o => JsonLuku.Teksti(o.Json, "tyyppi", "koodiarvo") == "ibcore")
                    .Select(o => new ValidointiVirhe(DpCoreAvain,
                        $"DP Core -oppiaineita ei voi siirtää osasuorituksena ennen {paiva} alkaneelle IB-opiskeluoikeudelle.", o.Polku)));
            }
        }
        return virheet;
    }

    /// <summary>
    /// The unit, when it is wrong: opintopisteet before the cut-off, <paramref name="vanhaYksikko"/> (kurssit or tunnit)
    /// from it on. A missing laajuus is no error here.
    /// </summary>
    private static string? VaaraYksikko(JsonObject suoritus, bool uusi, string vanhaYksikko) =>
        JsonLuku.Teksti(suoritus, "koulutusmoduuli", "laajuus", "yksikkö", "koodiarvo") is { } yksikko
        && yksikko == (uusi ? vanhaYksikko : Opintopisteet) ? yksikko : null;

    private static IEnumerable<(JsonObject Json, string Polku)> Osasuoritukset(JsonObject suoritus, string polku) =>
        Alkiot(suoritus, "osasuoritukset", polku + ".");

    /// <summary>The objects of an array field with their JSON paths.</summary>
    private static IEnumerable<(JsonObject Json, string Polku)> Alkiot(JsonObject vanhempi, string kentta, string etuliite)
    {
        var indeksi = 0;
        foreach (var alkio in vanhempi[kentta] as JsonArray ?? [])
        {
            if (alkio is JsonObject json) yield return (json, $"{etuliite}{kentta}[{indeksi}]");
            indeksi++;
        }
    }
}
