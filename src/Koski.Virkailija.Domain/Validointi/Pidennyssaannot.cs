namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KoskiValidator.validatePidennettyOppivelvollisuus (in force since 1.10.2022) for the lisätiedot of esiopetus,
/// perusopetus and perusopetuksen lisäopetus: a pidennetty oppivelvollisuus is covered by vammaisuusjaksot and an
/// erityisen tuen päätös (or tuen päätöksen jakso) from its first day to its last, the vammaisuusjaksot stay inside it
/// and end with it, the two kinds of vammaisuus do not overlap, and no vammaisuusjakso stands without a pidennys.
/// Periods are joined as KOSKI joins them: overlapping ones and ones starting the day after the previous ends.
/// </summary>
public static class Pidennyssaannot
{
    private const string VammaisuusAvain = "badRequest.validation.date.vammaisuusjakso";
    private const string Pidennys = "pidennettyOppivelvollisuus";
    private const string Vammainen = "vammainen";
    private const string VaikeastiVammainen = "vaikeastiVammainen";

    public static readonly Validointisaanto PidennysLoppuuEnnenAlkua = new("badRequest.validation.date.pidennettyOppivelvollisuus",
        "Pidennetty oppivelvollisuusjakso ei voi loppua ennen opiskeluoikeuden alkua.",
        k => PidennyksenJakso(k) is { Loppu: { } loppu } p && loppu < k.JaksojenAlku ? [p.Polku + ".loppu"] : []);

    public static readonly Validointisaanto VammaisuusPuuttuuPidennyksesta = new(VammaisuusAvain,
        "Oppivelvollisuuden pidennyksessä on päiviä, joina ei ole voimassaolevaa vammaisuusjaksoa.",
        k => PidennyksenJakso(k) is { } p && !Yhdista(Vammaisuus(k)).Any(j => Sisaltaa(j, p)) ? [p.Polku] : []);

    public static readonly Validointisaanto VammaisuusPidennyksenUlkopuolella = new(VammaisuusAvain,
        "Jokin vammaisuusjaksoista on pidennetyn oppivelvollisuuden ulkopuolella.",
        k => PidennyksenJakso(k) is { } p ? Yhdista(Vammaisuus(k)).Where(j => !Sisaltaa(p, j)).Select(j => j.Polku) : []);

    public static readonly Validointisaanto VammaisuusPaattyyEriPaivana = new(VammaisuusAvain,
        "Viimeisimmän vammaisuusjakson päättymispäivä ei ole sama kuin pidennetyn oppivelvollisuuden määritelty päättymispäivä.",
        k => PidennyksenJakso(k) is { Loppu: { } loppu } p
             && !Yhdista(Jaksot(k, Vammainen)).Concat(Yhdista(Jaksot(k, VaikeastiVammainen))).Any(j => j.Loppu == loppu)
            ? [p.Polku + ".loppu"] : []);

    public static readonly Validointisaanto VammaisuustyypitPaallekkain = new(VammaisuusAvain,
        "Vaikeasti vammaisuuden ja muun kuin vaikeasti vammaisuuden aikajaksot eivät voi olla voimassa samana päivänä.",
        k =>
        {
            if (PidennyksenJakso(k) is null) return [];
            var vaikeasti = Yhdista(Jaksot(k, VaikeastiVammainen));
            return Yhdista(Jaksot(k, Vammainen)).Where(v => vaikeasti.Any(j => Limittain(j, v))).Select(v => v.Polku);
        });

    public static readonly Validointisaanto VammaisuusIlmanPidennysta = new(VammaisuusAvain,
        "Vammaisuusjaksoja ei voi olla ilman vastaavaa pidennetyn oppivelvollisuuden jaksoa.",
        k => Koskee(k) && !k.Lisatiedot.Annettu(Pidennys) ? Vammaisuus(k).Select(j => j.Polku) : []);

    /// <summary>The tuen jaksot are joined with an open start or end reaching as far as it goes.</summary>
    public static readonly Validointisaanto ErityinenTukiPuuttuuPidennyksesta = new("badRequest.validation.date.erityisenTuenPäätös",
        "Oppivelvollisuuden pidennyksessä on päiviä, joina ei ole voimassaolevaa erityisen tuen jaksoa.",
        k =>
        {
            if (PidennyksenJakso(k) is not { Alku: { } alku } p) return [];
            var viimeinen = p.Loppu ?? k.JaksojenLoppu ?? DateOnly.MaxValue;
            var tuki = Jaksot(k, "erityisenTuenPäätös").Concat(Jaksot(k, "erityisenTuenPäätökset")).Concat(Jaksot(k, "tuenPäätöksenJaksot"))
                .Select(j => new Jakso(j.Alku ?? DateOnly.MinValue, j.Loppu ?? DateOnly.MaxValue, j.Polku));
            return YhdistaSuljetut(tuki).Any(j => j.Alku <= alku && alku <= j.Loppu && j.Alku <= viimeinen && viimeinen <= j.Loppu)
                ? [] : [p.Polku];
        });

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        PidennysLoppuuEnnenAlkua, VammaisuusPuuttuuPidennyksesta, VammaisuusPidennyksenUlkopuolella, VammaisuusPaattyyEriPaivana,
        VammaisuustyypitPaallekkain, VammaisuusIlmanPidennysta, ErityinenTukiPuuttuuPidennyksesta,
    ];

    /// <summary>KOSKI's Aikajakso: a start, an end that may be open, and here the location of its first period.</summary>
    private sealed record Jakso(DateOnly Alku, DateOnly? Loppu, string Polku);

    private static bool Koskee(ValidointiKohde k) =>
        k.Tyyppi is Opiskeluoikeustyypit.Esiopetus or Opiskeluoikeustyypit.Perusopetus or Opiskeluoikeustyypit.PerusopetuksenLisaopetus;

    /// <summary>The pidennys of a type that has one; one without a readable start is left to the date-format rule.</summary>
    private static Jakso? PidennyksenJakso(ValidointiKohde k) =>
        Koskee(k) && Jaksot(k, Pidennys).FirstOrDefault() is { Alku: { } alku } p ? new(alku, p.Loppu, p.Polku) : null;

    private static IEnumerable<Aikajakso> Vammaisuus(ValidointiKohde k) => Jaksot(k, Vammainen).Concat(Jaksot(k, VaikeastiVammainen));

    /// <summary>A field's periods; one ending before it starts is a schema error in KOSKI, which then checks nothing else.</summary>
    private static IEnumerable<Aikajakso> Jaksot(ValidointiKohde k, string kentta) =>
        k.Lisatiedot.Jaksot(kentta).Where(j => !(j.Loppu < j.Alku));

    /// <summary>Jakso.contains(d): from alku to loppu, both included; an open end reaches on.</summary>
    private static bool Sisaltaa(Jakso j, DateOnly d) => d >= j.Alku && (j.Loppu is null || d <= j.Loppu);

    /// <summary>Jakso.contains(j): its start inside, and its end inside unless this one is open.</summary>
    private static bool Sisaltaa(Jakso ulompi, Jakso j) =>
        Sisaltaa(ulompi, j.Alku) && (ulompi.Loppu is null || (j.Loppu is { } loppu && Sisaltaa(ulompi, loppu)));

    private static bool Limittain(Jakso a, Jakso b) =>
        Sisaltaa(a, b.Alku) || (b.Loppu is { } bl && Sisaltaa(a, bl)) || Sisaltaa(b, a.Alku) || (a.Loppu is { } al && Sisaltaa(b, al));

    /// <summary>
    /// validatePidennettyOppivelvollisuus's foldAikajaksot: the last period decides the end of a run that began open,
    /// so that the chronologically last vammaisuusjakso must end when the pidennys ends.
    /// </summary>
    private static List<Jakso> Yhdista(IEnumerable<Aikajakso> jaksot)
    {
        var tulos = new List<Jakso>();
        foreach (var j in jaksot.Where(j => j.Alku is not null).OrderBy(j => j.Alku).ThenBy(j => j.Loppu ?? DateOnly.MaxValue))
        {
            var alku = j.Alku!.Value;
            if (tulos is [.., var e] && (Sisaltaa(e, alku) || (alku > DateOnly.MinValue && Sisaltaa(e, alku.AddDays(-1)))))
                tulos[^1] = e with { Loppu = e.Alku < alku && e.Loppu is null ? j.Loppu : Myohempi(e.Loppu, j.Loppu) };
            else
                tulos.Add(new(alku, j.Loppu, j.Polku));
        }
        return tulos;
    }

    /// <summary>SuljettuJakso.yhdistäPäällekäisetJaPeräkkäiset: closed periods joined, the later end kept.</summary>
    private static List<Jakso> YhdistaSuljetut(IEnumerable<Jakso> jaksot)
    {
        var tulos = new List<Jakso>();
        foreach (var j in jaksot.OrderBy(j => j.Alku).ThenBy(j => j.Loppu))
        {
            if (tulos is [.., var e] && (Sisaltaa(e, j.Alku) || (j.Alku > DateOnly.MinValue && Sisaltaa(e, j.Alku.AddDays(-1)))))
                tulos[^1] = e with { Loppu = Myohempi(e.Loppu, j.Loppu) };
            else
                tulos.Add(j);
        }
        return tulos;
    }

    /// <summary>The later end, an open end being the latest (KOSKI's localDateOptionOrdering).</summary>
    private static DateOnly? Myohempi(DateOnly? a, DateOnly? b) => a is null || b is null ? null : a > b ? a : b;
}
