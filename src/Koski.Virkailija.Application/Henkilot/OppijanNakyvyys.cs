using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>
/// Whether a learner is visible: through a visible study right (<see cref="Nakyvyys"/>, the one rule), or, while the
/// learner has no study right at all, to the organisations whose roles reach the organisation that created them.
/// </summary>
public static class OppijanNakyvyys
{
    /// <summary>The creating organisation is within one of the visibility's parts (a global part reaches every one).</summary>
    public static bool LuojaNakyy(Nakyvyys nakyvyys, string? luojaOrganisaatioOid) =>
        luojaOrganisaatioOid is not null
        && nakyvyys.Osat.Any(osa => osa.Organisaatiot is null || osa.Organisaatiot.Contains(luojaOrganisaatioOid));

    /// <summary>Whether <paramref name="master"/> (with its linked records <paramref name="oidit"/>) is visible.</summary>
    public static async Task<bool> NakyyAsync(IKoskiDb db, Nakyvyys nakyvyys, Oppija master, IReadOnlyList<string> oidit,
        CancellationToken ct)
    {
        if (nakyvyys.Tyhja) return false;
        var oikeudet = db.Opiskeluoikeudet.AsNoTracking().Where(o => oidit.Contains(o.OppijaOid) && !o.Mitatoity);
        if (await nakyvyys.Suodata(oikeudet).AnyAsync(ct)) return true;
        return LuojaNakyy(nakyvyys, master.LuojaOrganisaatioOid) && !await oikeudet.AnyAsync(ct);
    }

    /// <summary>The learners visible only through their creating organisation: no study right yet, not linked.</summary>
    public static IQueryable<Oppija> LuojanNakemat(IKoskiDb db, Nakyvyys nakyvyys)
    {
        var ilmanOikeuksia = db.Oppijat.AsNoTracking().Where(h => h.LuojaOrganisaatioOid != null && h.LinkitettyOid == null
            && !db.Opiskeluoikeudet.Any(o => o.OppijaOid == h.Oid && !o.Mitatoity));
        if (nakyvyys.Osat.Any(o => o.Organisaatiot is null)) return ilmanOikeuksia;
        var orgs = nakyvyys.Osat.SelectMany(o => o.Organisaatiot!).Distinct().Order(StringComparer.Ordinal).ToArray();
        return ilmanOikeuksia.Where(h => orgs.Contains(h.LuojaOrganisaatioOid!));
    }
}
