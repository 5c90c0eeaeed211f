using System.Linq.Expressions;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>The columns of a student-list row the query sorts, pages and shows.</summary>
internal sealed class Listarivi
{
    public string Oid { get; set; } = "";
    public string OppijaOid { get; set; } = "";
    public string Hakunimi { get; set; } = "";
    public string Tyyppi { get; set; } = "";
    public string? Tila { get; set; }
    public string OppilaitosOid { get; set; } = "";
    /// <summary>The oppilaitos's name from the organisation table, else its OID (the Oppilaitos sort only).</summary>
    public string? Oppilaitos { get; set; }
    public DateOnly? Alkamispaiva { get; set; }
    public DateOnly? Paattymispaiva { get; set; }
    public string? Luokka { get; set; }
}

/// <summary>
/// The student list's total order as keys: the chosen column (empty values first, so every database orders them the
/// same), then the learner's sort name and the oid, which make it total. The same keys sort the query, compare a
/// keyset position (<see cref="Jalkeen"/>) and read a row's position (<see cref="Avain"/>), so the three cannot differ.
/// </summary>
internal sealed class Listajarjestys
{
    private readonly IReadOnlyList<(LambdaExpression Avain, bool Laskeva)> _avaimet;
    private readonly Func<Listarivi, object> _sarakkeenArvo;

    private Listajarjestys(LambdaExpression sarake, bool laskeva, bool nimiJaOidSamaanSuuntaan)
    {
        Expression<Func<Listarivi, string>> nimi = r => r.Hakunimi, oid = r => r.Oid;
        var kaannetty = sarake.Compile();
        _sarakkeenArvo = r => kaannetty.DynamicInvoke(r)!;
        _avaimet = nimiJaOidSamaanSuuntaan
            ? [(nimi, laskeva), (oid, laskeva)]
            : [(sarake, laskeva), (nimi, false), (oid, false)];
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(OpiskelijalistanJarjestys, bool), Listajarjestys> Valmiit = new();

    /// <summary>The order of a query (built and compiled once per column and direction).</summary>
    public static Listajarjestys Kyselylle(OpiskelijalistanJarjestys jarjestys, bool laskeva) =>
        Valmiit.GetOrAdd((jarjestys, laskeva), a => Uusi(a.Item1, a.Item2));

    private static Listajarjestys Uusi(OpiskelijalistanJarjestys jarjestys, bool laskeva) => jarjestys switch
    {
        OpiskelijalistanJarjestys.Tyyppi => new(Avain(r => r.Tyyppi), laskeva, false),
        OpiskelijalistanJarjestys.Tila => new(Avain(r => r.Tila ?? ""), laskeva, false),
        OpiskelijalistanJarjestys.Oppilaitos => new(Avain(r => r.Oppilaitos ?? ""), laskeva, false),
        OpiskelijalistanJarjestys.Alkamispaiva => new(TyhjaEnsin(r => r.Alkamispaiva), laskeva, false),
        OpiskelijalistanJarjestys.Paattymispaiva => new(TyhjaEnsin(r => r.Paattymispaiva), laskeva, false),
        OpiskelijalistanJarjestys.Luokka => new(Avain(r => r.Luokka ?? ""), laskeva, false),
        // By name: the name and the oid in the same direction, so one index serves both directions.
        _ => new(Avain(r => r.Hakunimi), laskeva, true),
    };

    private static Expression<Func<Listarivi, T>> Avain<T>(Expression<Func<Listarivi, T>> avain) => avain;

    /// <summary>
    /// An empty date sorts first as this date, a constant in the expression so that the SQL has it as a literal: the
    /// expression indexes of the list (migration OpiskelijalistanJarjestysindeksit) repeat COALESCE(column, literal),
    /// and a parameter (what DateOnly.MinValue, a static field, becomes) matches none. Not DateOnly.MinValue itself,
    /// which Npgsql writes as -infinity.
    /// </summary>
    public static readonly DateOnly TyhjaPaiva = new(1, 1, 2);

    private static Expression<Func<Listarivi, DateOnly>> TyhjaEnsin(Expression<Func<Listarivi, DateOnly?>> sarake) =>
        Expression.Lambda<Func<Listarivi, DateOnly>>(Expression.Coalesce(sarake.Body, Expression.Constant(TyhjaPaiva)), sarake.Parameters);

    public OpiskelijalistanAvain Avain(Listarivi rivi) => new(_sarakkeenArvo(rivi), rivi.Hakunimi, rivi.Oid);

    /// <summary>
    /// The rows in this order (reversed when <paramref name="taaksepain"/>); with <paramref name="arvoKiinni"/> (rows of
    /// one sort value, <see cref="Osa.ArvoKiinni"/>) by name and oid alone, the same order there.
    /// </summary>
    public IQueryable<Listarivi> Jarjesta(IQueryable<Listarivi> rivit, bool taaksepain, bool arvoKiinni = false)
    {
        var kysely = rivit.Expression;
        var avaimet = arvoKiinni && _avaimet.Count == 3 ? _avaimet.Skip(1).ToList() : _avaimet;
        for (var i = 0; i < avaimet.Count; i++)
        {
            var (avain, laskeva) = avaimet[i];
            var metodi = (i == 0 ? "OrderBy" : "ThenBy") + (laskeva != taaksepain ? "Descending" : "");
            kysely = Expression.Call(typeof(Queryable), metodi, [typeof(Listarivi), avain.ReturnType], kysely, Expression.Quote(avain));
        }
        return rivit.Provider.CreateQuery<Listarivi>(kysely);
    }

    /// <summary>
    /// The rows after <paramref name="kohta"/> in this order (before it when <paramref name="taaksepain"/>):
    /// k1 &gt; v1 OR (k1 = v1 AND (k2 &gt; v2 OR (k2 = v2 AND k3 &gt; v3))), each comparison in its key's direction.
    /// </summary>
    public Expression<Func<Listarivi, bool>> Jalkeen(OpiskelijalistanAvain kohta, bool taaksepain)
    {
        var r = Expression.Parameter(typeof(Listarivi), "r");
        object[] arvot = _avaimet.Count == 2 ? [kohta.Hakunimi, kohta.Oid] : [kohta.Arvo, kohta.Hakunimi, kohta.Oid];
        return Expression.Lambda<Func<Listarivi, bool>>(Jalkeen(_avaimet, arvot, taaksepain, r), r);
    }

    /// <summary>A part of the rows after a keyset position: its predicate, and whether it holds the key's sort value only.</summary>
    public sealed record Osa(Expression<Func<Listarivi, bool>> Ehto, bool ArvoKiinni);

    /// <summary>
    /// The same rows as <see cref="Jalkeen"/> in disjoint parts, each a range an index seeks to. Sorted by a column,
    /// one predicate's range starts at the key's value alone, so a page deep in a value half the list shares (tila
    /// "lasna") walked every row of the value before the key; here the rest of the key's value (that value, then
    /// name and oid after the key's) and the values after it are two parts, in this order. The first is sorted by
    /// name and oid alone (<see cref="Jarjesta"/>), its order within the one value: SQLite does not see that an
    /// expression key fixed by an equality (the COALESCE of the empty-first sorts) is in order, and sorted every row
    /// of the value after the key (a deep page by päättymispäivä among the 65 % with no end date) to take 25.
    /// </summary>
    public IReadOnlyList<Osa> Osissa(OpiskelijalistanAvain kohta, bool taaksepain)
    {
        if (_avaimet.Count == 2) return [new(Jalkeen(kohta, taaksepain), false)];
        var r = Expression.Parameter(typeof(Listarivi), "r");
        var (sarake, laskeva) = _avaimet[0];
        var arvo = Parametri(kohta.Arvo, sarake.ReturnType);
        var samassa = Expression.AndAlso(Expression.Equal(Lausekkeet.Runko(sarake, r), arvo),
            Jalkeen(_avaimet.Skip(1).ToList(), [kohta.Hakunimi, kohta.Oid], taaksepain, r));
        var seuraavissa = Vertaa(Lausekkeet.Runko(sarake, r), arvo, suurempi: laskeva == taaksepain);
        return [new(Expression.Lambda<Func<Listarivi, bool>>(samassa, r), true), new(Expression.Lambda<Func<Listarivi, bool>>(seuraavissa, r), false)];
    }

    private static BinaryExpression Jalkeen(IReadOnlyList<(LambdaExpression Avain, bool Laskeva)> avaimet, object[] arvot, bool taaksepain,
        ParameterExpression r)
    {
        Expression? ehto = null;
        for (var i = avaimet.Count - 1; i >= 0; i--)
        {
            var (avain, laskeva) = avaimet[i];
            var sarake = Lausekkeet.Runko(avain, r);
            var arvo = Parametri(arvot[i], avain.ReturnType);
            var ohi = Vertaa(sarake, arvo, suurempi: laskeva == taaksepain);
            ehto = ehto is null ? ohi : Expression.OrElse(ohi, Expression.AndAlso(Expression.Equal(sarake, arvo), ehto));
        }
        // The same rows again with a plain range on the first key (k1 >= v1), which an index can seek to: an OR of
        // comparisons alone is no range to PostgreSQL, which would walk the index from its start.
        var (ensimmainen, ensinLaskeva) = avaimet[0];
        var alku = Lausekkeet.Runko(ensimmainen, r);
        var alunArvo = Parametri(arvot[0], ensimmainen.ReturnType);
        var raja = Vertaa(alku, alunArvo, suurempi: ensinLaskeva == taaksepain, tasan: true);
        return Expression.AndAlso(raja, ehto!);
    }

    /// <summary>sarake &gt; arvo (or &lt;; with <paramref name="tasan"/> &gt;= or &lt;=), strings compared as the database collates them.</summary>
    private static BinaryExpression Vertaa(Expression sarake, Expression arvo, bool suurempi, bool tasan = false)
    {
        Func<Expression, Expression, BinaryExpression> vertaa = (suurempi, tasan) switch
        {
            (true, false) => Expression.GreaterThan,
            (true, true) => Expression.GreaterThanOrEqual,
            (false, false) => Expression.LessThan,
            _ => Expression.LessThanOrEqual,
        };
        return sarake.Type == typeof(string)
            ? vertaa(Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, sarake, arvo), Expression.Constant(0))
            : vertaa(sarake, arvo);
    }

    /// <summary>A value as a query parameter (a member of a captured object), not a constant that would make every page a new query plan.</summary>
    private static MemberExpression Parametri(object arvo, Type tyyppi)
    {
        var pidike = Activator.CreateInstance(typeof(Pidike<>).MakeGenericType(tyyppi), arvo)!;
        return Expression.Field(Expression.Constant(pidike), nameof(Pidike<object>.Arvo));
    }

    private sealed class Pidike<T>(T arvo)
    {
        public readonly T Arvo = arvo;
    }
}
