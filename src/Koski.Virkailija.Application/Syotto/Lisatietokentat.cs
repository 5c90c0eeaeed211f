namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The lisätiedot periods the form edits for perusopetus, perusopetuksen lisäopetus and esiopetus: all of them
/// special-category data (data/koski/sensitive-fields.tsv). KOSKI keeps some as one period (an Aikajakso) and
/// some as a list of periods.
/// </summary>
public static class Lisatietokentat
{
    public const string PidennettyOppivelvollisuus = "pidennettyOppivelvollisuus";
    public const string ErityisenTuenPaatokset = "erityisenTuenPäätökset";

    public sealed record Kentta(string Nimi, string Otsikko, bool Yksi);

    public static IReadOnlyList<Kentta> Kaikki { get; } =
    [
        new(PidennettyOppivelvollisuus, "Pidennetty oppivelvollisuus", true),
        new(ErityisenTuenPaatokset, "Erityisen tuen päätös", false),
        new("vammainen", "Vammainen (muu kuin vaikeimmin kehitysvammainen)", false),
        new("vaikeastiVammainen", "Vaikeimmin kehitysvammainen", false),
        new("koulukoti", "Koulukoti", false),
        new("kuljetusetu", "Kuljetusetu", true),
        new("majoitusetu", "Majoitusetu", true),
        new("sisäoppilaitosmainenMajoitus", "Sisäoppilaitosmainen majoitus", false),
    ];

    public static Kentta? Hae(string nimi) => Kaikki.FirstOrDefault(k => k.Nimi == nimi);

    /// <summary>Types whose lisätiedot have these fields (taiteen perusopetus has no lisätiedot).</summary>
    public static bool Tyypilla(string tyyppi) => tyyppi is SyottoLomake.Perusopetus or SyottoLomake.Lisaopetus or SyottoLomake.Esiopetus;
}
