using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// KOSKI's read API: a learner's or a study right's documents and version history, visible and redacted for the
/// acting user exactly as on the pages (<see cref="Nakyvyys"/>, <see cref="Tietosuoja"/>); audited. Anything out of
/// scope is "not found", as a missing OID.
/// </summary>
public sealed class TiedonsiirtoHaku(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, AuditLoki audit)
{
    private const string OppijaaEiLoydy = "notFound.oppijaaEiLöydyTaiEiOikeuksia";
    private const string OpiskeluoikeuttaEiLoydy = "notFound.opiskeluoikeuttaEiLöydyTaiEiOikeuksia";

    public async Task<JsonObject> OppijaAsync(Kayttaja kayttaja, string oppijaOid, CancellationToken ct = default)
    {
        var nakyvyys = await NakyvyysAsync(kayttaja, ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        // A linked record's oid answers with its master (Henkilot.Oppijanumerot, the one resolver).
        oppijaOid = await Henkilot.Oppijanumerot.RatkaiseAsync(db, oppijaOid, ct);
        var rivit = await nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking())
            .Where(o => o.OppijaOid == oppijaOid && !o.Mitatoity).OrderBy(o => o.Alkamispaiva).ToListAsync(ct);
        if (rivit.Count == 0)
            throw new KoskiVirheet(OppijaaEiLoydy, "Oppijaa ei löydy annetulla oidilla tai käyttäjällä ei ole oikeuksia tietojen katseluun.");
        var oppija = await db.Oppijat.AsNoTracking().SingleAsync(o => o.Oid == oppijaOid, ct);
        foreach (var rivi in rivit) Auditoi(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_KATSOMINEN, rivi);
        await db.SaveChangesAsync(ct);
        return new JsonObject
        {
            ["henkilö"] = new JsonObject
            {
                ["oid"] = oppija.Oid,
                ["hetu"] = oppija.Hetu,
                ["syntymäaika"] = oppija.Syntymaaika?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["etunimet"] = oppija.Etunimet,
                ["kutsumanimi"] = oppija.Kutsumanimi,
                ["sukunimi"] = oppija.Sukunimi,
            },
            ["opiskeluoikeudet"] = new JsonArray(rivit.Select(r => (JsonNode)Tietosuoja.Dokumentti(nakyvyys, r)).ToArray()),
        };
    }

    public async Task<JsonObject> OpiskeluoikeusAsync(Kayttaja kayttaja, string oid, CancellationToken ct = default)
    {
        var nakyvyys = await NakyvyysAsync(kayttaja, ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivi = await HaeNakyvaAsync(db, nakyvyys, oid, ct);
        Auditoi(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_KATSOMINEN, rivi);
        await db.SaveChangesAsync(ct);
        return Tietosuoja.Dokumentti(nakyvyys, rivi);
    }

    /// <summary>The version list; version history is special-category data as a whole.</summary>
    public async Task<JsonArray> HistoriaAsync(Kayttaja kayttaja, string oid, CancellationToken ct = default)
    {
        var (db, rivi) = await HistoriallinenAsync(kayttaja, oid, ct);
        await using (db)
        {
            var versiot = await db.OpiskeluoikeusVersiot.AsNoTracking().Where(v => v.OpiskeluoikeusOid == oid)
                .OrderBy(v => v.Versionumero).ToListAsync(ct);
            Auditoi(db, kayttaja, AuditOperaatio.MUUTOSHISTORIA_KATSOMINEN, rivi);
            await db.SaveChangesAsync(ct);
            return new JsonArray(versiot.Select(v => (JsonNode)new JsonObject
            {
                ["versionumero"] = v.Versionumero,
                ["aikaleima"] = v.Aikaleima.ToString("O"),
                ["tallentaja"] = v.Tallentaja,
                ["lähdejärjestelmä"] = v.Lahdejarjestelma,
            }).ToArray());
        }
    }

    public async Task<JsonObject> VersioAsync(Kayttaja kayttaja, string oid, int versionumero, CancellationToken ct = default)
    {
        var (db, rivi) = await HistoriallinenAsync(kayttaja, oid, ct);
        await using (db)
        {
            var versio = await db.OpiskeluoikeusVersiot.AsNoTracking()
                .FirstOrDefaultAsync(v => v.OpiskeluoikeusOid == oid && v.Versionumero == versionumero, ct)
                ?? throw new KoskiVirheet("notFound.versiotaEiLöydy", "Haettua versiota ei löydy.");
            Auditoi(db, kayttaja, AuditOperaatio.MUUTOSHISTORIA_KATSOMINEN, rivi, versionumero);
            await db.SaveChangesAsync(ct);
            return JsonNode.Parse(versio.Json)!.AsObject();
        }
    }

    private async Task<(IKoskiDb Db, Opiskeluoikeus Rivi)> HistoriallinenAsync(Kayttaja kayttaja, string oid, CancellationToken ct)
    {
        var nakyvyys = await NakyvyysAsync(kayttaja, ct);
        var db = await tietokanta.AvaaAsync(ct);
        try
        {
            var rivi = await HaeNakyvaAsync(db, nakyvyys, oid, ct);
            if (!Tietosuoja.VersiohistoriaSallittu(nakyvyys, rivi))
                throw new KoskiVirheet("forbidden.kiellettyKäyttöoikeus",
                    "Versiohistoria sisältää erityisiä henkilötietoja, joihin käyttäjällä ei ole oikeutta.");
            return (db, rivi);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static async Task<Opiskeluoikeus> HaeNakyvaAsync(IKoskiDb db, Nakyvyys nakyvyys, string oid, CancellationToken ct) =>
        await nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking()).FirstOrDefaultAsync(o => o.Oid == oid, ct)
        ?? throw new KoskiVirheet(OpiskeluoikeuttaEiLoydy, "Opiskeluoikeutta ei löydy annetulla oidilla tai käyttäjällä ei ole siihen oikeuksia.");

    private async Task<Nakyvyys> NakyvyysAsync(Kayttaja kayttaja, CancellationToken ct) =>
        Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));

    private void Auditoi(IKoskiDb db, Kayttaja kayttaja, AuditOperaatio operaatio, Opiskeluoikeus rivi, int? versio = null) =>
        audit.Lisaa(db, kayttaja, operaatio, new AuditKohde(rivi.OppijaOid, rivi.Oid, versio ?? rivi.Versionumero, rivi.OppilaitosOid));
}
