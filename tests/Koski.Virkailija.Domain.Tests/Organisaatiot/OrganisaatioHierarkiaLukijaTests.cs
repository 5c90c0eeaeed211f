using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Domain.Tests.Organisaatiot;

public class OrganisaatioHierarkiaLukijaTests
{
    private static IReadOnlyList<Organisaatio> Kaikki => Hierarkia.Organisaatiot;

    [Fact]
    public void OikeassaTiedostossaOn991YksilollistaOrganisaatiota()
    {
        Assert.Equal(991, Kaikki.Count);
        Assert.Equal(991, Kaikki.Select(o => o.Oid).Distinct().Count());
        Assert.All(Kaikki, o => Assert.True(Oidit.OnOrganisaatioOid(o.Oid), o.Oid));
    }

    [Fact]
    public void JokaisenVanhempiOnJuuriTaiTiedostonOrganisaatio()
    {
        var oidit = Kaikki.Select(o => o.Oid).ToHashSet();
        Assert.All(Kaikki, o => Assert.True(
            o.ParentOid == Organisaatio.JuuriOid || oidit.Contains(o.ParentOid!), $"{o.Oid} → {o.ParentOid}"));
    }

    [Fact]
    public void LakkautettuOppilaitos()
    {
        var o = Hierarkia.Hae("1.2.246.562.10.21719388718");
        Assert.Equal("Espoon aikuislukio", o.NimiFi);
        Assert.Equal("Espoon aikuislukio", o.NimiSv);
        Assert.Equal("1.2.246.562.10.53642770753", o.ParentOid);
        Assert.Equal("02", o.Tyypit);
        Assert.Equal("00545", o.OppilaitosKoodi);
        Assert.Equal("15", o.Oppilaitostyyppi);
        Assert.Equal("PASSIIVINEN", o.Status);
        // 1483135200000 = 2016-12-30T22:00Z, midnight in Helsinki (UTC+2)
        Assert.Equal(new DateOnly(2016, 12, 31), o.LakkautusPvm);
    }

    [Fact]
    public void LakkautusPaivaLasketaanKesaajassa()
    {
        // 1280610000000 = 2010-07-31T21:00Z, midnight in Helsinki summer time (UTC+3)
        var o = Hierarkia.Hae("1.2.246.562.10.31006647163");
        Assert.Equal(new DateOnly(2010, 8, 1), o.LakkautusPvm);
        Assert.Equal("03", o.Tyypit);
        Assert.Null(o.OppilaitosKoodi);
    }

    [Fact]
    public void KuntaKoulutustoimija()
    {
        var helsinki = Hierarkia.Hae("1.2.246.562.10.346830761110");
        Assert.Equal("Helsingin kaupunki", helsinki.NimiFi);
        Assert.Equal("Helsingfors stad", helsinki.NimiSv);
        Assert.Null(helsinki.NimiEn);
        Assert.Equal(Organisaatio.JuuriOid, helsinki.ParentOid);
        // organisaatiotyyppi_09 (kunta) is not a type the app uses
        Assert.Equal("01,07", helsinki.Tyypit);
        Assert.Null(helsinki.LakkautusPvm);
        Assert.Equal("AKTIIVINEN", helsinki.Status);
    }

    [Fact]
    public void TyypitMyosNimina()
    {
        Assert.Equal("01,05", Hierarkia.Hae("1.2.246.562.10.48587687889").Tyypit);
        Assert.Equal("05", Hierarkia.Hae("1.2.246.562.10.27736566558").Tyypit);
    }

    [Fact]
    public void SuomenkielinenNimiKorvataanRuotsillaTaiEnglannilla()
    {
        var ruotsiksi = Hierarkia.Hae("1.2.246.562.10.28436066758");
        Assert.Equal("Omnia Koulutus, Arbetarinstitut", ruotsiksi.NimiFi);
        Assert.Equal("Omnia Koulutus, Arbetarinstitut", ruotsiksi.NimiSv);
        var englanniksi = Hierarkia.Hae("1.2.246.562.10.63709849283");
        Assert.Equal("International School of Helsinki", englanniksi.NimiFi);
        Assert.Null(englanniksi.NimiSv);
    }

    [Fact]
    public void PuuttuvaTaiTyhjaParentOidOtetaanSisakkaisyydesta()
    {
        Assert.Equal("1.2.246.562.10.63813695861", Hierarkia.Hae("1.2.246.562.10.97828693362").ParentOid);
        Assert.Equal("1.2.246.562.10.31915273374", Hierarkia.Hae("1.2.246.562.10.78513447389").ParentOid);
    }

    [Fact]
    public void TuntematonOppilaitostyyppiSailyy()
    {
        Assert.Equal("xx", Hierarkia.Hae("1.2.246.562.10.24407356278").Oppilaitostyyppi);
        Assert.Null(Hierarkia.Hae("1.2.246.562.10.24407356278").OppilaitosKoodi);
    }

    [Fact]
    public void LukeeMerkkijonon()
    {
        const string json = """
            {"numHits": 2, "organisaatiot": [{
              "oid": "1.2.246.562.10.11111111111", "parentOid": "1.2.246.562.10.00000000001",
              "nimi": {"fi": "Kunta"}, "organisaatiotyypit": ["VARHAISKASVATUKSEN_JARJESTAJA", "KOULUTUSTOIMIJA"],
              "status": "AKTIIVINEN",
              "children": [{
                "oid": "1.2.246.562.10.22222222222", "parentOid": "1.2.246.562.10.11111111111",
                "nimi": {"sv": "Daghem", "en": "Day care"}, "organisaatiotyypit": ["VARHAISKASVATUKSEN_TOIMIPAIKKA"],
                "status": "PASSIIVINEN", "lakkautusPvm": 1704060000000, "children": []}]},
              {"oid": "1.2.246.562.10.33333333333", "nimi": {"fi": "Ilman vanhempaa"}, "organisaatiotyypit": [],
               "children": [{"oid": "1.2.246.562.10.44444444444", "parentOid": "1.2.246.562.10.99999999999",
                             "nimi": {"fi": "Väärä parentOid"}, "organisaatiotyypit": ["organisaatiotyyppi_09"]}]}]}
            """;
        var tulos = OrganisaatioHierarkiaLukija.Lue(json);
        Assert.Equal(["1.2.246.562.10.11111111111", "1.2.246.562.10.22222222222", "1.2.246.562.10.33333333333",
            "1.2.246.562.10.44444444444"], tulos.Select(o => o.Oid));
        Assert.Equal(Organisaatio.JuuriOid, tulos[2].ParentOid);
        Assert.Equal("1.2.246.562.10.33333333333", tulos[3].ParentOid);
        Assert.Equal("", tulos[3].Tyypit);
        Assert.Equal("AKTIIVINEN", tulos[3].Status);
        Assert.Equal("01,07", tulos[0].Tyypit);
        Assert.Equal("08", tulos[1].Tyypit);
        Assert.Equal("Daghem", tulos[1].NimiFi);
        Assert.Equal("Day care", tulos[1].NimiEn);
        Assert.Equal(new DateOnly(2024, 1, 1), tulos[1].LakkautusPvm);
    }
}
