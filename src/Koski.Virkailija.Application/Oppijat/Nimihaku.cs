using System.Linq.Expressions;
using Koski.Virkailija.Domain.Oppijat;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>A learner's key in name order: what the search pages by before reading the learners themselves.</summary>
public sealed class Nimiavain
{
    public required string Oid { get; init; }
    public required string Hakunimi { get; init; }

    /// <summary>The learners' keys, for a database query (an index on (hakunimi, oid) answers it alone).</summary>
    public static IQueryable<Nimiavain> Oppijoista(IQueryable<Oppija> oppijat) =>
        oppijat.Select(o => new Nimiavain { Oid = o.Oid, Hakunimi = o.Hakunimi });
}

/// <summary>
/// The name-search rule, for the search and the student list alike: every word of the query begins a name of the
/// learner, and one of them begins the indexed "sukunimi etunimet" (so the index answers it on either provider).
/// </summary>
public static class Nimihaku
{
    public const int VahimmaisPituus = 3;

    public static IReadOnlyList<string> Sanat(string haku) =>
        haku.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    /// <summary>The learners the rule finds, as one condition (for the student list's join).</summary>
    public static IQueryable<Oppija> Suodata(IQueryable<Oppija> oppijat, string haku)
    {
        var sanat = Sanat(haku);
        if (sanat.Count == 0) return oppijat;

        var h = Expression.Parameter(typeof(Oppija), "h");
        var alku = sanat.Select(s => Lausekkeet.Runko(Alkaa(s), h)).Aggregate(Expression.OrElse);
        var ehto = KaikkiSanat(sanat) is { } kaikki ? Expression.AndAlso(alku, Lausekkeet.Runko(kaikki, h)) : alku;
        return oppijat.Where(Expression.Lambda<Func<Oppija, bool>>(ehto, h));
    }

    /// <summary>
    /// The same learners as keys: one name range per word, appended. Each part is answered from the (hakunimi, oid)
    /// index alone, where one condition ORing the ranges made PostgreSQL read the row of every learner with a common
    /// surname. A word that another word begins adds no range of its own, so the ranges are disjoint and appending
    /// them (UNION ALL) repeats no learner.
    /// </summary>
    public static IQueryable<Nimiavain> Avaimet(IQueryable<Oppija> oppijat, string haku)
    {
        var sanat = Sanat(haku);
        if (sanat.Count == 0) return Nimiavain.Oppijoista(oppijat);
        var kaikki = KaikkiSanat(sanat);
        return sanat.Where(sana => !sanat.Any(muu => muu != sana && sana.StartsWith(muu, StringComparison.Ordinal))).Select(sana =>
            {
                var osa = oppijat.Where(Alkaa(sana));
                return Nimiavain.Oppijoista(kaikki is null ? osa : osa.Where(kaikki));
            })
            .Aggregate(Queryable.Concat);
    }

    /// <summary>"sukunimi etunimet" begins with <paramref name="sana"/>: a range, so that an index answers it.</summary>
    private static Expression<Func<Oppija, bool>> Alkaa(string sana)
    {
        var (ala, yla) = (sana, sana[..^1] + (char)(sana[^1] + 1));
        return o => string.Compare(o.Hakunimi, ala) >= 0 && string.Compare(o.Hakunimi, yla) < 0;
    }

    /// <summary>Every word begins one of the names (null for a single word, which <see cref="Alkaa"/> covers).</summary>
    private static Expression<Func<Oppija, bool>>? KaikkiSanat(IReadOnlyList<string> sanat)
    {
        if (sanat.Count < 2) return null;
        var h = Expression.Parameter(typeof(Oppija), "h");
        var ehto = sanat.Select(sana =>
        {
            var sananAlku = " " + sana;
            Expression<Func<Oppija, bool>> sisaltaa = o => (" " + o.Hakunimi).Contains(sananAlku);
            return Lausekkeet.Runko(sisaltaa, h);
        }).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<Oppija, bool>>(ehto, h);
    }
}
