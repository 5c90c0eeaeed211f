using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Massaluovutukset;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>A query and the names of its result files so far.</summary>
public sealed record MassaluovutuksenTilanne(Massaluovutus Kysely, IReadOnlyList<string> Tiedostot, MassaluovutusKysely Parametrit);

/// <summary>A result file as stored.</summary>
public sealed record Tulostiedosto(string Nimi, string Sisaltotyyppi, byte[] Sisalto);

/// <summary>
/// KOSKI's massaluovutus for the API: queue a query (the same pending or running query of the same user is answered
/// with the one already queued), tell its state, hand out its files. Only the one who asked (or a global reader) sees
/// a query; anyone else gets KOSKI's bare notFound, as for a query that does not exist.
/// </summary>
public sealed class MassaluovutusPalvelu(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, AuditLoki audit,
    TimeProvider aika)
{
    private const string EiLoydy = "notFound";

    public async Task<MassaluovutuksenTilanne> LisaaAsync(Kayttaja kayttaja, JsonNode? json, CancellationToken ct = default)
    {
        var kysely = MassaluovutusKysely.Lue(json);
        if (kysely.OrganisaatioOid is null) kysely = kysely.Organisaatiolle(MassaluovutusOikeudet.Oletusorganisaatio(kayttaja));
        var teksti = kysely.Json().ToJsonString();
        var salasana = (kysely as PaallekkaisetOpiskeluoikeudetKysely)?.Salasana;
        await using var db = await tietokanta.AvaaAsync(ct);
        var pyytaja = Pyytaja(kayttaja);
        var olemassa = await db.Massaluovutukset.AsNoTracking()
            .Where(m => m.Pyytaja == pyytaja && m.Kysely == teksti
                        && (m.Tila == Massaluovutustila.Odottaa || m.Tila == Massaluovutustila.Kaynnissa))
            .FirstOrDefaultAsync(ct);
        if (olemassa is not null && (salasana is null || olemassa.Salasana == salasana)) return await TilaAsync(db, olemassa, ct);
        // An encrypted result needs a password; one not given is made here and returned with the result, as in KOSKI.
        if (kysely.Muoto == Tulosmuoto.Xlsx) salasana ??= Salasana();
        if (!MassaluovutusOikeudet.Sallittu(kayttaja, kysely, await organisaatiot.PuuAsync(ct)))
            throw new KoskiVirheet("forbidden", "Käyttäjällä ei ole oikeuksia tähän kyselyyn.");
        var uusi = new Massaluovutus
        {
            Id = Guid.NewGuid(),
            VirkailijaId = kayttaja.VirkailijaId,
            Palvelukayttaja = kayttaja.VirkailijaId is null ? kayttaja.Tunnus : null,
            Pyytaja = pyytaja,
            Tyyppi = kysely.Tyyppi,
            Muoto = kysely.Muoto,
            Kysely = teksti,
            Tila = Massaluovutustila.Odottaa,
            Luotu = aika.GetUtcNow().UtcDateTime,
            Salasana = salasana,
        };
        db.Massaluovutukset.Add(uusi);
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_HAKU,
            new AuditKohde(OrganisaatioOid: kysely.OrganisaatioOid, Tiedot: new { massaluovutus = uusi.Id, kysely = teksti }));
        await db.SaveChangesAsync(ct);
        return new MassaluovutuksenTilanne(uusi, [], kysely);
    }

    public async Task<MassaluovutuksenTilanne> HaeAsync(Kayttaja kayttaja, Guid id, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        return await TilaAsync(db, await OmaAsync(db, kayttaja, id, ct), ct);
    }

    public async Task<Tulostiedosto> TiedostoAsync(Kayttaja kayttaja, Guid id, string nimi, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var kysely = await OmaAsync(db, kayttaja, id, ct);
        var tiedosto = await db.MassaluovutuksenTiedostot.AsNoTracking()
            .Where(t => t.MassaluovutusId == kysely.Id && t.Nimi == nimi)
            .Select(t => new Tulostiedosto(t.Nimi, t.Sisaltotyyppi, t.Sisalto)).FirstOrDefaultAsync(ct)
            ?? throw new KoskiVirheet("badRequest", "Tiedostoa ei löydy tai tapahtui virhe sen jakamisessa");
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_HAKU,
            new AuditKohde(Tiedot: new { massaluovutus = kysely.Id, tiedosto = nimi }));
        await db.SaveChangesAsync(ct);
        return tiedosto;
    }

    private static string Salasana() =>
        System.Security.Cryptography.RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 16);

    /// <summary>KOSKI's requestedBy: an official's henkilö OID, a service account's tunnus.</summary>
    public static string Pyytaja(Kayttaja kayttaja) => kayttaja.Oid ?? kayttaja.Tunnus;

    private static async Task<Massaluovutus> OmaAsync(IKoskiDb db, Kayttaja kayttaja, Guid id, CancellationToken ct)
    {
        var kysely = await db.Massaluovutukset.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (kysely is null || (kysely.Pyytaja != Pyytaja(kayttaja) && !kayttaja.Sisaltaa(Oikeus.GLOBAALI)))
            throw new KoskiVirheet(EiLoydy, "Kyselyä ei löydy.");
        return kysely;
    }

    private static async Task<MassaluovutuksenTilanne> TilaAsync(IKoskiDb db, Massaluovutus kysely, CancellationToken ct)
    {
        var tiedostot = await db.MassaluovutuksenTiedostot.AsNoTracking().Where(t => t.MassaluovutusId == kysely.Id)
            .OrderBy(t => t.Id).Select(t => t.Nimi).ToListAsync(ct);
        return new MassaluovutuksenTilanne(kysely, tiedostot, MassaluovutusKysely.Lue(JsonNode.Parse(kysely.Kysely)));
    }
}
