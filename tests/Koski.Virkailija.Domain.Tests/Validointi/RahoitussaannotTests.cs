using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's rules on the tila jaksot' opintojenRahoitus and JOTPA funding, on mutations of KOSKI's examples.</summary>
public sealed class RahoitussaannotTests
{
    private const string Ammatillinen = "ammatillinen-perustutkinto_2024-08-13.json";
    private const string Lukio = "lukio-paattotodistus_2024-11-05.json";
    private const string Dia = "dia_2020-10-08.json";
    private const string Esh = "EuropeanSchoolofHelsinki_2023-10-10.json";
    private const string Tuva = "tutkintokoulutukseenvalmentavakoulutus-valmistunut_2022-10-17.json";
    private const string VstJotpa = "Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_2024-05-24.json";
    private const string Esiopetus = "esiopetusvalmis_2022-09-26.json";

    private static JsonObject Rahoitus(string koodiarvo) => Koodi(koodiarvo, "opintojenrahoitus");

    [Fact]
    public void Lasna_ja_valmistunut_tila_vaativat_rahoituksen()
    {
        const string avain = "badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto";
        foreach (var esimerkki in new[] { Ammatillinen, Lukio, Dia, Esh, Tuva, VstJotpa })
        {
            EiRiko(avain, Esimerkki(esimerkki));
            var ilman = Esimerkki(esimerkki);
            Jaksot(ilman)[^1]!.AsObject().Remove("opintojenRahoitus");
            Rikkoo(avain, $"tila.opiskeluoikeusjaksot[{Jaksot(ilman).Count - 1}].opintojenRahoitus", ilman);
        }
        // Esiopetus has no rahoitus at all.
        EiRiko(avain, Esimerkki(Esiopetus));
    }

    [Fact]
    public void ESH_ja_DIA_eronneella_ei_rahoitusta()
    {
        const string avain = "badRequest.validation.tila.tilallaEiSaaOllaRahoitusmuotoa";
        var eronnut = Esimerkki(Dia);
        Jaksot(eronnut)[^1]!["tila"]!["koodiarvo"] = "eronnut";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].opintojenRahoitus", eronnut);
        Jaksot(eronnut)[^1]!.AsObject().Remove("opintojenRahoitus");
        EiRiko(avain, eronnut);
        EiRiko(avain, Esimerkki(Esh));
    }

    [Fact]
    public void JOTPA_rahoitus_vain_ammatilliselle_VSTlle_ja_muulle_kuin_saannellylle()
    {
        const string avain = "badRequest.validation.tila.tilanRahoitusmuotoEiSaaOllaJotpa";
        var lukio = Esimerkki(Lukio);
        foreach (var jakso in Jaksot(lukio)) jakso!["opintojenRahoitus"] = Rahoitus("14");
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[0].opintojenRahoitus", lukio);
        EiRiko(avain, Esimerkki(Lukio));
        EiRiko(avain, Esimerkki(VstJotpa));
    }

    [Fact]
    public void JOTPA_rahoitus_ei_vaihdu()
    {
        const string avain = "badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys";
        var vaihtuu = Esimerkki(Ammatillinen);
        Jaksot(vaihtuu)[1]!["opintojenRahoitus"] = Rahoitus("14");
        Rikkoo(avain, "tila.opiskeluoikeusjaksot", vaihtuu);
        var kaksiJotpaa = Esimerkki(Ammatillinen);
        Jaksot(kaksiJotpaa)[0]!["opintojenRahoitus"] = Rahoitus("14");
        Jaksot(kaksiJotpaa)[1]!["opintojenRahoitus"] = Rahoitus("15");
        Rikkoo(avain, "tila.opiskeluoikeusjaksot", kaksiJotpaa);

        var samaJotpa = Esimerkki(Ammatillinen);
        Jaksot(samaJotpa)[0]!["opintojenRahoitus"] = Rahoitus("14");
        Jaksot(samaJotpa)[1]!["opintojenRahoitus"] = Rahoitus("14");
        EiRiko(avain, samaJotpa);
        EiRiko(avain, Esimerkki(Ammatillinen));
    }

    [Fact]
    public void JOTPA_rahoitteinen_vaatii_asianumeron()
    {
        const string avain = "badRequest.validation.tila.vaatiiJotpaAsianumeron";
        EiRiko(avain, Esimerkki(VstJotpa));
        var ilman = Esimerkki(VstJotpa);
        Lisatiedot(ilman).Remove("jotpaAsianumero");
        Rikkoo(avain, "lisätiedot.jotpaAsianumero", ilman);

        // From a source system only from 1.1.2024 on; entered by hand always.
        ilman["lähdejärjestelmänId"] = new JsonObject { ["id"] = "1", ["lähdejärjestelmä"] = Koodi("primus", "lahdejarjestelma") };
        EiRiko(avain, ilman, new DateOnly(2023, 12, 31));
        Rikkoo(avain, "lisätiedot.jotpaAsianumero", ilman, new DateOnly(2024, 1, 1));
    }

    [Fact]
    public void JOTPA_asianumero_vain_JOTPA_rahoitteiselle()
    {
        const string avain = "badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen";
        var asianumero = Esimerkki(VstJotpa)["lisätiedot"]!["jotpaAsianumero"]!.DeepClone();
        var ammatillinen = Esimerkki(Ammatillinen);
        Lisatiedot(ammatillinen)["jotpaAsianumero"] = asianumero;
        Rikkoo(avain, "lisätiedot.jotpaAsianumero", ammatillinen);

        foreach (var jakso in Jaksot(ammatillinen)) jakso!["opintojenRahoitus"] = Rahoitus("14");
        EiRiko(avain, ammatillinen);
        EiRiko(avain, Esimerkki(VstJotpa));
    }

    [Theory]
    [InlineData("aikuistenperusopetuksenoppimaara2017_2026-05-05.json", "2", "6")]
    [InlineData(Lukio, "2", "16")]
    [InlineData(Esh, "1", "6")]
    public void Jakson_rahoitus_on_tyypin_sallima(string esimerkki, string vaara, string sallittu)
    {
        var d = Esimerkki(esimerkki);
        var jakso = Jaksot(d).Select((j, i) => (j, i)).First(x => x.j!["opintojenRahoitus"] is not null);
        jakso.j!["opintojenRahoitus"]!["koodiarvo"] = sallittu;
        Assert.DoesNotContain(Virheet(d), v => v.Polku.EndsWith(".opintojenRahoitus.koodiarvo", StringComparison.Ordinal));
        jakso.j!["opintojenRahoitus"]!["koodiarvo"] = vaara;
        Rikkoo("badRequest.validation.jsonSchema", $"tila.opiskeluoikeusjaksot[{jakso.i}].opintojenRahoitus.koodiarvo", d);
    }
}
