using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Oppijat;

public enum OpiskelijalistanJarjestys
{
    Nimi,
    Tyyppi,
    Tila,
    Oppilaitos,
    Alkamispaiva,
    Paattymispaiva,
    Luokka,
}

/// <summary>One page of the student list: typed filters (never filter strings from the browser), sort and paging.</summary>
public sealed record OpiskelijalistanKysely
{
    public int Ohita { get; init; }
    public int Koko { get; init; } = 25;
    public OpiskelijalistanJarjestys Jarjestys { get; init; } = OpiskelijalistanJarjestys.Nimi;
    public bool Laskeva { get; init; }
    public string? Nimi { get; init; }
    public string? Tyyppi { get; init; }
    public string? Tila { get; init; }
    public string? OppilaitosOid { get; init; }
    public DateOnly? AlkanutAikaisintaan { get; init; }
    public DateOnly? PaattynytViimeistaan { get; init; }
    public string? Luokka { get; init; }
}

public sealed record OpiskelijalistanRivi(string OppijaOid, string OpiskeluoikeusOid, string Nimi, string Tyyppi,
    string? Tila, string Oppilaitos, DateOnly? Alkamispaiva, DateOnly? Paattymispaiva, string? Luokka);

public sealed record OpiskelijalistanSivu(IReadOnlyList<OpiskelijalistanRivi> Rivit, int Yhteensa);

/// <summary>
/// "Opiskelijat": every study right visible to the user (invalidated ones left out), one page at a time, filtered
/// and sorted in the database on indexed columns. Each query is audited as OPISKELUOIKEUS_HAKU with its filters.
/// </summary>
public sealed class Opiskelijalista(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Koodistot.Koodistot koodistot,
    AuditLoki audit)
{
    public const int SuurinSivu = 200;

    public async Task<OpiskelijalistanSivu> HaeAsync(Kayttaja kayttaja, OpiskelijalistanKysely kysely, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) throw new UnauthorizedAccessException("Ei oikeutta opiskelijalistaan");
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, puu);
        if (nakyvyys.Tyhja) return new([], 0);

        await using var db = await tietokanta.AvaaAsync(ct);
        var opiskeluoikeudet = nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking()).Where(o => !o.Mitatoity);
        if (kysely.Tyyppi is { Length: > 0 } tyyppi) opiskeluoikeudet = opiskeluoikeudet.Where(o => o.Tyyppi == tyyppi);
        if (kysely.Tila is { Length: > 0 } tila) opiskeluoikeudet = opiskeluoikeudet.Where(o => o.Tila == tila);
        if (kysely.OppilaitosOid is { Length: > 0 } oppilaitos) opiskeluoikeudet = opiskeluoikeudet.Where(o => o.OppilaitosOid == oppilaitos);
        if (kysely.AlkanutAikaisintaan is { } alku) opiskeluoikeudet = opiskeluoikeudet.Where(o => o.Alkamispaiva >= alku);
        if (kysely.PaattynytViimeistaan is { } loppu) opiskeluoikeudet = opiskeluoikeudet.Where(o => o.Paattymispaiva <= loppu);
        if (kysely.Luokka?.Trim() is { Length: > 0 } luokka) opiskeluoikeudet = opiskeluoikeudet.Where(o => o.Luokka == luokka);
        var oppijat = db.Oppijat.AsNoTracking();
        if (kysely.Nimi?.Trim() is { Length: > 0 } nimi) oppijat = Nimihaku.Suodata(oppijat, nimi);

        var rivit = kysely.Jarjestys == OpiskelijalistanJarjestys.Oppilaitos
            // Only this sort needs the oppilaitos name: a join (hashed by PostgreSQL), not a subquery per row.
            ? from o in opiskeluoikeudet
              join h in oppijat on o.OppijaOid equals h.Oid
              join g in db.Organisaatiot on o.OppilaitosOid equals g.Oid into oppilaitokset
              from g in oppilaitokset.DefaultIfEmpty()
              select new Rivi { Oikeus = o, Oppija = h, Oppilaitos = g == null ? o.OppilaitosOid : g.NimiFi }
            : from o in opiskeluoikeudet
              join h in oppijat on o.OppijaOid equals h.Oid
              select new Rivi { Oikeus = o, Oppija = h, Oppilaitos = null };
        // Every study right has exactly one learner (foreign key), so without a name filter the join cannot change the
        // count: counting the study rights alone lets the database answer from the visibility indexes.
        var nimiRajaa = kysely.Nimi?.Trim() is { Length: > 0 };
        var yhteensa = nimiRajaa ? await rivit.CountAsync(ct) : await opiskeluoikeudet.CountAsync(ct);
        var d = kysely.Laskeva;
        IOrderedQueryable<Rivi> Jarjesta(IQueryable<Rivi> q) => (kysely.Jarjestys switch
        {
            OpiskelijalistanJarjestys.Tyyppi => d ? q.OrderByDescending(r => r.Oikeus.Tyyppi) : q.OrderBy(r => r.Oikeus.Tyyppi),
            OpiskelijalistanJarjestys.Tila => d ? q.OrderByDescending(r => r.Oikeus.Tila) : q.OrderBy(r => r.Oikeus.Tila),
            OpiskelijalistanJarjestys.Oppilaitos => d ? q.OrderByDescending(r => r.Oppilaitos) : q.OrderBy(r => r.Oppilaitos),
            OpiskelijalistanJarjestys.Alkamispaiva => d ? q.OrderByDescending(r => r.Oikeus.Alkamispaiva) : q.OrderBy(r => r.Oikeus.Alkamispaiva),
            OpiskelijalistanJarjestys.Paattymispaiva => d ? q.OrderByDescending(r => r.Oikeus.Paattymispaiva) : q.OrderBy(r => r.Oikeus.Paattymispaiva),
            OpiskelijalistanJarjestys.Luokka => d ? q.OrderByDescending(r => r.Oikeus.Luokka) : q.OrderBy(r => r.Oikeus.Luokka),
            _ => d ? q.OrderByDescending(r => r.Oppija.Hakunimi) : q.OrderBy(r => r.Oppija.Hakunimi),
        }).ThenBy(r => r.Oppija.Hakunimi).ThenBy(r => r.Oikeus.Oid);
        // The page's OIDs first, sorting only the narrow sort keys of every matching row; then just those rows in full.
        var sivunOidit = Jarjesta(rivit).Skip(Math.Max(0, kysely.Ohita)).Take(Math.Clamp(kysely.Koko, 1, SuurinSivu))
            .Select(r => r.Oikeus.Oid);
        var sivu = await Jarjesta(rivit.Where(r => sivunOidit.Contains(r.Oikeus.Oid)))
            .Select(r => new
            {
                r.Oppija.Oid, OpiskeluoikeusOid = r.Oikeus.Oid, r.Oppija.Sukunimi, r.Oppija.Etunimet, r.Oikeus.Tyyppi, r.Oikeus.Tila, r.Oikeus.OppilaitosOid,
                r.Oikeus.Alkamispaiva, r.Oikeus.Paattymispaiva, r.Oikeus.Luokka,
            })
            .ToListAsync(ct);

        audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_HAKU, new AuditKohde(Tiedot: kysely));
        await db.SaveChangesAsync(ct);

        var tyypit = await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct);
        var tilat = await koodistot.KoodistoAsync("koskiopiskeluoikeudentila", ct);
        return new OpiskelijalistanSivu(sivu.Select(r => new OpiskelijalistanRivi(r.Oid, r.OpiskeluoikeusOid,
            $"{r.Sukunimi}, {r.Etunimet}", tyypit.GetValueOrDefault(r.Tyyppi)?.Kielella() ?? r.Tyyppi,
            r.Tila is null ? null : tilat.GetValueOrDefault(r.Tila)?.Kielella() ?? r.Tila,
            puu.Hae(r.OppilaitosOid)?.NimiFi ?? r.OppilaitosOid, r.Alkamispaiva, r.Paattymispaiva, r.Luokka)).ToList(), yhteensa);
    }

    /// <summary>A study right with its learner, as the list's query joins them.</summary>
    private sealed class Rivi
    {
        public required Opiskeluoikeus Oikeus { get; init; }
        public required Oppija Oppija { get; init; }
        /// <summary>As the list shows it: the Finnish name from the organisation registry, else the OID (Oppilaitos sort only).</summary>
        public required string? Oppilaitos { get; init; }
    }

    /// <summary>The oppilaitokset the user's list can be filtered by: those of the visible organisations, by name.</summary>
    public async Task<IReadOnlyList<Organisaatio>> OppilaitoksetAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        return Nakyvyys.Kayttajalle(kayttaja, puu).Oppilaitokset(puu);
    }

    /// <summary>
    /// The types the user's list can be filtered by: only those the visible study rights have (a school with esi- and
    /// perusopetus sees two, not every type KOSKI knows), as (code, name in the UI language) by name.
    /// </summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> TyypitAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) return [];
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));
        if (nakyvyys.Tyhja) return [];
        await using var db = await tietokanta.AvaaAsync(ct);
        var koodit = await nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking()).Where(o => !o.Mitatoity)
            .Select(o => o.Tyyppi).Distinct().ToListAsync(ct);
        var nimet = await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct);
        return koodit.Select(k => KeyValuePair.Create(k, nimet.GetValueOrDefault(k)?.Kielella() ?? k))
            .OrderBy(k => k.Value, StringComparer.CurrentCulture).ToList();
    }
}
