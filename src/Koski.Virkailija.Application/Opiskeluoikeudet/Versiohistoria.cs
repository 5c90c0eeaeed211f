using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

public sealed record Versio(int Versionumero, DateTimeOffset Aikaleima, string Tallentaja, string? Lahdejarjestelma);

public sealed record VanhaVersio(string OppijaOid, int Versionumero, int UusinVersio, NaytettavaOpiskeluoikeus Opiskeluoikeus,
    Koodinimet Koodinimet);

/// <summary>
/// "Versiohistoria": the versions of a study right and any old version, read-only. Version history is special-category
/// data as a whole, so it is refused to a user without that right for the study right; every look is audited.
/// </summary>
public sealed class Versiohistoria(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Koodistot.Koodistot koodistot,
    AuditLoki audit)
{
    /// <summary>Null when the study right is not visible to the user, or its history is not theirs to see.</summary>
    public async Task<IReadOnlyList<Versio>?> ListaaAsync(Kayttaja kayttaja, string opiskeluoikeusOid, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) return null;
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivi = await db.Opiskeluoikeudet.AsNoTracking().FirstOrDefaultAsync(o => o.Oid == opiskeluoikeusOid, ct);
        if (rivi is null || !Tietosuoja.VersiohistoriaSallittu(nakyvyys, rivi)) return null;

        var versiot = await db.OpiskeluoikeusVersiot.AsNoTracking().Where(v => v.OpiskeluoikeusOid == opiskeluoikeusOid)
            .OrderByDescending(v => v.Versionumero)
            .Select(v => new Versio(v.Versionumero, v.Aikaleima, v.Tallentaja, v.Lahdejarjestelma))
            .ToListAsync(ct);
        audit.Lisaa(db, kayttaja, AuditOperaatio.MUUTOSHISTORIA_KATSOMINEN,
            new AuditKohde(rivi.OppijaOid, rivi.Oid, null, rivi.OppilaitosOid));
        await db.SaveChangesAsync(ct);
        return versiot;
    }

    public async Task<VanhaVersio?> HaeAsync(Kayttaja kayttaja, string opiskeluoikeusOid, int versionumero, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) return null;
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, puu);
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivi = await db.Opiskeluoikeudet.AsNoTracking().FirstOrDefaultAsync(o => o.Oid == opiskeluoikeusOid, ct);
        if (rivi is null || !Tietosuoja.VersiohistoriaSallittu(nakyvyys, rivi)) return null;
        var versio = await db.OpiskeluoikeusVersiot.AsNoTracking()
            .FirstOrDefaultAsync(v => v.OpiskeluoikeusOid == opiskeluoikeusOid && v.Versionumero == versionumero, ct);
        if (versio is null) return null;

        audit.Lisaa(db, kayttaja, AuditOperaatio.MUUTOSHISTORIA_KATSOMINEN,
            new AuditKohde(rivi.OppijaOid, rivi.Oid, versio.Versionumero, rivi.OppilaitosOid));
        await db.SaveChangesAsync(ct);

        var naytettava = OppijanTiedot.Naytettava(nakyvyys, rivi, Tietosuoja.Naytettava(nakyvyys, rivi, versio.Json), puu)
            with
        { Versionumero = versio.Versionumero, Aikaleima = versio.Aikaleima };
        return new VanhaVersio(rivi.OppijaOid, versio.Versionumero, rivi.Versionumero, naytettava,
            await Koodinimet.KeraaAsync(koodistot, [naytettava.Dokumentti], ct: ct));
    }
}
