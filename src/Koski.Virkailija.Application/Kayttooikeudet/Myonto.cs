using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Kayttooikeudet;

/// <summary>
/// The writes of granting, extending, closing and expiring, shared by the grant form, the approval of an application
/// and the system's own upkeep. Callers check <see cref="KayttooikeusSaannot"/> first and run these inside one transaction.
/// </summary>
internal static class Myonto
{
    public static Task<Kayttooikeus?> VoimassaOlevaAsync(IKoskiDb db, long virkailijaId, string ryhma, string organisaatioOid,
        CancellationToken ct) =>
        db.Kayttooikeudet.FirstOrDefaultAsync(k => k.VirkailijaId == virkailijaId && k.Ryhma == ryhma
            && k.OrganisaatioOid == organisaatioOid
            && (k.Tila == KayttooikeudenTila.MYONNETTY || k.Tila == KayttooikeudenTila.UUSITTU), ct);

    /// <summary>A new grant from today; a grant of the same group and organisation whose date has passed is marked expired first.</summary>
    public static async Task<Kayttooikeus> MyonnaAsync(IKoskiDb db, AuditLoki audit, Kayttaja tekija, Virkailijahenkilo kohde,
        string ryhma, string organisaatioOid, DateOnly tanaan, DateOnly asti, DateTimeOffset hetki, long? anomusId, CancellationToken ct)
    {
        if (await VoimassaOlevaAsync(db, kohde.Id, ryhma, organisaatioOid, ct) is { } vanha)
        {
            Vanhenna(db, audit, kohde, vanha, hetki);
            await db.SaveChangesAsync(ct); // before the insert: the unique index allows one granted row at a time
        }
        var uusi = new Kayttooikeus
        {
            VirkailijaId = kohde.Id, Ryhma = ryhma, OrganisaatioOid = organisaatioOid, VoimassaAlkaen = tanaan,
            VoimassaAsti = asti, Tila = KayttooikeudenTila.MYONNETTY, MyontajaId = tekija.VirkailijaId, Muokattu = hetki,
        };
        db.Kayttooikeudet.Add(uusi);
        await db.SaveChangesAsync(ct); // the history row names the new grant's id
        Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos("myonto", kohde, ryhma, organisaatioOid,
            KayttooikeudenTila.MYONNETTY, null, uusi.Voimassaolo(), uusi.Id, anomusId));
        return uusi;
    }

    public static void Jatka(IKoskiDb db, AuditLoki audit, Kayttaja tekija, Virkailijahenkilo kohde, Kayttooikeus oikeus,
        DateOnly asti, DateTimeOffset hetki, long? anomusId)
    {
        var vanha = oikeus.Voimassaolo();
        oikeus.VoimassaAsti = asti;
        oikeus.Tila = KayttooikeudenTila.UUSITTU;
        oikeus.MyontajaId = tekija.VirkailijaId;
        Muuta(oikeus, hetki);
        Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos("jatko", kohde, oikeus.Ryhma, oikeus.OrganisaatioOid,
            KayttooikeudenTila.UUSITTU, vanha, oikeus.Voimassaolo(), oikeus.Id, anomusId));
    }

    public static void Sulje(IKoskiDb db, AuditLoki audit, Kayttaja tekija, Virkailijahenkilo kohde, Kayttooikeus oikeus,
        DateTimeOffset hetki, string? syy = null)
    {
        oikeus.Tila = KayttooikeudenTila.SULJETTU;
        Muuta(oikeus, hetki);
        Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos("sulkeminen", kohde, oikeus.Ryhma, oikeus.OrganisaatioOid,
            KayttooikeudenTila.SULJETTU, oikeus.Voimassaolo(), null, oikeus.Id, Syy: syy));
    }

    public static void Vanhenna(IKoskiDb db, AuditLoki audit, Virkailijahenkilo kohde, Kayttooikeus oikeus, DateTimeOffset hetki)
    {
        oikeus.Tila = KayttooikeudenTila.VANHENTUNUT;
        Muuta(oikeus, hetki);
        Muutokset.Kirjaa(db, audit, Muutokset.Jarjestelma, hetki, new Muutos("vanhentuminen", kohde, oikeus.Ryhma,
            oikeus.OrganisaatioOid, KayttooikeudenTila.VANHENTUNUT, oikeus.Voimassaolo(), null, oikeus.Id));
    }

    private static void Muuta(Kayttooikeus oikeus, DateTimeOffset hetki)
    {
        oikeus.Versio++;
        oikeus.Muokattu = hetki;
    }
}
