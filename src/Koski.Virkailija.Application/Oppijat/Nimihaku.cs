using System.Linq.Expressions;
using Koski.Virkailija.Domain.Oppijat;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>
/// The name-search rule, for the search and the student list alike: every word of the query begins a name of the
/// learner, and one of them begins the indexed "sukunimi etunimet" (so the index answers it on either provider).
/// </summary>
public static class Nimihaku
{
    public const int VahimmaisPituus = 3;

    public static IReadOnlyList<string> Sanat(string haku) =>
        haku.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    public static IQueryable<Oppija> Suodata(IQueryable<Oppija> oppijat, string haku)
    {
        var sanat = Sanat(haku);
        if (sanat.Count == 0) return oppijat;

        var h = Expression.Parameter(typeof(Oppija), "h");
        Expression? alku = null;
        foreach (var sana in sanat)
        {
            var (ala, yla) = (sana, sana[..^1] + (char)(sana[^1] + 1));
            Expression<Func<Oppija, bool>> vali = o =>
                string.Compare(o.Hakunimi, ala) >= 0 && string.Compare(o.Hakunimi, yla) < 0;
            var runko = Lausekkeet.Runko(vali, h);
            alku = alku is null ? runko : Expression.OrElse(alku, runko);
        }
        Expression ehto = alku!;
        if (sanat.Count > 1)
        {
            foreach (var sana in sanat)
            {
                var sananAlku = " " + sana;
                Expression<Func<Oppija, bool>> sisaltaa = o => (" " + o.Hakunimi).Contains(sananAlku);
                ehto = Expression.AndAlso(ehto, Lausekkeet.Runko(sisaltaa, h));
            }
        }
        return oppijat.Where(Expression.Lambda<Func<Oppija, bool>>(ehto, h));
    }
}
