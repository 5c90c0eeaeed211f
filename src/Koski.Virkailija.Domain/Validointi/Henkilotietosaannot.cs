namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// What KOSKI answers <c>henkilötiedot.puutteelliset</c> for: the oppijanumerorekisteri refuses (400) a new learner
/// whose kutsumanimi is not one of the etunimet (its KutsumanimiValidator), and KOSKI passes the refusal on with this
/// key. Missing names are a schema error in KOSKI (and here) before the registry is asked.
/// </summary>
public static class Henkilotietosaannot
{
    public const string PuutteellisetAvain = "badRequest.validation.henkilötiedot.puutteelliset";
    public const string KutsumanimiViesti = "Kutsumanimen on oltava yksi etunimistä (tai peräkkäiset etunimet).";

    /// <summary>
    /// The registry's rule: the kutsumanimi is all of <paramref name="etunimet"/> as written, or, ignoring case, a run of
    /// consecutive names separated by spaces, or by spaces and hyphens (a run written with spaces): for "Anna-Liisa Milla"
    /// "Anna-Liisa", "Anna", "Liisa", "Milla", "Liisa Milla" and "Anna-Liisa Milla" do, "Ann" and "Sanna" do not.
    /// </summary>
    public static bool KutsumanimiOnEtunimi(string etunimet, string kutsumanimi)
    {
        if (etunimet == kutsumanimi) return true;
        var haettu = kutsumanimi.ToLowerInvariant();
        var pienin = etunimet.ToLowerInvariant();
        return PerakkaisetLoytyy(pienin.Split(' ').Select(n => n.Trim()).ToArray(), haettu)
            || PerakkaisetLoytyy(pienin.Split(' ', '-').Select(n => n.Trim()).ToArray(), haettu);
    }

    private static bool PerakkaisetLoytyy(string[] nimet, string haettu)
    {
        for (var alku = 0; alku < nimet.Length; alku++)
            for (var loppu = alku + 1; loppu <= nimet.Length; loppu++)
                if (string.Join(' ', nimet[alku..loppu]) == haettu) return true;
        return false;
    }
}
