using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>
/// The workers' side of learner batches. A worker claims the oldest queued batch, or one whose worker fell silent,
/// with one conditional UPDATE: of several instances exactly one wins it. It then gives each learner its result in
/// the sent order, one unit of work per learner, and says it is alive (with the count so far) after every
/// <see cref="OppijoidenTuontiAsetukset.Erakoko"/> learners; a worker that finds the batch taken over stops. A learner
/// already processed is never processed again, and a tunniste already known gives its person (<see cref="TuontiTunniste"/>),
/// so a batch taken over midway creates nobody twice. Every new learner is audited as OPPIJA_LUONTI, every one found by
/// hetu as OPPIJA_HAKU, as the sending account.
/// </summary>
public sealed class OppijoidenTuontiAjo(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Palvelukayttajat palvelukayttajat,
    Koodistot.Koodistot koodistot, AuditLoki audit, OppijoidenTuontiAsetukset asetukset, TimeProvider aika,
    ILogger<OppijoidenTuontiAjo> loki)
{
    /// <summary>Claims and processes the next batch; false when none waited.</summary>
    public async Task<bool> AjaSeuraavaAsync(string tyontekija, CancellationToken ct = default)
    {
        if (await VaraaAsync(tyontekija, ct) is not { } tuonti) return false;
        var kayttaja = await palvelukayttajat.HaeAsync(tuonti.Palvelukayttaja, ct);
        // The batch runs with the rights the account has now: one that lost the right gets its learners refused.
        var sallittu = kayttaja is not null && kayttaja.Organisaatiot(Henkilooikeudet.Tuo, await organisaatiot.PuuAsync(ct))
            .Contains(tuonti.OrganisaatioOid);
        var kielit = await koodistot.KoodistoAsync(Henkilokoodit.KieliKoodisto, ct);
        var maat = await koodistot.KoodistoAsync(Henkilokoodit.KansalaisuusKoodisto, ct);
        bool KoodiOnOlemassa(string koodisto, string koodi) => (koodisto == Henkilokoodit.KieliKoodisto ? kielit : maat).ContainsKey(koodi);

        while (true)
        {
            List<TuotuHenkilo> era;
            await using (var db = await tietokanta.AvaaAsync(ct))
            {
                era = await db.TuodutHenkilot.AsNoTracking().Where(h => h.TuontiId == tuonti.Id && h.Tulos == null)
                    .OrderBy(h => h.Jarjestys).Take(Math.Max(1, asetukset.Erakoko)).ToListAsync(ct);
            }
            foreach (var rivi in era)
            {
                if (!sallittu)
                    await KirjaaVirheAsync(rivi.Id, new KoskiVirhe("forbidden.kiellettyKäyttöoikeus",
                        "Lähettäjällä ei enää ole käyttöoikeutta \"Oppijan tuonti\"."), ct);
                else
                    await KasitteleAsync(kayttaja!, tuonti, rivi, KoodiOnOlemassa, ct);
            }
            if (!await EdistyAsync(tuonti.Id, tyontekija, valmis: era.Count == 0, ct))
            {
                loki.LogWarning("Oppijoiden tuonti {Id} ei ollut enää tämän ajajan ({Tyontekija}): lopetetaan", tuonti.Id, tyontekija);
                return true;
            }
            if (era.Count == 0) break;
        }
        loki.LogInformation("Oppijoiden tuonti {Id} valmis: {Maara} henkilöä", tuonti.Id, tuonti.Kasiteltavia);
        return true;
    }

    private async Task<OppijoidenTuonti?> VaraaAsync(string tyontekija, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        // Another instance may claim the same row between the read and the update; then try the next one.
        for (var yritys = 0; yritys < 5; yritys++)
        {
            var nyt = aika.GetUtcNow().UtcDateTime;
            var hiljainen = nyt - asetukset.Hiljaisuus;
            var id = await Varattavat(db, hiljainen).OrderBy(t => t.Luotu).ThenBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
            if (id is null) return null;
            var varattu = await Varattavat(db, hiljainen).Where(t => t.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Tila, Tuontitila.Kasittelyssa).SetProperty(t => t.Tyontekija, tyontekija)
                    .SetProperty(t => t.Aloitettu, t => t.Aloitettu ?? nyt).SetProperty(t => t.Elossa, nyt), ct);
            if (varattu == 1) return await db.OppijoidenTuonnit.AsNoTracking().SingleAsync(t => t.Id == id, ct);
        }
        return null;
    }

    private static IQueryable<OppijoidenTuonti> Varattavat(IKoskiDb db, DateTime hiljainen) =>
        db.OppijoidenTuonnit.Where(t => t.Tila == Tuontitila.Odottaa || (t.Tila == Tuontitila.Kasittelyssa && t.Elossa < hiljainen));

    /// <summary>Records the count so far (and the end), only while this worker still owns the batch.</summary>
    private async Task<bool> EdistyAsync(long id, string tyontekija, bool valmis, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var nyt = aika.GetUtcNow().UtcDateTime;
        var kasiteltyja = await db.TuodutHenkilot.CountAsync(h => h.TuontiId == id && h.Tulos != null, ct);
        var omat = db.OppijoidenTuonnit.Where(t => t.Id == id && t.Tyontekija == tyontekija && t.Tila == Tuontitila.Kasittelyssa);
        var paivitetty = valmis
            ? await omat.ExecuteUpdateAsync(s => s.SetProperty(t => t.Kasiteltyja, kasiteltyja).SetProperty(t => t.Elossa, nyt)
                .SetProperty(t => t.Tila, Tuontitila.Valmis).SetProperty(t => t.Valmistunut, nyt), ct)
            : await omat.ExecuteUpdateAsync(s => s.SetProperty(t => t.Kasiteltyja, kasiteltyja).SetProperty(t => t.Elossa, nyt), ct);
        return paivitetty == 1;
    }

    private async Task KasitteleAsync(Kayttaja kayttaja, OppijoidenTuonti tuonti, TuotuHenkilo rivi,
        Func<string, string, bool> koodiOnOlemassa, CancellationToken ct)
    {
        var (henkilo, virhe) = TuotavaHenkilo.Lue(rivi.Henkilo, koodiOnOlemassa, DateOnly.FromDateTime(aika.GetUtcNow().UtcDateTime));
        if (virhe is not null)
        {
            await KirjaaVirheAsync(rivi.Id, virhe, ct);
            return;
        }
        // A concurrent writer may take the tunniste or the hetu between the read and the write: then the second try
        // finds what it wrote.
        for (var yritys = 0; ; yritys++)
        {
            try
            {
                await LiitaAsync(kayttaja, tuonti, rivi, henkilo!, ct);
                return;
            }
            catch (YksiloivaAvainVarattu) when (yritys < 2)
            {
                loki.LogInformation("Tuonnin {Id} tunniste {Tunniste}: samanaikainen kirjoittaja, yritetään uudelleen", tuonti.Id, rivi.Tunniste);
            }
        }
    }

    private async Task LiitaAsync(Kayttaja kayttaja, OppijoidenTuonti tuonti, TuotuHenkilo rivi, TuotavaHenkilo henkilo, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var seurattava = await db.TuodutHenkilot.SingleAsync(h => h.Id == rivi.Id, ct);
        if (seurattava.Tulos is not null) return;
        var tunnettu = await db.TuontiTunnisteet.AsNoTracking()
            .Where(t => t.OrganisaatioOid == tuonti.OrganisaatioOid && t.Tunniste == rivi.Tunniste).Select(t => t.OppijaOid).FirstOrDefaultAsync(ct);
        if (tunnettu is not null)
        {
            // The same tunniste again: the same person (resolved to its master), never a second one.
            Valmis(seurattava, Tuontitulos.Loytyi, await Oppijanumerot.RatkaiseAsync(db, tunnettu, ct));
        }
        else if (henkilo.Hetu is { } hetu && await Oppijanumerot.HetullaAsync(db.Oppijat.AsNoTracking(), hetu, ct) is { } loydetty)
        {
            Valmis(seurattava, Tuontitulos.Loytyi, loydetty.Oid);
            db.TuontiTunnisteet.Add(new TuontiTunniste { OrganisaatioOid = tuonti.OrganisaatioOid, Tunniste = rivi.Tunniste, OppijaOid = loydetty.Oid });
            audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_HAKU, new AuditKohde(loydetty.Oid, OrganisaatioOid: tuonti.OrganisaatioOid,
                Tiedot: new { tuonti = tuonti.Id, tunniste = rivi.Tunniste }));
        }
        else
        {
            var oppija = new Oppija
            {
                Oid = await new Oidivaraus(db, 0).HenkiloAsync(ct),
                Hetu = henkilo.Hetu,
                Etunimet = henkilo.Etunimet,
                Kutsumanimi = henkilo.Kutsumanimi,
                Sukunimi = henkilo.Sukunimi,
                Syntymaaika = henkilo.Syntymaaika,
                Sukupuoli = henkilo.Sukupuoli,
                Kansalaisuus = henkilo.Kansalaisuus,
                Aidinkieli = henkilo.Aidinkieli,
                // With a valid hetu the person is identified, as a learner a transfer creates; without one, yksilöimätön.
                Yksiloimaton = henkilo.Hetu is null,
                LuojaOrganisaatioOid = tuonti.OrganisaatioOid,
            };
            oppija.PaivitaHakunimi();
            db.Oppijat.Add(oppija);
            Valmis(seurattava, Tuontitulos.Luotu, oppija.Oid);
            db.TuontiTunnisteet.Add(new TuontiTunniste { OrganisaatioOid = tuonti.OrganisaatioOid, Tunniste = rivi.Tunniste, OppijaOid = oppija.Oid });
            audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_LUONTI, new AuditKohde(oppija.Oid, OrganisaatioOid: tuonti.OrganisaatioOid,
                Tiedot: new { tuonti = tuonti.Id, tunniste = rivi.Tunniste }));
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Valmis(TuotuHenkilo rivi, string tulos, string oid)
    {
        rivi.Tulos = tulos;
        rivi.OppijaOid = oid;
    }

    private async Task KirjaaVirheAsync(long riviId, KoskiVirhe virhe, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        await db.TuodutHenkilot.Where(h => h.Id == riviId && h.Tulos == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Tulos, Tuontitulos.Virhe).SetProperty(h => h.VirheAvain, virhe.Avain)
                .SetProperty(h => h.Virheviesti, virhe.Viesti), ct);
    }
}
