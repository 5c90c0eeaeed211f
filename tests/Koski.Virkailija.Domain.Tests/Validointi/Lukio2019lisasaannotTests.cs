using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's lukio 2019 language rules on KOSKI's vahvistettu 2019 oppimäärä (A ES with VKA8, AOM SV, AI AI1).</summary>
public sealed class Lukio2019lisasaannotTests
{
    private const string Lukio2019 = "lukioops2019-oppimaara_2025-10-08.json";
    private const int AOM = 4, AEspanja = 5;

    private static JsonObject Oppiaine(JsonObject d, int i) => Suoritus(d)["osasuoritukset"]![i]!.AsObject();

    [Fact]
    public void AOM_suomeksi_tai_ruotsiksi_eika_kielikoodia_97()
    {
        const string avain = "badRequest.validation.rakenne.deprekoituKielikoodi";
        EiRiko(avain, Esimerkki(Lukio2019));
        var aom = Esimerkki(Lukio2019);
        Oppiaine(aom, AOM)["koulutusmoduuli"]!["kieli"]!["koodiarvo"] = "EN";
        Rikkoo(avain, $"suoritukset[0].osasuoritukset[{AOM}].koulutusmoduuli.kieli.koodiarvo", aom);

        var k97 = Esimerkki(Lukio2019);
        Oppiaine(k97, AEspanja)["koulutusmoduuli"]!["kieli"]!["koodiarvo"] = "97";
        Rikkoo(avain, $"suoritukset[0].osasuoritukset[{AEspanja}].koulutusmoduuli.kieli.koodiarvo", k97);
    }

    [Fact]
    public void Aidinkielen_oppimaara_AIAI_on_poistunut()
    {
        const string avain = "badRequest.validation.rakenne.deprekoituOppimäärä";
        EiRiko(avain, Esimerkki(Lukio2019)); // AI1
        var aiai = Esimerkki(Lukio2019);
        Oppiaine(aiai, 0)["koulutusmoduuli"]!["kieli"]!["koodiarvo"] = "AIAI";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.kieli.koodiarvo", aiai);
    }

    [Fact]
    public void Kielen_viimeinen_moduuli_vaatii_suullisen_kielitaidon_kokeen()
    {
        const string avain = "badRequest.validation.rakenne.puuttuvaSuullisenKielitaidonKoe";
        EiRiko(avain, Esimerkki(Lukio2019)); // VKA8 in Spanish, koe in ES
        var ilman = Esimerkki(Lukio2019);
        var kokeet = Suoritus(ilman)["suullisenKielitaidonKokeet"]!.AsArray();
        kokeet.RemoveAt(kokeet.Select((koe, i) => (koe, i)).First(p => (string?)p.koe!["kieli"]!["koodiarvo"] == "ES").i);
        Rikkoo(avain, $"suoritukset[0].osasuoritukset[{AEspanja}].osasuoritukset[1]", ilman);
        Suoritus(ilman).Remove("vahvistus"); // kesken: not yet
        EiRiko(avain, ilman);
    }

    [Fact]
    public void Erityisena_tutkintona_suoritetulla_pre_IB_oppiaineella_ei_osasuorituksia()
    {
        const string avain = "badRequest.validation.rakenne.erityisenäTutkintoaSuoritettuSisältääOsasuorituksia";
        var ib = Esimerkki("ib-finalgrades_2026-04-02.json");
        var preIb = Suoritus(ib);
        preIb["koulutusmoduuli"]!["tunniste"] = Koodi("preiboppimaara2019", "suorituksentyyppi");
        var oppiaine = Suoritus(Esimerkki(Lukio2019))["osasuoritukset"]![1]!.DeepClone().AsObject(); // MA with its moduulit
        preIb["osasuoritukset"] = new JsonArray(oppiaine);
        EiRiko(avain, ib);
        oppiaine["suoritettuErityisenäTutkintona"] = true;
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].osasuoritukset[0]", ib);
    }
}
