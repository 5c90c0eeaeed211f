using Koski.Virkailija.Application;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Alustus;

public sealed record DemoDatanTulos(int OrganisaatioitaLisatty, int Virkailijoita, int Oppijoita, int Opiskeluoikeuksia);

/// <summary>
/// Fills an empty database for demos and development: real organisations, one official per role and a few hundred
/// generated learners with study rights of several types. Does nothing once the database has officials.
/// </summary>
public sealed class DemoData(IKoskiDbFactory tietokanta, OrganisaatioTuonti organisaatioTuonti,
    OpiskeluoikeusTallennus tallennus, TimeProvider aika)
{
    /// <summary>The counts of what was written; null when the database already had officials.</summary>
    public async Task<DemoDatanTulos?> AjaAsync(CancellationToken ct = default)
    {
        await using (var tarkistus = await tietokanta.AvaaAsync(ct))
        {
            if (await tarkistus.Virkailijat.AnyAsync(ct)) return null;
        }

        var organisaatioita = await TuoPuuttuvatOrganisaatiotAsync(ct);
        var aineisto = DemoGeneraattori.Luo();
        var hetki = aika.GetUtcNow();
        var tanaan = aika.Tanaan();

        await using var db = await tietokanta.AvaaAsync(ct);
        await using var transaktio = await db.Database.BeginTransactionAsync(ct);
        var virkailijat = DemoVirkailijat.Kaikki.Select(v => new Virkailijahenkilo
        {
            Oid = v.Oid, Kayttajatunnus = v.Kayttajatunnus, Etunimet = v.Etunimet, Sukunimi = v.Sukunimi,
        }).ToList();
        db.Virkailijat.AddRange(virkailijat);
        await db.SaveChangesAsync(ct);

        foreach (var (demo, virkailija) in DemoVirkailijat.Kaikki.Zip(virkailijat))
        {
            db.Kayttooikeudet.Add(new Kayttooikeus
            {
                VirkailijaId = virkailija.Id,
                Ryhma = demo.Ryhma.Tunniste,
                OrganisaatioOid = demo.OrganisaatioOid,
                VoimassaAlkaen = tanaan.AddDays(-30),
                VoimassaAsti = tanaan.AddYears(1),
                Tila = KayttooikeudenTila.MYONNETTY,
                Muokattu = hetki,
            });
        }
        db.Virkailijat.AddRange(DemoVirkailijat.IlmanOikeuksia.Select(v => new Virkailijahenkilo
        {
            Oid = v.Oid, Kayttajatunnus = v.Kayttajatunnus, Etunimet = v.Etunimet, Sukunimi = v.Sukunimi,
        }));
        db.Oppijat.AddRange(aineisto.Oppijat);
        await db.SaveChangesAsync(ct);

        foreach (var opiskeluoikeus in aineisto.Opiskeluoikeudet)
        {
            await tallennus.TallennaUusiAsync(db, opiskeluoikeus.OppijaOid, new OpiskeluoikeusDokumentti(opiskeluoikeus.Json),
                opiskeluoikeus.Tallentaja, hetki, ct);
        }
        await transaktio.CommitAsync(ct);
        return new DemoDatanTulos(organisaatioita, virkailijat.Count + DemoVirkailijat.IlmanOikeuksia.Count, aineisto.Oppijat.Count, aineisto.Opiskeluoikeudet.Count);
    }

    /// <summary>
    /// Only the organisations not yet known: when the organisation service's hierarchy was imported, its data (with
    /// all names and codes) stays as it is.
    /// </summary>
    private async Task<int> TuoPuuttuvatOrganisaatiotAsync(CancellationToken ct)
    {
        HashSet<string> tunnetut;
        await using (var db = await tietokanta.AvaaAsync(ct))
        {
            tunnetut = (await db.Organisaatiot.Select(o => o.Oid).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }
        var puuttuvat = DemoOrganisaatiot.Kaikki.Where(o => !tunnetut.Contains(o.Oid)).ToList();
        return puuttuvat.Count == 0 ? 0 : (await organisaatioTuonti.TuoAsync(puuttuvat, ct)).Lisatty;
    }
}
