using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's validateDuplicates on KOSKI's lukio 2015 and reform ammatillinen examples.</summary>
public sealed class OsasuoritusduplikaatitTests
{
    private const string Avain = Osasuoritusduplikaatit.Avain;
    private const string Lukio = "lukio-paattotodistus_2024-11-05.json";
    private const string Ammatillinen = "ammatillinen-reforminmukainenperustutkinto2022_2024-08-08.json";

    private static JsonArray Osasuoritukset(JsonObject d, params int[] polku)
    {
        JsonNode s = Suoritus(d);
        foreach (var i in polku) s = s["osasuoritukset"]![i]!;
        return s["osasuoritukset"]!.AsArray();
    }

    [Fact]
    public void Sama_kurssi_kahdesti_samassa_oppiaineessa()
    {
        EiRiko(Avain, Esimerkki(Lukio));
        var d = Esimerkki(Lukio);
        var kurssit = Osasuoritukset(d, 0);
        kurssit.Add(kurssit[0]!.DeepClone());
        Rikkoo(Avain, $"suoritukset[0].osasuoritukset[0].osasuoritukset[{kurssit.Count - 1}].koulutusmoduuli.tunniste", d);
    }

    [Fact]
    public void Paatason_suorituksen_omat_osasuoritukset_eivat_kuulu_saantoon()
    {
        var d = Esimerkki(Lukio);
        var oppiaineet = Osasuoritukset(d);
        oppiaineet.Add(oppiaineet[0]!.DeepClone());
        EiRiko(Avain, d); // KOSKI runs it only below a päätason suoritus's own osasuoritukset
    }

    [Fact]
    public void Osa_alue_kerran_ryhmassaan_ja_kielellaan()
    {
        // The example's yhteinen tutkinnon osa has VVAI22 once pakollinen and once valinnainen: two groups.
        EiRiko(Avain, Esimerkki(Ammatillinen));
        var molemmatPakollisia = Esimerkki(Ammatillinen);
        Osasuoritukset(molemmatPakollisia, 2)[1]!["koulutusmoduuli"]!["pakollinen"] = true;
        Rikkoo(Avain, "suoritukset[0].osasuoritukset[2].osasuoritukset[1].koulutusmoduuli.tunniste", molemmatPakollisia);

        // A language is the tunniste and its kieli.
        var eriKieli = Esimerkki(Ammatillinen);
        Osasuoritukset(eriKieli, 2)[1]!["koulutusmoduuli"]!["pakollinen"] = true;
        Osasuoritukset(eriKieli, 2)[1]!["koulutusmoduuli"]!["kieli"] = Koodi("SV", "kielivalikoima");
        EiRiko(Avain, eriKieli);
    }

    [Fact]
    public void Paikallinen_koodi_nimineen_ja_toistuvat_tutkinnon_osat()
    {
        // Local codes: the same koodiarvo under another name is another koulutusmoduuli.
        var paikalliset = Esimerkki(Ammatillinen);
        var opinnot = Osasuoritukset(paikalliset, 4);
        var toinen = opinnot[0]!.DeepClone();
        toinen["koulutusmoduuli"]!["tunniste"]!["nimi"] = new JsonObject { ["fi"] = "Maantieto, syventävä" };
        opinnot.Add(toinen);
        EiRiko(Avain, paikalliset);
        opinnot.Add(opinnot[0]!.DeepClone());
        Rikkoo(Avain, $"suoritukset[0].osasuoritukset[4].osasuoritukset[{opinnot.Count - 1}].koulutusmoduuli.tunniste", paikalliset);

        // Tutkinnon osat may repeat (KOSKI's DuplikaatitSallittu), wherever they are.
        var osat = Esimerkki(Ammatillinen);
        var ylempi = Osasuoritukset(osat);
        var sisempi = new JsonArray(ylempi[0]!.DeepClone(), ylempi[0]!.DeepClone());
        ylempi[2]!["osasuoritukset"] = sisempi;
        EiRiko(Avain, osat);
    }
}
