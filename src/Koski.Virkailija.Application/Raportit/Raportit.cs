using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// Runs a check report as the requesting user: refuses reports the user's roles do not allow (docs/DOMAIN.md §7) and
/// oppilaitokset outside the user's reporting scope, audits OPISKELUOIKEUS_RAPORTTI with the parameters, and hands
/// back the rows to stream.
/// </summary>
public sealed class Raportit(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Koodistot.Koodistot koodistot,
    KayttooikeusHallinta kayttooikeudet, AuditLoki audit, TimeProvider aika)
{
    public IReadOnlyList<Raporttikuvaus> Sallitut(Kayttaja kayttaja) => Raporttikuvaus.Sallitut(kayttaja);

    /// <summary>The oppilaitokset the user may report on: those in the subtree of a role that may run reports.</summary>
    public async Task<IReadOnlyList<Organisaatio>> OppilaitoksetAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (Sallitut(kayttaja).Count == 0) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        return Raporttikuvaus.Nakyvyys(kayttaja, puu).Oppilaitokset(puu);
    }

    /// <summary>The organisations the page offers for a report: oppilaitokset, or for the käyttöoikeusraportti any organisation in scope.</summary>
    public async Task<IReadOnlyList<Organisaatio>> OrganisaatiotAsync(Kayttaja kayttaja, RaporttiLaji laji, CancellationToken ct = default)
    {
        if (laji != RaporttiLaji.Kayttooikeudet) return await OppilaitoksetAsync(kayttaja, ct);
        if (!Raporttikuvaus.Sallittu(kayttaja, laji)) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        return Raporttikuvaus.Organisaatiot(kayttaja, laji, puu).Select(puu.Hae).OfType<Organisaatio>()
            .OrderBy(o => o.NimiFi, StringComparer.Create(new("fi-FI"), ignoreCase: true)).ToList();
    }

    public async Task<RaportinSisalto> LuoAsync(Kayttaja kayttaja, RaportinParametrit parametrit, CancellationToken ct = default)
    {
        if (parametrit.Laji == RaporttiLaji.Kayttooikeudet) return await KayttooikeusraporttiAsync(kayttaja, parametrit, ct);
        var lahde = await LahdeAsync(kayttaja, parametrit, ct);
        var taulukko = parametrit.Laji switch
        {
            RaporttiLaji.PaallekkaisetOpiskeluoikeudet => PaallekkaisetOpiskeluoikeudet.Luo(lahde),
            RaporttiLaji.PerusopetuksenVuosiluokka => PerusopetuksenVuosiluokka.Luo(lahde),
            RaporttiLaji.Esiopetus => Esiopetusraportti.Luo(lahde),
            _ => Lahdejarjestelmat.Luo(lahde),
        };
        await audit.KirjaaAsync(kayttaja, AuditOperaatio.OPISKELUOIKEUS_RAPORTTI,
            new AuditKohde(OrganisaatioOid: parametrit.OppilaitosOid, Tiedot: parametrit), ct);
        long arvio;
        await using (var db = await tietokanta.AvaaAsync(ct)) arvio = await lahde.Oppilaitoksen(db).LongCountAsync(ct);
        return new RaportinSisalto(taulukko.Kielella().Esihaettu(), Tiedostonimi(parametrit, lahde.Puu), arvio)
        {
            Lisataulukot = parametrit.Laji == RaporttiLaji.Esiopetus ? [Esiopetusraportti.Toimipisteittain(lahde).Kielella()] : [],
        };
    }

    /// <summary>The figures of the lähdejärjestelmä report for the page's chart (checked and audited like the report).</summary>
    public async Task<IReadOnlyList<LahdejarjestelmanOsuus>> LahdejarjestelmatAsync(Kayttaja kayttaja, RaportinParametrit parametrit,
        CancellationToken ct = default)
    {
        var lahde = await LahdeAsync(kayttaja, parametrit with { Laji = RaporttiLaji.Lahdejarjestelmat }, ct);
        await audit.KirjaaAsync(kayttaja, AuditOperaatio.OPISKELUOIKEUS_RAPORTTI,
            new AuditKohde(OrganisaatioOid: parametrit.OppilaitosOid, Tiedot: lahde.Parametrit), ct);
        return await Lahdejarjestelmat.LaskeAsync(lahde, ct);
    }

    private async Task<RaportinSisalto> KayttooikeusraporttiAsync(Kayttaja kayttaja, RaportinParametrit parametrit, CancellationToken ct)
    {
        if (!Raporttikuvaus.Sallittu(kayttaja, parametrit.Laji)) throw new UnauthorizedAccessException("Ei oikeutta raporttiin");
        var puu = await organisaatiot.PuuAsync(ct);
        var sallitut = Raporttikuvaus.Organisaatiot(kayttaja, parametrit.Laji, puu);
        if (!sallitut.Contains(parametrit.OppilaitosOid))
            throw new UnauthorizedAccessException("Organisaatio ei ole käyttäjän organisaatioissa");
        var alue = puu.Alipuu(parametrit.OppilaitosOid).Where(sallitut.Contains).ToHashSet();
        var tanaan = aika.Tanaan();
        var huomiot = await kayttooikeudet.KattavuusAsync(alue, puu, ct);
        await audit.KirjaaAsync(kayttaja, AuditOperaatio.OPISKELUOIKEUS_RAPORTTI,
            new AuditKohde(OrganisaatioOid: parametrit.OppilaitosOid, Tiedot: parametrit), ct);
        return new RaportinSisalto(Kayttooikeusraportti.Kayttooikeudet(tietokanta, alue, puu, tanaan).Kielella(),
            Tiedostonimi(parametrit, puu), await Kayttooikeusraportti.ArvioAsync(tietokanta, alue, tanaan, ct))
        {
            Lisataulukot = [Kayttooikeusraportti.Huomiot(huomiot).Kielella()],
        };
    }

    private async Task<RaportinLahde> LahdeAsync(Kayttaja kayttaja, RaportinParametrit parametrit, CancellationToken ct)
    {
        if (!Raporttikuvaus.Sallittu(kayttaja, parametrit.Laji))
            throw new UnauthorizedAccessException("Ei oikeutta raporttiin");
        if (parametrit.Alku > parametrit.Loppu) throw new ArgumentException("Aikavälin alku on sen lopun jälkeen");
        if (parametrit.Laji == RaporttiLaji.PerusopetuksenVuosiluokka && parametrit.Vuosiluokka is not (>= 1 and <= 10))
            throw new ArgumentException("Vuosiluokka puuttuu");
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = Raporttikuvaus.Nakyvyys(kayttaja, puu);
        if (!nakyvyys.Osat.Any(o => o.Organisaatiot is null || o.Organisaatiot.Contains(parametrit.OppilaitosOid)))
            throw new UnauthorizedAccessException("Oppilaitos ei ole käyttäjän organisaatioissa");
        var tyypit = await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct);
        var tilat = await koodistot.KoodistoAsync("koskiopiskeluoikeudentila", ct);
        return new RaportinLahde(tietokanta, nakyvyys, puu, tyypit.ToDictionary(k => k.Key, k => k.Value.Nimi),
            tilat.ToDictionary(k => k.Key, k => k.Value.Nimi), parametrit);
    }

    /// <summary>Report, organisation (oppilaitoskoodi where it has one) and today's date in Finland.</summary>
    private string Tiedostonimi(RaportinParametrit parametrit, OrganisaatioPuu puu)
    {
        var organisaatio = puu.Hae(parametrit.OppilaitosOid)?.OppilaitosKoodi ?? parametrit.OppilaitosOid;
        var paiva = DateOnly.FromDateTime(Domain.Suomenaika.Paikallinen(aika.GetUtcNow()));
        var raportti = parametrit.Laji switch
        {
            RaporttiLaji.PaallekkaisetOpiskeluoikeudet => "paallekkaiset_opiskeluoikeudet",
            RaporttiLaji.PerusopetuksenVuosiluokka => "perusopetuksen_vuosiluokka",
            RaporttiLaji.Esiopetus => "esiopetus",
            RaporttiLaji.Kayttooikeudet => "kayttooikeudet",
            _ => "lahdejarjestelmat",
        };
        return $"{raportti}_{organisaatio}_{paiva:yyyy-MM-dd}";
    }
}
