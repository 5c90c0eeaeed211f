using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>
/// KOSKI's validatePidennettyOppivelvollisuus on KOSKI's esiopetus example: pidennys 15.8.2014–4.6.2016, vammainen
/// 15.8.2014–5.6.2015 and vaikeasti vammainen 6.6.2015–4.6.2016 back to back, an erityisen tuen päätös from 15.8.2014 on.
/// </summary>
public sealed class PidennyssaannotTests
{
    private const string Esiopetus = "esiopetusvalmis_2022-09-26.json";

    private static void Rikkoo(Validointisaanto saanto, string polku, JsonObject d) =>
        Assert.True(Virheet(d).Any(v => v.Avain == saanto.Avain && v.Viesti == saanto.Viesti && v.Polku == polku),
            $"odotettiin '{saanto.Viesti}' @ {polku}, saatiin: {string.Join("; ", Virheet(d))}");

    private static void EiRiko(Validointisaanto saanto, JsonObject d) =>
        Assert.DoesNotContain(Virheet(d), v => v.Avain == saanto.Avain && v.Viesti == saanto.Viesti);

    private static JsonObject Jakso(JsonObject d, string kentta, int i = 0) => Lisatiedot(d)[kentta]![i]!.AsObject();

    [Fact]
    public void Esimerkki_taydentaa_pidennyksen_alusta_loppuun()
    {
        foreach (var saanto in Pidennyssaannot.Kaikki) EiRiko(saanto, Esimerkki(Esiopetus));
    }

    [Fact]
    public void Pidennys_ei_lopu_ennen_opiskeluoikeuden_alkua()
    {
        var d = Esimerkki(Esiopetus);
        Lisatiedot(d)["pidennettyOppivelvollisuus"] = new JsonObject { ["alku"] = "2014-08-01", ["loppu"] = "2014-08-12" }; // the study right began on 13.8.2014
        Rikkoo(Pidennyssaannot.PidennysLoppuuEnnenAlkua, "lisätiedot.pidennettyOppivelvollisuus.loppu", d);
    }

    [Fact]
    public void Vammaisuusjaksot_kattavat_pidennyksen_ja_paattyvat_sen_mukana()
    {
        var aukko = Esimerkki(Esiopetus);
        Jakso(aukko, "vaikeastiVammainen")["alku"] = "2015-06-07"; // a day with neither
        Rikkoo(Pidennyssaannot.VammaisuusPuuttuuPidennyksesta, "lisätiedot.pidennettyOppivelvollisuus", aukko);

        var lyhyempi = Esimerkki(Esiopetus);
        Jakso(lyhyempi, "vaikeastiVammainen")["loppu"] = "2016-06-03";
        Rikkoo(Pidennyssaannot.VammaisuusPuuttuuPidennyksesta, "lisätiedot.pidennettyOppivelvollisuus", lyhyempi);
        Rikkoo(Pidennyssaannot.VammaisuusPaattyyEriPaivana, "lisätiedot.pidennettyOppivelvollisuus.loppu", lyhyempi);

        var ulkona = Esimerkki(Esiopetus);
        Jakso(ulkona, "vammainen")["alku"] = "2014-08-01";
        Rikkoo(Pidennyssaannot.VammaisuusPidennyksenUlkopuolella, "lisätiedot.vammainen[0]", ulkona);
        EiRiko(Pidennyssaannot.VammaisuusPuuttuuPidennyksesta, ulkona);
    }

    [Fact]
    public void Kaksi_vammaisuuden_lajia_ei_samana_paivana()
    {
        var d = Esimerkki(Esiopetus);
        Jakso(d, "vaikeastiVammainen")["alku"] = "2015-06-05";
        Rikkoo(Pidennyssaannot.VammaisuustyypitPaallekkain, "lisätiedot.vammainen[0]", d);
    }

    [Fact]
    public void Vammaisuusjakso_vain_pidennyksen_kanssa()
    {
        var d = Esimerkki(Esiopetus);
        Lisatiedot(d).Remove("pidennettyOppivelvollisuus");
        Rikkoo(Pidennyssaannot.VammaisuusIlmanPidennysta, "lisätiedot.vammainen[0]", d);
        Rikkoo(Pidennyssaannot.VammaisuusIlmanPidennysta, "lisätiedot.vaikeastiVammainen[0]", d);
        foreach (var saanto in Pidennyssaannot.Kaikki.Except([Pidennyssaannot.VammaisuusIlmanPidennysta])) EiRiko(saanto, d);
    }

    [Fact]
    public void Erityisen_tuen_jaksot_kattavat_pidennyksen()
    {
        var d = Esimerkki(Esiopetus);
        Jakso(d, "erityisenTuenPäätökset")["loppu"] = "2015-12-31";
        Rikkoo(Pidennyssaannot.ErityinenTukiPuuttuuPidennyksesta, "lisätiedot.pidennettyOppivelvollisuus", d);

        // A tuen päätöksen jakso from the next day on joins the päätös (as KOSKI joins back-to-back periods).
        Lisatiedot(d)["tuenPäätöksenJaksot"] = new JsonArray(new JsonObject { ["alku"] = "2016-01-01", ["loppu"] = "2016-06-04" });
        EiRiko(Pidennyssaannot.ErityinenTukiPuuttuuPidennyksesta, d);
    }
}
