using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Domain.Kayttooikeudet.KayttooikeudenTila;

namespace Koski.Virkailija.Application.Kayttooikeudet;

/// <summary>
/// The granting user's work ("Käyttöoikeudet"): officials with rights in their subtree, an official's grants,
/// granting, extending and closing. What a user sees of an official is limited to the organisations they manage.
/// </summary>
public sealed class KayttooikeusHallinta(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, TimeProvider aika,
    AuditLoki audit)
{
    public const int VaroitusPaivia = 28;

    /// <summary>Organisations where the user manages anyone's rights.</summary>
    public static IReadOnlySet<string> Hallinnoi(Kayttaja tekija, OrganisaatioPuu puu) =>
        tekija.VirkailijaId is null ? new HashSet<string>()
            : tekija.Organisaatiot(r => r.Sisaltaa(Oikeus.KAYTTOOIKEUKSIEN_MYONTO), puu);

    public async Task<Sivullinen<VirkailijaRivi>> HaeVirkailijatAsync(Kayttaja tekija, VirkailijaHaku haku, int ohita, int maara,
        CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var alue = Hallinnoi(tekija, puu);
        if (alue.Count == 0) return new([], 0);
        IEnumerable<string> valitut = haku.OrganisaatioOid is not { } oid ? alue : haku.Aliorganisaatiot ? puu.Alipuu(oid) : [oid];
        var orgs = valitut.Where(alue.Contains).ToList();
        var ryhma = haku.Ryhma;
        var nimi = haku.Nimi?.Trim().ToLowerInvariant();
        if (nimi is { Length: < 3 }) nimi = null;

        await using var db = await tietokanta.AvaaAsync(ct);
        var kysely = db.Virkailijat.AsNoTracking().Where(v =>
            db.Kayttooikeudet.Any(k => k.VirkailijaId == v.Id && (k.Tila == MYONNETTY || k.Tila == UUSITTU)
                && orgs.Contains(k.OrganisaatioOid) && (ryhma == null || k.Ryhma == ryhma))
            || db.Kayttooikeusanomukset.Any(a => a.VirkailijaId == v.Id && a.Tila == ANOTTU
                && orgs.Contains(a.OrganisaatioOid) && (ryhma == null || a.Ryhma == ryhma)));
        if (nimi is not null)
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL LOWER(…) LIKE; the database compares, not .NET
            kysely = kysely.Where(v => (v.Etunimet + " " + v.Sukunimi).ToLower().Contains(nimi)
                                       || (v.Sukunimi + " " + v.Etunimet).ToLower().Contains(nimi));
#pragma warning restore CA1304, CA1311, CA1862
        var lukumaara = await kysely.CountAsync(ct);
        var sivu = await kysely.OrderBy(v => v.Sukunimi).ThenBy(v => v.Etunimet).ThenBy(v => v.Id).Skip(ohita).Take(maara)
            .Select(v => new { v.Id, v.Etunimet, v.Sukunimi, v.Kayttajatunnus }).ToListAsync(ct);
        var idt = sivu.Select(v => v.Id).ToList();
        var alueLista = alue.ToList();
        var oikeudet = (await db.Kayttooikeudet.AsNoTracking()
                .Where(k => idt.Contains(k.VirkailijaId) && (k.Tila == MYONNETTY || k.Tila == UUSITTU) && alueLista.Contains(k.OrganisaatioOid))
                .Select(k => new { k.VirkailijaId, k.Ryhma, k.OrganisaatioOid }).ToListAsync(ct))
            .ToLookup(k => k.VirkailijaId);
        return new(sivu.Select(v => new VirkailijaRivi(v.Id, $"{v.Etunimet} {v.Sukunimi}", v.Kayttajatunnus,
            string.Join(", ", oikeudet[v.Id].Select(k => $"{Kayttooikeusryhma.Hae(k.Ryhma).Nimi} ({Nimi(puu, k.OrganisaatioOid)})"))))
            .ToList(), lukumaara);
    }

    /// <summary>An official by exact user name, so that a granting user can give a first role to a new official.</summary>
    public async Task<long?> EtsiTunnuksellaAsync(Kayttaja tekija, string kayttajatunnus, CancellationToken ct = default)
    {
        if (Hallinnoi(tekija, await organisaatiot.PuuAsync(ct)).Count == 0) return null;
        var tunnus = kayttajatunnus.Trim();
        await using var db = await tietokanta.AvaaAsync(ct);
        return await db.Virkailijat.Where(v => v.Kayttajatunnus == tunnus).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>An official's details, with only the grants, applications and history in the user's organisations.</summary>
    public async Task<VirkailijanKayttooikeudet?> HaeVirkailijaAsync(Kayttaja tekija, long virkailijaId, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var alue = Hallinnoi(tekija, puu);
        if (alue.Count == 0) return null;
        var alueLista = alue.ToList();
        await using var db = await tietokanta.AvaaAsync(ct);
        var virkailija = await db.Virkailijat.AsNoTracking().FirstOrDefaultAsync(v => v.Id == virkailijaId, ct);
        if (virkailija is null) return null;
        var oikeudet = await db.Kayttooikeudet.AsNoTracking()
            .Where(k => k.VirkailijaId == virkailijaId && (k.Tila == MYONNETTY || k.Tila == UUSITTU) && alueLista.Contains(k.OrganisaatioOid))
            .ToListAsync(ct);
        var anomukset = await db.Kayttooikeusanomukset.AsNoTracking()
            .Where(a => a.VirkailijaId == virkailijaId && a.Tila == ANOTTU && alueLista.Contains(a.OrganisaatioOid)).ToListAsync(ct);
        var historia = await db.KayttooikeusHistoria.AsNoTracking()
            .Where(h => h.VirkailijaId == virkailijaId && alueLista.Contains(h.OrganisaatioOid))
            .OrderByDescending(h => h.Id).ToListAsync(ct);
        var nimet = await NimetAsync(db, oikeudet.Select(k => k.MyontajaId).Concat(historia.Select(h => h.TekijaId)), ct);
        var tanaan = aika.Tanaan();
        var voimassaAsti = oikeudet.ToDictionary(k => k.Id, k => k.VoimassaAsti);
        return new VirkailijanKayttooikeudet(virkailija.Id, virkailija.Nimi, virkailija.Kayttajatunnus, virkailija.Sahkoposti,
            oikeudet.Where(k => k.VoimassaAsti >= tanaan).OrderBy(k => k.VoimassaAsti).Select(k => Rivi(k, puu, nimet)).ToList(),
            anomukset.OrderBy(a => a.Id).Select(a => Anomus(a, virkailija.Nimi, puu,
                a.JatkettavaId is { } j ? voimassaAsti.GetValueOrDefault(j) : null)).ToList(),
            historia.Select(h => new HistoriaRivi(h.Aika, h.Tila, Kayttooikeusryhma.Hae(h.Ryhma).Nimi, Nimi(puu, h.OrganisaatioOid),
                h.VoimassaAlkaen, h.VoimassaAsti, h.TekijaId is { } t ? nimet.GetValueOrDefault(t, "") : Tekstit.Hae("Kayttooikeus.Jarjestelma"), h.Syy)).ToList());
    }

    /// <summary>The organisations the user manages, for the officials list's filter.</summary>
    public async Task<IReadOnlyList<OrganisaatioValinta>> HallinnoitavatAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        return Hallinnoi(tekija, puu).Select(puu.Hae).OfType<Organisaatio>().Valinnat();
    }

    /// <summary>Role groups the user may grant to officials (service accounts have their own page).</summary>
    public static IReadOnlyList<Kayttooikeusryhma> Myonnettavat(Kayttaja tekija) =>
        KayttooikeusSaannot.MyonnettavatRyhmat(tekija).Where(r => !r.OnPalvelukayttaja).ToList();

    /// <summary>Organisations where the user may grant the group now: in scope, open, of a level the group allows.</summary>
    public async Task<IReadOnlyList<OrganisaatioValinta>> OrganisaatiotAsync(Kayttaja tekija, string ryhma, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        var r = Kayttooikeusryhma.Kaikki.FirstOrDefault(g => g.Tunniste == ryhma);
        if (r is null) return [];
        return KayttooikeusSaannot.Myontaa(tekija, r, puu).Select(puu.Hae).OfType<Organisaatio>()
            .Where(o => !o.OnLakkautettu(tanaan) && r.OrganisaatioEste(o) is null)
            .Valinnat();
    }

    public async Task<MuutoksenTulos> MyonnaAsync(Kayttaja tekija, long virkailijaId, string ryhma, string organisaatioOid,
        DateOnly voimassaAsti, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        if (Kayttooikeusryhma.Kaikki.FirstOrDefault(g => g.Tunniste == ryhma) is not { } r) return Tekstit.Hae("Kayttooikeus.ValitseKayttooikeus");
        if (KayttooikeusSaannot.Virhe(tekija, Toimenpide.Myonna, virkailijaId, r, puu.Hae(organisaatioOid), puu, tanaan) is { } virhe)
            return virhe;
        if (KayttooikeusSaannot.VoimassaoloVirhe(voimassaAsti, tanaan) is { } paivaVirhe) return paivaVirhe;

        await using var db = await tietokanta.AvaaAsync(ct);
        if (await db.Virkailijat.FirstOrDefaultAsync(v => v.Id == virkailijaId, ct) is not { } kohde) return Tekstit.Hae("Kayttooikeus.VirkailijaaEiLoydy");
        if (await Myonto.VoimassaOlevaAsync(db, virkailijaId, ryhma, organisaatioOid, ct) is { } olemassa && olemassa.VoimassaAsti >= tanaan)
            return Tekstit.Hae("Kayttooikeus.OnJo");
        return await Muutokset.TallennaAsync(async () =>
        {
            await using var transaktio = await db.Database.BeginTransactionAsync(ct);
            await Myonto.MyonnaAsync(db, audit, tekija, kohde, ryhma, organisaatioOid, tanaan, voimassaAsti, aika.GetUtcNow(), null, ct);
            await db.SaveChangesAsync(ct);
            await transaktio.CommitAsync(ct);
        });
    }

    /// <summary>Extends a grant; <paramref name="versio"/> is the version the user saw (a newer one is a conflict).</summary>
    public Task<MuutoksenTulos> JatkaAsync(Kayttaja tekija, long kayttooikeusId, int versio, DateOnly voimassaAsti,
        CancellationToken ct = default) =>
        MuutaAsync(tekija, kayttooikeusId, versio, Toimenpide.Jatka, ct, (db, kohde, oikeus, tanaan) =>
        {
            if (KayttooikeusSaannot.JatkoVirhe(oikeus.VoimassaAsti, voimassaAsti, tanaan) is { } virhe) return virhe;
            Myonto.Jatka(db, audit, tekija, kohde, oikeus, voimassaAsti, aika.GetUtcNow(), null);
            return null;
        });

    public Task<MuutoksenTulos> SuljeAsync(Kayttaja tekija, long kayttooikeusId, int versio, CancellationToken ct = default) =>
        MuutaAsync(tekija, kayttooikeusId, versio, Toimenpide.Sulje, ct, (db, kohde, oikeus, _) =>
        {
            Myonto.Sulje(db, audit, tekija, kohde, oikeus, aika.GetUtcNow());
            return null;
        });

#pragma warning disable CA1068 // the change, a lambda, reads best as the last argument
    private async Task<MuutoksenTulos> MuutaAsync(Kayttaja tekija, long kayttooikeusId, int versio, Toimenpide toimenpide,
        CancellationToken ct, Func<IKoskiDb, Virkailijahenkilo, Kayttooikeus, DateOnly, string?> muutos)
#pragma warning restore CA1068
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        await using var db = await tietokanta.AvaaAsync(ct);
        var oikeus = await db.Kayttooikeudet.FirstOrDefaultAsync(k => k.Id == kayttooikeusId, ct);
        if (oikeus is null) return Tekstit.Hae("Kayttooikeus.EiLoydy");
        if (KayttooikeusSaannot.Virhe(tekija, toimenpide, oikeus.VirkailijaId, Kayttooikeusryhma.Hae(oikeus.Ryhma),
                puu.Hae(oikeus.OrganisaatioOid), puu, tanaan) is { } virhe)
            return virhe;
        if (oikeus.Versio != versio) return MuutoksenTulos.Ristiriita;
        if (!oikeus.OnMyonnetty() || oikeus.VoimassaAsti < tanaan)
            return Tekstit.Hae("Kayttooikeus.EiVoimassa");
        var kohde = await db.Virkailijat.SingleAsync(v => v.Id == oikeus.VirkailijaId, ct);
        if (muutos(db, kohde, oikeus, tanaan) is { } muutosVirhe) return muutosVirhe;
        return await Muutokset.TallennaAsync(() => db.SaveChangesAsync(ct));
    }

    public async Task<Kattavuus> KattavuusAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        return await KattavuusAsync(Hallinnoi(tekija, puu), puu, ct);
    }

    /// <summary>A grant ending within <see cref="VaroitusPaivia"/> days from today is one to warn of.</summary>
    public static bool PaattyyPian(DateOnly voimassaAsti, DateOnly tanaan) => voimassaAsti <= tanaan.AddDays(VaroitusPaivia);

    /// <summary>
    /// Coverage warnings and upcoming expiries of <paramref name="alue"/>; the caller has already decided that the user
    /// may see those organisations (the page: where they grant; the käyttöoikeusraportti: its own rule).
    /// </summary>
    internal async Task<Kattavuus> KattavuusAsync(IReadOnlySet<string> alue, OrganisaatioPuu puu, CancellationToken ct)
    {
        if (alue.Count == 0) return new([], [], []);
        var tanaan = aika.Tanaan();
        var alueLista = alue.ToList();
        await using var db = await tietokanta.AvaaAsync(ct);
        var voimassa = await db.Kayttooikeudet.AsNoTracking()
            .Where(k => (k.Tila == MYONNETTY || k.Tila == UUSITTU) && k.VoimassaAlkaen <= tanaan && k.VoimassaAsti >= tanaan
                        && alueLista.Contains(k.OrganisaatioOid))
            .Select(k => new { k.VirkailijaId, k.Ryhma, k.OrganisaatioOid, k.VoimassaAsti }).ToListAsync(ct);
        var paakayttajia = voimassa.Where(k => k.Ryhma == Kayttooikeusryhma.KoskiPaakayttaja.Tunniste)
            .GroupBy(k => k.OrganisaatioOid).ToDictionary(g => g.Key, g => g.Count());
        var avoimet = alue.Select(puu.Hae).OfType<Organisaatio>().Where(o => !o.OnLakkautettu(tanaan)).ToList();
        List<Vaje> Vajeet(OrganisaatioTyyppi tyyppi, int vahintaan) => avoimet.Where(o => o.OnTyyppia(tyyppi))
            .Select(o => new Vaje(o.Oid, Tekstit.Nimi(o), paakayttajia.GetValueOrDefault(o.Oid)))
            .Where(v => v.Paakayttajia < vahintaan).OrderBy(v => v.Organisaatio).ToList();

        var vanhenevat = voimassa.Where(k => PaattyyPian(k.VoimassaAsti, tanaan)).OrderBy(k => k.VoimassaAsti).ToList();
        var nimet = await NimetAsync(db, vanhenevat.Select(k => (long?)k.VirkailijaId), ct);
        return new Kattavuus(Vajeet(OrganisaatioTyyppi.Koulutustoimija, 2), Vajeet(OrganisaatioTyyppi.Oppilaitos, 1),
            vanhenevat.Select(k => new Vanheneva(k.VirkailijaId, nimet.GetValueOrDefault(k.VirkailijaId, ""),
                Kayttooikeusryhma.Hae(k.Ryhma).Nimi, Nimi(puu, k.OrganisaatioOid), k.VoimassaAsti)).ToList());
    }

    internal static async Task<Dictionary<long, string>> NimetAsync(IKoskiDb db, IEnumerable<long?> idt, CancellationToken ct)
    {
        var lista = idt.OfType<long>().Distinct().ToList();
        return await db.Virkailijat.AsNoTracking().Where(v => lista.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.Etunimet + " " + v.Sukunimi, ct);
    }

    internal static string Nimi(OrganisaatioPuu puu, string oid) => puu.Hae(oid) is { } o ? Tekstit.Nimi(o) : oid;

    internal static KayttooikeusRivi Rivi(Kayttooikeus k, OrganisaatioPuu puu, IReadOnlyDictionary<long, string> nimet) =>
        new(k.Id, k.Versio, k.Ryhma, Kayttooikeusryhma.Hae(k.Ryhma).Nimi, k.OrganisaatioOid, Nimi(puu, k.OrganisaatioOid),
            k.VoimassaAlkaen, k.VoimassaAsti, k.MyontajaId is { } m ? nimet.GetValueOrDefault(m) : null, k.Tila);

    internal static AnomusRivi Anomus(Kayttooikeusanomus a, string hakija, OrganisaatioPuu puu, DateOnly? nykyinenAsti) =>
        new(a.Id, a.Versio, a.VirkailijaId, hakija, a.Ryhma, Kayttooikeusryhma.Hae(a.Ryhma).Nimi, a.OrganisaatioOid,
            Nimi(puu, a.OrganisaatioOid), a.Perustelut, nykyinenAsti, a.Anottu, a.Tila, a.HylkayksenSyy);
}
