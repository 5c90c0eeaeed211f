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
/// Applications: an official applies for a role or for more time on their own right, cancels their own open
/// application; someone else who may grant the group there approves (with an end date) or rejects (with a reason).
/// </summary>
public sealed class Kayttooikeusanomukset(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, TimeProvider aika,
    AuditLoki audit)
{
    public const int PerustelujenMaksimi = 2000;

    /// <summary>
    /// Role groups an official can apply for: every official's group but the global one (a service account's is not a
    /// person's); where, <see cref="KayttooikeusSaannot.HakuVirhe"/>.
    /// </summary>
    public static IReadOnlyList<Kayttooikeusryhma> Haettavat { get; } =
        Kayttooikeusryhma.Kaikki.Where(r => !r.OnPalvelukayttaja && !r.Sisaltaa(Oikeus.GLOBAALI)).ToList();

    /// <summary>Open organisations where the group can be held, for the application form.</summary>
    public async Task<IReadOnlyList<OrganisaatioValinta>> OrganisaatiotAsync(string ryhma, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        if (Haettavat.FirstOrDefault(r => r.Tunniste == ryhma) is not { } r) return [];
        return puu.Kaikki.Where(o => !o.OnLakkautettu(tanaan) && KayttooikeusSaannot.HakuVirhe(r, o) is null)
            .Valinnat();
    }

    public async Task<MuutoksenTulos> HaeAsync(Kayttaja tekija, string organisaatioOid, string ryhma, string? perustelut,
        CancellationToken ct = default)
    {
        if (Haettavat.FirstOrDefault(r => r.Tunniste == ryhma) is not { } r) return Tekstit.Hae("Kayttooikeus.ValitseKayttooikeus");
        if (PerusteluVirhe(perustelut) is { } virhe) return virhe;
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        if (KayttooikeusSaannot.Virhe(tekija, Toimenpide.Hae, tekija.VirkailijaId, r, puu.Hae(organisaatioOid), puu, tanaan) is { } v)
            return v;
        if (KayttooikeusSaannot.HakuVirhe(r, puu.Hae(organisaatioOid)!) is { } hakuVirhe) return hakuVirhe;
        await using var db = await tietokanta.AvaaAsync(ct);
        if (await Myonto.VoimassaOlevaAsync(db, tekija.VirkailijaId!.Value, ryhma, organisaatioOid, ct) is { } oma && oma.VoimassaAsti >= tanaan)
            return Tekstit.Hae("Anomus.OnJoOikeus");
        return await LisaaAsync(db, tekija, r.Tunniste, organisaatioOid, perustelut!, null, ct);
    }

    /// <summary>Applies for more time on one's own grant in force.</summary>
    public async Task<MuutoksenTulos> HaeJatkoaikaaAsync(Kayttaja tekija, long kayttooikeusId, string? perustelut,
        CancellationToken ct = default)
    {
        if (PerusteluVirhe(perustelut) is { } virhe) return virhe;
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        await using var db = await tietokanta.AvaaAsync(ct);
        var oikeus = await db.Kayttooikeudet.AsNoTracking().FirstOrDefaultAsync(k => k.Id == kayttooikeusId, ct);
        if (oikeus is null || oikeus.VirkailijaId != tekija.VirkailijaId) return Tekstit.Hae("Anomus.JatkoVainOmalle");
        if (!oikeus.OnMyonnetty() || oikeus.VoimassaAsti < tanaan) return Tekstit.Hae("Anomus.EiVoimassa");
        if (KayttooikeusSaannot.Virhe(tekija, Toimenpide.Hae, oikeus.VirkailijaId, Kayttooikeusryhma.Hae(oikeus.Ryhma),
                puu.Hae(oikeus.OrganisaatioOid), puu, tanaan) is { } v)
            return v;
        return await LisaaAsync(db, tekija, oikeus.Ryhma, oikeus.OrganisaatioOid, perustelut!, oikeus.Id, ct);
    }

    private async Task<MuutoksenTulos> LisaaAsync(IKoskiDb db, Kayttaja tekija, string ryhma, string organisaatioOid,
        string perustelut, long? jatkettava, CancellationToken ct)
    {
        var kohde = await db.Virkailijat.SingleAsync(v => v.Id == tekija.VirkailijaId, ct);
        if (await db.Kayttooikeusanomukset.AnyAsync(a => a.VirkailijaId == kohde.Id && a.Ryhma == ryhma
                && a.OrganisaatioOid == organisaatioOid && a.Tila == ANOTTU, ct))
            return Tekstit.Hae("Anomus.AvoinJo");
        var hetki = aika.GetUtcNow();
        var anomus = new Kayttooikeusanomus
        {
            VirkailijaId = kohde.Id, Ryhma = ryhma, OrganisaatioOid = organisaatioOid, Perustelut = perustelut.Trim(),
            JatkettavaId = jatkettava, Anottu = hetki,
        };
        return await Muutokset.TallennaAsync(async () =>
        {
            await using var transaktio = await db.Database.BeginTransactionAsync(ct);
            db.Kayttooikeusanomukset.Add(anomus);
            await db.SaveChangesAsync(ct);
            Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos(jatkettava is null ? "haku" : "jatkoaikahaku", kohde, ryhma,
                organisaatioOid, ANOTTU, null, null, jatkettava, anomus.Id, anomus.Perustelut));
            await db.SaveChangesAsync(ct);
            await transaktio.CommitAsync(ct);
        });
    }

    public Task<MuutoksenTulos> PeruutaAsync(Kayttaja tekija, long anomusId, int versio, CancellationToken ct = default) =>
        PaataAsync(tekija, anomusId, versio, Toimenpide.Peruuta, ct, (db, kohde, anomus, _, hetki) =>
        {
            anomus.Tila = PERUUTETTU;
            Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos("peruutus", kohde, anomus.Ryhma, anomus.OrganisaatioOid,
                PERUUTETTU, null, null, anomus.JatkettavaId, anomus.Id));
            return Task.FromResult<string?>(null);
        });

    public Task<MuutoksenTulos> HylkaaAsync(Kayttaja tekija, long anomusId, int versio, string? syy, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(syy) ? Task.FromResult<MuutoksenTulos>(Tekstit.Hae("Anomus.HylkayksenSyyPakollinen"))
        : syy.Length > PerustelujenMaksimi ? Task.FromResult<MuutoksenTulos>(Tekstit.Hae("Anomus.HylkayksenSyyPitka", PerustelujenMaksimi))
        : PaataAsync(tekija, anomusId, versio, Toimenpide.Hylkaa, ct, (db, kohde, anomus, _, hetki) =>
        {
            Hylkaa(db, audit, tekija, kohde, anomus, syy.Trim(), hetki);
            return Task.FromResult<string?>(null);
        });

    /// <summary>Approves: a new grant until <paramref name="voimassaAsti"/>, or the applied-for grant extended until then.</summary>
    public Task<MuutoksenTulos> HyvaksyAsync(Kayttaja tekija, long anomusId, int versio, DateOnly voimassaAsti,
        CancellationToken ct = default) =>
        PaataAsync(tekija, anomusId, versio, Toimenpide.Hyvaksy, ct, async (db, kohde, anomus, tanaan, hetki) =>
        {
            if (KayttooikeusSaannot.VoimassaoloVirhe(voimassaAsti, tanaan) is { } virhe) return virhe;
            anomus.Tila = MYONNETTY;
            Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos("anomuksen hyväksyntä", kohde, anomus.Ryhma,
                anomus.OrganisaatioOid, MYONNETTY, null, new Voimassaolo(tanaan, voimassaAsti), anomus.JatkettavaId, anomus.Id));
            var voimassa = await Myonto.VoimassaOlevaAsync(db, kohde.Id, anomus.Ryhma, anomus.OrganisaatioOid, ct);
            if (voimassa is not null && voimassa.VoimassaAsti >= tanaan)
                Myonto.Jatka(db, audit, tekija, kohde, voimassa, voimassaAsti, hetki, anomus.Id);
            else
                await Myonto.MyonnaAsync(db, audit, tekija, kohde, anomus.Ryhma, anomus.OrganisaatioOid, tanaan, voimassaAsti, hetki, anomus.Id, ct);
            return null;
        });

#pragma warning disable CA1068 // the change, a lambda, reads best as the last argument
    private async Task<MuutoksenTulos> PaataAsync(Kayttaja tekija, long anomusId, int versio, Toimenpide toimenpide,
        CancellationToken ct, Func<IKoskiDb, Virkailijahenkilo, Kayttooikeusanomus, DateOnly, DateTimeOffset, Task<string?>> paatos)
#pragma warning restore CA1068
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        await using var db = await tietokanta.AvaaAsync(ct);
        var anomus = await db.Kayttooikeusanomukset.FirstOrDefaultAsync(a => a.Id == anomusId, ct);
        if (anomus is null) return Tekstit.Hae("Anomus.EiLoydy");
        if (KayttooikeusSaannot.Virhe(tekija, toimenpide, anomus.VirkailijaId, Kayttooikeusryhma.Hae(anomus.Ryhma),
                puu.Hae(anomus.OrganisaatioOid), puu, tanaan) is { } virhe)
            return virhe;
        if (anomus.Versio != versio || anomus.Tila != ANOTTU) return MuutoksenTulos.Ristiriita;
        var kohde = await db.Virkailijat.SingleAsync(v => v.Id == anomus.VirkailijaId, ct);
        var hetki = aika.GetUtcNow();
        if (toimenpide != Toimenpide.Peruuta)
        {
            anomus.KasittelijaId = tekija.VirkailijaId;
            anomus.Kasitelty = hetki;
        }
        anomus.Versio++;
        return await Muutokset.TallennaAsync(async () =>
        {
            await using var transaktio = await db.Database.BeginTransactionAsync(ct);
            if (await paatos(db, kohde, anomus, tanaan, hetki) is { } paatosVirhe) return paatosVirhe;
            await db.SaveChangesAsync(ct);
            await transaktio.CommitAsync(ct);
            return null;
        });
    }

    internal static void Hylkaa(IKoskiDb db, AuditLoki audit, Kayttaja tekija, Virkailijahenkilo kohde, Kayttooikeusanomus anomus,
        string syy, DateTimeOffset hetki)
    {
        anomus.Tila = HYLATTY;
        anomus.HylkayksenSyy = syy;
        Muutokset.Kirjaa(db, audit, tekija, hetki, new Muutos("anomuksen hylkäys", kohde, anomus.Ryhma, anomus.OrganisaatioOid,
            HYLATTY, null, null, anomus.JatkettavaId, anomus.Id, syy));
    }

    /// <summary>Open applications the user may decide: in their organisations, for groups they grant, never their own.</summary>
    public async Task<Sivullinen<AnomusRivi>> KasiteltavatAsync(Kayttaja tekija, int ohita, int maara, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var alue = KayttooikeusHallinta.Hallinnoi(tekija, puu).ToList();
        if (alue.Count == 0) return new([], 0);
        var tanaan = aika.Tanaan();
        await using var db = await tietokanta.AvaaAsync(ct);
        var avoimet = await db.Kayttooikeusanomukset.AsNoTracking()
            .Where(a => a.Tila == ANOTTU && a.VirkailijaId != tekija.VirkailijaId && alue.Contains(a.OrganisaatioOid))
            .OrderBy(a => a.Id).ToListAsync(ct);
        var paatettavat = avoimet.Where(a => KayttooikeusSaannot.Virhe(tekija, Toimenpide.Hylkaa, a.VirkailijaId,
            Kayttooikeusryhma.Hae(a.Ryhma), puu.Hae(a.OrganisaatioOid), puu, tanaan) is null).ToList();
        var sivu = paatettavat.Skip(ohita).Take(maara).ToList();
        var nimet = await KayttooikeusHallinta.NimetAsync(db, sivu.Select(a => (long?)a.VirkailijaId), ct);
        var jatkettavat = sivu.Select(a => a.JatkettavaId).OfType<long>().ToList();
        var astit = await db.Kayttooikeudet.Where(k => jatkettavat.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.VoimassaAsti, ct);
        return new(sivu.Select(a => KayttooikeusHallinta.Anomus(a, nimet.GetValueOrDefault(a.VirkailijaId, ""), puu,
            a.JatkettavaId is { } j ? astit.GetValueOrDefault(j) : null)).ToList(), paatettavat.Count);
    }

    /// <summary>The official's own grants in force (to apply for more time), ending soonest first.</summary>
    public async Task<IReadOnlyList<KayttooikeusRivi>> OmatOikeudetAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        if (tekija.VirkailijaId is not { } id) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        await using var db = await tietokanta.AvaaAsync(ct);
        var omat = await db.Kayttooikeudet.AsNoTracking()
            .Where(k => k.VirkailijaId == id && (k.Tila == MYONNETTY || k.Tila == UUSITTU) && k.VoimassaAsti >= tanaan).ToListAsync(ct);
        var nimet = await KayttooikeusHallinta.NimetAsync(db, omat.Select(k => k.MyontajaId), ct);
        return omat.OrderBy(k => k.VoimassaAsti).Select(k => KayttooikeusHallinta.Rivi(k, puu, nimet)).ToList();
    }

    /// <summary>The official's own applications, open and decided (with a rejection's reason), newest first.</summary>
    public async Task<IReadOnlyList<AnomusRivi>> OmatAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        if (tekija.VirkailijaId is not { } id) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var omat = await db.Kayttooikeusanomukset.AsNoTracking().Where(a => a.VirkailijaId == id)
            .OrderByDescending(a => a.Id).ToListAsync(ct);
        var jatkettavat = omat.Select(a => a.JatkettavaId).OfType<long>().ToList();
        var astit = await db.Kayttooikeudet.Where(k => jatkettavat.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.VoimassaAsti, ct);
        return omat.Select(a => KayttooikeusHallinta.Anomus(a, tekija.Nimi, puu,
            a.JatkettavaId is { } j ? astit.GetValueOrDefault(j) : null)).ToList();
    }

    private static string? PerusteluVirhe(string? perustelut) =>
        string.IsNullOrWhiteSpace(perustelut) ? Tekstit.Hae("Anomus.PerustelutPuuttuvat")
        : perustelut.Length > PerustelujenMaksimi ? Tekstit.Hae("Anomus.PerustelutPitkat", PerustelujenMaksimi)
        : null;
}
