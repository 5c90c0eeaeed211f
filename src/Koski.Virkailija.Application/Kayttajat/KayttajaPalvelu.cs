using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Kayttajat;

/// <summary>Resolves a signed-in official into an acting <see cref="Kayttaja"/> with the roles in force today.</summary>
public sealed class KayttajaPalvelu(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, TimeProvider aika)
{
    public async Task<Kayttaja?> HaeVirkailijaAsync(long virkailijaId, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var virkailija = await db.Virkailijat.AsNoTracking().FirstOrDefaultAsync(v => v.Id == virkailijaId, ct);
        if (virkailija is null) return null;
        var myonnetyt = await Myonnetyt(db).Where(k => k.VirkailijaId == virkailijaId).ToListAsync(ct);
        return Kayttaja(virkailija, myonnetyt, await organisaatiot.PuuAsync(ct));
    }

    public async Task<Kayttaja?> HaeTunnuksellaAsync(string kayttajatunnus, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var id = await db.Virkailijat.Where(v => v.Kayttajatunnus == kayttajatunnus).Select(v => (long?)v.Id)
            .FirstOrDefaultAsync(ct);
        return id is { } virkailijaId ? await HaeVirkailijaAsync(virkailijaId, ct) : null;
    }

    /// <summary>Every official with their roles in force, for the development sign-in page.</summary>
    public async Task<IReadOnlyList<Kayttaja>> KaikkiAsync(CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var virkailijat = await db.Virkailijat.AsNoTracking().OrderBy(v => v.Id).ToListAsync(ct);
        var myonnetyt = (await Myonnetyt(db).ToListAsync(ct)).ToLookup(k => k.VirkailijaId);
        var puu = await organisaatiot.PuuAsync(ct);
        return virkailijat.Select(v => Kayttaja(v, myonnetyt[v.Id], puu)).ToList();
    }

    private static IQueryable<Kayttooikeus> Myonnetyt(IKoskiDb db) =>
        db.Kayttooikeudet.AsNoTracking()
            .Where(k => k.Tila == KayttooikeudenTila.MYONNETTY || k.Tila == KayttooikeudenTila.UUSITTU);

    private Kayttaja Kayttaja(Virkailijahenkilo virkailija, IEnumerable<Kayttooikeus> myonnetyt, OrganisaatioPuu puu)
    {
        var tanaan = aika.Tanaan();
        var roolit = myonnetyt
            .Where(k => k.OnVoimassa(tanaan))
            .Select(k => new Rooli(Kayttooikeusryhma.Hae(k.Ryhma), k.OrganisaatioOid,
                puu.Hae(k.OrganisaatioOid)?.NimiFi ?? k.OrganisaatioOid))
            .OrderBy(r => r.Ryhma.Nimi).ThenBy(r => r.OrganisaatioNimi)
            .ToList();
        return new Kayttaja(virkailija.Id, virkailija.Kayttajatunnus, virkailija.Nimi, roolit, virkailija.Oid);
    }
}
