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

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        TyhjanOppiaineenVahvistus, ValinnainenOppiaineenOppimaara, ErityinenTutkintoValinnainen, ErityinenTutkintoPaikallinen,
        YhdeksannenLuokanOppiaineet, SamaLuokkaAsteUseammassaSuorituksessa,
    ];

    /// <summary>KOSKI's Valinnaisuus.pakollinen; a koulutusmoduuli without the field is pakollinen.</summary>
    private static bool Valinnainen(ValidointiKohde.Suoritus s) =>
        (s.Json["koulutusmoduuli"]?["pakollinen"] as System.Text.Json.Nodes.JsonValue)?.TryGetValue<bool>(out var pakollinen) == true && !pakollinen;

    private static bool AikuistenErityinenTutkinto(ValidointiKohde.Suoritus s) =>
        s.Tyyppi == AikuistenOppiaineenOppimaara && JsonLuku.Teksti(s.Json, "suoritustapa", "koodiarvo") == Suoritustyypit.ErityinenTutkinto;
}
