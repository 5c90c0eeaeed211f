namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's cut-off dates for the rules that change with the law (the <c>validaatiot</c> block of KOSKI's
/// reference.conf; the lisäopetus date is fixed in KoskiValidator). The defaults are KOSKI's; an environment may move
/// them with configuration <c>Validointi:Rajapaivat</c>, as KOSKI's environments do with theirs.
/// </summary>
public sealed record Rajapaivat
{
    /// <summary>Perusopetuksen lisäopetus ended with the 2023 reform: no tila may start after this day.</summary>
    public DateOnly LisaopetuksenTilojenViimeinenAlkupaiva { get; init; } = new(2023, 5, 31);

    /// <summary>
    /// The 2025 learning-support reform: pidennetty oppivelvollisuus, vammaisuus and erityisen tuen päätös periods may
    /// not start after this day (KOSKI: pidennetynOppivelvollisuudenViimeinenSallittuAloituspäivä).
    /// </summary>
    public DateOnly PidennetynOppivelvollisuudenViimeinenAloituspaiva { get; init; } = new(2026, 8, 31);

    /// <summary>… nor go on past this day (KOSKI: pidennetynOppivelvollisuudenViimeinenKäyttöpäivä).</summary>
    public DateOnly PidennetynOppivelvollisuudenViimeinenKayttopaiva { get; init; } = new(2026, 8, 31);

    /// <summary>The last vahvistus day of a suoritus with a yksilöllistetty oppimäärä (KOSKI: yksilöllistetynOppimääränViimeinenKäyttöpäivä).</summary>
    public DateOnly YksilollistetynOppimaaranViimeinenKayttopaiva { get; init; } = new(2026, 8, 31);

    /// <summary>A study right starting after this day has no vuosiluokkiin sitoutumaton opetus (KOSKI: VSOPKentänViimeinenKäyttöpäivä).</summary>
    public DateOnly VuosiluokkiinSitoutumattomanOpetuksenViimeinenKayttopaiva { get; init; } = new(2025, 7, 31);

    /// <summary>From this day the kokonaislaajuus of perusopetukseen valmistava opetus is given in hours (KOSKI:
    /// perusopetukseenValmistavaOpetusKokonaislaajuusYksikköTunneissaAlkaa).</summary>
    public DateOnly ValmistavanKokonaislaajuusTunneissaAlkaen { get; init; } = new(2024, 1, 1);

    /// <summary>The valmistava lisäopetus periods of perusopetus may start from this day (KOSKI: valmistavanLisäopetusVoimassaAlkaen).</summary>
    public DateOnly ValmistavanLisaopetuksenAlkaen { get; init; } = new(2026, 8, 1);

    /// <summary>From this day a JOTPA-funded study right needs its asianumero also from a source system (KOSKI:
    /// jotpaAsianumeroVaatimusAlkaa); one entered by hand always needs it.</summary>
    public DateOnly JotpaAsianumeroVaaditaanAlkaen { get; init; } = new(2024, 1, 1);

    /// <summary>ESH and EB study rights may be stored from this day on (KOSKI: europeanSchoolOfHelsinkiAikaisinSallittuTallennuspaiva).</summary>
    public DateOnly EshTallennusAlkaen { get; init; } = new(2000, 1, 1);

    /// <summary>… and may not have ended before this day, when the law came into force (KOSKI: europeanSchoolOfHelsinkiAikaisinSallittuPaattymispaiva).</summary>
    public DateOnly EshAikaisinPaattymispaiva { get; init; } = new(2023, 1, 1);

    /// <summary>Osaamismerkit may be stored from this day on (KOSKI: vstOsaamismerkkiAikaisinSallittuTallennuspaiva).</summary>
    public DateOnly VstOsaamismerkkiTallennusAlkaen { get; init; } = new(2000, 1, 1);

    /// <summary>… and their study right may not have ended before the law came into force (KOSKI: vstOsaamismerkkiAikaisinSallittuPaattymispaiva).</summary>
    public DateOnly VstOsaamismerkkiAikaisinPaattymispaiva { get; init; } = new(2024, 1, 1);

    /// <summary>A paikallinen muu ammatillinen koulutus may not start after this day (KOSKI: paikallinenMuuAmmatillinenKoulutusViimeinenAloituspäivä).</summary>
    public DateOnly PaikallisenMuunAmmatillisenViimeinenAloituspaiva { get; init; } = new(2028, 12, 31);

    /// <summary>
    /// The 2025 vocational reform (VOS): the last day of the old ammatillinen support periods, loma and
    /// henkilöstökoulutus (KOSKI: ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä, production value).
    /// </summary>
    public DateOnly AmmatillisenVosUudistuksenViimeinenKayttopaiva { get; init; } = new(2025, 12, 31);

    /// <summary>From this day (compared with today) a vahvistettu IB tutkinto needs a predicted grade (KOSKI: ibSuorituksenVahvistusVaatiiPredictedArvosanan).</summary>
    public DateOnly IbPredictedArvosanaVaaditaanAlkaen { get; init; } = new(2023, 1, 1);

    /// <summary>IB study rights starting from this day give laajuudet in opintopisteet and DP core as osasuoritukset (KOSKI: ibLaajuudetOpintopisteinäAlkaen).</summary>
    public DateOnly IbLaajuudetOpintopisteinaAlkaen { get; init; } = new(2024, 8, 1);

    /// <summary>DIA study rights starting from this day give laajuudet in opintopisteet (KOSKI: diaLaajuudetOpintopisteinäAlkaen).</summary>
    public DateOnly DiaLaajuudetOpintopisteinaAlkaen { get; init; } = new(2026, 8, 1);
}
