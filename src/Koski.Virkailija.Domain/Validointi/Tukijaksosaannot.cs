namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's rules on the support periods of esiopetus and perusopetus lisätiedot (PerusopetuksenOpiskeluoikeusValidation,
/// EsiopetusValidation): periods that may not overlap, and the valmistava lisäopetus periods.
/// </summary>
public static class Tukijaksosaannot
{
    private const string ValmistavaLisaopetus = "valmistavanLisäopetus";
    private const int ValmistavanLisaopetuksenEnimmaispaivat = 365;

    /// <summary>
    /// The old erityisen tuen päätökset and the reform's tuen päätöksen jaksot may not overlap; KOSKI's
    /// MahdollisestiAlkupäivällinenJakso.overlap: a tuen päätöksen jakso whose alku or loppu falls within a päätös.
    /// And pidennetty oppivelvollisuus may not hold a whole period of the other field (KOSKI's Aikajakso.overlap).
    /// </summary>
    public static readonly Validointisaanto TuenJaksotPaallekkain = new("badRequest.validation.date.erityisenTuenPäätös",
        "Erityisen tuen päätöksen ja tuen päätöksen jaksot eivät saa olla päällekkäin, eikä pidennetyn oppivelvollisuuden kanssa päällekkäistä jaksoa voi merkitä.",
        k =>
        {
            if (k.Tyyppi is not (Opiskeluoikeustyypit.Perusopetus or Opiskeluoikeustyypit.Esiopetus)) return [];
            var paatokset = k.Lisatiedot.Jaksot("erityisenTuenPäätökset").ToList();
            var tuenJaksot = paatokset.Count == 0 ? [] : k.Lisatiedot.Jaksot("tuenPäätöksenJaksot")
                .Where(t => paatokset.Any(p => p.Sisaltaa(t.Alku) || p.Sisaltaa(t.Loppu)))
                .Select(t => t.Polku);
            var pidennys = k.Lisatiedot.Jaksot("pidennettyOppivelvollisuus").FirstOrDefault();
            var toinen = k.Tyyppi == Opiskeluoikeustyypit.Perusopetus
                ? "opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella" : "varhennetunOppivelvollisuudenJaksot";
            var pidennyksenSisalla = pidennys is null ? [] : k.Lisatiedot.Jaksot(toinen)
                .Where(j => SisaltaaKokonaan(pidennys, j)).Select(j => j.Polku);
            return tuenJaksot.Concat(pidennyksenSisalla);
        });

    public static readonly Validointisaanto ValmistavaLisaopetusEnnenVoimaantuloa = new(
        "badRequest.validation.perusopetus.valmistavanLisäopetusEiSallittuEnnen",
        "Valmistavan lisäopetuksen jakson voi merkitä vain 1.8.2026 tai sen jälkeen alkavaksi.",
        k => ValmistavanLisaopetuksenJaksot(k).Where(j => j.Alku < k.Rajapaivat.ValmistavanLisaopetuksenAlkaen).Select(j => j.Polku + ".alku"));

    /// <summary>An open period counts as its first day only (KOSKI's valmistavanLisäopetusJaksonPäivät).</summary>
    public static readonly Validointisaanto ValmistavanLisaopetuksenKestoYlittaaVuoden = new(
        "badRequest.validation.perusopetus.valmistavanLisäopetuksenKestoYlittääVuoden",
        "Valmistavan lisäopetuksen kokonaiskesto voi olla enintään yksi vuosi (365 päivää).",
        k => ValmistavanLisaopetuksenJaksot(k)
            .Sum(j => j is { Alku: { } alku, Loppu: { } loppu } ? loppu.DayNumber - alku.DayNumber + 1 : 1) > ValmistavanLisaopetuksenEnimmaispaivat
            ? [$"lisätiedot.{ValmistavaLisaopetus}"] : []);

    public static readonly Validointisaanto ValmistavanLisaopetuksenJaksotPaallekkain = new(
        "badRequest.validation.perusopetus.valmistavanLisäopetusJaksotPäällekkäin",
        "Valmistavan lisäopetuksen jaksot eivät saa olla päällekkäin.",
        k =>
        {
            var jaksot = ValmistavanLisaopetuksenJaksot(k).ToList();
            return jaksot.Where((j, i) => jaksot.Take(i).Any(e => Paallekkain(e, j))).Select(j => j.Polku);
        });

    /// <summary>KOSKI compares with today: an open period may not have started more than a year ago.</summary>
    public static readonly Validointisaanto ValmistavanLisaopetuksenAvoinJaksoLiianVanha = new(
        "badRequest.validation.perusopetus.valmistavanLisäopetusAvoinJaksoLiianVanha",
        "Valmistavan lisäopetuksen jaksolta puuttuu loppupäivä, vaikka se on alkanut yli vuosi sitten.",
        k => ValmistavanLisaopetuksenJaksot(k).Where(j => j.Loppu is null && j.Alku < k.Ymparisto.Paiva.AddYears(-1)).Select(j => j.Polku + ".loppu"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        TuenJaksotPaallekkain, ValmistavaLisaopetusEnnenVoimaantuloa, ValmistavanLisaopetuksenKestoYlittaaVuoden,
        ValmistavanLisaopetuksenJaksotPaallekkain, ValmistavanLisaopetuksenAvoinJaksoLiianVanha,
    ];

    private static IEnumerable<Aikajakso> ValmistavanLisaopetuksenJaksot(ValidointiKohde k) =>
        k.Tyyppi == Opiskeluoikeustyypit.Perusopetus ? k.Lisatiedot.Jaksot(ValmistavaLisaopetus) : [];

    /// <summary>KOSKI's Jakso.contains(Jakso): the other's alku within, and its loppu too unless this one is open.</summary>
    private static bool SisaltaaKokonaan(Aikajakso jakso, Aikajakso toinen) =>
        jakso.Sisaltaa(toinen.Alku ?? DateOnly.MinValue) && (jakso.Loppu is null || jakso.Sisaltaa(toinen.Loppu));

    /// <summary>KOSKI's Jakso.overlaps.</summary>
    private static bool Paallekkain(Aikajakso a, Aikajakso b) =>
        a.Sisaltaa(b.Alku) || a.Sisaltaa(b.Loppu) || b.Sisaltaa(a.Alku) || b.Sisaltaa(a.Loppu);
}
