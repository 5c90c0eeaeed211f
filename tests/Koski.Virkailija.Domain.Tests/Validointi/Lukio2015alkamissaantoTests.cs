using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's 2015 lukio start rule on KOSKI's lukio example (2015 nuorten ops, 60/011/2015) moved to 1.8.2021.</summary>
public sealed class Lukio2015alkamissaantoTests
{
    private const string Lukio = "lukio-paattotodistus_2024-11-05.json";
    private static readonly DateOnly Nuori = new(2005, 6, 1);

    private static JsonObject Alkaa(string paiva)
    {
        var d = Esimerkki(Lukio);
        d["alkamispäivä"] = paiva;
        Jaksot(d)[0]!["alku"] = paiva;
        return d;
    }

    [Fact]
    public void Nuori_ei_aloita_vanhan_opsin_lukiota_1_8_2021_jalkeen()
    {
        var virhe = Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(Alkaa("2021-08-01"), () => Nuori, []);
        Assert.Equal((Lukio2015alkamissaanto.Avain, "suoritukset"), (virhe?.Avain, virhe?.Polku));

        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(Esimerkki(Lukio), () => Nuori, [])); // started 2012
        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(Alkaa("2021-07-31"), () => Nuori, []));
        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(Alkaa("2021-08-01"), () => new DateOnly(2004, 12, 31), []));
        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(Alkaa("2021-08-01"), () => Nuori, [Alkaa("2020-08-01")]));

        var vaihto = Alkaa("2021-08-01");
        Lisatiedot(vaihto)["ulkomainenVaihtoopiskelija"] = true;
        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(vaihto, () => Nuori, []));

        var aikuisten = Alkaa("2021-08-01");
        Suoritus(aikuisten)["oppimäärä"]!["koodiarvo"] = "aikuistenops";
        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(aikuisten, () => Nuori, []));

        var uusiOps = Alkaa("2021-08-01");
        Suoritus(uusiOps)["koulutusmoduuli"]!["perusteenDiaarinumero"] = "OPH-2263-2019";
        Assert.Null(Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(uusiOps, () => Nuori, []));
    }
}
