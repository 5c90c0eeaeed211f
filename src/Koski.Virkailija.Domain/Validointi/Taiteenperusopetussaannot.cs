using System.Globalization;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's TaiteenPerusopetusValidation: opintotasot by oppimäärä, the least laajuus of a vahvistettu suoritus, completion.</summary>
public static class Taiteenperusopetussaannot
{
    private const string Yleinen = "yleinenoppimaara";
    private const string Laaja = "laajaoppimaara";
    private const string YleisenYhteiset = "taiteenperusopetuksenyleisenoppimaaranyhteisetopinnot";
    private const string YleisenTeema = "taiteenperusopetuksenyleisenoppimaaranteemaopinnot";
    private const string LaajanPerus = "taiteenperusopetuksenlaajanoppimaaranperusopinnot";
    private const string LaajanSyventavat = "taiteenperusopetuksenlaajanoppimaaransyventavatopinnot";
    private const string HyvaksytystiSuoritettu = "hyvaksytystisuoritettu";

    /// <summary>The least laajuus (opintopisteet) of each opintotaso once vahvistettu; KOSKI keeps these in tpoCommon.ts too.</summary>
    private static readonly Dictionary<string, decimal> Vahimmaislaajuudet = new()
    {
        [YleisenYhteiset] = 11.1m, [YleisenTeema] = 7.4m, [LaajanPerus] = 29.6m, [LaajanSyventavat] = 18.5m,
    };

    public static readonly Validointisaanto VaaraOpintotaso = new("badRequest.validation.rakenne.tpoVääräOpintotaso",
        "Taiteen perusopetuksen suoritusten opintotasot eivät vastaa opiskeluoikeuden oppimäärää (yleinen: yhteiset ja teemaopinnot, laaja: perus- ja syventävät opinnot).",
        k =>
        {
            if (k.Tyyppi != Opiskeluoikeustyypit.Taiteenperusopetus) return [];
            string[]? sallitut = JsonLuku.Teksti(k.Json, "oppimäärä", "koodiarvo") switch
            {
                Yleinen => [YleisenYhteiset, YleisenTeema],
                Laaja => [LaajanPerus, LaajanSyventavat],
                _ => null,
            };
            return sallitut is null
                ? ["oppimäärä"]
                : k.PaatasonSuoritukset.Where(s => !sallitut.Contains(s.Tyyppi)).Select(s => s.Polku + ".tyyppi");
        });

    public static readonly Validointisaanto LiianPieniLaajuus = new("badRequest.validation.laajuudet.taiteenPerusopetuksenLaajuus",
        "Vahvistetun taiteen perusopetuksen suorituksen laajuus on liian pieni (yleisen oppimäärän yhteiset opinnot vähintään 11,1 op, teemaopinnot 7,4 op; laajan oppimäärän perusopinnot 29,6 op, syventävät opinnot 18,5 op).",
        k => k.Tyyppi != Opiskeluoikeustyypit.Taiteenperusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.OnVahvistettu && s.Tyyppi is { } t && Vahimmaislaajuudet.ContainsKey(t)
                        && (Laajuus(s) ?? 0m) < Vahimmaislaajuudet[t] - 0.0001m)
            .Select(s => s.Polku + ".koulutusmoduuli.laajuus"));

    /// <summary>KOSKI reads the last jakso as written, and wants both opintotasot vahvistettu.</summary>
    public static readonly Validointisaanto HyvaksytystiSuoritettuIlmanVahvistusta = new("badRequest.validation.tila.vahvistusPuuttuu",
        "Taiteen perusopetuksen opiskeluoikeus voi olla tilassa hyväksytysti suoritettu vain, kun sillä on kaksi vahvistettua suoritusta.",
        k =>
        {
            if (k.Tyyppi != Opiskeluoikeustyypit.Taiteenperusopetus || k.Jaksot is not [.., { Tila: HyvaksytystiSuoritettu }]) return [];
            if (k.PaatasonSuoritukset.Count != 2) return ["suoritukset"];
            return k.PaatasonSuoritukset.Where(s => !s.OnVahvistettu).Select(s => s.Polku + ".vahvistus");
        });

    public static readonly Validointisaanto VahvistettuIlmanOsasuorituksia = new("badRequest.validation.tila.osasuoritusPuuttuu",
        "Vahvistetulla taiteen perusopetuksen suorituksella on oltava vähintään yksi osasuoritus.",
        k => k.Tyyppi != Opiskeluoikeustyypit.Taiteenperusopetus ? [] : k.PaatasonSuoritukset
            .Where(s => s.OnVahvistettu && s.Osasuoritukset.Count == 0)
            .Select(s => s.Polku + ".osasuoritukset"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [VaaraOpintotaso, LiianPieniLaajuus, HyvaksytystiSuoritettuIlmanVahvistusta, VahvistettuIlmanOsasuorituksia];

    private static decimal? Laajuus(ValidointiKohde.Suoritus s) =>
        (JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") as System.Text.Json.Nodes.JsonValue)?.TryGetValue<decimal>(out var arvo) == true
            ? arvo : null;
}
