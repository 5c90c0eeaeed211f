using System.Runtime.CompilerServices;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>Encrypts an xlsx file with a password (Office's agile encryption), as reports are handed out.</summary>
public interface ITiedostonSalaus
{
    Task SalaaAsync(Stream selko, Stream kohde, string salasana, CancellationToken ct);
}

/// <summary>
/// <c>paallekkaisetOpiskeluoikeudet</c>: the same rows as the "Päällekkäiset opiskeluoikeudet" report, for every
/// oppilaitos of the organisation's subtree in turn, in one CSV or one password-protected xlsx file.
/// </summary>
public sealed class PaallekkaistenSuoritus(Lukutietokanta tietokanta, OrganisaatioHakemisto organisaatiot,
    Koodistot.Koodistot koodistot, IEnumerable<ITaulukkoKirjoittaja> kirjoittajat, ITiedostonSalaus salaus, AuditLoki audit)
    : IMassaluovutuksenSuoritus
{
    public bool Suorittaa(MassaluovutusKysely kysely) => kysely is PaallekkaisetOpiskeluoikeudetKysely;

    public async Task SuoritaAsync(MassaluovutuksenKonteksti konteksti, CancellationToken ct)
    {
        var kysely = (PaallekkaisetOpiskeluoikeudetKysely)konteksti.Kysely;
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = MassaluovutusOikeudet.Nakyvyys(konteksti.Kayttaja, puu);
        var tyypit = (await koodistot.KoodistoAsync("opiskeluoikeudentyyppi", ct)).ToDictionary(k => k.Key, k => k.Value.Nimi);
        var tilat = (await koodistot.KoodistoAsync("koskiopiskeluoikeudentila", ct)).ToDictionary(k => k.Key, k => k.Value.Nimi);
        var oppilaitokset = puu.Alipuu(kysely.OrganisaatioOid!).Select(puu.Hae).OfType<Organisaatio>()
            .Where(o => o.OnTyyppia(OrganisaatioTyyppi.Oppilaitos)).Select(o => o.Oid).Order(StringComparer.Ordinal).ToList();
        var lahteet = oppilaitokset.Select(oid => new RaportinLahde(tietokanta, nakyvyys, puu, tyypit, tilat,
            new RaportinParametrit(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, oid, kysely.Alku, kysely.Loppu))).ToList();
        var taulukko = new Taulukko("Päällekkäiset", PaallekkaisetOpiskeluoikeudet.Sarakkeet, Rivit(lahteet, ct));
        var xlsx = kysely.Muoto == Tulosmuoto.Xlsx;
        var kirjoittaja = kirjoittajat.Single(k => k.Muoto == (xlsx ? Tiedostomuoto.Xlsx : Tiedostomuoto.Csv));
        using var selko = new MemoryStream();
        await kirjoittaja.KirjoitaAsync(taulukko, selko, ct: ct);
        selko.Position = 0;
        var tiedosto = selko;
        using var salattu = new MemoryStream();
        if (xlsx)
        {
            await salaus.SalaaAsync(selko, salattu, konteksti.Salasana!, ct);
            tiedosto = salattu;
        }
        await konteksti.Tulokset.TallennaAsync($"paallekkaiset_opiskeluoikeudet_{kysely.OrganisaatioOid}.{kirjoittaja.Paate}",
            kysely.Muoto, tiedosto.ToArray(), ct);
        await audit.KirjaaAsync(konteksti.Kayttaja, AuditOperaatio.OPISKELUOIKEUS_RAPORTTI,
            new AuditKohde(OrganisaatioOid: kysely.OrganisaatioOid, Tiedot: kysely.Json()), ct);
    }

    private static async IAsyncEnumerable<object?[]> Rivit(IReadOnlyList<RaportinLahde> lahteet, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var lahde in lahteet)
            await foreach (var rivi in PaallekkaisetOpiskeluoikeudet.Luo(lahde).Rivit.WithCancellation(ct))
                yield return rivi;
    }
}
