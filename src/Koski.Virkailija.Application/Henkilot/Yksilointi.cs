using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>Why a yksilöinti, linkitys or its undoing was refused, in the user's language.</summary>
public sealed class YksilointiVirhe(string viesti) : Exception(viesti);

/// <summary>A yksilöinti or linkitys as the learner's page lists it.</summary>
public sealed record Yhdistaminen(long Id, Yhdistamistapa Tapa, string OppijaOid, string? MasterOid, DateTimeOffset Aika,
    DateTimeOffset? Purettu);

/// <summary>
/// Yksilöinti and linkitys: two records of one person become one master, whose oid every page and the API read
/// (<see cref="Oppijanumerot"/>). The linked record's study rights move to the master (their history and audit rows
/// keep their study-right oids); what was moved is kept (<see cref="OppijoidenYhdistaminen"/>), so OPH can undo it.
/// Every step is audited in the unit of work that makes it.
/// </summary>
public sealed class Yksilointi(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, AuditLoki audit, TimeProvider aika)
{
    /// <summary>
    /// Identifies the yksilöimätön <paramref name="oid"/> as the person with <paramref name="hetu"/>: linked to the
    /// learner who has that hetu (the master), or given the hetu when nobody has it. Returns the master oid.
    /// </summary>
    public async Task<string> YksiloiAsync(Kayttaja kayttaja, string oid, string hetu, CancellationToken ct = default)
    {
        hetu = hetu.Trim().ToUpperInvariant();
        if (Hetu.Virhe(hetu) is { } virhe) throw new YksilointiVirhe(virhe);
        await using var db = await tietokanta.AvaaAsync(ct);
        var oppija = await NakyvaAsync(db, kayttaja, oid, ct);
        if (!oppija.Yksiloimaton || oppija.LinkitettyOid is not null) throw new YksilointiVirhe(Tekstit.Hae("Henkilot.EiYksiloimaton"));

        var hetullinen = await db.Oppijat.FirstOrDefaultAsync(o => o.Hetu == hetu, ct);
        var yhdistaminen = hetullinen is null
            ? AnnaHetu(oppija, hetu)
            : await LinkitaAsync(db, hetullinen, oppija, Yhdistamistapa.Yksilointi, ct);
        oppija.Yksiloimaton = false;
        yhdistaminen.Aika = aika.GetUtcNow();
        yhdistaminen.Tekija = Tekija(kayttaja);
        db.OppijoidenYhdistamiset.Add(yhdistaminen);
        var master = yhdistaminen.MasterOid ?? oppija.Oid;
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_YKSILOINTI, new AuditKohde(oppija.Oid,
            Tiedot: new { master, siirretyt = Lista(yhdistaminen.SiirretytOpiskeluoikeudet) }));
        await db.SaveChangesAsync(ct);
        return master;

        OppijoidenYhdistaminen AnnaHetu(Oppija o, string h)
        {
            o.Hetu = h;
            o.Syntymaaika ??= Hetu.Syntymaaika(h);
            return new OppijoidenYhdistaminen { Tapa = Yhdistamistapa.Yksilointi, OppijaOid = o.Oid, AnnettuHetu = h, Tekija = "" };
        }
    }

    /// <summary>Links <paramref name="linkitettavaOid"/> to <paramref name="masterOid"/>: both must be visible to the pääkäyttäjä.</summary>
    public async Task LinkitaAsync(Kayttaja kayttaja, string masterOid, string linkitettavaOid, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var master = await NakyvaAsync(db, kayttaja, masterOid, ct);
        var linkitettava = await NakyvaAsync(db, kayttaja, linkitettavaOid, ct);
        if (master.Oid == linkitettava.Oid) throw new YksilointiVirhe(Tekstit.Hae("Henkilot.SamaOppija"));
        // The hetu person's oid is the master: a record with a hetu never becomes another's slave.
        if (linkitettava.Hetu is not null) throw new YksilointiVirhe(Tekstit.Hae("Henkilot.HetullinenEiLinkitettava"));
        var yhdistaminen = await LinkitaAsync(db, master, linkitettava, Yhdistamistapa.Linkitys, ct);
        yhdistaminen.Aika = aika.GetUtcNow();
        yhdistaminen.Tekija = Tekija(kayttaja);
        db.OppijoidenYhdistamiset.Add(yhdistaminen);
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_LINKITYS, new AuditKohde(linkitettava.Oid,
            Tiedot: new { master = master.Oid, siirretyt = Lista(yhdistaminen.SiirretytOpiskeluoikeudet) }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The yksilöinnit and linkitykset that concern the master <paramref name="masterOid"/> or were made of it.</summary>
    /// <remarks>For pääkäyttäjät only (empty for others); the caller has shown the learner to the user.</remarks>
    public async Task<IReadOnlyList<Yhdistaminen>> HaeAsync(Kayttaja kayttaja, string masterOid, CancellationToken ct = default)
    {
        if (!kayttaja.VoiYksiloida()) return [];
        await using var db = await tietokanta.AvaaAsync(ct);
        return await db.OppijoidenYhdistamiset.AsNoTracking()
            .Where(y => y.MasterOid == masterOid || y.OppijaOid == masterOid)
            .OrderBy(y => y.Id)
            .Select(y => new Yhdistaminen(y.Id, y.Tapa, y.OppijaOid, y.MasterOid, y.Aika, y.Purettu))
            .ToListAsync(ct);
    }

    /// <summary>OPH undoes one yksilöinti or linkitys: the record is its own again, with the study rights it brought.</summary>
    public async Task PuraAsync(Kayttaja kayttaja, long id, CancellationToken ct = default)
    {
        if (!kayttaja.VoiPurkaa()) throw new UnauthorizedAccessException("Ei oikeutta purkaa yhdistämistä");
        await using var db = await tietokanta.AvaaAsync(ct);
        var yhdistaminen = await db.OppijoidenYhdistamiset.FirstOrDefaultAsync(y => y.Id == id, ct);
        if (yhdistaminen is null || yhdistaminen.Purettu is not null) throw new YksilointiVirhe(Tekstit.Hae("Henkilot.EiPurettavaa"));
        var oppija = await db.Oppijat.SingleAsync(o => o.Oid == yhdistaminen.OppijaOid, ct);
        if (yhdistaminen.MasterOid is { } masterOid)
        {
            oppija.LinkitettyOid = null;
            var siirretyt = Lista(yhdistaminen.SiirretytOpiskeluoikeudet);
            foreach (var rivi in await db.Opiskeluoikeudet.Where(o => siirretyt.Contains(o.Oid) && o.OppijaOid == masterOid).ToListAsync(ct))
                rivi.OppijaOid = oppija.Oid;
        }
        else
        {
            oppija.Hetu = null;
        }
        if (yhdistaminen.Tapa == Yhdistamistapa.Yksilointi) oppija.Yksiloimaton = true;
        yhdistaminen.Purettu = aika.GetUtcNow();
        yhdistaminen.Purkaja = Tekija(kayttaja);
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_YHDISTAMISEN_PURKU, new AuditKohde(oppija.Oid,
            Tiedot: new { yhdistaminen = id, tapa = yhdistaminen.Tapa.ToString(), master = yhdistaminen.MasterOid }));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<OppijoidenYhdistaminen> LinkitaAsync(IKoskiDb db, Oppija master, Oppija linkitettava,
        Yhdistamistapa tapa, CancellationToken ct)
    {
        // Links stay one level deep: a master is not linked, and a record others are linked to is not linked itself.
        if (master.LinkitettyOid is not null || linkitettava.LinkitettyOid is not null
            || await db.Oppijat.AnyAsync(o => o.LinkitettyOid == linkitettava.Oid, ct))
            throw new YksilointiVirhe(Tekstit.Hae("Henkilot.JoLinkitetty"));
        linkitettava.LinkitettyOid = master.Oid;
        var rivit = await db.Opiskeluoikeudet.Where(o => o.OppijaOid == linkitettava.Oid).ToListAsync(ct);
        foreach (var rivi in rivit) rivi.OppijaOid = master.Oid;
        return new OppijoidenYhdistaminen
        {
            Tapa = tapa, OppijaOid = linkitettava.Oid, MasterOid = master.Oid, Tekija = "",
            SiirretytOpiskeluoikeudet = string.Join(' ', rivit.Select(r => r.Oid).Order(StringComparer.Ordinal)),
        };
    }

    /// <summary>The record (tracked), when the user identifies learners and sees this one through such a role.</summary>
    private async Task<Oppija> NakyvaAsync(IKoskiDb db, Kayttaja kayttaja, string oid, CancellationToken ct)
    {
        if (!kayttaja.VoiYksiloida()) throw new UnauthorizedAccessException("Ei oikeutta yksilöidä oppijoita");
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct), Henkilooikeudet.Yksiloi);
        var oppija = await db.Oppijat.FirstOrDefaultAsync(o => o.Oid == oid, ct);
        if (oppija is null || !await OppijanNakyvyys.NakyyAsync(db, nakyvyys, oppija, [oppija.Oid], ct))
            throw new YksilointiVirhe(Tekstit.Hae("Henkilot.OppijaaEiLoydy"));
        return oppija;
    }

    private static string Tekija(Kayttaja kayttaja) => kayttaja.Oid ?? kayttaja.Tunnus;

    private static string[] Lista(string oidit) => oidit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
