using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's Lukio2015Validation.validateAlkamispäivä: a young learner may not start the 2015 lukio curriculum from
/// 1.8.2021 on, unless they already had a lukio study right starting before it, are a foreign exchange student or
/// study the adult curriculum. Reads the learner's birth date and other stored study rights, so it is called from the
/// save beside the duplicate check.
/// </summary>
public static class Lukio2015alkamissaanto
{
    public const string Avain = "badRequest.validation.rakenne.liianVanhaOpetussuunnitelma";

    private static readonly DateOnly Rajapaiva = new(2021, 8, 1);
    private const string AikuistenPerusteet2015 = "70/011/2015";

    /// <summary>Born from this day on (Valpas's lakiVoimassaVanhinSyntymäaika 1.1.2004 plus a year), the rule applies.</summary>
    private static readonly DateOnly NuorinRajattu = new(2005, 1, 1);

    /// <summary>
    /// The error, or null; <paramref name="syntymaaika"/> is asked only for a lukio study right, <paramref name="muut"/>
    /// are the learner's other stored, not invalidated study rights.
    /// </summary>
    public static ValidointiVirhe? LiianVanhaOpetussuunnitelma(JsonObject uusi, Func<DateOnly?> syntymaaika, IEnumerable<JsonObject> muut)
    {
        if (JsonLuku.Teksti(uusi, "tyyppi", "koodiarvo") != Opiskeluoikeustyypit.Lukio || !(syntymaaika() >= NuorinRajattu)) return null;
        var suoritukset = (uusi["suoritukset"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var vanhaOps = suoritukset.Any(s => JsonLuku.Teksti(s, "tyyppi", "koodiarvo") switch
        {
            Suoritustyypit.LukionOppimaara => JsonLuku.Teksti(s, "koulutusmoduuli", "perusteenDiaarinumero") is { } diaari && !Suoritustyypit.Lops2019Diaarit.Contains(diaari),
            "lukionoppiaineenoppimaara" => true,
            _ => false,
        });
        var aikuisten = suoritukset.Any(s => JsonLuku.Teksti(s, "oppimäärä", "koodiarvo") == "aikuistenops"
            || (JsonLuku.Teksti(s, "tyyppi", "koodiarvo") == "lukionoppiaineenoppimaara"
                && JsonLuku.Teksti(s, "koulutusmoduuli", "perusteenDiaarinumero") == AikuistenPerusteet2015));
        if (!vanhaOps || aikuisten || !(JsonLuku.Alkamispaiva(uusi) >= Rajapaiva) || JsonLuku.Tosi(JsonLuku.Solmu(uusi, "lisätiedot"), "ulkomainenVaihtoopiskelija"))
            return null;
        var aiempiLukio = muut.Any(m => JsonLuku.Teksti(m, "tyyppi", "koodiarvo") == Opiskeluoikeustyypit.Lukio && JsonLuku.Alkamispaiva(m) < Rajapaiva);
        return aiempiLukio ? null : new(Avain,
            "Uusi lukion opiskelija ei voi aloittaa vanhojen opetussuunnitelman perusteiden mukaisia opintoja 1.8.2021 tai myöhemmin. Käytä lukion opetussuunnitelman perusteen diaarinumeroa OPH-2263-2019.",
            "suoritukset");
    }
}
