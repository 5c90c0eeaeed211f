using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Tiedonsiirto;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>A page of log rows, and whether another may follow (KOSKI's PaginatedResponse.mayHaveMore).</summary>
public sealed record TiedonsiirtolokinSivu(IReadOnlyList<Tiedonsiirtorivi> Rivit, bool VoiOllaLisaa);

/// <summary>One line of KOSKI's tiedonsiirtojen yhteenveto: per storing organisation, oppilaitos, account and source system.</summary>
public sealed record TiedonsiirtojenYhteenveto(string TallentajaOrganisaatioOid, string OppilaitosOid, string KayttajaOid,
    string? Kayttajatunnus, string? Lahdejarjestelma, int Siirretyt, int Virheelliset, DateTime Viimeisin)
{
    public int Onnistuneet => Siirretyt - Virheelliset;
}

/// <summary>
/// Reading the transfer log as KOSKI scopes it: a row is visible to a reader of its storing organisation or its
/// oppilaitos (the one visibility rule's organisations and types, <see cref="Nakyvyys"/>); the refused document's
/// special-category data only through a role that carries that right; errors deleted only with
/// TIEDONSIIRRON_MITATOINTI over the row's organisation.
/// </summary>
public sealed class TiedonsiirtolokinHaku(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Tiedonsiirtoloki loki)
{
    public const int OletusSivukoko = 100;
    public const int SuurinSivukoko = 1000;

    public async Task<TiedonsiirtolokinSivu> HaeAsync(Kayttaja kayttaja, string? oppilaitos, bool vainVirheelliset,
        int sivu, int sivukoko, CancellationToken ct = default)
    {
        sivukoko = Math.Clamp(sivukoko, 1, SuurinSivukoko);
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, puu);
        if (nakyvyys.Tyhja) return new([], false);
        await loki.TallennaAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var kysely = db.Tiedonsiirrot.AsNoTracking().Where(Nakyvat(nakyvyys));
        if (vainVirheelliset) kysely = kysely.Where(t => !t.Onnistui);
        // KOSKI: the oppilaitos's rows, or the storing organisation's when a row names no oppilaitos.
        if (oppilaitos is not null)
            kysely = kysely.Where(t => t.OppilaitosOid == oppilaitos || (t.OppilaitosOid == null && t.TallentajaOrganisaatioOid == oppilaitos));
        var rivit = await kysely.OrderByDescending(t => t.Aikaleima).ThenBy(t => t.Id)
            .Skip(Math.Max(sivu, 0) * sivukoko).Take(sivukoko + 1).ToListAsync(ct);
        var voiOllaLisaa = rivit.Count > sivukoko;
        if (voiOllaLisaa) rivit.RemoveAt(sivukoko);
        foreach (var rivi in rivit) Suojaa(rivi, nakyvyys);
        return new(rivit, voiOllaLisaa);
    }

    public async Task<IReadOnlyList<TiedonsiirtojenYhteenveto>> YhteenvetoAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, await organisaatiot.PuuAsync(ct));
        if (nakyvyys.Tyhja) return [];
        await loki.TallennaAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var ryhmat = await db.Tiedonsiirrot.AsNoTracking().Where(Nakyvat(nakyvyys))
            .GroupBy(t => new { t.TallentajaOrganisaatioOid, t.OppilaitosOid, t.KayttajaOid, t.Lahdejarjestelma })
            .Select(g => new
            {
                g.Key,
                Kayttajatunnus = g.Max(t => t.Kayttajatunnus),
                Siirretyt = g.Count(),
                Virheelliset = g.Count(t => !t.Onnistui),
                Viimeisin = g.Max(t => t.Aikaleima),
            })
            .ToListAsync(ct);
        return ryhmat.Select(r => new TiedonsiirtojenYhteenveto(r.Key.TallentajaOrganisaatioOid,
                r.Key.OppilaitosOid ?? r.Key.TallentajaOrganisaatioOid, r.Key.KayttajaOid, r.Kayttajatunnus, r.Key.Lahdejarjestelma,
                r.Siirretyt, r.Virheelliset, r.Viimeisin))
            .OrderBy(r => r.OppilaitosOid, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the user may delete transfer errors at all (KOSKI's tiedonsiirronMitätöinti access).</summary>
    public static bool SaaPoistaaVirheita(Kayttaja kayttaja) => kayttaja.JokinRooli(r => r.Sisaltaa(Oikeus.TIEDONSIIRRON_MITATOINTI));

    /// <summary>Deletes the named error rows the user may delete; successes and others' rows stay. Returns how many went.</summary>
    public async Task<int> PoistaVirheetAsync(Kayttaja kayttaja, IReadOnlyCollection<string> tunnisteet, CancellationToken ct = default)
    {
        if (tunnisteet.Count == 0) return 0;
        var sallitut = kayttaja.Organisaatiot(r => r.Sisaltaa(Oikeus.TIEDONSIIRRON_MITATOINTI), await organisaatiot.PuuAsync(ct)).ToList();
        if (!SaaPoistaaVirheita(kayttaja) || sallitut.Count == 0) throw new KoskiVirheet("forbidden", "Ei oikeutta poistaa tiedonsiirtovirheitä.");
        await loki.TallennaAsync(ct);
        var globaali = kayttaja.JokinRooli(r => r.Sisaltaa(Oikeus.GLOBAALI) && r.Sisaltaa(Oikeus.TIEDONSIIRRON_MITATOINTI));
        var ids = tunnisteet.ToList();
        await using var db = await tietokanta.AvaaAsync(ct);
        return await db.Tiedonsiirrot
            .Where(t => ids.Contains(t.Id) && !t.Onnistui
                        && (globaali || sallitut.Contains(t.TallentajaOrganisaatioOid) || (t.OppilaitosOid != null && sallitut.Contains(t.OppilaitosOid))))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>The visibility rule over log rows: organisations from the storing one or the oppilaitos, types from the first study right.</summary>
    private static Expression<Func<Tiedonsiirtorivi, bool>> Nakyvat(Nakyvyys nakyvyys)
    {
        var t = Expression.Parameter(typeof(Tiedonsiirtorivi), "t");
        Expression runko = Expression.Constant(false);
        foreach (var osa in nakyvyys.Osat)
            runko = Expression.OrElse(runko, Lausekkeet.Runko(Osan(osa), t));
        return Expression.Lambda<Func<Tiedonsiirtorivi, bool>>(runko, t);
    }

    private static Expression<Func<Tiedonsiirtorivi, bool>> Osan(NakyvyydenOsa osa)
    {
        var tyyppi = Tyyppi(osa.Rajaus);
        if (osa.Organisaatiot is null) return tyyppi;
        var oidit = osa.Organisaatiot.ToList();
        Expression<Func<Tiedonsiirtorivi, bool>> organisaatio = r =>
            oidit.Contains(r.TallentajaOrganisaatioOid) || (r.OppilaitosOid != null && oidit.Contains(r.OppilaitosOid));
        var r = Expression.Parameter(typeof(Tiedonsiirtorivi), "r");
        return Expression.Lambda<Func<Tiedonsiirtorivi, bool>>(
            Expression.AndAlso(Lausekkeet.Runko(organisaatio, r), Lausekkeet.Runko(tyyppi, r)), r);
    }

    private static Expression<Func<Tiedonsiirtorivi, bool>> Tyyppi(Tyyppirajaus rajaus) => rajaus switch
    {
        Tyyppirajaus.Esiopetus => r => r.Koulutusmuoto == Nakyvyys.Esiopetus,
        Tyyppirajaus.TaiteenperusopetusHankinta => r => r.Koulutusmuoto == Nakyvyys.Taiteenperusopetus,
        _ => r => true,
    };

    /// <summary>A refused document keeps its special-category data only for a reader whose covering role carries the right.</summary>
    private static void Suojaa(Tiedonsiirtorivi rivi, Nakyvyys nakyvyys)
    {
        if (rivi.Data is null) return;
        var arkaluonteisetNakyvat = nakyvyys.Osat.Any(osa => osa.Arkaluonteiset && (osa.Organisaatiot is null
            || osa.Organisaatiot.Contains(rivi.TallentajaOrganisaatioOid) || (rivi.OppilaitosOid is { } o && osa.Organisaatiot.Contains(o))));
        if (arkaluonteisetNakyvat) return;
        if (JsonNode.Parse(rivi.Data) is not JsonObject siirto) return;
        foreach (var opiskeluoikeus in (siirto["opiskeluoikeudet"] as JsonArray)?.OfType<JsonObject>() ?? [])
            ArkaluonteisetTiedot.Poista(opiskeluoikeus);
        rivi.Data = siirto.ToJsonString();
    }
}
