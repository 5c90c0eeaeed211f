using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's päätason suoritus rules and the perusopetus oppiaine rules, on mutations of KOSKI's examples.</summary>
public sealed class SuoritussaannotTests
{
    private const string Paattotodistus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private const string Valmistava = "perusopetukseenvalmistavaopetus_2024-05-16.json";
    private const string Esh = "EuropeanSchoolofHelsinki_2023-10-10.json";
    private const string Lukio = "lukio-paattotodistus_2024-11-05.json";
    private const string Tuva = "tutkintokoulutukseenvalmentavakoulutus-valmistunut_2022-10-17.json";
    private const string Esiopetus = "esiopetusvalmis_2022-09-26.json";
    private const string Ib = "ib-finalgrades_2026-04-02.json";

    private static JsonArray Osat(JsonObject suoritus) => suoritus["osasuoritukset"]!.AsArray();

    [Fact]
    public void Perusopetuksen_suorituksessa_ei_seka_KT_etta_ET()
    {
        const string avain = "badRequest.validation.rakenne.duplikaattiOsasuoritus";
        EiRiko(avain, Esimerkki(Paattotodistus));
        var molemmat = Esimerkki(Paattotodistus);
        var kt = Osat(Suoritus(molemmat)).First(o => (string?)o!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == "KT")!;
        var et = kt.DeepClone();
        et["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "ET";
        Osat(Suoritus(molemmat)).Add(et);
        Rikkoo(avain, "suoritukset[0].osasuoritukset", molemmat);
    }

    [Fact]
    public void Valmistavan_opetuksen_perusopetuksen_oppiaineella_luokka_aste_kun_arvosana_ei_O()
    {
        const string avain = "badRequest.validation.rakenne.luokkaAstePuuttuu";
        EiRiko(avain, Esimerkki(Valmistava));
        var ilman = Esimerkki(Valmistava);
        Osat(Suoritus(ilman))[1]!.AsObject().Remove("luokkaAste");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].luokkaAste", ilman);
        Osat(Suoritus(ilman))[1]!["arviointi"]![0]!["arvosana"]!["koodiarvo"] = "O";
        EiRiko(avain, ilman);
    }

    [Fact]
    public void Vahvistetulla_perusopetuksen_suorituksella_on_oppiaineita()
    {
        const string avain = "badRequest.validation.tila.oppiaineetPuuttuvat";
        EiRiko(avain, Esimerkki(Paattotodistus)); // its 9th grade is vahvistettu without oppiaineet, as KOSKI allows
        var oppimaara = Esimerkki(Paattotodistus);
        Suoritus(oppimaara, 3)["osasuoritukset"] = new JsonArray();
        Rikkoo(avain, "suoritukset[3].osasuoritukset", oppimaara);

        var kahdeksas = Esimerkki(Paattotodistus);
        Suoritus(kahdeksas, 1).Remove("osasuoritukset");
        Rikkoo(avain, "suoritukset[1].osasuoritukset", kahdeksas);
        Suoritus(kahdeksas, 1)["jääLuokalle"] = true;
        EiRiko(avain, kahdeksas);
    }

    [Fact]
    public void Vuosiluokan_suorituksella_on_alkamispaiva()
    {
        const string avain = "badRequest.validation.tila.alkamispäiväPuuttuu";
        EiRiko(avain, Esimerkki(Paattotodistus)); // the oppimäärä has none, and needs none
        var perusopetus = Esimerkki(Paattotodistus);
        Suoritus(perusopetus).Remove("alkamispäivä");
        Rikkoo(avain, "suoritukset[0].alkamispäivä", perusopetus);

        EiRiko(avain, Esimerkki(Esh));
        var esh = Esimerkki(Esh);
        Suoritus(esh, 2).Remove("alkamispäivä");
        Rikkoo(avain, "suoritukset[2].alkamispäivä", esh);
    }

    [Fact]
    public void Valmiiksi_merkityllä_paatason_suorituksella_on_osasuorituksia()
    {
        const string avain = "badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia";
        foreach (var esimerkki in new[] { Lukio, Tuva, Esh, Esiopetus })
            EiRiko(avain, Esimerkki(esimerkki)); // esiopetus is vahvistettu without osasuoritukset: KOSKI exempts it

        var lukio = Esimerkki(Lukio);
        Suoritus(lukio)["osasuoritukset"] = new JsonArray();
        Rikkoo(avain, "suoritukset[0].osasuoritukset", lukio);
        var tuva = Esimerkki(Tuva);
        Suoritus(tuva).Remove("osasuoritukset");
        Rikkoo(avain, "suoritukset[0].osasuoritukset", tuva);

        // ESH's S7: every oppiaine needs its A and B parts (or a yearmark).
        var s7 = Esimerkki(Esh);
        Osat(Osat(Suoritus(s7, 14))[0]!.AsObject()).RemoveAt(1);
        Rikkoo(avain, "suoritukset[14].osasuoritukset", s7);
    }

    [Fact]
    public void IB_oppiaineella_vain_yksi_numeroarviointi()
    {
        const string avain = "badRequest.validation.rakenne.kaksiSamaaOppiainettaNumeroarvioinnilla";
        EiRiko(avain, Esimerkki(Ib));
        var kaksi = Esimerkki(Ib);
        var osat = Osat(Suoritus(kaksi, 1));
        osat.Add(osat[0]!.DeepClone());
        Rikkoo(avain, $"suoritukset[1].osasuoritukset[{osat.Count - 1}].arviointi", kaksi);

        // The copy's latest arviointi is 'O' (osallistunut): not numeric.
        var arviointi = osat[^1]!["arviointi"]!.AsArray();
        arviointi.RemoveAt(0);
        EiRiko(avain, kaksi);
    }

    private static JsonObject Paattoarvosana(JsonObject d, int oppiaine, string arvosana)
    {
        var osa = Osat(Suoritus(d, 3))[oppiaine]!.AsObject();
        osa["arviointi"]![0]!["arvosana"]!["koodiarvo"] = arvosana;
        return osa;
    }

    [Fact]
    public void Paattotodistuksen_S_ja_O_vain_suppealle_valinnaiselle()
    {
        const string avain = "badRequest.validation.arviointi.sallittuVainValinnaiselle";
        EiRiko(avain, Esimerkki(Paattotodistus)); // S on valinnaiset B1, KO and LI
        var pakollinenS = Esimerkki(Paattotodistus);
        var matematiikka = Paattoarvosana(pakollinenS, 8, "S");
        Rikkoo(avain, "suoritukset[3].osasuoritukset[8].arviointi", pakollinenS);
        matematiikka["yksilöllistettyOppimäärä"] = true;
        EiRiko(avain, pakollinenS);

        // O on a valinnainen oppiaine of four vuosiviikkotuntia (B2); S there KOSKI lets stand.
        var laajaO = Esimerkki(Paattotodistus);
        Paattoarvosana(laajaO, 21, "O");
        Rikkoo(avain, "suoritukset[3].osasuoritukset[21].arviointi", laajaO);
        var laajaS = Esimerkki(Paattotodistus);
        Paattoarvosana(laajaS, 21, "S");
        EiRiko(avain, laajaS);
    }

    [Fact]
    public void Paattotodistuksen_suppealla_valinnaisella_vain_S_tai_O()
    {
        const string avain = "badRequest.validation.arviointi.eiSallittuSuppealleValinnaiselle";
        EiRiko(avain, Esimerkki(Paattotodistus)); // B2 (4 vvt) has 9
        var numero = Esimerkki(Paattotodistus);
        Paattoarvosana(numero, 20, "8"); // LI, 0.5 vvt
        Rikkoo(avain, "suoritukset[3].osasuoritukset[20].arviointi", numero);
        // On a yksilöllistetty oppimäärä a number is allowed.
        var yksilollistetty = Esimerkki(Paattotodistus);
        Paattoarvosana(yksilollistetty, 20, "8")["yksilöllistettyOppimäärä"] = true;
        EiRiko(avain, yksilollistetty);
    }

    [Fact]
    public void Osasuorituksen_laajuus_suorituksen_yksikossa()
    {
        const string avain = "badRequest.validation.laajuudet.osasuorituksellaEriLaajuusyksikkö";
        EiRiko(avain, Esimerkki(Tuva));
        var tunneissa = Esimerkki(Tuva);
        Osat(Suoritus(tunneissa))[1]!["koulutusmoduuli"]!["laajuus"]!["yksikkö"]!["koodiarvo"] = "5";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].koulutusmoduuli.laajuus.yksikkö", tunneissa);
    }
}

