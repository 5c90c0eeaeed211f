using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>
/// KOSKI's LOPS 2019 credit minimums on KOSKI's vahvistettu nuorten oppimäärä (173.5 op, 53 op valinnaisia), without
/// its oman äidinkielen opinnot, which exempt it.
/// </summary>
public sealed class Lukio2019opintopisteetTests
{
    private const string Lukio2019 = "lukioops2019-oppimaara_2025-10-08.json";
    private const string Avain = "badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia";
    private const string Polku = "suoritukset[0].osasuoritukset";

    private static JsonObject Oppimaara()
    {
        var d = Esimerkki(Lukio2019);
        Suoritus(d).Remove("omanÄidinkielenOpinnot");
        return d;
    }

    private static IEnumerable<JsonObject> Moduulit(JsonObject d) => Suoritus(d)["osasuoritukset"]!.AsArray()
        .SelectMany(o => o!["osasuoritukset"] as JsonArray ?? []).Select(m => m!.AsObject());

    /// <summary>Every module's laajuus multiplied, e.g. by 0.5 to bring 173.5 op down to 86.75.</summary>
    private static JsonObject Kerro(JsonObject d, decimal kerroin)
    {
        foreach (var m in Moduulit(d))
            m["koulutusmoduuli"]!["laajuus"]!["arvo"] = m["koulutusmoduuli"]!["laajuus"]!["arvo"]!.GetValue<decimal>() * kerroin;
        return d;
    }

    private static JsonObject Aikuisten(JsonObject d)
    {
        Suoritus(d)["oppimäärä"]!["koodiarvo"] = "aikuistenops";
        return d;
    }

    [Fact]
    public void Nuorten_oppimaarassa_150_op_joista_20_valinnaisia()
    {
        EiRiko(Avain, Oppimaara());
        Rikkoo(Avain, Polku, Kerro(Oppimaara(), 0.8m)); // 138.8 op

        var pakollisia = Oppimaara();
        foreach (var m in Moduulit(pakollisia)) m["koulutusmoduuli"]!["pakollinen"] = true;
        Rikkoo(Avain, Polku, pakollisia);

        // Without vahvistus the suoritus is not valmis, unless the study right marks the oppimäärä suoritettu.
        var kesken = Kerro(Oppimaara(), 0.8m);
        Suoritus(kesken).Remove("vahvistus");
        Assert.DoesNotContain(Virheet(kesken), v => v.Avain == Avain && v.Viesti == Lukio2019opintopisteet.ValmiiltaPuuttuuOpintopisteita.Viesti);
        kesken["oppimääräSuoritettu"] = true;
        Assert.Contains(Virheet(kesken), v => v.Avain == Avain && v.Viesti == Lukio2019opintopisteet.ValmiiltaPuuttuuOpintopisteita.Viesti);
    }

    [Fact]
    public void Aikuisten_oppimaarassa_88_op_paitsi_KOSKIn_vapauttamissa_oppilaitoksissa()
    {
        EiRiko(Avain, Aikuisten(Kerro(Oppimaara(), 0.6m))); // 104.1 op
        var vajaa = Aikuisten(Kerro(Oppimaara(), 0.5m)); // 86.75 op
        Rikkoo(Avain, Polku, vajaa);
        vajaa["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.81017043621" };
        EiRiko(Avain, vajaa);
    }

    [Fact]
    public void Erityisena_tutkintona_tai_oman_aidinkielen_opinnoin_ei_lasketa_opintopisteita()
    {
        var erityinen = Kerro(Oppimaara(), 0.5m);
        Suoritus(erityinen)["suoritettuErityisenäTutkintona"] = true;
        EiRiko(Avain, erityinen);
        EiRiko(Avain, Kerro(Esimerkki(Lukio2019), 0.5m)); // with oman äidinkielen opinnot
    }
}
