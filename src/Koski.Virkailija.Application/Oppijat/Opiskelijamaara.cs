using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>How exact the student list's count is: exact, an estimate ("noin"), or a lower bound ("yli").</summary>
public enum Maaranlaatu
{
    Tarkka,
    Noin,
    Yli,
}

/// <summary>The student list's count and how exact it is, worded for the UI ("Opiskeluoikeuksia: noin 995 000").</summary>
public sealed record OpiskelijalistanMaara(int Arvo, Maaranlaatu Laatu)
{
    public string Teksti => Tekstit.Hae("Opiskelijalista." + Laatu, Arvo);
}

/// <summary>
/// Counts the student list, exactly wherever that is cheap: a user below the national level counts at most their
/// organisations' rows from the list's indexes (the largest koulutustoimija's 100 000 in about 15 ms). A national
/// role sees the whole country, a million rows that no index counts fast (a bare count(*) takes over 200 ms): with
/// no filter it is told PostgreSQL's own estimate of the live rows, rounded so it reads as one ("noin 995 000");
/// otherwise (a filter, or a database without the estimate) the rows are counted up to <see cref="Katto"/> and more
/// than that is said as such ("yli 100 000"), never as an exact number the list does not have.
/// </summary>
internal static class Opiskelijamaara
{
    public const int Katto = 100_000;

    /// <param name="rivit">The matching study rights' oids (the list's own branches and filters).</param>
    /// <param name="suodattamaton">No filter is set: the whole visible list is counted.</param>
    public static async Task<OpiskelijalistanMaara> LaskeAsync(IKoskiDb db, Nakyvyys nakyvyys, bool suodattamaton,
        IQueryable<string> rivit, CancellationToken ct)
    {
        if (!nakyvyys.Osat.Any(o => o.Organisaatiot is null)) return new(await rivit.CountAsync(ct), Maaranlaatu.Tarkka);
        var kaikki = nakyvyys.Osat.Any(o => o.Organisaatiot is null && o.Rajaus == Tyyppirajaus.Kaikki);
        if (kaikki && suodattamaton && await ArvioAsync(db, ct) is { } arvio && arvio > Katto) return new(arvio, Maaranlaatu.Noin);
        var maara = await rivit.Take(Katto + 1).CountAsync(ct);
        return maara > Katto ? new(Katto, Maaranlaatu.Yli) : new(maara, Maaranlaatu.Tarkka);
    }

    /// <summary>The database's estimate (<see cref="IKoskiDb.ArvioiOpiskeluoikeudetAsync"/>) to three significant digits.</summary>
    private static async Task<int?> ArvioAsync(IKoskiDb db, CancellationToken ct)
    {
        if (await db.ArvioiOpiskeluoikeudetAsync(ct) is not { } arvio) return null;
        var mittakaava = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(arvio)) - 2));
        return (int)(Math.Round(arvio / mittakaava) * mittakaava);
    }
}
