using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's retired erityisen koulutustehtävän codes on KOSKI's lukio example (tehtävä 103).</summary>
public sealed class VanhentuneetkooditTests
{
    [Fact]
    public void Erityisen_koulutustehtavan_vanhat_koodit_eivat_kelpaa()
    {
        const string avain = "badRequest.validation.koodisto.tuntematonKoodi";
        const string lukio = "lukio-paattotodistus_2024-11-05.json";
        EiRiko(avain, Esimerkki(lukio));
        var vanha = Esimerkki(lukio);
        Lisatiedot(vanha)["erityisenKoulutustehtävänJaksot"]![0]!["tehtävä"] = Koodi("urheilu", "erityinenkoulutustehtava");
        Rikkoo(avain, "lisätiedot.erityisenKoulutustehtävänJaksot[0].tehtävä.koodiarvo", vanha);
    }
}
