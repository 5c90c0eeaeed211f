namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's rules on perusopetukseen valmistava opetus (KoskiValidator: laajuus unit, suorituskieli) and IB's language.</summary>
public static class ValmistavanOpetuksenSaannot
{
    private const string Tunnit = "5";

    public static readonly Validointisaanto KokonaislaajuusEiTunneissa = new(
        "badRequest.validation.laajuudet.perusopetukseenValmistavaOpetusKokonaislaajuusYksikköEiTunneissa",
        "Perusopetukseen valmistavan opetuksen kokonaislaajuus on annettava tunteina.",
        k => k.Ymparisto.Paiva < k.Rajapaivat.ValmistavanKokonaislaajuusTunneissaAlkaen ? [] : k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == Opiskeluoikeustyypit.PerusopetukseenValmistava
                        && s.Json["kokonaislaajuus"] is not null
                        && JsonLuku.Teksti(s.Json, "kokonaislaajuus", "yksikkö", "koodiarvo") != Tunnit)
            .Select(s => s.Polku + ".kokonaislaajuus.yksikkö"));

    /// <summary>KoskiValidator.validateSuorituskieli: valmistava opetus in Finnish or Swedish, the IB diploma in English.</summary>
    public static readonly Validointisaanto VirheellinenSuorituskieli = new("badRequest.validation.rakenne.virheellinenSuorituskieli",
        "Perusopetukseen valmistavan opetuksen suorituskielen on oltava suomi tai ruotsi, IB-tutkinnon englanti.",
        k => k.PaatasonSuoritukset
            .Where(s => JsonLuku.Teksti(s.Json, "suorituskieli", "koodiarvo") is { } kieli && s.Tyyppi switch
            {
                Opiskeluoikeustyypit.PerusopetukseenValmistava => kieli is not ("FI" or "SV"),
                Opiskeluoikeustyypit.IbTutkinto => kieli != "EN",
                _ => false,
            })
            .Select(s => s.Polku + ".suorituskieli"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [KokonaislaajuusEiTunneissa, VirheellinenSuorituskieli];
}
