using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static Koski.Virkailija.Domain.Kayttooikeudet.KayttooikeudenTila;

namespace Koski.Virkailija.Application.Kayttooikeudet;

/// <summary>
/// Changes the system makes itself, with the system as the audited actor: grants whose date has passed become
/// VANHENTUNUT history (access already stopped at that moment: only grants in force count), and a closed
/// organisation's grants are closed and its open applications rejected.
/// </summary>
public sealed class KayttooikeuksienYllapito(IKoskiDbFactory tietokanta, TimeProvider aika, ILoggerFactory lokit)
{
    public const string LakkautusSyy = "organisaatio lakkautettu";

    private readonly AuditLoki audit = new(tietokanta, new EiAuditKontekstia(), aika, lokit.CreateLogger<AuditLoki>());

    /// <summary>Marks every granted row whose last day has passed; returns how many.</summary>
    public async Task<int> MerkitseVanhentuneetAsync(CancellationToken ct = default)
    {
        var tanaan = aika.Tanaan();
        await using var db = await tietokanta.AvaaAsync(ct);
        var vanhentuneet = await db.Kayttooikeudet
            .Where(k => (k.Tila == MYONNETTY || k.Tila == UUSITTU) && k.VoimassaAsti < tanaan).ToListAsync(ct);
        if (vanhentuneet.Count == 0) return 0;
        var henkilot = await HenkilotAsync(db, vanhentuneet.Select(k => k.VirkailijaId), ct);
        var hetki = aika.GetUtcNow();
        foreach (var oikeus in vanhentuneet) Myonto.Vanhenna(db, audit, henkilot[oikeus.VirkailijaId], oikeus, hetki);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            lokit.CreateLogger<KayttooikeuksienYllapito>().LogInformation("Vanhentuneiden merkintä ohitettiin samanaikaisen muutoksen vuoksi; yritetään seuraavalla kierroksella");
            return 0;
        }
        return vanhentuneet.Count;
    }

    /// <summary>
    /// In the caller's unit of work (an organisation import): closes the grants and rejects the open applications of
    /// the given organisations that are closed today. Idempotent: a second run finds nothing open.
    /// </summary>
    public async Task SuljeLakkautetuissaAsync(IKoskiDb db, IEnumerable<Organisaatio> organisaatiot, CancellationToken ct = default)
    {
        var tanaan = aika.Tanaan();
        var lakkautetut = organisaatiot.Where(o => o.OnLakkautettu(tanaan)).Select(o => o.Oid).ToList();
        if (lakkautetut.Count == 0) return;
        var oikeudet = await db.Kayttooikeudet
            .Where(k => (k.Tila == MYONNETTY || k.Tila == UUSITTU) && lakkautetut.Contains(k.OrganisaatioOid)).ToListAsync(ct);
        var anomukset = await db.Kayttooikeusanomukset
            .Where(a => a.Tila == ANOTTU && lakkautetut.Contains(a.OrganisaatioOid)).ToListAsync(ct);
        if (oikeudet.Count == 0 && anomukset.Count == 0) return;
        var henkilot = await HenkilotAsync(db, oikeudet.Select(k => k.VirkailijaId).Concat(anomukset.Select(a => a.VirkailijaId)), ct);
        var hetki = aika.GetUtcNow();
        foreach (var oikeus in oikeudet)
            Myonto.Sulje(db, audit, Muutokset.Jarjestelma, henkilot[oikeus.VirkailijaId], oikeus, hetki, LakkautusSyy);
        foreach (var anomus in anomukset)
        {
            anomus.Kasitelty = hetki;
            anomus.Versio++;
            Kayttooikeusanomukset.Hylkaa(db, audit, Muutokset.Jarjestelma, henkilot[anomus.VirkailijaId], anomus, LakkautusSyy, hetki);
        }
    }

    private static async Task<Dictionary<long, Virkailijahenkilo>> HenkilotAsync(IKoskiDb db, IEnumerable<long> idt, CancellationToken ct)
    {
        var lista = idt.Distinct().ToList();
        return await db.Virkailijat.Where(v => lista.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
    }
}
