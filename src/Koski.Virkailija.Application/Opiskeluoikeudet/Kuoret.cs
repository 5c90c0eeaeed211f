using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// KOSKI's isKuoriOpiskeluoikeus read from the database (<see cref="Kuoriopiskeluoikeus"/>): the learners of the stored,
/// not invalidated study right <c>oid</c> (its learner and that learner's master, as getOppijaOidsForOpiskeluoikeus
/// has them), and whether any of their stored, not invalidated study rights names it in
/// <c>sisältyyOpiskeluoikeuteen.oid</c>. One round trip; only linked rows (their sisältävä oppilaitos column, which the
/// schema requires with the oid) are read and parsed.
/// </summary>
public static class Kuoret
{
    public static async Task<bool> OnKuoriAsync(IKoskiDb db, string oid, CancellationToken ct)
    {
        var oppija = db.Opiskeluoikeudet.Where(o => o.Oid == oid && !o.Mitatoity).Select(o => o.OppijaOid);
        var master = db.Oppijat.Where(h => oppija.Contains(h.Oid) && h.LinkitettyOid != null).Select(h => h.LinkitettyOid!);
        var linkitetyt = await db.Opiskeluoikeudet.AsNoTracking()
            .Where(o => !o.Mitatoity && o.SisaltavaOppilaitosOid != null && (oppija.Contains(o.OppijaOid) || master.Contains(o.OppijaOid)))
            .Select(o => o.Json).ToListAsync(ct);
        return linkitetyt.Any(json => Kuoriopiskeluoikeus.SisaltyyTahan(JsonNode.Parse(json), oid));
    }
}
