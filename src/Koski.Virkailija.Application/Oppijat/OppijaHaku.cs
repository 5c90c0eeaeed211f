using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Oppijat;

public sealed record OppijaHakutulos(string Oid, string Sukunimi, string Etunimet, string? Hetu, DateOnly? Syntymaaika);

/// <summary>The answer of a search: the learners found, or why the query was not run.</summary>
public sealed record OppijaHaunTulos(IReadOnlyList<OppijaHakutulos> Oppijat, bool Rajattu, string? Virhe)
{
    public static OppijaHaunTulos Virheellinen(string virhe) => new([], false, virhe);
}

/// <summary>
/// "Hae oppijaa": a valid hetu or oppijanumero finds that learner exactly, anything else is a name search of at least
/// three characters. Only learners with a study right visible to the user are found; every search is audited.
/// </summary>
/// <summary>
/// What a hetu or oppijanumero typed on the entry form is: <see cref="Virhe"/> when it is no valid hetu (a wrong check
/// character or date, said as such), else the learner it belongs to when the user may see them (null otherwise: the
/// answer never tells an official about a learner outside their organisations).
/// </summary>
public sealed record Tunnistus(string? Virhe, OppijaHakutulos? Oppija);

public sealed class OppijaHaku(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, AuditLoki audit)
{
    public const int EnintaanTuloksia = 50;

    public async Task<OppijaHaunTulos> HaeAsync(Kayttaja kayttaja, string? haku, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) throw new UnauthorizedAccessException("Ei oikeutta hakea oppijoita");
        var kysely = (haku ?? "").Trim();
        var hetu = kysely.ToUpperInvariant();
        var tarkka = Hetu.OnValidi(hetu) || Oidit.OnHenkiloOid(kysely);
        if (!tarkka && kysely.Length < Nimihaku.VahimmaisPituus)
            return OppijaHaunTulos.Virheellinen(
                $"Anna henkilötunnus, oppijanumero tai vähintään {Nimihaku.VahimmaisPituus} merkkiä nimestä.");

        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));
        await using var db = await tietokanta.AvaaAsync(ct);
        var nakyvat = nakyvyys.Suodata(db.Opiskeluoikeudet).Where(o => !o.Mitatoity);
        var luojanNakemat = Henkilot.OppijanNakyvyys.LuojanNakemat(db, nakyvyys);
        var oppijat = db.Oppijat.AsNoTracking();
        // A linked record's oppijanumero finds its master (Henkilot.Oppijanumerot, the one resolver).
        var oid = Oidit.OnHenkiloOid(kysely) ? await Henkilot.Oppijanumerot.RatkaiseAsync(db, kysely, ct) : kysely;
        IReadOnlyList<IQueryable<Nimiavain>> alueet = Hetu.OnValidi(hetu) ? [Nimiavain.Oppijoista(oppijat.Where(o => o.Hetu == hetu))]
            : Oidit.OnHenkiloOid(kysely) ? [Nimiavain.Oppijoista(oppijat.Where(o => o.Oid == oid))]
            : Nimihaku.Alueet(oppijat, kysely);
        // The page's keys first, from the name index, range by range in name order until the page is full; then only
        // those learners' rows.
        var avaimet = new List<string>();
        foreach (var alue in nakyvyys.Tyhja ? [] : alueet)
        {
            var puuttuu = EnintaanTuloksia + 1 - avaimet.Count;
            avaimet.AddRange(await alue
                .Where(a => nakyvat.Any(o => o.OppijaOid == a.Oid) || luojanNakemat.Any(h => h.Oid == a.Oid))
                .OrderBy(a => a.Hakunimi).ThenBy(a => a.Oid)
                .Take(puuttuu)
                .Select(a => a.Oid)
                .ToListAsync(ct));
            if (avaimet.Count > EnintaanTuloksia) break;
        }
        var loydetyt = avaimet.Count == 0 ? [] : await oppijat
            .Where(h => avaimet.Contains(h.Oid))
            .OrderBy(h => h.Hakunimi).ThenBy(h => h.Oid)
            .Select(h => new OppijaHakutulos(h.Oid, h.Sukunimi, h.Etunimet, h.Hetu, h.Syntymaaika))
            .ToListAsync(ct);

        audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_HAKU, new AuditKohde(Tiedot: new { haku = kysely }));
        await db.SaveChangesAsync(ct);
        return new OppijaHaunTulos(loydetyt.Take(EnintaanTuloksia).ToList(), loydetyt.Count > EnintaanTuloksia, null);
    }

    /// <summary>The entry form's feedback on a typed hetu or oppijanumero (see <see cref="Tunnistus"/>); audited as a search.</summary>
    public async Task<Tunnistus> TunnistaAsync(Kayttaja kayttaja, string tunniste, CancellationToken ct = default)
    {
        var annettu = tunniste.Trim();
        var hetu = annettu.ToUpperInvariant();
        if (!Oidit.OnHenkiloOid(annettu) && Hetu.Virhe(hetu) is { } virhe) return new(virhe, null);
        var oppijat = (await HaeAsync(kayttaja, Oidit.OnHenkiloOid(annettu) ? annettu : hetu, ct)).Oppijat;
        return new(null, oppijat.Count > 0 ? oppijat[0] : null);
    }
}
