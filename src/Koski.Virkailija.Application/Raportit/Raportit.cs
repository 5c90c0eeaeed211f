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
/// Runs a report of <see cref="Raporttirekisteri"/> as the requesting user: refuses an unknown report, reports the
/// user's roles do not allow (docs/DOMAIN.md §7) and organisations outside the user's reporting scope, audits
/// OPISKELUOIKEUS_RAPORTTI with the parameters, and hands back the rows to stream.
/// </summary>
public sealed class Raportit(Lukutietokanta tietokanta, OrganisaatioHakemisto organisaatiot, Koodistot.Koodistot koodistot,
    KayttooikeusHallinta kayttooikeudet, AuditLoki audit, TimeProvider aika)
{
    public IReadOnlyList<IRaportti> Sallitut(Kayttaja kayttaja) => Raporttirekisteri.Sallitut(kayttaja);

    /// <summary>The oppilaitokset the user may report on: those in the subtree of a role that may run reports.</summary>
    public async Task<IReadOnlyList<Organisaatio>> OppilaitoksetAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (Sallitut(kayttaja).Count == 0) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        return Raporttirekisteri.Nakyvyys(kayttaja, puu).Oppilaitokset(puu);
    }

    /// <summary>
    /// The organisations the page offers for a report: oppilaitokset, or for a report over an organisation's subtree
    /// any organisation in scope; none for an unknown report or one the user may not run.
    /// </summary>
    public async Task<IReadOnlyList<Organisaatio>> OrganisaatiotAsync(Kayttaja kayttaja, RaporttiLaji laji, CancellationToken ct = default)
    {
        if (Raporttirekisteri.Hae(laji) is not { } raportti || !Raporttirekisteri.Sallittu(kayttaja, raportti)) return [];
        if (raportti.Organisaatio == RaportinOrganisaatio.Oppilaitos) return await OppilaitoksetAsync(kayttaja, ct);
        var puu = await organisaatiot.PuuAsync(ct);
        return Raporttirekisteri.Organisaatiot(kayttaja, raportti, puu).Select(puu.Hae).OfType<Organisaatio>()
            .OrderBy(o => o.NimiFi, StringComparer.Create(new("fi-FI"), ignoreCase: true)).ToList();
    }

    /// <summary>Creates the report; an unknown report is an <see cref="ArgumentException"/>, never another report.</summary>
    public async Task<RaportinSisalto> LuoAsync(Kayttaja kayttaja, RaportinParametrit parametrit, CancellationToken ct = default)
    {
        var raportti = Raportti(parametrit.Laji);
        if (!Raporttirekisteri.Sallittu(kayttaja, raportti)) throw new UnauthorizedAccessException("Ei oikeutta raporttiin");
        var puu = await organisaatiot.PuuAsync(ct);
        RaportinLahde? lahde = null;
        IReadOnlySet<string> alue;
        if (raportti.Organisaatio == RaportinOrganisaatio.Oppilaitos)
        {
            lahde = await LahdeAsync(kayttaja, parametrit, puu, ct);
            alue = new HashSet<string> { parametrit.OppilaitosOid };
        }
        else
        {
            var sallitut = Raporttirekisteri.Organisaatiot(kayttaja, raportti, puu);
            if (!sallitut.Contains(parametrit.OppilaitosOid))
                throw new UnauthorizedAccessException("Organisaatio ei ole käyttäjän organisaatioissa");
            alue = puu.Alipuu(parametrit.OppilaitosOid).Where(sallitut.Contains).ToHashSet();
        }
        var taulukot = await raportti.LuoAsync(
            new RaportinKonteksti(kayttaja, parametrit, puu, tietokanta, lahde, alue, kayttooikeudet, aika.Tanaan()), ct);
        await audit.KirjaaAsync(kayttaja, AuditOperaatio.OPISKELUOIKEUS_RAPORTTI,
            new AuditKohde(OrganisaatioOid: parametrit.OppilaitosOid, Tiedot: parametrit), ct);
        var arvio = taulukot.Arvio;
        if (arvio is null)
            await using (var db = await tietokanta.AvaaAsync(ct)) arvio = await lahde!.Oppilaitoksen(db).LongCountAsync(ct);
        var kielella = taulukot.Taulukko.Kielella();
        return new RaportinSisalto(lahde is null ? kielella : kielella.Esihaettu(), Tiedostonimi(raportti, parametrit, puu), arvio.Value)
        {
            Lisataulukot = taulukot.Lisataulukot.Select(t => t.Kielella()).ToList(),
        };
    }

    /// <summary>The figures of the lähdejärjestelmä report for the page's chart (checked and audited like the report).</summary>
    public async Task<IReadOnlyList<LahdejarjestelmanOsuus>> LahdejarjestelmatAsync(Kayttaja kayttaja, RaportinParametrit parametrit,
        CancellationToken ct = default)
    {
        parametrit = parametrit with { Laji = RaporttiLaji.Lahdejarjestelmat };
        if (!Raporttirekisteri.Sallittu(kayttaja, Raportti(parametrit.Laji))) throw new UnauthorizedAccessException("Ei oikeutta raporttiin");
        var lahde = await LahdeAsync(kayttaja, parametrit, await organisaatiot.PuuAsync(ct), ct);
        await audit.KirjaaAsync(kayttaja, AuditOperaatio.OPISKELUOIKEUS_RAPORTTI,
            new AuditKohde(OrganisaatioOid: parametrit.OppilaitosOid, Tiedot: lahde.Parametrit), ct);
        return await Lahdejarjestelmat.LaskeAsync(lahde, ct);
    }

    private static IRaportti Raportti(RaporttiLaji laji) =>
        Raporttirekisteri.Hae(laji) ?? throw new ArgumentException($"Tuntematon raportti: {laji.Tunnus}");

    private async Task<RaportinLahde> LahdeAsync(Kayttaja kayttaja, RaportinParametrit parametrit, OrganisaatioPuu puu, CancellationToken ct)
    {
        if (parametrit.Alku > parametrit.Loppu) throw new ArgumentException("Aikavälin alku on sen lopun jälkeen");
        var nakyvyys = Raporttirekisteri.Nakyvyys(kayttaja, puu);
        if (!nakyvyys.Osat.Any(o => o.Organisaatiot is null || o.Organisaatiot.Contains(parametrit.OppilaitosOid)))
            throw new UnauthorizedAccessException("Oppilaitos ei ole käyttäjän organisaatioissa");
        var tyypit = await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct);
        var tilat = await koodistot.KoodistoAsync("koskiopiskeluoikeudentila", ct);
        return new RaportinLahde(tietokanta, nakyvyys, puu, tyypit.ToDictionary(k => k.Key, k => k.Value.Nimi),
            tilat.ToDictionary(k => k.Key, k => k.Value.Nimi), parametrit);
    }

    /// <summary>Report, organisation (oppilaitoskoodi where it has one) and today's date in Finland.</summary>
    private string Tiedostonimi(IRaportti raportti, RaportinParametrit parametrit, OrganisaatioPuu puu)
    {
        var organisaatio = puu.Hae(parametrit.OppilaitosOid)?.OppilaitosKoodi ?? parametrit.OppilaitosOid;
        var paiva = DateOnly.FromDateTime(Domain.Suomenaika.Paikallinen(aika.GetUtcNow()));
        return $"{raportti.Tiedostonimi}_{organisaatio}_{paiva:yyyy-MM-dd}";
    }
}
