using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>KOSKI's HenkilötiedotJaOid: a learner's oid and names, the hetu when the answer may carry it.</summary>
public sealed record HenkilotiedotJaOid(string Oid, string? Hetu, string Etunimet, string Kutsumanimi, string Sukunimi);

/// <summary>KOSKI's HenkilötiedotSearchResponse.</summary>
public sealed record HenkilohaunVastaus(IReadOnlyList<HenkilotiedotJaOid> Henkilot, bool CanAddNew, string? Hetu, string? Oid);

/// <summary>
/// KOSKI's henkilö endpoints (HenkilötiedotServlet): a learner by hetu, by oid (a linked oid gives its master) and a
/// search. Unlike KOSKI, which answers these without organisation scope, they are scoped like the learner pages
/// (<see cref="OppijanNakyvyys"/>): a learner the user cannot see is not found. Every call is audited as OPPIJA_HAKU.
/// </summary>
public sealed class Henkilotiedot(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, OppijaHaku haku, AuditLoki audit)
{
    public const int HaunVahimmaispituus = 3;

    public async Task<IReadOnlyList<HenkilotiedotJaOid>> HetullaAsync(Kayttaja kayttaja, string hetu, CancellationToken ct = default)
    {
        hetu = hetu.Trim().ToUpperInvariant();
        if (Hetu.Virhe(hetu) is { } virhe)
            throw new KoskiVirheet("badRequest.validation.henkilötiedot.hetu", $"{virhe}: {hetu}");
        return await HaeAsync(kayttaja, hetu, db => Oppijanumerot.HetullaAsync(db.Oppijat.AsNoTracking(), hetu, ct), hetullinen: true, ct);
    }

    /// <summary>By oid, without hetu (as KOSKI answers it); a linked record's oid gives its master.</summary>
    public async Task<IReadOnlyList<HenkilotiedotJaOid>> OidillaAsync(Kayttaja kayttaja, string oid, CancellationToken ct = default)
    {
        if (!Oidit.OnHenkiloOid(oid))
            throw new KoskiVirheet("badRequest.queryParam.virheellinenHenkilöOid",
                $"Virheellinen oid: {oid}. Esimerkki oikeasta muodosta: 1.2.246.562.24.00000000001.");
        return await HaeAsync(kayttaja, oid, db => Oppijanumerot.MasterAsync(db.Oppijat.AsNoTracking(), oid, ct), hetullinen: false, ct);
    }

    /// <summary>A hetu or an oid finds that learner, anything else is a name search (the learner pages' search, for officials).</summary>
    public async Task<HenkilohaunVastaus> HaeAsync(Kayttaja kayttaja, string? kysely, CancellationToken ct = default)
    {
        var haettava = (kysely ?? "").Trim().ToUpperInvariant();
        if (haettava.Length < HaunVahimmaispituus)
            throw new KoskiVirheet("badRequest.queryParam.searchTermTooShort", "Hakusanan pituus alle 3 merkkiä.");
        var voiLisata = kayttaja.JokinRooli(r => Sivut.VoiLuoda(r) || r.OnPalvelukayttaja);
        if (Hetu.OnValidi(haettava))
        {
            var loydetyt = await HetullaAsync(kayttaja, haettava, ct);
            return new(loydetyt, loydetyt.Count == 0 && voiLisata, haettava, null);
        }
        var oid = (kysely ?? "").Trim();
        if (Oidit.OnHenkiloOid(oid))
        {
            var loydetyt = await HaeAsync(kayttaja, oid, db => Oppijanumerot.MasterAsync(db.Oppijat.AsNoTracking(), oid, ct), hetullinen: true, ct);
            return new(loydetyt, false, null, oid);
        }
        if (!kayttaja.Sallii(Sivu.Oppijat)) return new([], false, null, null);
        var tulos = await haku.HaeAsync(kayttaja, kysely, ct);
        return new(tulos.Oppijat.Select(o => new HenkilotiedotJaOid(o.Oid, o.Hetu, o.Etunimet, o.Etunimet.Split(' ')[0], o.Sukunimi)).ToList(),
            false, null, null);
    }

    private async Task<IReadOnlyList<HenkilotiedotJaOid>> HaeAsync(Kayttaja kayttaja, string hakuehto,
        Func<IKoskiDb, Task<Oppija?>> hae, bool hetullinen, CancellationToken ct)
    {
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));
        await using var db = await tietokanta.AvaaAsync(ct);
        var oppija = nakyvyys.Tyhja ? null : await hae(db);
        var nakyy = oppija is not null && await OppijanNakyvyys.NakyyAsync(db, nakyvyys, oppija,
            [oppija.Oid, .. await Oppijanumerot.LinkitetytAsync(db, oppija.Oid, ct)], ct);
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_HAKU, new AuditKohde(nakyy ? oppija!.Oid : null, Tiedot: new { hakuEhto = hakuehto }));
        await db.SaveChangesAsync(ct);
        return nakyy
            ? [new HenkilotiedotJaOid(oppija!.Oid, hetullinen ? oppija.Hetu : null, oppija.Etunimet,
                oppija.Kutsumanimi ?? oppija.Etunimet.Split(' ')[0], oppija.Sukunimi)]
            : [];
    }
}
