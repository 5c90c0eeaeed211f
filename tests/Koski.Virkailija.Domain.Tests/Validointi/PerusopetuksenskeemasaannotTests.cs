using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>What KOSKI answers for a valmistava opetus grade outside S/H/O and a nuorten peruste on an aikuisten oppimäärä.</summary>
public sealed class PerusopetuksenskeemasaannotTests
{
    [Fact]
    public void Valmistavan_opetuksen_oppiaine_arvioidaan_S_H_tai_O()
    {
        const string avain = "badRequest.validation.jsonSchema";
        const string valmistava = "perusopetukseenvalmistavaopetus_2024-05-16.json";
        EiRiko(avain, Esimerkki(valmistava)); // S; the perusopetuksen oppiaine inside takes a number
        var numero = Esimerkki(valmistava);
        Suoritus(numero)["osasuoritukset"]![0]!["arviointi"]![0]!["arvosana"] = Koodi("8", "arviointiasteikkoyleissivistava");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].arviointi[0].arvosana.koodiarvo", numero);
    }

    [Fact]
    public void Aikuisten_oppimaaralle_ei_nuorten_perusopetuksen_perustetta()
    {
        const string avain = "badRequest.validation.rakenne.vääräKoulutustyyppi";
        const string aikuisten = "aikuistenperusopetuksenoppimaara2017_2026-05-05.json";
        EiRiko(avain, Esimerkki(aikuisten)); // OPH-1280-2017
        var nuorten = Esimerkki(aikuisten);
        Suoritus(nuorten, 1)["koulutusmoduuli"]!["perusteenDiaarinumero"] = "104/011/2014";
        Rikkoo(avain, "suoritukset[1].koulutusmoduuli.perusteenDiaarinumero", nuorten);
    }
}
