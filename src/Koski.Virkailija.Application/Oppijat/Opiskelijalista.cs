using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
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

        var rivit = from o in opiskeluoikeudet
                    join h in oppijat on o.OppijaOid equals h.Oid
                    select new { o, h };
        var yhteensa = await rivit.CountAsync(ct);
        var d = kysely.Laskeva;
        var jarjestetty = kysely.Jarjestys switch
        {
            OpiskelijalistanJarjestys.Tyyppi => d ? rivit.OrderByDescending(r => r.o.Tyyppi) : rivit.OrderBy(r => r.o.Tyyppi),
            OpiskelijalistanJarjestys.Tila => d ? rivit.OrderByDescending(r => r.o.Tila) : rivit.OrderBy(r => r.o.Tila),
            OpiskelijalistanJarjestys.Oppilaitos => d ? rivit.OrderByDescending(r => r.o.OppilaitosOid) : rivit.OrderBy(r => r.o.OppilaitosOid),
            OpiskelijalistanJarjestys.Alkamispaiva => d ? rivit.OrderByDescending(r => r.o.Alkamispaiva) : rivit.OrderBy(r => r.o.Alkamispaiva),
            OpiskelijalistanJarjestys.Paattymispaiva => d ? rivit.OrderByDescending(r => r.o.Paattymispaiva) : rivit.OrderBy(r => r.o.Paattymispaiva),
            OpiskelijalistanJarjestys.Luokka => d ? rivit.OrderByDescending(r => r.o.Luokka) : rivit.OrderBy(r => r.o.Luokka),
            _ => d ? rivit.OrderByDescending(r => r.h.Hakunimi) : rivit.OrderBy(r => r.h.Hakunimi),
        };
        var sivu = await jarjestetty.ThenBy(r => r.h.Hakunimi).ThenBy(r => r.o.Oid)
            .Skip(Math.Max(0, kysely.Ohita)).Take(Math.Clamp(kysely.Koko, 1, SuurinSivu))
            .Select(r => new
            {
                r.h.Oid, OpiskeluoikeusOid = r.o.Oid, r.h.Sukunimi, r.h.Etunimet, r.o.Tyyppi, r.o.Tila, r.o.OppilaitosOid,
                r.o.Alkamispaiva, r.o.Paattymispaiva, r.o.Luokka,
            })
            .ToListAsync(ct);

        audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_HAKU, new AuditKohde(Tiedot: kysely));
        await db.SaveChangesAsync(ct);

        var tyypit = await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct);
        var tilat = await koodistot.KoodistoAsync("koskiopiskeluoikeudentila", ct);
        return new OpiskelijalistanSivu(sivu.Select(r => new OpiskelijalistanRivi(r.Oid, r.OpiskeluoikeusOid,
            $"{r.Sukunimi}, {r.Etunimet}", tyypit.GetValueOrDefault(r.Tyyppi)?.Nimi ?? r.Tyyppi,
            r.Tila is null ? null : tilat.GetValueOrDefault(r.Tila)?.Nimi ?? r.Tila,
            puu.Hae(r.OppilaitosOid)?.NimiFi ?? r.OppilaitosOid, r.Alkamispaiva, r.Paattymispaiva, r.Luokka)).ToList(), yhteensa);
    }

    /// <summary>The oppilaitokset the user's list can be filtered by: those of the visible organisations, by name.</summary>
    public async Task<IReadOnlyList<Organisaatio>> OppilaitoksetAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        return Nakyvyys.Kayttajalle(kayttaja, puu).Oppilaitokset(puu);
    }
}
