namespace Koski.Virkailija.Domain.Validointi;

/// <summary>Which suoritus types the type-dependent rules apply to (values of koodisto suorituksentyyppi).</summary>
public static class Suoritustyypit
{
    public const string PerusopetuksenOppimaara = "perusopetuksenoppimaara";
    public const string PerusopetuksenVuosiluokka = "perusopetuksenvuosiluokka";
    public const string NuortenOppiaineenOppimaara = "nuortenperusopetuksenoppiaineenoppimaara";

    /// <summary>
    /// A suoritus assessed itself: every osasuoritus, and a päätason "oppiaineen oppimäärä". Other päätason suoritukset
    /// (oppimäärä, vuosiluokka, esiopetus, tutkinto …) are assessed through their osasuoritukset and carry no arviointi.
    /// </summary>
    public static bool ArvioidaanItse(ValidointiKohde.Suoritus suoritus) =>
        suoritus.Vanhempi is not null
        || suoritus.Json.ContainsKey("arviointi")
        || suoritus.Tyyppi?.EndsWith("oppiaineenoppimaara", StringComparison.Ordinal) == true;

    /// <summary>Types whose osasuoritukset must all be assessed before the suoritus is vahvistettu.</summary>
    public static bool OsatArvioitavaEnnenVahvistusta(string? tyyppi) => tyyppi is
        PerusopetuksenOppimaara or PerusopetuksenVuosiluokka or "perusopetuksenlisaopetus" or "aikuistenperusopetuksenoppimaara"
        or "esiopetuksensuoritus" or "perusopetukseenvalmistavaopetus"
        || tyyppi?.StartsWith("taiteenperusopetuksen", StringComparison.Ordinal) == true;

    /// <summary>KOSKI lets aikuisten perusopetus graduate with an unconfirmed alkuvaihe.</summary>
    public static bool SaaJaadaVahvistamatta(string? tyyppi) => tyyppi == "aikuistenperusopetuksenoppimaaranalkuvaihe";

    /// <summary>A completed school year stays completed when the pupil later leaves the school.</summary>
    public static bool OnVuosiluokka(string? tyyppi) => tyyppi?.Contains("vuosiluokka", StringComparison.Ordinal) == true;
}
