using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// KOSKI's validateSisältyvyys: a study right that says it is part of another (<c>sisältyyOpiskeluoikeuteen</c>) names
/// a stored study right, of the oppilaitos it gives, and of the same learner (or a learner linked to the same one).
/// Read from the database only when the document names one.
/// </summary>
public static class Sisaltyvyys
{
    public const string EiLoydyAvain = "badRequest.validation.sisältäväOpiskeluoikeus.eiLöydy";
    public const string VaaraOppilaitosAvain = "badRequest.validation.sisältäväOpiskeluoikeus.vääräOppilaitos";
    public const string HenkilotiedotAvain = "badRequest.validation.sisältäväOpiskeluoikeus.henkilöTiedot";
    private const string Polku = "sisältyyOpiskeluoikeuteen";

    public static async Task<KoskiVirhe?> VirheAsync(IKoskiDb db, OpiskeluoikeusDokumentti dokumentti, string oppijaOid, CancellationToken ct)
    {
        if (dokumentti.Json[Polku] is not JsonObject sisaltava) return null;
        var oid = JsonLuku.Teksti(sisaltava, "oid");
        var rivi = oid is null ? null : await db.Opiskeluoikeudet.AsNoTracking().Where(o => o.Oid == oid)
            .Select(o => new { o.OppilaitosOid, o.OppijaOid }).FirstOrDefaultAsync(ct);
        if (rivi is null)
            return new(EiLoydyAvain, $"Sisältävää opiskeluoikeutta ei löydy oid-arvolla {oid}.", $"{Polku}.oid");
        if (rivi.OppilaitosOid != JsonLuku.Teksti(sisaltava, "oppilaitos", "oid"))
            return new(VaaraOppilaitosAvain, "Sisältävän opiskeluoikeuden oppilaitos ei täsmää.", $"{Polku}.oppilaitos");
        if (rivi.OppijaOid != oppijaOid && await MasterAsync(db, rivi.OppijaOid, ct) != await MasterAsync(db, oppijaOid, ct))
            return new(HenkilotiedotAvain, "Sisältävän opiskeluoikeuden oppija ei ole tämän opiskeluoikeuden oppija.", $"{Polku}.oid");
        return null;
    }

    /// <summary>The learner a record is read as: its master when linked, itself otherwise.</summary>
    private static async Task<string> MasterAsync(IKoskiDb db, string oid, CancellationToken ct) =>
        await db.Oppijat.AsNoTracking().Where(o => o.Oid == oid).Select(o => o.LinkitettyOid).FirstOrDefaultAsync(ct) ?? oid;
}
