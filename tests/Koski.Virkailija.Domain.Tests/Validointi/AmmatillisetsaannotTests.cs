using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's ammatillinen rules decided by the document, on KOSKI's ammatillinen examples.</summary>
public sealed class AmmatillisetsaannotTests
{
    private const string Perustutkinto = "ammatillinen-perustutkinto_2024-08-13.json";
    private const string Kesken = "ammatillinen-lisatiedot_2024-07-26.json";

    [Fact]
    public void Ammatillisella_yksi_paatason_suoritus()
    {
        const string avain = "badRequest.validation.ammatillinen.useampiPäätasonSuoritus";
        EiRiko(avain, Esimerkki(Perustutkinto));
        var kaksi = Esimerkki(Perustutkinto);
        kaksi["suoritukset"]!.AsArray().Add(Suoritus(kaksi).DeepClone());
        Rikkoo(avain, "suoritukset", kaksi);

        // A näyttötutkinto may stand with the koulutus that prepares for it.
        var valmistava = Suoritus(kaksi, 1);
        valmistava["tyyppi"] = Koodi("nayttotutkintoonvalmistavakoulutus", "suorituksentyyppi");
        Suoritus(kaksi)["suoritustapa"]!["koodiarvo"] = "naytto";
        EiRiko(avain, kaksi);
    }

    [Fact]
    public void Keskiarvo_vain_valmiilla_tutkinnolla()
    {
        const string avain = "badRequest.validation.ammatillinen.keskiarvoVaikkaSuoritusEiValmis";
        EiRiko(avain, Esimerkki(Perustutkinto)); // vahvistettu, keskiarvo 4.0
        var kesken = Esimerkki(Kesken);
        Suoritus(kesken)["keskiarvo"] = 4.0;
        Rikkoo(avain, "suoritukset[0].keskiarvo", kesken);

        // Katsotaan eronneeksi with an assessed tutkinnon osa keeps its keskiarvo.
        var eronnut = Esimerkki(Perustutkinto);
        Suoritus(eronnut).Remove("vahvistus");
        Rikkoo(avain, "suoritukset[0].keskiarvo", eronnut);
        Jaksot(eronnut)[^1]!["tila"]!["koodiarvo"] = "katsotaaneronneeksi";
        EiRiko(avain, eronnut);
    }

    [Fact]
    public void Numeeriset_arvosanat_yhdelta_asteikolta()
    {
        const string avain = "badRequest.validation.arviointi.useitaArviointiAsteikoita";
        EiRiko(avain, Esimerkki(Perustutkinto));
        var kaksi = Esimerkki(Perustutkinto);
        var numeeriset = Suoritus(kaksi)["osasuoritukset"]!.AsArray()
            .SelectMany(o => o!["arviointi"]?.AsArray() ?? [])
            .Select(a => a!["arvosana"]!.AsObject())
            .Where(a => ((string?)a["koodiarvo"])!.All(char.IsAsciiDigit)).ToList();
        Assert.True(numeeriset.Count >= 2);
        var toinen = numeeriset.First(a => (string?)a["koodistoUri"] == (string?)numeeriset[0]["koodistoUri"]);
        toinen["koodistoUri"] = (string?)toinen["koodistoUri"] == "arviointiasteikkoammatillinen15" ? "arviointiasteikkoammatillinent1k3" : "arviointiasteikkoammatillinen15";
        toinen["koodiarvo"] = "1";
        Rikkoo(avain, "suoritukset[0].osasuoritukset", kaksi);
    }
}
