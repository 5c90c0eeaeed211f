using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's lukio 2019 grading and erityinen tutkinto rules, on KOSKI's lukio 2019 oppimäärä example.</summary>
public sealed class Lukio2019saannotTests
{
    private const string Lukio2019 = "lukioops2019-oppimaara_2025-10-08.json";

    private static JsonObject Aine(JsonObject d, int i) => Suoritus(d)["osasuoritukset"]![i]!.AsObject();

    private static void Arvosana(JsonObject suoritus, string arvosana) => suoritus["arviointi"]![0]!["arvosana"]!["koodiarvo"] = arvosana;

    private static void Laajuus(JsonObject suoritus, double arvo) =>
        suoritus["koulutusmoduuli"]!["laajuus"] = new JsonObject { ["arvo"] = arvo, ["yksikkö"] = Koodi("2", "opintojenlaajuusyksikko") };

    [Fact]
    public void Oppiaineen_S_tai_H_vain_suppealle()
    {
        const string avain = "badRequest.validation.arviointi.sallittuVainSuppealle";
        EiRiko(avain, Esimerkki(Lukio2019)); // OP with H
        var matematiikka = Esimerkki(Lukio2019);
        Arvosana(Aine(matematiikka, 1), "S");
        EiRiko(avain, matematiikka); // no laajuus: 0 op
        Laajuus(Aine(matematiikka, 1), 3);
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].arviointi", matematiikka);

        var hylatty = Esimerkki(Lukio2019);
        Arvosana(Aine(hylatty, 1), "H");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].arviointi", hylatty); // H always needs a number but for OP, LI and kielet

        var kieli = Esimerkki(Lukio2019);
        Arvosana(Aine(kieli, 5), "S");
        Aine(kieli, 5)["koulutusmoduuli"]!["pakollinen"] = false;
        Laajuus(Aine(kieli, 5), 4);
        EiRiko(avain, kieli);
        Laajuus(Aine(kieli, 5), 5);
        Rikkoo(avain, "suoritukset[0].osasuoritukset[5].arviointi", kieli);

        var paikallinen = Esimerkki(Lukio2019);
        Arvosana(Aine(paikallinen, 8), "S");
        Laajuus(Aine(paikallinen, 8), 5);
        EiRiko(avain, paikallinen);
    }

    [Fact]
    public void Opinto_ohjaus_S_tai_H_ja_valtakunnallinen_moduuli_numerolla()
    {
        const string avain = "badRequest.validation.arviointi.epäsopivaArvosana";
        EiRiko(avain, Esimerkki(Lukio2019)); // OP1 H, OP2 S, lukiodiplomit with numbers
        var opNumerolla = Esimerkki(Lukio2019);
        Arvosana(Aine(opNumerolla, 2), "8");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[2].arviointi", opNumerolla);

        var moduuliKirjaimella = Esimerkki(Lukio2019);
        Arvosana(Aine(moduuliKirjaimella, 1)["osasuoritukset"]![0]!.AsObject(), "S");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].osasuoritukset[0].arviointi", moduuliKirjaimella);

        var op1Numerolla = Esimerkki(Lukio2019);
        Arvosana(Aine(op1Numerolla, 2)["osasuoritukset"]![0]!.AsObject(), "7");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[2].osasuoritukset[0].arviointi", op1Numerolla);
    }

    [Fact]
    public void Lukiodiplomi_on_kaksi_opintopistetta()
    {
        const string avain = "badRequest.validation.laajuudet.lukiodiplominLaajuusVäärä";
        EiRiko(avain, Esimerkki(Lukio2019));
        var d = Esimerkki(Lukio2019);
        Aine(d, 9)["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"]!["arvo"] = 3;
        Rikkoo(avain, "suoritukset[0].osasuoritukset[9].osasuoritukset[0].koulutusmoduuli.laajuus", d);
    }

    [Fact]
    public void Erityisena_tutkintona_vain_aikuisten_opsilla_ja_oppiaineen_laajuuden_kanssa()
    {
        const string nuorten = "badRequest.validation.rakenne.erityisenäTutkintonaSuoritettuNuortenOps";
        const string laajuus = "badRequest.validation.laajuudet.oppiaineenLaajuusPuuttuu";
        var d = Esimerkki(Lukio2019);
        EiRiko(laajuus, d);
        Suoritus(d)["suoritettuErityisenäTutkintona"] = true;
        Rikkoo(nuorten, "suoritukset[0].suoritettuErityisenäTutkintona", d);
        Rikkoo(laajuus, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus", d);
        Suoritus(d)["oppimäärä"]!["koodiarvo"] = "aikuistenops";
        EiRiko(nuorten, d);

        var aine = Esimerkki(Lukio2019);
        Aine(aine, 1)["suoritettuErityisenäTutkintona"] = true;
        Rikkoo(laajuus, "suoritukset[0].osasuoritukset[1].koulutusmoduuli.laajuus", aine);
        Laajuus(Aine(aine, 1), 10);
        EiRiko(laajuus, aine);
    }
}
