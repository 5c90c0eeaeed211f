using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's Lukio2019VieraatKieletValidation (retired language codes, the suullisen kielitaidon koe the last modules of
/// a language need), KoskiValidator.validateÄidinkielenOmainenKieli and the pre-IB 2019 erityinen tutkinto rule of
/// Lukio2019OsasuoritusValidation.
/// </summary>
public static class Lukio2019lisasaannot
{
    private static readonly string[] VieraatKielet = ["A", "B1", "B2", "B3", "AOM"];

    /// <summary>The modules whose language needs the koe on the päätason suoritus (suullisenKielitaidonKokeenVaativatModuulit).</summary>
    private static readonly string[] KokeenVaativatModuulit = ["RUA8", "RUB16", "RUÄ8", "FINA8", "FINB16", "FIM8", "ENA8", "VKA8", "SMA8"];

    /// <summary>A module of muut opinnot without its own kieli takes it from its code's prefix (moduulikoodiPrefixienKielet).</summary>
    private static readonly (string Alku, string Kieli)[] EtuliitteidenKielet =
        [("RU", "SV"), ("FIN", "FI"), ("FIM", "FI"), ("LA", "LA"), ("SM", "SE"), ("EN", "EN")];

    /// <summary>
    /// KoskiValidator.validateÄidinkielenOmainenKieli (AOM only in Finnish or Swedish, nuorten perusopetus and lukio)
    /// and validateDeprekoituKielikoodi (lukio 2019: no kieli 97).
    /// </summary>
    public static readonly Validointisaanto DeprekoituKielikoodi = new("badRequest.validation.rakenne.deprekoituKielikoodi",
        "Suorituksessa on käytetty kielikoodia, jota ei enää sallita: äidinkielen omaisen oppiaineen kieli on suomi tai ruotsi, eikä lukion 2019 opetussuunnitelman suorituksissa käytetä kielikoodia 97.",
        k => k.KaikkiSuoritukset.Where(s => s.Vanhempi is not null && (AomMuullaKielella(k, s) || Kieli97(k, s)))
            .Select(s => s.Polku + ".koulutusmoduuli.kieli.koodiarvo"));

    /// <summary>validateÄidinkielenOmainenKieliÄidinkielessä: oman äidinkielen opinnot go as vieraan kielen opinnot.</summary>
    public static readonly Validointisaanto DeprekoituOppimaara = new("badRequest.validation.rakenne.deprekoituOppimäärä",
        "Äidinkielen ja kirjallisuuden oppimäärää AIAI ei sallita: oman äidinkielen opinnot siirretään vieraan kielen opintoina.",
        k => Lukion2019Paatasot(k).SelectMany(p => p.Osasuoritukset)
            .Where(o => Tunniste(o) == "AI" && JsonLuku.Teksti(o.Json, "koulutusmoduuli", "kieli", "koodiarvo") == "AIAI")
            .Select(o => o.Polku + ".koulutusmoduuli.kieli.koodiarvo"));

    /// <summary>
    /// validateSuullisenKielitaidonKokeet: a vahvistettu 2019 oppimäärä (or pre-IB 2019), and the aineopinnot for an
    /// assessed oppiaine, hold a koe in the language of each module that needs one.
    /// </summary>
    public static readonly Validointisaanto PuuttuvaSuullisenKielitaidonKoe = new("badRequest.validation.rakenne.puuttuvaSuullisenKielitaidonKoe",
        "Moduuli vaatii päätason suoritukselle merkinnän suullisen kielitaidon kokeesta samalla kielellä.",
        k => Lukion2019Paatasot(k).Concat(PreIb2019(k))
            .SelectMany(p => p.Osasuoritukset.Where(o => p.Tyyppi == Suoritustyypit.LukionAineopinnot ? o.OnArvioitu && o.Tyyppi == "lukionoppiaine" : p.OnVahvistettu)
                .SelectMany(o => o.Osasuoritukset.Where(m => m.Tyyppi == "lukionvaltakunnallinenmoduuli" && KokeenVaativatModuulit.Contains(Tunniste(m)))
                    .Select(m => (Paataso: p, Moduuli: m, Kieli: ModuulinKieli(o, m, p.Tyyppi == Suoritustyypit.LukionAineopinnot)))))
            .Where(t => t.Kieli is not null && !Kokeet(t.Paataso).Contains(t.Kieli))
            .Select(t => t.Moduuli.Polku));

    /// <summary>Lukio2019OsasuoritusValidation.validateErityinenTutkinto: a pre-IB 2019 oppiaine taken as erityinen tutkinto has no osasuoritukset.</summary>
    public static readonly Validointisaanto ErityinenTutkintoOsasuorituksin = new("badRequest.validation.rakenne.erityisenäTutkintoaSuoritettuSisältääOsasuorituksia",
        "Erityisenä tutkintona suoritetulla oppiaineella ei voi olla osasuorituksia.",
        k => PreIb2019(k).SelectMany(p => p.Osasuoritukset)
            .Where(o => JsonLuku.Tosi(o.Json, "suoritettuErityisenäTutkintona"))
            .SelectMany(o => o.Osasuoritukset).Select(m => m.Polku));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [DeprekoituKielikoodi, DeprekoituOppimaara, PuuttuvaSuullisenKielitaidonKoe, ErityinenTutkintoOsasuorituksin];

    private static bool AomMuullaKielella(ValidointiKohde k, Suoritus s) =>
        k.Tyyppi is Opiskeluoikeustyypit.Perusopetus or Opiskeluoikeustyypit.Lukio && Tunniste(s) == "AOM"
        && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "kieli", "koodiarvo") is { } kieli && kieli is not ("FI" or "SV");

    private static bool Kieli97(ValidointiKohde k, Suoritus s) =>
        JsonLuku.Teksti(s.Json, "koulutusmoduuli", "kieli", "koodiarvo") == "97" && k.Tyyppi == Opiskeluoikeustyypit.Lukio
        && Paataso(s) is { } p && Lukion2019Paatasot(k).Contains(p)
        && (s.Vanhempi == p ? VieraatKielet.Contains(Tunniste(s)) : s.Tyyppi == "lukionvaltakunnallinenmoduuli" && s.Vanhempi?.Tyyppi == "lukionmuuopinto");

    private static IEnumerable<Suoritus> Lukion2019Paatasot(ValidointiKohde k) => k.Tyyppi != Opiskeluoikeustyypit.Lukio ? [] :
        k.PaatasonSuoritukset.Where(s => s.Tyyppi == Suoritustyypit.LukionAineopinnot
            || (s.Tyyppi == Suoritustyypit.LukionOppimaara && Suoritustyypit.Lops2019Diaarit.Contains(JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero"))));

    private static IEnumerable<Suoritus> PreIb2019(ValidointiKohde k) => k.Tyyppi != Opiskeluoikeustyypit.IbTutkinto ? [] :
        k.PaatasonSuoritukset.Where(s => s.Tyyppi == "preiboppimaara" && Tunniste(s) == "preiboppimaara2019");

    /// <summary>A module's language: its vieras kieli oppiaine's, in muut opinnot its own or its code's (not for aineopinnot).</summary>
    private static string? ModuulinKieli(Suoritus oppiaine, Suoritus moduuli, bool aineopinnot)
    {
        if (oppiaine.Tyyppi == "lukionoppiaine")
            return VieraatKielet.Contains(Tunniste(oppiaine)) ? JsonLuku.Teksti(oppiaine.Json, "koulutusmoduuli", "kieli", "koodiarvo") : null;
        if (aineopinnot || oppiaine.Tyyppi != "lukionmuuopinto") return null;
        return JsonLuku.Teksti(moduuli.Json, "koulutusmoduuli", "kieli", "koodiarvo")
               ?? EtuliitteidenKielet.Where(e => Tunniste(moduuli)!.StartsWith(e.Alku, StringComparison.Ordinal)).Select(e => e.Kieli).FirstOrDefault();
    }

    private static HashSet<string?> Kokeet(Suoritus paataso) =>
        [.. (paataso.Json["suullisenKielitaidonKokeet"] as System.Text.Json.Nodes.JsonArray ?? []).Select(koe => JsonLuku.Teksti(koe, "kieli", "koodiarvo"))];

    private static Suoritus Paataso(Suoritus s)
    {
        while (s.Vanhempi is not null) s = s.Vanhempi;
        return s;
    }

    private static string? Tunniste(Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");
}
