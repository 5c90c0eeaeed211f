namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// Two answers KOSKI gives before its own rules: a grade its schema does not allow (the deserializer's jsonSchema) and
/// a peruste of the wrong koulutustyyppi (TutkintoRakenneValidator, from ePerusteet; here for the perusteet known
/// without it).
/// </summary>
public static class Perusopetuksenskeemasaannot
{
    /// <summary>The nuorten perusopetus perusteet (koulutustyyppi 16): the 2014 curriculum, the one KOSKI's examples use.</summary>
    private static readonly string[] NuortenPerusopetuksenDiaarit = ["104/011/2014"];

    /// <summary>SanallinenPerusopetuksenOppiaineenArviointi: a valmistava opetus oppiaine is graded S, H or O only.</summary>
    public static readonly Validointisaanto ValmistavanArvosanaEiSanallinen = new("badRequest.validation.jsonSchema",
        "Perusopetukseen valmistavan opetuksen oppiaineen arvosana voi olla vain S, H tai O.",
        k => k.Tyyppi != Opiskeluoikeustyypit.PerusopetukseenValmistava ? [] : k.KaikkiSuoritukset
            .Where(s => s.Tyyppi == "perusopetukseenvalmistavanopetuksenoppiaine")
            .SelectMany(s => s.Arvioinnit.Select((a, i) => (Polku: $"{s.Polku}.arviointi[{i}].arvosana.koodiarvo",
                Arvosana: JsonLuku.Teksti((s.Json["arviointi"] as System.Text.Json.Nodes.JsonArray)?[i], "arvosana", "koodiarvo"))))
            .Where(a => a.Arvosana is not null and not ("S" or "H" or "O"))
            .Select(a => a.Polku));

    /// <summary>TutkintoRakenneValidator: an aikuisten perusopetuksen oppimäärä takes an aikuisten perusopetus peruste.</summary>
    public static readonly Validointisaanto AikuistenOppimaaraNuortenPerusteella = new("badRequest.validation.rakenne.vääräKoulutustyyppi",
        "Aikuisten perusopetuksen oppimäärälle ei voi käyttää nuorten perusopetuksen perustetta (koulutustyyppi Perusopetus).",
        k => k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == Suoritustyypit.AikuistenPerusopetuksenOppimaara
                        && NuortenPerusopetuksenDiaarit.Contains(JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero")))
            .Select(s => s.Polku + ".koulutusmoduuli.perusteenDiaarinumero"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [ValmistavanArvosanaEiSanallinen, AikuistenOppimaaraNuortenPerusteella];
}
