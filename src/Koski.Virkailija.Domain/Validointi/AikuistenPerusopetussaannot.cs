namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's AikuistenPerusopetuksenOpiskeluoikeudenValidation: which suoritukset stand together, assessed courses' days.</summary>
public static class AikuistenPerusopetussaannot
{
    private const string OppiaineenOppimaara = "perusopetuksenoppiaineenoppimaara";

    public static readonly Validointisaanto OppimaaraJaAineopinnot = new("badRequest.validation.rakenne.epäsopiviaSuorituksia",
        "Aikuisten perusopetuksen opiskeluoikeudella ei voi olla sekä oppimäärän että oppiaineen oppimäärän suorituksia.",
        k => k.Tyyppi == Opiskeluoikeustyypit.AikuistenPerusopetus
             && k.PaatasonSuoritukset.Any(s => s.Tyyppi == OppiaineenOppimaara)
             && k.PaatasonSuoritukset.Any(s => s.Tyyppi != OppiaineenOppimaara)
            ? ["suoritukset"] : []);

    public static readonly Validointisaanto KurssinArviointipaivaPuuttuu = new("badRequest.validation.arviointi.arviointipäiväPuuttuu",
        "Aikuisten perusopetuksen kurssin arvioinnilta puuttuu arviointipäivä.",
        k => k.Tyyppi != Opiskeluoikeustyypit.AikuistenPerusopetus ? [] : k.KaikkiSuoritukset
            .Where(s => s.Tyyppi is "aikuistenperusopetuksenkurssi" or "aikuistenperusopetuksenalkuvaiheenkurssi")
            .SelectMany(s => s.Arvioinnit.Where(a => a.Teksti is null))
            .Select(a => a.Polku));

    /// <summary>KoskiValidator.validateAikuistenPerusopetuksenSuoritustenStatus: the alkuvaihe alone does not graduate.</summary>
    public static readonly Validointisaanto ValmistunutPelkallaAlkuvaiheella = new("badRequest.validation.tila.suoritusPuuttuu",
        "Aikuisten perusopetuksen opiskeluoikeutta ei voi merkitä valmiiksi, kun siltä puuttuu oppimäärän tai oppiaineen oppimäärän suoritus.",
        k => k.Tyyppi == Opiskeluoikeustyypit.AikuistenPerusopetus && k.Jaksot is [.., { Tila: Opiskeluoikeudet.Tilat.Valmistunut }]
             && k.PaatasonSuoritukset.All(s => Suoritustyypit.SaaJaadaVahvistamatta(s.Tyyppi))
            ? ["suoritukset"] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [OppimaaraJaAineopinnot, KurssinArviointipaivaPuuttuu, ValmistunutPelkallaAlkuvaiheella];
}
