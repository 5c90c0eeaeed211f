using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's IB and DIA rules on KOSKI's IB (started 1.9.2012) and DIA examples.</summary>
public sealed class IbDiasaannotTests
{
    private const string Ib = "ib-finalgrades_2026-04-02.json";
    private const string Dia = "dia_2020-10-08.json";

    [Fact]
    public void Vahvistetulla_IB_tutkinnolla_predicted_grade()
    {
        const string avain = "badRequest.validation.arviointi.arviointiPuuttuu";
        EiRiko(avain, Esimerkki(Ib)); // vahvistettu 2016: before the rule
        var uusi = Esimerkki(Ib);
        Suoritus(uusi, 1)["vahvistus"]!["päivä"] = "2024-06-01";
        EiRiko(avain, uusi); // predicted grades given
        foreach (var oppiaine in Suoritus(uusi, 1)["osasuoritukset"]!.AsArray()) oppiaine!.AsObject().Remove("predictedArviointi");
        Rikkoo(avain, "suoritukset[1].osasuoritukset", uusi);
        EiRiko(avain, uusi, new DateOnly(2022, 12, 31)); // before KOSKI's day of force
    }

    [Fact]
    public void IB_kurssin_laajuus_opintopisteina_vasta_1_8_2024_alkaneelle()
    {
        const string avain = "badRequest.validation.laajuudet.osauoritusVääräLaajuus";
        EiRiko(avain, Esimerkki(Ib));
        var opintopisteet = Esimerkki(Ib);
        Suoritus(opintopisteet, 1)["osasuoritukset"]![0]!["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"] =
            new JsonObject { ["arvo"] = 1.0, ["yksikkö"] = Koodi("2", "opintojenlaajuusyksikko") };
        Rikkoo(avain, "suoritukset[1].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö", opintopisteet);
    }

    [Fact]
    public void DIAn_laajuudet_opintopisteina_1_8_2026_alkaen()
    {
        const string avain = "badRequest.validation.laajuudet.osauoritusVääräLaajuus";
        EiRiko(avain, Esimerkki(Dia)); // vuosiviikkotunnit, from 2012
        var opintopisteet = Esimerkki(Dia);
        Suoritus(opintopisteet)["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"]!["yksikkö"] = Koodi("2", "opintojenlaajuusyksikko");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö", opintopisteet);

        var uusi = Esimerkki(Dia);
        uusi["alkamispäivä"] = "2026-08-01";
        Jaksot(uusi)[0]!["alku"] = "2026-08-01";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö", uusi);
    }

    [Fact]
    public void DP_core_ei_osasuorituksena_ennen_1_8_2024_alkaneelle()
    {
        const string avain = "badRequest.validation.rakenne.dpCoreDeprecated";
        EiRiko(avain, Esimerkki(Ib)); // core in its own fields
        var osana = Esimerkki(Ib);
        Suoritus(osana, 1)["osasuoritukset"]!.AsArray().Add(new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("TOK", "oppiaineetib") },
            ["tyyppi"] = Koodi("ibcore", "suorituksentyyppi"),
        });
        var viimeinen = Suoritus(osana, 1)["osasuoritukset"]!.AsArray().Count - 1;
        Rikkoo(avain, $"suoritukset[1].osasuoritukset[{viimeinen}]", osana);
    }
}
