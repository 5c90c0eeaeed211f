namespace Koski.Virkailija.Domain.Validointi;

/// <summary>Which suoritus types the type-dependent rules apply to (values of koodisto suorituksentyyppi).</summary>
public static class Suoritustyypit
{
    public const string PerusopetuksenOppimaara = "perusopetuksenoppimaara";
    public const string PerusopetuksenVuosiluokka = "perusopetuksenvuosiluokka";
    public const string NuortenOppiaineenOppimaara = "nuortenperusopetuksenoppiaineenoppimaara";
    public const string PerusopetuksenLisaopetus = "perusopetuksenlisaopetus";
    public const string AikuistenPerusopetuksenOppimaara = "aikuistenperusopetuksenoppimaara";
    public const string LukionOppimaara = "lukionoppimaara";

    /// <summary>
    /// The perusteet of the 2019 lukio curriculum (nuorten and aikuisten LOPS 2019): a lukion oppimäärä with one of these
    /// diaarinumerot is KOSKI's LukionOppimääränSuoritus2019, any other its 2015 one.
    /// </summary>
    public static readonly IReadOnlyList<string> Lops2019Diaarit = ["OPH-2263-2019", "OPH-2267-2019"];

    /// <summary>Lukion oppiaineiden oppimäärät (2019): the subjects studied separately, grouped under one suoritus.</summary>
    public const string LukionAineopinnot = "lukionaineopinnot";
    public const string NayttotutkintoonValmistava = "nayttotutkintoonvalmistavakoulutus";

    /// <summary>Value of koodisto perusopetuksensuoritustapa for the erityinen tutkinto.</summary>
    public const string ErityinenTutkinto = "erityinentutkinto";

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
        PerusopetuksenOppimaara or PerusopetuksenVuosiluokka or PerusopetuksenLisaopetus or AikuistenPerusopetuksenOppimaara
        or "esiopetuksensuoritus" or "perusopetukseenvalmistavaopetus"
        || tyyppi?.StartsWith("taiteenperusopetuksen", StringComparison.Ordinal) == true;

    /// <summary>KOSKI's OppiaineenOppimääränSuoritus: one subject's oppimäärä as a päätason suoritus.</summary>
    public static bool OnOppiaineenOppimaara(string? tyyppi) =>
        tyyppi is NuortenOppiaineenOppimaara or "perusopetuksenoppiaineenoppimaara" or "lukionoppiaineenoppimaara";

    /// <summary>KOSKI lets aikuisten perusopetus graduate with an unconfirmed alkuvaihe.</summary>
    public static bool SaaJaadaVahvistamatta(string? tyyppi) => tyyppi == "aikuistenperusopetuksenoppimaaranalkuvaihe";

    /// <summary>
    /// KOSKI's TilanAsettaminenKunVahvistettuSuoritusValidation: which vahvistettu päätason suoritus keeps a study right
    /// of the type from ending as eronnut, katsotaan eronneeksi or keskeytynyt. Other types are not checked.
    /// </summary>
    public static bool EstaaEroamisen(string? opiskeluoikeudenTyyppi, string? tyyppi) => opiskeluoikeudenTyyppi switch
    {
        Opiskeluoikeustyypit.Esiopetus or Opiskeluoikeustyypit.Ammatillinen or Opiskeluoikeustyypit.PerusopetuksenLisaopetus =>
            tyyppi != NayttotutkintoonValmistava,
        Opiskeluoikeustyypit.Perusopetus => tyyppi == PerusopetuksenOppimaara,
        Opiskeluoikeustyypit.Lukio => tyyppi == LukionOppimaara,
        Opiskeluoikeustyypit.AikuistenPerusopetus => tyyppi == AikuistenPerusopetuksenOppimaara,
        _ => false,
    };
}
