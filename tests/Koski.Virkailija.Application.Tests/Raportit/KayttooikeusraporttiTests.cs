using System.Globalization;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Domain.Kayttooikeudet.KayttooikeudenTila;

namespace Koski.Virkailija.Application.Tests.Raportit;

/// <summary>
/// The käyttöoikeusraportti on a hand-made set of grants (today is 20.11.2026, "soon" is within 28 days): Pirjo is the
/// yliopisto's only pääkäyttäjä; Kalle's katselija right at the normaalikoulu ends on 10.12.; Tiina is the
/// normaalikoulu's tallentaja and its pääkäyttäjä until 30.11.; Fanni's right at the harjoituskoulu starts on 1.12.;
/// an expired, a closed and a Helsinki grant are not the report's.
/// </summary>
public sealed class KayttooikeusraporttiTests : IAsyncLifetime
{
    private const string Yliopisto = RaporttiAineisto.Yliopisto, Normaalikoulu = RaporttiAineisto.Normaalikoulu;
    private const string Harjoituskoulu = "1.2.246.562.10.55555555555", Helsinki = RaporttiAineisto.Helsinki;

    private readonly KiinteaAika aika = new();
    private TestiTietokanta tietokanta = null!;

    public async Task InitializeAsync()
    {
        tietokanta = await TestiTietokanta.SqliteAsync();
        await using var db = tietokanta.CreateDbContext();
        db.Organisaatiot.AddRange(
            new Organisaatio { Oid = Yliopisto, ParentOid = Organisaatio.JuuriOid, NimiFi = "Jyväskylän yliopisto", Tyypit = "01" },
            new Organisaatio { Oid = Normaalikoulu, ParentOid = Yliopisto, NimiFi = "Jyväskylän normaalikoulu", Tyypit = "02", OppilaitosKoodi = "00204" },
            new Organisaatio { Oid = Harjoituskoulu, ParentOid = Yliopisto, NimiFi = "Harjoituskoulu", Tyypit = "02" },
            new Organisaatio { Oid = Helsinki, ParentOid = Organisaatio.JuuriOid, NimiFi = "Helsingin kaupunki", Tyypit = "01" });
        string[][] henkilot = [["pirjo", "Pirjo", "Pääkäyttäjä"], ["kalle", "Kalle", "Katselija"], ["tiina", "Tiina", "Tallentaja"],
            ["olli", "Olli", "Vanha"], ["fanni", "Fanni", "Tuleva"], ["helka", "Helka", "Helsinki"]];
        foreach (var (h, i) in henkilot.Select((h, i) => (h, i + 1)))
            db.Virkailijat.Add(new Virkailijahenkilo { Oid = Domain.Oidit.Henkilo(91_000_000_000 + i), Kayttajatunnus = h[0], Etunimet = h[1], Sukunimi = h[2] });
        await db.SaveChangesAsync();
        db.Kayttooikeudet.AddRange(
            Oikeus(1, "koski-paakayttaja", Yliopisto, "2026-01-01", "2027-06-30"),
            Oikeus(2, "koski-katselija", Normaalikoulu, "2026-02-01", "2026-12-10", myontaja: 1),
            Oikeus(3, "koski-tallentaja", Normaalikoulu, "2026-03-01", "2027-03-01", myontaja: 1),
            Oikeus(3, "koski-paakayttaja", Normaalikoulu, "2026-01-01", "2026-11-30"),
            Oikeus(4, "koski-katselija", Normaalikoulu, "2026-01-01", "2026-10-01"),
            Oikeus(4, "koski-tallentaja", Normaalikoulu, "2026-01-01", "2027-01-01", SULJETTU),
            Oikeus(5, "koski-katselija", Harjoituskoulu, "2026-12-01", "2027-05-31", UUSITTU),
            Oikeus(6, "koski-tallentaja", Helsinki, "2026-01-01", "2027-01-01"));
        await db.SaveChangesAsync();
    }

    private Kayttooikeus Oikeus(long virkailija, string ryhma, string organisaatio, string alkaen, string asti,
        KayttooikeudenTila tila = MYONNETTY, long? myontaja = null) => new()
        {
            VirkailijaId = virkailija, Ryhma = ryhma, OrganisaatioOid = organisaatio, VoimassaAlkaen = DateOnly.Parse(alkaen, CultureInfo.InvariantCulture),
            VoimassaAsti = DateOnly.Parse(asti, CultureInfo.InvariantCulture), Tila = tila, MyontajaId = myontaja, Muokattu = aika.GetUtcNow(),
        };

    private static Kayttaja Kayttaja(Kayttooikeusryhma ryhma, string organisaatio) =>
        new(1, ryhma.Tunniste, "Pirjo Pääkäyttäjä", [new Rooli(ryhma, organisaatio, "")], "1.2.246.562.24.91000000001");

    private static readonly Kayttaja Paakayttaja = Kayttaja(Kayttooikeusryhma.KoskiPaakayttaja, Yliopisto);

    private Task<RaportinSisalto> LuoAsync(Kayttaja kayttaja, string organisaatio) =>
        RaporttiAineisto.Luo(tietokanta, aika).LuoAsync(kayttaja,
            new(RaporttiLaji.Kayttooikeudet, organisaatio, new(2026, 1, 1), new(2026, 12, 31)));

    private static readonly object?[][] OdotetutRivit =
    [
        ["Katselija", "Kalle", "kalle", "KOSKI-katselija (sisältää erityiset henkilötiedot)", "Jyväskylän normaalikoulu", Normaalikoulu,
            new DateOnly(2026, 2, 1), new DateOnly(2026, 12, 10), "Kyllä", "Pirjo Pääkäyttäjä"],
        ["Pääkäyttäjä", "Pirjo", "pirjo", "KOSKI-pääkäyttäjä", "Jyväskylän yliopisto", Yliopisto,
            new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30), "Ei", null],
        ["Tallentaja", "Tiina", "tiina", "KOSKI-pääkäyttäjä", "Jyväskylän normaalikoulu", Normaalikoulu,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), "Kyllä", null],
        ["Tallentaja", "Tiina", "tiina", "KOSKI-tallentaja", "Jyväskylän normaalikoulu", Normaalikoulu,
            new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1), "Ei", "Pirjo Pääkäyttäjä"],
        ["Tuleva", "Fanni", "fanni", "KOSKI-katselija (sisältää erityiset henkilötiedot)", "Harjoituskoulu", Harjoituskoulu,
            new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 31), "Ei", null],
    ];

    [Fact]
    public async Task Paakayttaja_saa_organisaatiopuunsa_kayttooikeudet_ja_kattavuusvaroitukset()
    {
        var sisalto = await LuoAsync(Paakayttaja, Yliopisto);

        Assert.Equal(OdotetutRivit, await RaportitTests.RivitAsync(sisalto.Taulukko));
        Assert.Equal(5, sisalto.Arvio);
        Assert.Equal("kayttooikeudet_1.2.246.562.10.77255241653_2026-11-20", sisalto.Tiedostonimi);
        var huomiot = Assert.Single(sisalto.Lisataulukot);
        object?[][] odotetutHuomiot =
        [
            ["Koulutustoimijalla on suositeltua vähemmän (alle kaksi) KOSKI-pääkäyttäjää", "Jyväskylän yliopisto", Yliopisto, 1],
            ["Oppilaitoksella ei ole omaa KOSKI-pääkäyttäjää", "Harjoituskoulu", Harjoituskoulu, 0],
        ];
        Assert.Equal(odotetutHuomiot, await RaportitTests.RivitAsync(huomiot));
    }

    [Fact]
    public async Task Alaorganisaation_valinta_rajaa_rivit_ja_varoitukset_sen_alipuuhun()
    {
        var sisalto = await LuoAsync(Paakayttaja, Normaalikoulu);

        Assert.Equal(["kalle", "tiina", "tiina"], (await RaportitTests.RivitAsync(sisalto.Taulukko)).Select(r => r[2]));
        Assert.Equal("kayttooikeudet_00204_2026-11-20", sisalto.Tiedostonimi);
        // The normaalikoulu has its own pääkäyttäjä (Tiina): nothing to warn of there.
        Assert.Empty(await RaportitTests.RivitAsync(sisalto.Lisataulukot[0]));
    }

    [Fact]
    public async Task Vain_paakayttaja_ja_vain_omaan_organisaatiopuuhunsa()
    {
        var raportit = RaporttiAineisto.Luo(tietokanta, aika);
        var katselija = Kayttaja(Kayttooikeusryhma.KoskiKatselija, Yliopisto);
        Assert.DoesNotContain(RaporttiLaji.Kayttooikeudet, raportit.Sallitut(katselija).Select(k => k.Laji));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => LuoAsync(katselija, Yliopisto));
        Assert.Empty(await raportit.OrganisaatiotAsync(katselija, RaporttiLaji.Kayttooikeudet));
        // Vastuukäyttäjä grants pääkäyttäjä roles but does not read KOSKI: no Raportit page, no report.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => LuoAsync(Kayttaja(Kayttooikeusryhma.OpintopolunVastuukayttaja, Yliopisto), Yliopisto));

        var koulunPaakayttaja = Kayttaja(Kayttooikeusryhma.KoskiPaakayttaja, Normaalikoulu);
        Assert.Contains(RaporttiLaji.Kayttooikeudet, raportit.Sallitut(koulunPaakayttaja).Select(k => k.Laji));
        Assert.Equal([Normaalikoulu], (await raportit.OrganisaatiotAsync(koulunPaakayttaja, RaporttiLaji.Kayttooikeudet)).Select(o => o.Oid));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => LuoAsync(koulunPaakayttaja, Yliopisto));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => LuoAsync(Paakayttaja, Helsinki));
    }

    [Fact]
    public async Task Raportti_auditoidaan_parametreineen()
    {
        await LuoAsync(Paakayttaja, Normaalikoulu);

        await using var db = tietokanta.CreateDbContext();
        var merkinta = await db.AuditLoki.Where(m => m.Operaatio == "OPISKELUOIKEUS_RAPORTTI").SingleAsync();
        Assert.Equal(Normaalikoulu, merkinta.OrganisaatioOid);
        Assert.Contains("\"Laji\":\"Kayttooikeudet\"", merkinta.Tiedot);
    }

    [Fact]
    public async Task Xlsx_sisaltaa_kayttooikeudet_ja_huomiot_omilla_valilehdillaan()
    {
        var sisalto = await LuoAsync(Paakayttaja, Yliopisto);
        using var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync(sisalto.Taulukot, virta);
        virta.Position = 0;

        var taulukot = XlsxLukija.Taulukot(virta);
        Assert.Equal(["Käyttöoikeudet", "Huomioitavaa"], taulukot.Select(t => t.Nimi));
        var rivit = taulukot[0].Rivit;
        Assert.Equal(Kayttooikeusraportti.Sarakkeet.Select(s => s.Otsikko), rivit[0]);
        Assert.Equal(6, rivit.Count);
        // Dates are Excel serial dates (10.12.2026 = 46366); an empty cell stays empty.
        Assert.Equal(["Katselija", "Kalle", "kalle", "KOSKI-katselija (sisältää erityiset henkilötiedot)", "Jyväskylän normaalikoulu",
            Normaalikoulu, "46054", "46366", "Kyllä", "Pirjo Pääkäyttäjä"], rivit[1]);
        Assert.Equal("", rivit[2][9]);
        Assert.Equal(["Oppilaitoksella ei ole omaa KOSKI-pääkäyttäjää", "Harjoituskoulu", Harjoituskoulu, "0"], taulukot[1].Rivit[2]);
    }

    public async Task DisposeAsync() => await tietokanta.DisposeAsync();
}
