using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>
/// The one resolver of oppijanumerot: a linked (slave) record's oid reads as its master on every page and in the API.
/// Links are one level deep: a master is never itself linked (<see cref="Yksilointi"/> keeps it so).
/// </summary>
public static class Oppijanumerot
{
    /// <summary>The master record of <paramref name="oid"/> (the record itself when it is not linked); null when unknown.</summary>
    public static async Task<Oppija?> MasterAsync(IQueryable<Oppija> oppijat, string oid, CancellationToken ct)
    {
        var oppija = await oppijat.FirstOrDefaultAsync(o => o.Oid == oid, ct);
        if (oppija?.LinkitettyOid is not { } masterOid) return oppija;
        return await oppijat.FirstOrDefaultAsync(o => o.Oid == masterOid, ct) ?? oppija;
    }

    /// <summary>The oid <paramref name="oid"/> resolves to: its master's, or itself when unknown or not linked.</summary>
    public static async Task<string> RatkaiseAsync(IKoskiDb db, string oid, CancellationToken ct) =>
        (await db.Oppijat.AsNoTracking().Where(o => o.Oid == oid).Select(o => o.LinkitettyOid).FirstOrDefaultAsync(ct)) ?? oid;

    /// <summary>The oids linked to the master <paramref name="masterOid"/>, oldest record first.</summary>
    public static async Task<IReadOnlyList<string>> LinkitetytAsync(IKoskiDb db, string masterOid, CancellationToken ct) =>
        await db.Oppijat.AsNoTracking().Where(o => o.LinkitettyOid == masterOid).OrderBy(o => o.Oid).Select(o => o.Oid).ToListAsync(ct);

    /// <summary>The learner with <paramref name="hetu"/>, resolved to its master.</summary>
    public static async Task<Oppija?> HetullaAsync(IQueryable<Oppija> oppijat, string hetu, CancellationToken ct) =>
        await oppijat.Where(o => o.Hetu == hetu).Select(o => o.LinkitettyOid ?? o.Oid).FirstOrDefaultAsync(ct) is { } oid
            ? await MasterAsync(oppijat, oid, ct)
            : null;
}
