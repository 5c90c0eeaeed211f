using System.Linq.Expressions;
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

/// <summary>
/// One page of the student list: typed filters (never filter strings from the browser), sort and paging. A page is
/// found by keyset: <see cref="Jalkeen"/> (the next page after a page's last row), <see cref="Ennen"/> (the previous
/// one before its first row) or <see cref="Lopusta"/> (the last <see cref="Koko"/> rows); with none of them,
/// <see cref="Ohita"/> rows are skipped (the first page, or a jump the keys cannot make).
/// </summary>
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
    public OpiskelijalistanAvain? Jalkeen { get; init; }
    public OpiskelijalistanAvain? Ennen { get; init; }
    public bool Lopusta { get; init; }
    /// <summary>False when the caller still has the count of the same filters (a page change): saves a query.</summary>
    public bool Laske { get; init; } = true;
}

/// <summary>Where a row is in the list's order: the sort column's value, the learner's sort name and the study right's oid.</summary>
public sealed record OpiskelijalistanAvain(object Arvo, string Hakunimi, string Oid);

public sealed record OpiskelijalistanRivi(string OppijaOid, string OpiskeluoikeusOid, string Nimi, string Tyyppi,
    string? Tila, string Oppilaitos, DateOnly? Alkamispaiva, DateOnly? Paattymispaiva, string? Luokka);

/// <param name="Yhteensa">The count of matching study rights (exact, estimated or a lower bound: <paramref name="Laatu"/>); -1
/// when not asked for (<see cref="OpiskelijalistanKysely.Laske"/>).</param>
/// <param name="Alku">The first row's key, for the previous page.</param>
/// <param name="Loppu">The last row's key, for the next page.</param>
public sealed record OpiskelijalistanSivu(IReadOnlyList<OpiskelijalistanRivi> Rivit, int Yhteensa,
    OpiskelijalistanAvain? Alku = null, OpiskelijalistanAvain? Loppu = null, Maaranlaatu Laatu = Maaranlaatu.Tarkka)
{
    /// <summary>The count as the list says it ("Opiskeluoikeuksia: noin 995 000"); null when not counted.</summary>
    public string? YhteensaTeksti => Yhteensa < 0 ? null : new OpiskelijalistanMaara(Yhteensa, Laatu).Teksti;
}

/// <summary>
/// "Opiskelijat": every study right visible to the user (invalidated ones left out), one page at a time, filtered
/// and sorted in the database on indexed columns. Each query is audited as OPISKELUOIKEUS_HAKU with its filters.
/// Pages are found by keyset on (sort column, learner's sort name, oid) so a deep page costs what the first does; the
/// count sums <see cref="NakyvyydenHaarat"/>, each answered from an index.
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
        var yhteensa = kysely.Laske ? await LaskeAsync(db, nakyvyys, kysely, ct) : new OpiskelijalistanMaara(-1, Maaranlaatu.Tarkka);

        // The page's keys first, with only the sort columns, which the list's indexes hold (the other columns would
        // make the database read every visible row before it can choose 25); then those rows in full.
        IQueryable<Listarivi> Avaimet(IQueryable<Opiskeluoikeus> oikeudet) => kysely.Jarjestys switch
        {
            // Only this sort needs the oppilaitos name: a join, not a subquery per row.
            OpiskelijalistanJarjestys.Oppilaitos =>
                from o in oikeudet
                join g in db.Organisaatiot on o.OppilaitosOid equals g.Oid into oppilaitokset
                from g in oppilaitokset.DefaultIfEmpty()
                select new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi, Oppilaitos = g == null ? o.OppilaitosOid : g.NimiFi },
            OpiskelijalistanJarjestys.Tyyppi => oikeudet.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi, Tyyppi = o.Tyyppi }),
            OpiskelijalistanJarjestys.Tila => oikeudet.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi, Tila = o.Tila }),
            OpiskelijalistanJarjestys.Alkamispaiva => oikeudet.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi, Alkamispaiva = o.Alkamispaiva }),
            OpiskelijalistanJarjestys.Paattymispaiva => oikeudet.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi, Paattymispaiva = o.Paattymispaiva }),
            OpiskelijalistanJarjestys.Luokka => oikeudet.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi, Luokka = o.Luokka }),
            _ => oikeudet.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi }),
        };

        var jarjestys = Listajarjestys.Kyselylle(kysely.Jarjestys, kysely.Laskeva);
        var koko = Math.Clamp(kysely.Koko, 1, SuurinSivu);
        // Backwards (the previous page, the last page): the order reversed, its first rows, turned back.
        var taaksepain = kysely.Ennen is not null || (kysely.Lopusta && kysely.Jalkeen is null);
        var ohita = kysely.Jalkeen is null && kysely.Ennen is null && !kysely.Lopusta ? Math.Max(0, kysely.Ohita) : 0;
        IQueryable<Listarivi> Alku(IQueryable<Listarivi> rivit, int maara)
        {
            var osat = kysely.Jalkeen is { } jalkeen ? jarjestys.Osissa(jalkeen, taaksepain: false)
                : kysely.Ennen is { } ennen ? jarjestys.Osissa(ennen, taaksepain: true)
                : null;
            if (osat is null) return jarjestys.Jarjesta(rivit, taaksepain).Take(maara);
            // Each part from its own index range: the page is the first rows of their union.
            var alut = osat.Select(osa => jarjestys.Jarjesta(rivit.Where(osa.Ehto), taaksepain, osa.ArvoKiinni).Take(maara)).ToList();
            return alut.Count == 1 ? alut[0] : jarjestys.Jarjesta(alut.Aggregate((a, b) => a.Concat(b)), taaksepain).Take(maara);
        }
        // Each disjoint visibility branch gives its own first rows from its own index (an OR of the branches makes
        // SQLite merge three indexes and sort every visible row); one UNION ALL query takes the page from them.
        var haarat = (await HaaratSivulleAsync(db, nakyvyys, kysely, ct))
            .Select(h => Alku(Avaimet(Suodattimet(kysely, db.Opiskeluoikeudet.AsNoTracking().Where(h))), ohita + koko)).ToList();
        var sivunRivit = haarat.Count == 1 ? haarat[0] : jarjestys.Jarjesta(haarat.Aggregate((a, b) => a.Concat(b)), taaksepain).Take(ohita + koko);
        var avaimet = await OppilaitoksenSisaltaAsync(db, nakyvyys, kysely, koko, ct) ?? await sivunRivit.Skip(ohita).Take(koko).ToListAsync(ct);
        if (taaksepain) avaimet.Reverse();
        var oidit = avaimet.Select(a => a.Oid).ToList();
        var taydet = await db.Opiskeluoikeudet.AsNoTracking().Where(o => oidit.Contains(o.Oid))
            .Select(o => new Listarivi
            {
                Oid = o.Oid, OppijaOid = o.OppijaOid, Hakunimi = o.OppijanHakunimi, Tyyppi = o.Tyyppi, Tila = o.Tila,
                OppilaitosOid = o.OppilaitosOid, Alkamispaiva = o.Alkamispaiva, Paattymispaiva = o.Paattymispaiva, Luokka = o.Luokka,
            })
            .ToDictionaryAsync(o => o.Oid, ct);
        var sivu = oidit.Where(taydet.ContainsKey).Select(oid => taydet[oid]).ToList();

        var oppijaOidit = sivu.Select(r => r.OppijaOid).Distinct().ToList();
        var nimet = await db.Oppijat.AsNoTracking().Where(h => oppijaOidit.Contains(h.Oid))
            .Select(h => new { h.Oid, h.Sukunimi, h.Etunimet }).ToDictionaryAsync(h => h.Oid, ct);

        audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_HAKU, new AuditKohde(Tiedot: kysely with { Jalkeen = null, Ennen = null }));
        await db.SaveChangesAsync(ct);

        var tyypit = await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct);
        var tilat = await koodistot.KoodistoAsync("koskiopiskeluoikeudentila", ct);
        return new OpiskelijalistanSivu(sivu.Select(r => new OpiskelijalistanRivi(r.OppijaOid, r.Oid,
                nimet.TryGetValue(r.OppijaOid, out var h) ? $"{h.Sukunimi}, {h.Etunimet}" : r.OppijaOid,
                tyypit.GetValueOrDefault(r.Tyyppi)?.Kielella() ?? r.Tyyppi,
                r.Tila is null ? null : tilat.GetValueOrDefault(r.Tila)?.Kielella() ?? r.Tila,
                puu.Hae(r.OppilaitosOid)?.NimiFi ?? r.OppilaitosOid, r.Alkamispaiva, r.Paattymispaiva, r.Luokka)).ToList(),
            yhteensa.Arvo, avaimet.Count > 0 ? jarjestys.Avain(avaimet[0]) : null, avaimet.Count > 0 ? jarjestys.Avain(avaimet[^1]) : null,
            yhteensa.Laatu);
    }

    /// <summary>
    /// Sorted by oppilaitos, a keyset page inside one oppilaitos's rows (every page but the one that crosses to the next
    /// oppilaitos) is those rows in name order, which ix_opiskeluoikeus_lista seeks to, where the general query sorts
    /// every visible row by the joined name. Null when the page does not fill from the key's oppilaitos.
    /// </summary>
    private static async Task<List<Listarivi>?> OppilaitoksenSisaltaAsync(IKoskiDb db, Nakyvyys nakyvyys, OpiskelijalistanKysely kysely,
        int koko, CancellationToken ct)
    {
        if (kysely.Jarjestys != OpiskelijalistanJarjestys.Oppilaitos || (kysely.Jalkeen ?? kysely.Ennen) is not { Arvo: string { Length: > 0 } nimi } kohta)
            return null;
        var taaksepain = kysely.Jalkeen is null;
        // The sort's value is the oppilaitos's name, or its oid when the organisation is unknown (Avaimet).
        var samat = await db.Organisaatiot.AsNoTracking().Where(g => g.NimiFi == nimi || g.Oid == nimi).Select(g => new { g.Oid, g.NimiFi }).ToListAsync(ct);
        var oidit = samat.Where(g => g.NimiFi == nimi).Select(g => g.Oid).ToList();
        if (!samat.Any(g => g.Oid == nimi)) oidit.Add(nimi);
        var ainoa = oidit[0];
        var jarjestys = Listajarjestys.Kyselylle(OpiskelijalistanJarjestys.Nimi, false);
        var haarat = (await KaytossaOlevatHaaratAsync(db, nakyvyys, ct)).Select(h =>
        {
            var ryhma = Suodattimet(kysely, db.Opiskeluoikeudet.AsNoTracking().Where(h));
            // One oppilaitos as an equality, which the index keeps in name order (an IN list it does not).
            ryhma = oidit.Count == 1 ? ryhma.Where(o => o.OppilaitosOid == ainoa) : ryhma.Where(o => oidit.Contains(o.OppilaitosOid));
            return jarjestys.Jarjesta(ryhma.Select(o => new Listarivi { Oid = o.Oid, Hakunimi = o.OppijanHakunimi })
                .Where(jarjestys.Jalkeen(kohta, taaksepain)), taaksepain).Take(koko);
        }).ToList();
        var rivit = haarat.Count == 1 ? haarat[0] : jarjestys.Jarjesta(haarat.Aggregate((a, b) => a.Concat(b)), taaksepain).Take(koko);
        var avaimet = await rivit.ToListAsync(ct);
        if (avaimet.Count < koko) return null;
        foreach (var a in avaimet) a.Oppilaitos = nimi;
        return avaimet;
    }

    /// <summary>At most this many organisations are a page's branches of their own on SQLite (<see cref="HaaratSivulleAsync"/>).</summary>
    private const int OppilaitoksittainEnintaan = 30;

    /// <summary>
    /// The branches a page is taken from: <see cref="KaytossaOlevatHaaratAsync"/>, on SQLite with the first split by
    /// oppilaitos (<see cref="NakyvyydenHaarat.Oppilaitoksittain"/>) for a user of a few organisations when the page's
    /// key is an empty date. SQLite's statistics average a column over its values: a date's COALESCE has thousands, so
    /// 25 rows each, but the empty one is most rows (no end date, 65 %), and SQLite took the sort index's range of it
    /// for 25 rows and read a koulutustoimija's deep page from all of it, through the table. One oppilaitos as an
    /// equality is a range of the oppilaitos-led index (migration OpiskelijalistanJarjestysindeksit), which it
    /// prefers on any statistics, and gives its first rows in order. Other keys' values hold as many rows as the
    /// statistics say, and the split costs EF Core a query part per oppilaitos (2.5 ms CPU for six); PostgreSQL's
    /// statistics know the common value.
    /// </summary>
    private static async Task<List<Expression<Func<Opiskeluoikeus, bool>>>> HaaratSivulleAsync(IKoskiDb db, Nakyvyys nakyvyys,
        OpiskelijalistanKysely kysely, CancellationToken ct)
    {
        var haarat = await KaytossaOlevatHaaratAsync(db, nakyvyys, ct);
        var tyhjaPaiva = kysely.Jarjestys is OpiskelijalistanJarjestys.Alkamispaiva or OpiskelijalistanJarjestys.Paattymispaiva
                         && (kysely.Jalkeen ?? kysely.Ennen)?.Arvo is DateOnly paiva && paiva == Listajarjestys.TyhjaPaiva;
        if (!tyhjaPaiva || !db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal)
            || NakyvyydenHaarat.Oppilaitoksittain(nakyvyys, OppilaitoksittainEnintaan) is not { } oppilaitoksittain)
            return haarat;
        return [.. oppilaitoksittain, .. haarat.Skip(1)];
    }

    /// <summary>
    /// The visibility branches that hold any study right. The sisältävä and ostaja branches are empty for most users,
    /// and SQLite, whose statistics average a mostly-NULL column, walks a sort index through every row looking for
    /// their first 25 (1.8 s for a deep page by päättymispäivä at 100 000 rows); one indexed EXISTS each is cheaper.
    /// </summary>
    private static async Task<List<Expression<Func<Opiskeluoikeus, bool>>>> KaytossaOlevatHaaratAsync(IKoskiDb db, Nakyvyys nakyvyys,
        CancellationToken ct)
    {
        var haarat = NakyvyydenHaarat.Haarat(nakyvyys);
        var kaytossa = new List<Expression<Func<Opiskeluoikeus, bool>>>();
        for (var i = 0; i < haarat.Count; i++)
            if (i == 0 || await db.Opiskeluoikeudet.AsNoTracking().AnyAsync(haarat[i], ct)) kaytossa.Add(haarat[i]);
        return kaytossa;
    }

    /// <summary>The count of the list's study rights alone (what <see cref="HaeAsync"/> counts; for the benchmark).</summary>
    public async Task<OpiskelijalistanMaara> LaskeAsync(Kayttaja kayttaja, OpiskelijalistanKysely kysely, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) throw new UnauthorizedAccessException("Ei oikeutta opiskelijalistaan");
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));
        if (nakyvyys.Tyhja) return new(0, Maaranlaatu.Tarkka);
        await using var db = await tietokanta.AvaaAsync(ct);
        return await LaskeAsync(db, nakyvyys, kysely, ct);
    }

    /// <summary>
    /// One UNION ALL of the disjoint visibility branches: each is an index scan, and no row is counted twice; how
    /// exactly a national list is counted is <see cref="Opiskelijamaara"/>'s.
    /// </summary>
    private static Task<OpiskelijalistanMaara> LaskeAsync(IKoskiDb db, Nakyvyys nakyvyys, OpiskelijalistanKysely kysely, CancellationToken ct) =>
        Opiskelijamaara.LaskeAsync(db, nakyvyys, Suodattamaton(kysely), NakyvyydenHaarat.Haarat(nakyvyys)
            .Select(h => Suodattimet(kysely, db.Opiskeluoikeudet.AsNoTracking().Where(h)).Select(o => o.Oid))
            .Aggregate((a, b) => a.Concat(b)), ct);

    /// <summary>No filter of <see cref="Suodattimet"/> is set.</summary>
    private static bool Suodattamaton(OpiskelijalistanKysely k) =>
        string.IsNullOrEmpty(k.Tyyppi) && string.IsNullOrEmpty(k.Tila) && string.IsNullOrEmpty(k.OppilaitosOid)
        && k.AlkanutAikaisintaan is null && k.PaattynytViimeistaan is null && string.IsNullOrWhiteSpace(k.Luokka) && string.IsNullOrWhiteSpace(k.Nimi);

    /// <summary>The list's filters (invalidated study rights never shown); <see cref="Suodattamaton"/> tells when none is set.</summary>
    private static IQueryable<Opiskeluoikeus> Suodattimet(OpiskelijalistanKysely kysely, IQueryable<Opiskeluoikeus> q)
    {
        q = q.Where(o => !o.Mitatoity);
        if (kysely.Tyyppi is { Length: > 0 } tyyppi) q = q.Where(o => o.Tyyppi == tyyppi);
        if (kysely.Tila is { Length: > 0 } tila) q = q.Where(o => o.Tila == tila);
        if (kysely.OppilaitosOid is { Length: > 0 } oppilaitos) q = q.Where(o => o.OppilaitosOid == oppilaitos);
        if (kysely.AlkanutAikaisintaan is { } alku) q = q.Where(o => o.Alkamispaiva >= alku);
        if (kysely.PaattynytViimeistaan is { } loppu) q = q.Where(o => o.Paattymispaiva <= loppu);
        if (kysely.Luokka?.Trim() is { Length: > 0 } luokka) q = q.Where(o => o.Luokka == luokka);
        // On the study right's copy of the learner's name (Lajittelunimi keeps it equal), which the list's indexes
        // lead with after the oppilaitos: a range there, where a join to the learners read every visible row.
        if (kysely.Nimi is { } nimi && Nimihaku.Ehto<Opiskeluoikeus>(o => o.OppijanHakunimi, nimi) is { } nimella) q = q.Where(nimella);
        return q;
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
