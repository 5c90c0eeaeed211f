using System.Linq.Expressions;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>
/// <see cref="Nakyvyys"/>'s rule rewritten as disjoint branches, each led by one organisation column, so a count is a
/// sum of index scans (PostgreSQL cannot answer an OR of three columns from an index alone; it ORs bitmaps and reads
/// the table). A study right is in the first branch whose column reaches it:
/// 1. its oppilaitos is in a role's subtree (or the role is global) and the role reads its type;
/// 2. else the containing study right's oppilaitos is;
/// 3. else its buyer is.
/// Their union is exactly <see cref="Nakyvyys.Ehto"/> (an OR of the same terms, regrouped by column), and no study
/// right is in two branches (each excludes the earlier ones).
/// </summary>
public static class NakyvyydenHaarat
{
    public static IReadOnlyList<Expression<Func<Opiskeluoikeus, bool>>> Haarat(Nakyvyys nakyvyys)
    {
        var o = Expression.Parameter(typeof(Opiskeluoikeus), "o");
        var paikalliset = nakyvyys.Osat.Where(osa => osa.Organisaatiot is not null).ToList();
        var oppilaitos = Tai(o, nakyvyys.Osat.Select(osa => osa.Organisaatiot is null
            ? Nakyvyys.TyypinEhto(osa.Rajaus)
            : Ja(Oppilaitoksessa(Jarjestetty(osa.Organisaatiot)), Nakyvyys.TyypinEhto(osa.Rajaus))));
        var sisaltava = Tai(o, paikalliset.Select(osa => Ja(Sisaltavassa(Jarjestetty(osa.Organisaatiot!)), Nakyvyys.TyypinEhto(osa.Rajaus))));
        var ostaja = Tai(o, paikalliset.Select(osa => Ja(Ostajana(Jarjestetty(osa.Organisaatiot!)), Nakyvyys.TyypinEhto(osa.Rajaus))));

        var haarat = new List<Expression<Func<Opiskeluoikeus, bool>>>();
        if (nakyvyys.Tyhja) return haarat;
        haarat.Add(Expression.Lambda<Func<Opiskeluoikeus, bool>>(oppilaitos, o));
        if (paikalliset.Count == 0) return haarat;
        haarat.Add(Expression.Lambda<Func<Opiskeluoikeus, bool>>(
            Expression.AndAlso(sisaltava, Expression.Not(oppilaitos)), o));
        haarat.Add(Expression.Lambda<Func<Opiskeluoikeus, bool>>(
            Expression.AndAlso(ostaja, Expression.AndAlso(Expression.Not(oppilaitos), Expression.Not(sisaltava))), o));
        return haarat;
    }

    /// <summary>
    /// The first branch (<see cref="Haarat"/>) as one predicate per organisation of the user's roles: its oppilaitos is
    /// that organisation, and its type one the roles reaching the organisation read. Their union is the first branch
    /// and they are disjoint. Null for a national role, or when there are more than <paramref name="enintaan"/>.
    /// </summary>
    public static IReadOnlyList<Expression<Func<Opiskeluoikeus, bool>>>? Oppilaitoksittain(Nakyvyys nakyvyys, int enintaan)
    {
        if (nakyvyys.Tyhja || nakyvyys.Osat.Any(osa => osa.Organisaatiot is null)) return null;
        var organisaatiot = Jarjestetty(nakyvyys.Osat.SelectMany(osa => osa.Organisaatiot!).ToHashSet(StringComparer.Ordinal));
        if (organisaatiot.Length > enintaan) return null;
        var o = Expression.Parameter(typeof(Opiskeluoikeus), "o");
        return organisaatiot.Select(oid => Expression.Lambda<Func<Opiskeluoikeus, bool>>(Expression.AndAlso(
            Lausekkeet.Runko(Oppilaitoksena(oid), o),
            Tai(o, nakyvyys.Osat.Where(osa => osa.Organisaatiot!.Contains(oid)).Select(osa => Nakyvyys.TyypinEhto(osa.Rajaus)))), o)).ToList();
    }

    // The oid as a parameter (a captured variable): the query plan is shared by every organisation.
    private static Expression<Func<Opiskeluoikeus, bool>> Oppilaitoksena(string oid) => r => r.OppilaitosOid == oid;

    private static Expression<Func<Opiskeluoikeus, bool>> Oppilaitoksessa(string[] orgs) => r => orgs.Contains(r.OppilaitosOid);

    private static Expression<Func<Opiskeluoikeus, bool>> Sisaltavassa(string[] orgs) =>
        r => r.SisaltavaOppilaitosOid != null && orgs.Contains(r.SisaltavaOppilaitosOid);

    private static Expression<Func<Opiskeluoikeus, bool>> Ostajana(string[] orgs) => r => r.OstajaOid != null && orgs.Contains(r.OstajaOid);

    private static string[] Jarjestetty(IReadOnlySet<string> oidit) => oidit.Order(StringComparer.Ordinal).ToArray();

    private static Expression<Func<Opiskeluoikeus, bool>> Ja(Expression<Func<Opiskeluoikeus, bool>> a, Expression<Func<Opiskeluoikeus, bool>> b)
    {
        var p = Expression.Parameter(typeof(Opiskeluoikeus), "o");
        return Expression.Lambda<Func<Opiskeluoikeus, bool>>(Expression.AndAlso(Lausekkeet.Runko(a, p), Lausekkeet.Runko(b, p)), p);
    }

    private static Expression Tai(ParameterExpression o, IEnumerable<Expression<Func<Opiskeluoikeus, bool>>> ehdot) =>
        ehdot.Select(e => Lausekkeet.Runko(e, o)).Aggregate((Expression?)null,
            (kaikki, e) => kaikki is null ? e : Expression.OrElse(kaikki, e)) ?? Expression.Constant(false);
}
