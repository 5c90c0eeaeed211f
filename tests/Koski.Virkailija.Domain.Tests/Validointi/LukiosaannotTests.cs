using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's lukio 2015 and LUVA rules, on KOSKI's lukio päättötodistus, lukio 2019 and LUVA examples.</summary>
public sealed class LukiosaannotTests
{
    private const string Lukio2015 = "lukio-paattotodistus_2024-11-05.json";
    private const string Lukio2019 = "lukioops2019-oppimaara_2025-10-08.json";
    private const string Luva = "lukioonvalmistavakoulutus_2022-10-11.json";

    private static JsonArray Aineet(JsonObject d, int i = 0) => Suoritus(d, i)["osasuoritukset"]!.AsArray();

    private static JsonObject Aine(string tunniste, string tyyppi = "lukionoppiaine") => new()
    {
        ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi(tunniste, "koskioppiaineetyleissivistava") },
        ["tyyppi"] = Koodi(tyyppi, "suorituksentyyppi"),
    };

    /// <summary>The 2015 oppimäärä as separate oppiaineen oppimäärät (aineopinnot), marked done.</summary>
    private static JsonObject Aineopinnot2015(bool vahvistettu)
    {
        var d = Esimerkki(Lukio2015);
        var suoritus = Suoritus(d);
        suoritus["tyyppi"] = Koodi("lukionoppiaineenoppimaara", "suorituksentyyppi");
        suoritus["koulutusmoduuli"] = Aine("MA")["koulutusmoduuli"]!.DeepClone();
        suoritus.Remove("osasuoritukset");
        suoritus.Remove("oppimäärä");
        if (!vahvistettu) suoritus.Remove("vahvistus");
        d["oppimääräSuoritettu"] = true;
        return d;
    }

    [Fact]
    public void Suoritetulla_oppimaaralla_on_vahvistettu_oppiaineen_oppimaara()
    {
        const string avain = "badRequest.validation.rakenne.oppimääräSuoritettuIlmanVahvistettuaOppiaineenOppimäärää";
        EiRiko(avain, Aineopinnot2015(vahvistettu: true));
        Rikkoo(avain, "oppimääräSuoritettu", Aineopinnot2015(vahvistettu: false));
        var eiSuoritettu = Aineopinnot2015(vahvistettu: false);
        eiSuoritettu.Remove("oppimääräSuoritettu");
        EiRiko(avain, eiSuoritettu);
    }

    [Fact]
    public void Suoritetun_2015_oppimaaran_kurssimaara()
    {
        const string nuoret = "badRequest.validation.laajuudet.lops2015VääräLaajuusNuoret";
        var d = Esimerkki(Lukio2015);
        d["oppimääräSuoritettu"] = true;
        EiRiko(nuoret, d);
        foreach (var aine in Aineet(d).Skip(3)) aine!.AsObject().Remove("osasuoritukset");
        Rikkoo(nuoret, "suoritukset[0].osasuoritukset", d);
        d["oppilaitos"]!["oid"] = "1.2.246.562.10.73692574509"; // exempt by KOSKI
        EiRiko(nuoret, d);

        const string aikuiset = "badRequest.validation.laajuudet.lops2015VääräLaajuusAikuiset";
        var aikuisten = Esimerkki(Lukio2015);
        aikuisten["oppimääräSuoritettu"] = true;
        Suoritus(aikuisten)["oppimäärä"]!["koodiarvo"] = "aikuistenops";
        EiRiko(aikuiset, aikuisten);
        foreach (var aine in Aineet(aikuisten).Skip(2)) aine!.AsObject().Remove("osasuoritukset");
        Rikkoo(aikuiset, "suoritukset[0].osasuoritukset", aikuisten);
        EiRiko(nuoret, aikuisten);
    }

    [Fact]
    public void Aineopintojen_lukionOppimaaraSuoritettu_kentta_on_poistunut()
    {
        const string avain = "badRequest.validation.rakenne.deprekoituLukionAineopintojenPäätasonSuorituksenKenttä";
        var d = Aineopinnot2015(vahvistettu: true);
        EiRiko(avain, d);
        Suoritus(d)["lukionOppimääräSuoritettu"] = false;
        Rikkoo(avain, "suoritukset[0].lukionOppimääräSuoritettu", d);
    }

    [Theory]
    [InlineData(Lukio2015)]
    [InlineData(Lukio2019)]
    public void Oppimaarassa_ei_seka_ET_etta_KT(string esimerkki)
    {
        const string avain = "badRequest.validation.rakenne.päällekkäisetETjaKTsuoritukset";
        var d = Esimerkki(esimerkki);
        EiRiko(avain, d); // KT only
        Aineet(d).Add(Aine("ET"));
        Rikkoo(avain, "suoritukset[0].osasuoritukset", d);
    }

    [Fact]
    public void LUVAn_1_8_2021_jalkeen_alkaneet_kurssit_uuden_opsin_koodein()
    {
        const string avain = "badRequest.validation.rakenne.lukioonValmistavassaVanhanOpsinKurssiSuorituksia";
        var d = Esimerkki(Luva);
        EiRiko(avain, d); // no kurssi has an alkamispäivä
        var kurssi = Aineet(d)[1]!["osasuoritukset"]![0]!.AsObject();
        kurssi["alkamispäivä"] = "2021-08-01";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].osasuoritukset[0].koulutusmoduuli.tunniste", d);
        kurssi["koulutusmoduuli"]!["tunniste"]!["koodistoUri"] = "lukioonvalmistavankoulutuksenmoduulit2019";
        EiRiko(avain, d);
    }

    [Fact]
    public void LUVAn_laajuuden_yksikko_vastaa_diaaria()
    {
        const string avain = "badRequest.validation.laajuudet.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo";
        var d = Esimerkki(Luva);
        EiRiko(avain, d); // 56/011/2015, every laajuus in kurssit
        Suoritus(d)["koulutusmoduuli"]!["perusteenDiaarinumero"] = "OPH-4958-2020";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö", d);
    }
}
