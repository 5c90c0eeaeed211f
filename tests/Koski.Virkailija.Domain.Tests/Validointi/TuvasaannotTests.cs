using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's TUVA rules (tilat, laajuudet of a valmistunut TUVA), on KOSKI's valmistunut TUVA example.</summary>
public sealed class TuvasaannotTests
{
    private const string Tuva = "tutkintokoulutukseenvalmentavakoulutus-valmistunut_2022-10-17.json";

    private static JsonObject Osa(JsonObject d, string tunniste) =>
        Suoritus(d)["osasuoritukset"]!.AsArray().First(o => (string?)o!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == tunniste)!.AsObject();

    [Fact]
    public void TUVAssa_ei_eronnut_tilaa_eika_lomaa_ilman_ammatillista_lupaa()
    {
        const string avain = "badRequest.validation.tila.tuvaSuorituksenOpiskeluoikeidenTilaVääräKoodiarvo";
        EiRiko(avain, Esimerkki(Tuva));
        var eronnut = Esimerkki(Tuva);
        Jaksot(eronnut)[1]!["tila"]!["koodiarvo"] = "eronnut";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].tila", eronnut);

        var loma = Esimerkki(Tuva);
        Jaksot(loma)[1]!["tila"]!["koodiarvo"] = "loma";
        EiRiko(avain, loma); // the example's järjestämislupa is ammatillinen
        loma["järjestämislupa"]!["koodiarvo"] = "perusopetus";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].tila", loma);
    }

    [Fact]
    public void Valmistuneen_TUVAn_laajuus_vahintaan_kaksi_viikkoa()
    {
        const string avain = "badRequest.validation.laajuudet.tuvaPäätasonSuoritusVääräLaajuus";
        EiRiko(avain, Esimerkki(Tuva));
        var pieni = Esimerkki(Tuva);
        Suoritus(pieni)["koulutusmoduuli"]!["laajuus"]!["arvo"] = 1.5;
        Rikkoo(avain, "suoritukset[0].koulutusmoduuli.laajuus", pieni);
        Jaksot(pieni).RemoveAt(1); // still lasna: not checked
        pieni.Remove("päättymispäivä");
        EiRiko(avain, pieni);
    }

    [Fact]
    public void Valmistuneen_TUVAn_osien_laajuudet()
    {
        const string avain = "badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus";
        EiRiko(avain, Esimerkki(Tuva));
        var liianPieni = Esimerkki(Tuva);
        Osa(liianPieni, "101")["koulutusmoduuli"]!["laajuus"]!["arvo"] = 1;
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus", liianPieni);
        var liianSuuri = Esimerkki(Tuva);
        Osa(liianSuuri, "104")["koulutusmoduuli"]!["laajuus"]!["arvo"] = 10.5;
        Rikkoo(avain, "suoritukset[0].osasuoritukset[6].koulutusmoduuli.laajuus", liianSuuri);
        var raja = Esimerkki(Tuva);
        Osa(raja, "104")["koulutusmoduuli"]!["laajuus"]!["arvo"] = 10;
        EiRiko(avain, raja);
    }

    [Fact]
    public void Valmistuneella_TUVAlla_hyvaksytty_opiskelu_ja_urasuunnittelutaidot()
    {
        const string avain = "badRequest.validation.rakenne.tuvaOpiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu";
        EiRiko(avain, Esimerkki(Tuva));
        var puuttuu = Esimerkki(Tuva);
        Suoritus(puuttuu)["osasuoritukset"]!.AsArray().RemoveAt(0);
        Rikkoo(avain, "suoritukset[0].osasuoritukset", puuttuu);
        var hylatty = Esimerkki(Tuva);
        Osa(hylatty, "101")["arviointi"]![0]!["arvosana"]!["koodiarvo"] = "Hylätty";
        Rikkoo(avain, "suoritukset[0].osasuoritukset", hylatty);
    }
}
