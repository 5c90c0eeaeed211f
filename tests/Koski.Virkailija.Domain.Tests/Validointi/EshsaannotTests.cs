using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's ESH/EB date rules on KOSKI's ESH example.</summary>
public sealed class EshsaannotTests
{
    private const string Esh = "EuropeanSchoolofHelsinki_2023-10-10.json";

    [Fact]
    public void ESH_ei_paattynyt_ennen_lakia()
    {
        const string avain = "badRequest.validation.esh.päättymispäivä";
        EiRiko(avain, Esimerkki(Esh));
        var vanha = Esimerkki(Esh);
        Jaksot(vanha)[^1]!["alku"] = "2022-12-31";
        vanha["päättymispäivä"] = "2022-12-31";
        Rikkoo(avain, $"tila.opiskeluoikeusjaksot[{Jaksot(vanha).Count - 1}].alku", vanha);
    }

    [Fact]
    public void ESH_tallennetaan_aikaisintaan_sallittuna_paivana()
    {
        const string avain = "badRequest.validation.esh.tallennuspäivä";
        EiRiko(avain, Esimerkki(Esh));
        Rikkoo(avain, "tyyppi", Esimerkki(Esh), new DateOnly(1999, 12, 31));
    }
}
