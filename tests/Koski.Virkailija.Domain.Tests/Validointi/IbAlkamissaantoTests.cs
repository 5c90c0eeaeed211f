using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>
/// KOSKI's learner-wide IB rule on KOSKI's IB example (pre-IB 2015 and an IB tutkinto with DP core in its own fields,
/// started 1.9.2012), moved to start on 1.8.2024 and, with DP core as osasuoritukset, to the new form.
/// </summary>
public sealed class IbAlkamissaantoTests
{
    private const string Ib = "ib-finalgrades_2026-04-02.json";
    private static readonly Rajapaivat Rajapaivat = new();

    private static JsonObject Alkaa(string paiva, JsonObject? d = null)
    {
        d ??= Esimerkki(Ib);
        d["alkamispäivä"] = paiva;
        Jaksot(d)[0]!["alku"] = paiva;
        return d;
    }

    /// <summary>The example in the 2024 form: no pre-IB 2015, DP core as osasuoritukset, laajuudet in opintopisteet.</summary>
    private static JsonObject UusiMuoto()
    {
        var d = Alkaa("2024-08-01");
        d["suoritukset"]!.AsArray().RemoveAt(0);
        var tutkinto = Suoritus(d);
        foreach (var kentta in new[] { "theoryOfKnowledge", "creativityActionService", "extendedEssay", "lisäpisteet" }) tutkinto.Remove(kentta);
        tutkinto["osasuoritukset"]!.AsArray().Add(new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("TOK", "oppiaineetib") },
            ["tyyppi"] = Koodi("ibcore", "suorituksentyyppi"),
        });
        var oppiaine = tutkinto["osasuoritukset"]![0]!.AsObject();
        oppiaine["koulutusmoduuli"]!["laajuus"] = Laajuus("2");
        oppiaine["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"] = Laajuus("2");
        return d;
    }

    private static JsonObject Laajuus(string yksikko) => new() { ["arvo"] = 1.0, ["yksikkö"] = Koodi(yksikko, "opintojenlaajuusyksikko") };

    private static List<(string, string)> Virheet(JsonObject d, params JsonObject[] muut) =>
        IbAlkamissaanto.Virheet(d, muut, Rajapaivat).Select(v => (v.Avain, v.Polku)).ToList();

    [Fact]
    public void Ennen_1_8_2024_alkanut_IB_siirtaa_vanhassa_muodossa()
    {
        Assert.Empty(Virheet(Esimerkki(Ib)));
        Assert.Empty(Virheet(Alkaa("2024-07-31")));
        Assert.Equal([
            (IbAlkamissaanto.LaajuusAvain, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö"),
            (IbAlkamissaanto.LaajuusAvain, "suoritukset[0].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö"),
            (IbAlkamissaanto.DpCoreAvain, $"suoritukset[0].osasuoritukset[{Suoritus(UusiMuoto())["osasuoritukset"]!.AsArray().Count - 1}]"),
        ], Virheet(Alkaa("2024-07-31", UusiMuoto())));
    }

    [Fact]
    public void Alkaen_1_8_2024_IB_siirtaa_uudessa_muodossa()
    {
        Assert.Empty(Virheet(UusiMuoto()));
        Assert.Equal([
            (IbAlkamissaanto.RakenneAvain, "suoritukset[0]"),
            (IbAlkamissaanto.DpCoreAvain, "suoritukset[1].theoryOfKnowledge"),
            (IbAlkamissaanto.DpCoreAvain, "suoritukset[1].creativityActionService"),
            (IbAlkamissaanto.DpCoreAvain, "suoritukset[1].extendedEssay"),
            (IbAlkamissaanto.DpCoreAvain, "suoritukset[1].lisäpisteet"),
        ], Virheet(Alkaa("2024-08-01")));

        var vanhatYksikot = UusiMuoto();
        var oppiaine = Suoritus(vanhatYksikot)["osasuoritukset"]![0]!.AsObject();
        oppiaine["koulutusmoduuli"]!["laajuus"] = Laajuus("5");
        oppiaine["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"] = Laajuus("4");
        Assert.Equal([
            (IbAlkamissaanto.LaajuusAvain, "suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö"),
            (IbAlkamissaanto.LaajuusAvain, "suoritukset[0].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö"),
        ], Virheet(vanhatYksikot));
    }

    [Fact]
    public void Oppijan_varhaisin_IB_opiskeluoikeus_ratkaisee()
    {
        var aiempi = Alkaa("2023-08-01");
        Assert.Contains((IbAlkamissaanto.DpCoreAvain, $"suoritukset[0].osasuoritukset[{Suoritus(UusiMuoto())["osasuoritukset"]!.AsArray().Count - 1}]"),
            Virheet(UusiMuoto(), aiempi));
        Assert.Empty(Virheet(Alkaa("2025-01-01"), aiempi)); // the old form, as the learner's IB began before 1.8.2024

        // Only IB study rights count, and a later one does not move the start.
        var lukio = Alkaa("2023-08-01");
        lukio["tyyppi"] = Koodi(Opiskeluoikeustyypit.Lukio, "opiskeluoikeudentyyppi");
        Assert.Empty(Virheet(UusiMuoto(), lukio, Alkaa("2025-01-01", UusiMuoto())));
        Assert.Empty(Virheet(Esimerkki("lukio-paattotodistus_2024-11-05.json"), aiempi));
    }

    [Fact]
    public void Rajapaiva_tulee_asetuksista()
    {
        var myohemmin = new Rajapaivat { IbLaajuudetOpintopisteinaAlkaen = new DateOnly(2025, 8, 1) };
        Assert.Contains(IbAlkamissaanto.Virheet(UusiMuoto(), [], myohemmin), v => v.Avain == IbAlkamissaanto.DpCoreAvain && v.Viesti.Contains("1.8.2025"));
    }
}
