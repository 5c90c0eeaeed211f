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
    /// The same learners as keys, in name ranges: one range per word, in name order. A word that another word begins
    /// adds no range of its own, so the ranges are disjoint and reading them one after another gives every learner
    /// once, in (hakunimi, oid) order. Each range is answered from the (hakunimi, oid) index alone and can stop at the
    /// end of a page, where one condition ORing the ranges, or the ranges appended in one query, made PostgreSQL read
    /// and sort every learner of a common surname before the first result.
    /// </summary>
    public static IReadOnlyList<IQueryable<Nimiavain>> Alueet(IQueryable<Oppija> oppijat, string haku)
    {
        var sanat = Sanat(haku);
        if (sanat.Count == 0) return [Nimiavain.Oppijoista(oppijat)];
        var kaikki = KaikkiSanat(sanat);
        // Both databases compare the names by code point (SQLite's BINARY, PostgreSQL's C collation), as ordinal does.
        return sanat.Where(sana => !sanat.Any(muu => muu != sana && sana.StartsWith(muu, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(sana =>
            {
                var osa = oppijat.Where(Alkaa(sana));
                return Nimiavain.Oppijoista(kaikki is null ? osa : osa.Where(kaikki));
            })
            .ToList();
    }

    /// <summary>"sukunimi etunimet" begins with <paramref name="sana"/>: a range, so that an index answers it.</summary>
    private static Expression<Func<Oppija, bool>> Alkaa(string sana)
    {
        var (ala, yla) = (sana, sana[..^1] + (char)(sana[^1] + 1));
        // Translated to SQL comparisons in the column's binary ("C") collation, not compared by .NET.
#pragma warning disable CA1309
        return o => string.Compare(o.Hakunimi, ala) >= 0 && string.Compare(o.Hakunimi, yla) < 0;
#pragma warning restore CA1309
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
