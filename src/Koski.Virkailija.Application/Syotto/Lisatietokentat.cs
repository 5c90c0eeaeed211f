namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The lisätiedot periods of perusopetus, perusopetuksen lisäopetus and esiopetus, all of them special-category data
/// (data/koski/sensitive-fields.tsv), in three groups: the benefits the form still enters (<see cref="Kaikki"/>), the
/// learning-support model of the 2025 reform (<see cref="Tuki"/>), and the model it replaced (<see cref="Vanhat"/>),
/// which the form only shows. KOSKI keeps some as one period (an Aikajakso) and some as a list of periods.
/// </summary>
public static class Lisatietokentat
{
    public const string PidennettyOppivelvollisuus = "pidennettyOppivelvollisuus";
    public const string ErityisenTuenPaatokset = "erityisenTuenPäätökset";
    public const string TuenPaatoksenJaksot = "tuenPäätöksenJaksot";
    public const string OpetuksenJarjestaminen = "opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella";
    public const string ToimintaAlueittainOpiskelu = "toimintaAlueittainOpiskelu";
    public const string TavoitekokonaisuuksittainOpiskelu = "tavoitekokonaisuuksittainOpiskelu";
    public const string VarhennettuOppivelvollisuus = "varhennetunOppivelvollisuudenJaksot";

    public sealed record Kentta(string Nimi, string Otsikko, bool Yksi);

    /// <summary>The benefit periods the form enters (they are not part of the support model).</summary>
    public static IReadOnlyList<Kentta> Kaikki { get; } =
    [
        new("koulukoti", "Koulukoti", false),
        new("kuljetusetu", "Kuljetusetu", true),
        new("majoitusetu", "Majoitusetu", true),
        new("sisäoppilaitosmainenMajoitus", "Sisäoppilaitosmainen majoitus", false),
    ];

    /// <summary>
    /// The support model in use since 1.8.2025, exactly as each type's schema has it (KOSKI's NuortenPerusopetus.scala,
    /// Esiopetus.scala): lists of periods with alku and loppu, no codes. Lisäopetus has none.
    /// </summary>
    public static IReadOnlyList<Kentta> Tuki(string tyyppi) => tyyppi switch
    {
        SyottoLomake.Perusopetus =>
        [
            new(TuenPaatoksenJaksot, "Tuen päätöksen jaksot", false),
            new(OpetuksenJarjestaminen, "Opetuksen järjestäminen vamman, sairauden tai rajoitteen perusteella", false),
            new(ToimintaAlueittainOpiskelu, "Toiminta-alueittain opiskelu", false),
            new(TavoitekokonaisuuksittainOpiskelu, "Tavoitekokonaisuuksittain opiskelu", false),
        ],
        SyottoLomake.Esiopetus =>
        [
            new(TuenPaatoksenJaksot, "Tuen päätöksen jaksot", false),
            new(VarhennettuOppivelvollisuus, "Varhennetun oppivelvollisuuden jaksot", false),
        ],
        _ => [],
    };

    /// <summary>
    /// The support model before the 2025 reform: no longer entered (KOSKI refuses its periods past 31.8.2026 and drops
    /// the tehostettu tuki and lykkäys fields), shown read-only and saved unchanged.
    /// </summary>
    public static IReadOnlyList<Kentta> Vanhat { get; } =
    [
        new(PidennettyOppivelvollisuus, "Pidennetty oppivelvollisuus", true),
        new("erityisenTuenPäätös", "Erityisen tuen päätös", true),
        new(ErityisenTuenPaatokset, "Erityisen tuen päätökset", false),
        new("tehostetunTuenPäätös", "Tehostetun tuen päätös", true),
        new("tehostetunTuenPäätökset", "Tehostetun tuen päätökset", false),
        new("vammainen", "Vammainen (muu kuin vaikeimmin kehitysvammainen)", false),
        new("vaikeastiVammainen", "Vaikeimmin kehitysvammainen", false),
        new("perusopetuksenAloittamistaLykätty", "Perusopetuksen aloittamista lykätty", true),
    ];

    public static Kentta? Hae(string nimi) => Kaikki.FirstOrDefault(k => k.Nimi == nimi);

    /// <summary>Types whose lisätiedot have these fields (taiteen perusopetus has no lisätiedot).</summary>
    public static bool Tyypilla(string tyyppi) => tyyppi is SyottoLomake.Perusopetus or SyottoLomake.Lisaopetus or SyottoLomake.Esiopetus;
}
