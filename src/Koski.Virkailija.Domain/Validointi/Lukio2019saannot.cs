using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's Lukio2019ArvosanaValidation and part of Lukio2019OsasuoritusValidation: which oppiaineet and moduulit of
/// the 2019 lukio curriculum take S/H and which a number, the lukiodiplomi's 2 op, and what an erityisenä tutkintona
/// suoritettu oppimäärä or oppiaine needs.
/// </summary>
public static class Lukio2019saannot
{
    private const string Oppiaine = "lukionoppiaine";
    private const string Moduuli = "lukionvaltakunnallinenmoduuli";
    private const string Nuortenops = "nuortenops";
    private const string OpintoOhjaus = "OP";
    private const string Liikunta = "LI";
    private static readonly string[] Kielet = ["A", "B1", "B2", "B3", "AOM"];
    private static readonly string[] Kirjainarvosanat = ["S", "H"];
    private static readonly string[] OpintoOhjauksenModuulit = ["OP1", "OP2"];
    private static readonly string[] Lukiodiplomit = ["KOLD1", "KULD2", "KÄLD3", "LILD4", "MELD5", "MULD6", "TALD7", "TELD8"];

    public static readonly Validointisaanto SallittuVainSuppealle = new("badRequest.validation.arviointi.sallittuVainSuppealle",
        "Oppiaineen arvosanan pitää olla numero: S tai H käy vain opinto-ohjaukselle, enintään 2 op:n liikunnalle ja oppiaineelle sekä enintään 4 op:n valinnaiselle kielelle.",
        k => Oppiaineet(k).Where(o => !KirjainKay(o)).Select(o => o.Polku + ".arviointi"));

    public static readonly Validointisaanto EpasopivaArvosana = new("badRequest.validation.arviointi.epäsopivaArvosana",
        "Opinto-ohjauksen oppiaineen ja moduulien arvosanan on oltava S tai H, valtakunnallisen moduulin muuten numero.",
        k => Oppiaineet(k).Where(o => Tunniste(o) == OpintoOhjaus && o.ViimeisinArvosana is { } a && !Kirjainarvosanat.Contains(a))
            .Concat(k.KaikkiSuoritukset.Where(s => s.Tyyppi == Moduuli && ModuulinArvosanaVaara(s)))
            .Select(s => s.Polku + ".arviointi"));

    public static readonly Validointisaanto LukiodiplominLaajuus = new("badRequest.validation.laajuudet.lukiodiplominLaajuusVäärä",
        "Lukiodiplomimoduulin laajuuden tulee olla aina 2 opintopistettä.",
        k => k.KaikkiSuoritukset.Where(s => s.Tyyppi == Moduuli && Lukiodiplomit.Contains(Tunniste(s)) && Laajuus(s) != 2)
            .Select(s => s.Polku + ".koulutusmoduuli.laajuus"));

    public static readonly Validointisaanto ErityinenTutkintoNuortenOpsilla = new("badRequest.validation.rakenne.erityisenäTutkintonaSuoritettuNuortenOps",
        "Nuorten opetussuunnitelman mukaista lukion oppimäärää ei voi suorittaa erityisenä tutkintona.",
        k => Oppimaarat2019(k).Where(s => JsonLuku.Tosi(s.Json, "suoritettuErityisenäTutkintona")
                && JsonLuku.Teksti(s.Json, "oppimäärä", "koodiarvo") == Nuortenops)
            .Select(s => s.Polku + ".suoritettuErityisenäTutkintona"));

    public static readonly Validointisaanto ErityisenTutkinnonLaajuusPuuttuu = new("badRequest.validation.laajuudet.oppiaineenLaajuusPuuttuu",
        "Erityisenä tutkintona suoritettavan oppiaineen laajuus puuttuu.",
        k => Oppiaineet(k)
            .Where(o => JsonLuku.Tosi(o.Json, "suoritettuErityisenäTutkintona")
                || (o.Vanhempi!.Tyyppi == Suoritustyypit.LukionOppimaara && JsonLuku.Tosi(o.Vanhempi.Json, "suoritettuErityisenäTutkintona")))
            .Where(o => JsonLuku.Solmu(o.Json, "koulutusmoduuli", "laajuus") is null)
            .Select(o => o.Polku + ".koulutusmoduuli.laajuus"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [SallittuVainSuppealle, EpasopivaArvosana, LukiodiplominLaajuus, ErityinenTutkintoNuortenOpsilla, ErityisenTutkinnonLaajuusPuuttuu];

    private static IEnumerable<ValidointiKohde.Suoritus> Oppimaarat2019(ValidointiKohde k) =>
        k.PaatasonSuoritukset.Where(s => s.Tyyppi == Suoritustyypit.LukionOppimaara
            && Suoritustyypit.Lops2019Diaarit.Contains(JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero")));

    /// <summary>The oppiaineet of a 2019 oppimäärä and of lukion aineopinnot.</summary>
    private static IEnumerable<ValidointiKohde.Suoritus> Oppiaineet(ValidointiKohde k) =>
        Oppimaarat2019(k).Concat(k.PaatasonSuoritukset.Where(s => s.Tyyppi == Suoritustyypit.LukionAineopinnot))
            .SelectMany(s => s.Osasuoritukset).Where(o => o.Tyyppi == Oppiaine);

    /// <summary>KOSKI's rule for an oppiaine's S or H; a number is not judged here.</summary>
    private static bool KirjainKay(ValidointiKohde.Suoritus oppiaine)
    {
        var arvosana = oppiaine.ViimeisinArvosana;
        if (arvosana is not ("S" or "H")) return true;
        var tunniste = Tunniste(oppiaine);
        if (tunniste == OpintoOhjaus) return true;
        if (arvosana == "S" && tunniste == Liikunta) return true;
        if (arvosana == "H" && tunniste == Liikunta && Laajuus(oppiaine) <= 2) return true;
        if (Kielet.Contains(tunniste) && JsonLuku.Solmu(oppiaine.Json, "koulutusmoduuli", "pakollinen") is JsonValue p
            && p.TryGetValue<bool>(out var pakollinen) && !pakollinen)
            return Laajuus(oppiaine) <= 4;
        if (arvosana == "H") return false;
        return Paikallinen(oppiaine) || Laajuus(oppiaine) <= 2;
    }

    /// <summary>A valtakunnallinen moduuli is graded with a number, but the opinto-ohjaus moduulit with S or H.</summary>
    private static bool ModuulinArvosanaVaara(ValidointiKohde.Suoritus moduuli)
    {
        var tunniste = Tunniste(moduuli);
        var kirjaimin = Enumerable.Range(0, moduuli.Arvioinnit.Count)
            .Any(i => Kirjainarvosanat.Contains(JsonLuku.Teksti(moduuli.Json["arviointi"]?[i], "arvosana", "koodiarvo")));
        return OpintoOhjauksenModuulit.Contains(tunniste) ? !kirjaimin : !Lukiodiplomit.Contains(tunniste) && kirjaimin;
    }

    /// <summary>A paikallinen oppiaine's tunniste is its own code, not one of a code list.</summary>
    private static bool Paikallinen(ValidointiKohde.Suoritus s) =>
        JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodistoUri") is null;

    private static string? Tunniste(ValidointiKohde.Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");

    /// <summary>KOSKI's laajuusArvo(default = 0.0).</summary>
    private static double Laajuus(ValidointiKohde.Suoritus s) =>
        JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") is JsonValue v && v.TryGetValue<double>(out var arvo) ? arvo : 0;
}
