using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Kayttooikeudet.KayttooikeusYmparisto;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

public sealed class KayttooikeusanomuksetTests
{
    [Fact]
    public async Task Hylatty_anomus_ja_syy_nakyvat_hakijalle_eika_oikeutta_tule()
    {
        await using var y = await LuoAsync();
        var uusi = await y.KayttajaAsync("uusi");
        var paa = await y.KayttajaAsync("paa");

        Assert.NotNull((await y.Anomukset.HaeAsync(uusi, Lapsi, "koski-tallentaja", " ")).Virhe); // grounds are required
        Assert.True((await y.Anomukset.HaeAsync(uusi, Lapsi, "koski-tallentaja", "Opintohallinnon tehtävät")).Onnistui);
        Assert.NotNull((await y.Anomukset.HaeAsync(uusi, Lapsi, "koski-tallentaja", "Uudestaan")).Virhe); // one open at a time
        var anomus = Assert.Single((await y.Anomukset.KasiteltavatAsync(paa, 0, 10)).Rivit);

        Assert.Equal("Hylkäyksen syy on pakollinen.", (await y.Anomukset.HylkaaAsync(paa, anomus.Id, anomus.Versio, "")).Virhe);
        Assert.True((await y.Anomukset.HylkaaAsync(paa, anomus.Id, anomus.Versio, "Tarvitset vain katseluoikeuden")).Onnistui);
        Assert.Equal(MuutoksenTulos.Ristiriita, await y.Anomukset.HyvaksyAsync(paa, anomus.Id, anomus.Versio, y.Tanaan.AddMonths(1)));

        var oma = Assert.Single(await y.Anomukset.OmatAsync(uusi));
        Assert.Equal((KayttooikeudenTila.HYLATTY, "Tarvitset vain katseluoikeuden"), (oma.Tila, oma.HylkayksenSyy));
        Assert.Empty((await y.KayttajaAsync("uusi")).Roolit);
        Assert.Empty((await y.Anomukset.KasiteltavatAsync(paa, 0, 10)).Rivit);
        await using var db = y.Tietokanta.CreateDbContext();
        Assert.Equal([KayttooikeudenTila.ANOTTU, KayttooikeudenTila.HYLATTY],
            await db.KayttooikeusHistoria.OrderBy(h => h.Id).Select(h => h.Tila).ToListAsync());
    }

    [Fact]
    public async Task Omaa_jatkohakemusta_ei_voi_hyvaksya_itse_vaan_sen_hyvaksyy_paakayttajia_myontava()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var paa2 = await y.KayttajaAsync("paa2");
        var vastuu = new Application.Kayttajat.Kayttaja((await y.KayttajaAsync("toinen")).VirkailijaId, "toinen", "Toinen",
            [new Application.Kayttajat.Rooli(Kayttooikeusryhma.OpintopolunVastuukayttaja, Oma, "")]);
        await using (var db = y.Tietokanta.CreateDbContext())
        {
            var omaOikeus = await db.Kayttooikeudet.SingleAsync(k => k.VirkailijaId == paa.VirkailijaId);
            Assert.True((await y.Anomukset.HaeJatkoaikaaAsync(paa, omaOikeus.Id, "Jatkan tehtävässä")).Onnistui);
        }
        var omat = await y.Anomukset.OmatAsync(paa);
        var anomus = Assert.Single(omat);
        Assert.True(anomus.OnJatkohakemus);

        Assert.Empty((await y.Anomukset.KasiteltavatAsync(paa, 0, 10)).Rivit);
        Assert.Equal(KayttooikeusSaannot.EiOmaaAnomusta, (await y.Anomukset.HyvaksyAsync(paa, anomus.Id, anomus.Versio, y.Tanaan.AddYears(1))).Virhe);

        // Another pääkäyttäjä does not grant pääkäyttäjä rights; a vastuukäyttäjä does (docs/DOMAIN.md §1).
        Assert.Empty((await y.Anomukset.KasiteltavatAsync(paa2, 0, 10)).Rivit);
        Assert.NotNull((await y.Anomukset.HyvaksyAsync(paa2, anomus.Id, anomus.Versio, y.Tanaan.AddYears(1))).Virhe);
        Assert.Single((await y.Anomukset.KasiteltavatAsync(vastuu, 0, 10)).Rivit);
        Assert.True((await y.Anomukset.HyvaksyAsync(vastuu, anomus.Id, anomus.Versio, y.Tanaan.AddYears(1))).Onnistui);
        await using var tarkistus = y.Tietokanta.CreateDbContext();
        var oikeus = await tarkistus.Kayttooikeudet.SingleAsync(k => k.VirkailijaId == paa.VirkailijaId);
        Assert.Equal((KayttooikeudenTila.UUSITTU, y.Tanaan.AddYears(1), vastuu.VirkailijaId), (oikeus.Tila, oikeus.VoimassaAsti, oikeus.MyontajaId));
    }

    [Fact]
    public async Task Hakija_voi_peruuttaa_vain_oman_anomuksensa()
    {
        await using var y = await LuoAsync();
        var uusi = await y.KayttajaAsync("uusi");
        await y.Anomukset.HaeAsync(uusi, Oma, "koski-katselija", "Raportointi");
        var anomus = (await y.Anomukset.OmatAsync(uusi)).Single();

        Assert.NotNull((await y.Anomukset.PeruutaAsync(await y.KayttajaAsync("toinen"), anomus.Id, anomus.Versio)).Virhe);
        Assert.True((await y.Anomukset.PeruutaAsync(uusi, anomus.Id, anomus.Versio)).Onnistui);
        Assert.Equal(KayttooikeudenTila.PERUUTETTU, (await y.Anomukset.OmatAsync(uusi)).Single().Tila);
    }

    [Fact]
    public async Task Hyvaksytty_anomus_antaa_oikeuden_paatetyksi_ajaksi()
    {
        await using var y = await LuoAsync();
        var uusi = await y.KayttajaAsync("uusi");
        await y.Anomukset.HaeAsync(uusi, Lapsi, "koski-katselija", "Opinto-ohjaus");
        var anomus = (await y.Anomukset.OmatAsync(uusi)).Single();

        Assert.NotNull((await y.Anomukset.HyvaksyAsync(await y.KayttajaAsync("paa"), anomus.Id, anomus.Versio, y.Tanaan.AddYears(2))).Virhe);
        Assert.True((await y.Anomukset.HyvaksyAsync(await y.KayttajaAsync("paa"), anomus.Id, anomus.Versio, y.Tanaan.AddMonths(4))).Onnistui);

        Assert.Equal("koski-katselija@" + Lapsi, (await y.KayttajaAsync("uusi")).Roolitunniste());
        Assert.Equal(KayttooikeudenTila.MYONNETTY, (await y.Anomukset.OmatAsync(uusi)).Single().Tila);
    }

    [Fact]
    public async Task Vanhentunut_oikeus_lakkaa_heti_ja_merkitaan_historiaan()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusiId = (await y.KayttajaAsync("uusi")).VirkailijaId!.Value;
        await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Lapsi, y.Tanaan.AddDays(3));
        Assert.Equal(0, await y.Yllapito.MerkitseVanhentuneetAsync());

        y.Aika.Nyt = y.Aika.Nyt.AddDays(4);

        Assert.Empty((await y.KayttajaAsync("uusi")).Roolit); // before the job runs
        Assert.Equal(1, await y.Yllapito.MerkitseVanhentuneetAsync());
        await using var db = y.Tietokanta.CreateDbContext();
        Assert.Equal(KayttooikeudenTila.VANHENTUNUT, (await db.Kayttooikeudet.SingleAsync(k => k.VirkailijaId == uusiId)).Tila);
        var rivi = await db.KayttooikeusHistoria.OrderBy(h => h.Id).LastAsync();
        Assert.Equal((KayttooikeudenTila.VANHENTUNUT, (long?)null), (rivi.Tila, rivi.TekijaId));
        Assert.Equal(0, await y.Yllapito.MerkitseVanhentuneetAsync());
    }

    [Fact]
    public async Task Lakkautetuksi_tuotu_organisaatio_sulkee_oikeudet_ja_hylkaa_anomukset()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusi = await y.KayttajaAsync("uusi");
        await y.Hallinta.MyonnaAsync(paa, (await y.KayttajaAsync("toinen")).VirkailijaId!.Value, "koski-katselija", Lapsi, y.Tanaan.AddDays(90));
        await y.Anomukset.HaeAsync(uusi, Lapsi, "koski-tallentaja", "Tallennus");
        var lapsi = SaantoMatriisiTests.Puu.Hae(Lapsi)!;
        var lakkautettu = new Domain.Organisaatiot.Organisaatio
        {
            Oid = lapsi.Oid, ParentOid = lapsi.ParentOid, NimiFi = lapsi.NimiFi, Tyypit = lapsi.Tyypit, Status = "PASSIIVINEN",
        };

        var tuonti = new OrganisaatioTuonti(y.Tietokanta, new OrganisaatioHakemisto(y.Tietokanta), y.Yllapito);
        await tuonti.TuoAsync([lakkautettu]);
        await tuonti.TuoAsync([lakkautettu]);

        Assert.Empty((await y.KayttajaAsync("toinen")).Roolit);
        var anomus = (await y.Anomukset.OmatAsync(uusi)).Single();
        Assert.Equal((KayttooikeudenTila.HYLATTY, "organisaatio lakkautettu"), (anomus.Tila, anomus.HylkayksenSyy));
        await using var db = y.Tietokanta.CreateDbContext();
        Assert.Equal(KayttooikeudenTila.SULJETTU, (await db.Kayttooikeudet.SingleAsync(k => k.OrganisaatioOid == Lapsi)).Tila);
        Assert.Equal(2, await db.KayttooikeusHistoria.CountAsync(h => h.Syy == "organisaatio lakkautettu"));
    }
}
