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

    /// <summary>The learners the rule finds, as one condition.</summary>
    public static IQueryable<Oppija> Suodata(IQueryable<Oppija> oppijat, string haku) =>
        Ehto((Oppija o) => o.Hakunimi, haku) is { } ehto ? oppijat.Where(ehto) : oppijat;

    /// <summary>
    /// The rule on any row that carries a learner's "sukunimi etunimet" (the learner's own, or the copy a study right
    /// keeps for the student list, so that the list filters on its own index without joining the learners); null for
    /// an empty query.
    /// </summary>
    public static Expression<Func<T, bool>>? Ehto<T>(Expression<Func<T, string>> hakunimi, string haku)
    {
        var sanat = Sanat(haku);
        if (sanat.Count == 0) return null;
        var rivi = Expression.Parameter(typeof(T), "r");
        var nimi = Lausekkeet.Runko(hakunimi, rivi);
        Expression Rivilla(Expression<Func<string, bool>> ehto) => Lausekkeet.Runko(ehto, nimi);
        var alku = sanat.Select(s => Rivilla(Alkaa(s))).Aggregate(Expression.OrElse);
        var ehto = KaikkiSanat(sanat) is { } kaikki ? Expression.AndAlso(alku, Rivilla(kaikki)) : alku;
        return Expression.Lambda<Func<T, bool>>(ehto, rivi);
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
                var osa = oppijat.Where(Oppijalla(Alkaa(sana)));
                return Nimiavain.Oppijoista(kaikki is null ? osa : osa.Where(Oppijalla(kaikki)));
            })
            .ToList();
    }

    private static Expression<Func<Oppija, bool>> Oppijalla(Expression<Func<string, bool>> nimella)
    {
        var o = Expression.Parameter(typeof(Oppija), "o");
        return Expression.Lambda<Func<Oppija, bool>>(Lausekkeet.Runko(nimella, Expression.Property(o, nameof(Oppija.Hakunimi))), o);
    }

    /// <summary>"sukunimi etunimet" begins with <paramref name="sana"/>: a range, so that an index answers it.</summary>
    private static Expression<Func<string, bool>> Alkaa(string sana)
    {
        var (ala, yla) = (sana, sana[..^1] + (char)(sana[^1] + 1));
        // Translated to SQL comparisons in the column's binary ("C") collation, not compared by .NET.
#pragma warning disable CA1309
        return nimi => string.Compare(nimi, ala) >= 0 && string.Compare(nimi, yla) < 0;
#pragma warning restore CA1309
    }

    /// <summary>Every word begins one of the names (null for a single word, which <see cref="Alkaa"/> covers).</summary>
    private static Expression<Func<string, bool>>? KaikkiSanat(IReadOnlyList<string> sanat)
    {
        if (sanat.Count < 2) return null;
        var nimi = Expression.Parameter(typeof(string), "nimi");
        var ehto = sanat.Select(sana =>
        {
            var sananAlku = " " + sana;
            Expression<Func<string, bool>> sisaltaa = n => (" " + n).Contains(sananAlku);
            return Lausekkeet.Runko(sisaltaa, nimi);
        }).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<string, bool>>(ehto, nimi);
    }
}
