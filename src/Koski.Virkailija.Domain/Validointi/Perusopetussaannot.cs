namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's rules on perusopetus oppiaineen oppimäärät and the 9th grade (KoskiValidator.validateOppiaineet).</summary>
public static class Perusopetussaannot
{
    private const string AikuistenOppiaineenOppimaara = "perusopetuksenoppiaineenoppimaara";
    private const string EiTiedossa = "XX";

    /// <summary>The oppiaineen oppimäärät KOSKI checks for an "ei tiedossa" subject.</summary>
    private static readonly string[] OppiaineenOppimaarat =
        [Suoritustyypit.NuortenOppiaineenOppimaara, AikuistenOppiaineenOppimaara, "lukionoppiaineenoppimaara"];

    public static readonly Validointisaanto TyhjanOppiaineenVahvistus = new("badRequest.validation.tila.tyhjänOppiaineenVahvistus",
        "Ei tiedossa -oppiainetta (XX) ei voi merkitä valmiiksi.",
        k => k.PaatasonSuoritukset
            .Where(s => s.OnVahvistettu && OppiaineenOppimaarat.Contains(s.Tyyppi)
                        && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo") == EiTiedossa)
            .Select(s => s.Polku + ".vahvistus"));

    public static readonly Validointisaanto ValinnainenOppiaineenOppimaara = new("badRequest.validation.perusopetus.valinnainenOppiaineenOppimäärä",
        "Nuorten perusopetuksen oppiaineen oppimääränä ei voi suorittaa valinnaista oppiainetta.",
        k => k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == Suoritustyypit.NuortenOppiaineenOppimaara && Valinnainen(s))
            .Select(s => s.Polku + ".koulutusmoduuli.pakollinen"));

    public static readonly Validointisaanto ErityinenTutkintoValinnainen = new("badRequest.validation.perusopetus.erityinenTutkintoValinnainenOppiaineenOppimäärä",
        "Aikuisten perusopetuksen erityisenä tutkintona ei voi suorittaa valinnaista oppiainetta.",
        k => k.PaatasonSuoritukset
            .Where(s => AikuistenErityinenTutkinto(s) && Valinnainen(s))
            .Select(s => s.Polku + ".koulutusmoduuli.pakollinen"));

    /// <summary>A paikallinen oppiaine has a tunniste without a koodistoUri (KOSKI's PaikallinenKoodi).</summary>
    public static readonly Validointisaanto ErityinenTutkintoPaikallinen = new("badRequest.validation.perusopetus.erityinenTutkintoPaikallinenOppiaineenOppimäärä",
        "Aikuisten perusopetuksen erityisenä tutkintona ei voi suorittaa paikallista oppiainetta.",
        k => k.PaatasonSuoritukset
            .Where(s => AikuistenErityinenTutkinto(s) && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo") is not null
                        && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodistoUri") is null)
            .Select(s => s.Polku + ".koulutusmoduuli.tunniste"));

    public static readonly Validointisaanto YhdeksannenLuokanOppiaineet = new("badRequest.validation.tila.oppiaineitaEiSallita",
        "Vahvistettuun 9. vuosiluokan suoritukseen ei voi merkitä oppiaineita, ellei oppilas jää luokalle.",
        k => k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == Suoritustyypit.PerusopetuksenVuosiluokka && s.OnVahvistettu && s.Osasuoritukset.Count > 0
                        && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo") == "9"
                        && !JsonLuku.Tosi(s.Json, "jääLuokalle"))
            .Select(s => s.Polku + ".osasuoritukset"));

    /// <summary>KoskiValidator.validateSuoritustenLuokkaAsteet: one erityinen tutkinto per oppiaine and luokka-aste.</summary>
    public static readonly Validointisaanto SamaLuokkaAsteUseammassaSuorituksessa = new(
        "badRequest.validation.tila.nuortenPerusopetuksenLuokkaAsteSamaUseammassaSuorituksessa",
        "Samaa luokka-astetta ei voi olla useammalla saman oppiaineen nuorten perusopetuksen erityisen tutkinnon suorituksella.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Perusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == Suoritustyypit.NuortenOppiaineenOppimaara
                        && JsonLuku.Teksti(s.Json, "suoritustapa", "koodiarvo") == Suoritustyypit.ErityinenTutkinto)
            .GroupBy(s => (JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo"), JsonLuku.Teksti(s.Json, "luokkaAste", "koodiarvo")))
            .SelectMany(g => g.Skip(1))
            .Select(s => s.Polku + ".luokkaAste"));

    /// <summary>PerusopetuksenOpiskeluoikeusValidation.validateEtJaKt: a suoritus's oppiaineet hold KT or ET, not both.</summary>
    public static readonly Validointisaanto UskontoJaElamankatsomustieto = new("badRequest.validation.rakenne.duplikaattiOsasuoritus",
        "Samassa perusopetuksen suorituksessa ei voi olla sekä uskonnon (KT) että elämänkatsomustiedon (ET) oppiainetta.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Perusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.Osasuoritukset.Select(o => JsonLuku.Teksti(o.Json, "koulutusmoduuli", "tunniste", "koodiarvo"))
                .Where(t => t is "KT" or "ET").Distinct().Count() > 1)
            .Select(s => s.Polku + ".osasuoritukset"));

    /// <summary>
    /// KoskiValidator.validateOppiaineet: a perusopetuksen oppiaine in valmistava opetus needs its luokka-aste once it
    /// is assessed with anything but 'O' (osallistunut).
    /// </summary>
    public static readonly Validointisaanto LuokkaAstePuuttuu = new("badRequest.validation.rakenne.luokkaAstePuuttuu",
        "Perusopetukseen valmistavassa opetuksessa suoritetun perusopetuksen oppiaineen luokka-aste on annettava, kun arvosana on muu kuin O.",
        k => k.KaikkiSuoritukset
            .Where(s => s.Tyyppi == "perusopetuksenoppiaineperusopetukseenvalmistavassaopetuksessa" && s.OnArvioitu
                        && s.Json["luokkaAste"] is null
                        && s.ViimeisinArvosana != "O")
            .Select(s => s.Polku + ".luokkaAste"));

    /// <summary>
    /// KoskiValidator.validateLinkitettyTaiSisältääOsasuorituksia for perusopetus: a vahvistettu oppimäärä, and a
    /// vahvistettu vuosiluokka except the 9th, one the pupil repeats, in vuosiluokkiin sitoutumaton opetus or while
    /// studying by tavoitekokonaisuudet, has oppiaineet. A kuori escapes it (<see cref="Kuoriopiskeluoikeus"/>).
    /// </summary>
    public static readonly Validointisaanto OppiaineetPuuttuvat = new("badRequest.validation.tila.oppiaineetPuuttuvat",
        "Vahvistetulla suorituksella on oltava vähintään yksi oppiaine.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Perusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.OnVahvistettu && s.Osasuoritukset.Count == 0 && s.Tyyppi switch
            {
                Suoritustyypit.PerusopetuksenOppimaara => true,
                Suoritustyypit.PerusopetuksenVuosiluokka =>
                    JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo") != "9" && !JsonLuku.Tosi(s.Json, "jääLuokalle")
                    && !k.Lisatiedot.Totuusarvo("vuosiluokkiinSitoutumatonOpetus")
                    && !k.Lisatiedot.Jaksot("tavoitekokonaisuuksittainOpiskelu").Any(j => j.Sisaltaa(s.Vahvistus!.Arvo)),
                _ => false,
            })
            .Select(s => s.Polku + ".osasuoritukset"));

    /// <summary>
    /// KoskiValidator.validatePäättötodistuksenSanallinenArviointi: on a vahvistettu oppimäärä, S or O only for a
    /// valinnainen oppiaine under two vuosiviikkotuntia (or a yksilöllistetty/rajattu oppimäärä). KOSKI lets S stand on a
    /// valinnainen oppiaine whatever its laajuus, and skips opinto-ohjaus, languages graded S and paikalliset oppiaineet
    /// under two hours or graded S.
    /// </summary>
    public static readonly Validointisaanto SanallinenVainValinnaiselle = new("badRequest.validation.arviointi.sallittuVainValinnaiselle",
        "Arvosana S tai O on sallittu vain valinnaiselle oppiaineelle, jonka laajuus on alle kaksi vuosiviikkotuntia, tai yksilöllistetylle tai rajatulle oppimäärälle.",
        k => PaattotodistuksenOppiaineet(k)
            .Where(o => o.Arvosana is "S" or "O" && (o.Pakollinen || o.Laajuus >= 2) && !(o.Arvosana == "S" && !o.Pakollinen))
            .Select(o => o.Suoritus.Polku + ".arviointi"));

    public static readonly Validointisaanto NumeroSuppeallaValinnaisella = new("badRequest.validation.arviointi.eiSallittuSuppealleValinnaiselle",
        "Valinnaiselle valtakunnalliselle oppiaineelle, jonka laajuus on alle kaksi vuosiviikkotuntia, sallitaan vain arvosanat S ja O.",
        k => PaattotodistuksenOppiaineet(k)
            .Where(o => o.Arvosana is not (null or "S" or "O") && !o.Pakollinen && o.Laajuus < 2)
            .Select(o => o.Suoritus.Polku + ".arviointi"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        TyhjanOppiaineenVahvistus, ValinnainenOppiaineenOppimaara, ErityinenTutkintoValinnainen, ErityinenTutkintoPaikallinen,
        YhdeksannenLuokanOppiaineet, SamaLuokkaAsteUseammassaSuorituksessa, UskontoJaElamankatsomustieto, LuokkaAstePuuttuu,
        OppiaineetPuuttuvat, SanallinenVainValinnaiselle, NumeroSuppeallaValinnaisella,
    ];

    private sealed record Paattotodistuksen(ValidointiKohde.Suoritus Suoritus, string? Arvosana, bool Pakollinen, double? Laajuus);

    /// <summary>The oppiaineet of a vahvistettu nuorten oppimäärä that KOSKI judges, without its yksilöllistetty or rajattu ones.</summary>
    private static IEnumerable<Paattotodistuksen> PaattotodistuksenOppiaineet(ValidointiKohde k) =>
        k.Tyyppi != Opiskeluoikeustyypit.Perusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == Suoritustyypit.PerusopetuksenOppimaara && s.OnVahvistettu)
            .SelectMany(s => s.Osasuoritukset)
            .Where(o => o.Tyyppi == "perusopetuksenoppiaine" && !JsonLuku.Tosi(o.Json, "yksilöllistettyOppimäärä") && !JsonLuku.Tosi(o.Json, "rajattuOppimäärä"))
            .Select(o => new Paattotodistuksen(o, o.ViimeisinArvosana, !Valinnainen(o), Laajuus(o)))
            .Where(o => !Erikoistapaus(o));

    private static bool Erikoistapaus(Paattotodistuksen o)
    {
        var tunniste = JsonLuku.Teksti(o.Suoritus.Json, "koulutusmoduuli", "tunniste", "koodiarvo");
        var paikallinen = JsonLuku.Teksti(o.Suoritus.Json, "koulutusmoduuli", "tunniste", "koodistoUri") is null;
        return tunniste == "OP"
               || (tunniste is "A1" or "A2" or "B1" or "B2" or "B3" or "AOM" && o.Arvosana == "S")
               || (paikallinen && (o.Laajuus < 2 || o.Arvosana == "S"));
    }

    private static double? Laajuus(ValidointiKohde.Suoritus s) =>
        JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<double>(out var arvo) ? arvo : null;

    /// <summary>KOSKI's Valinnaisuus.pakollinen; a koulutusmoduuli without the field is pakollinen.</summary>
    private static bool Valinnainen(ValidointiKohde.Suoritus s) =>
        (JsonLuku.Solmu(s.Json, "koulutusmoduuli", "pakollinen") as System.Text.Json.Nodes.JsonValue)?.TryGetValue<bool>(out var pakollinen) == true && !pakollinen;

    private static bool AikuistenErityinenTutkinto(ValidointiKohde.Suoritus s) =>
        s.Tyyppi == AikuistenOppiaineenOppimaara && JsonLuku.Teksti(s.Json, "suoritustapa", "koodiarvo") == Suoritustyypit.ErityinenTutkinto;
}
