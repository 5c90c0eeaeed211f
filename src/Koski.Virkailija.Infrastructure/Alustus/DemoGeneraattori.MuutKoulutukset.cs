using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Oppijat;
using static Koski.Virkailija.Infrastructure.Alustus.DemoJson;
using static Koski.Virkailija.Infrastructure.Alustus.DemoOrganisaatiot;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>Taiteen perusopetus, lukio and ammatillinen koulutus.</summary>
internal sealed partial class DemoGeneraattori
{
    private static readonly (string Koodi, string Nimi)[] Taiteenalat =
        [("musiikki", "Musiikki"), ("kuvataide", "Kuvataide"), ("tanssi", "Tanssi"), ("teatteritaide", "Teatteritaide")];

    /// <summary>Subjects of the 2019 curriculum and their modules, in the order they are usually taken.</summary>
    private static readonly (string Koodi, string? KieliKoodisto, string? Kieli, string[] Moduulit)[] LukionOppiaineet =
    [
        ("AI", "oppiaineaidinkielijakirjallisuus", "AI1", ["ÄI1", "ÄI2", "ÄI3", "ÄI4", "ÄI5", "ÄI6"]),
        ("A", "kielivalikoima", "EN", ["ENA1", "ENA2", "ENA3", "ENA4", "ENA5", "ENA6"]),
        ("B1", "kielivalikoima", "SV", ["RUB11", "RUB12", "RUB13", "RUB14", "RUB15"]),
        ("MA", null, null, ["MAY1", "MAB2", "MAB3", "MAB4", "MAB5", "MAB6"]),
        ("BI", null, null, ["BI1", "BI2"]),
        ("GE", null, null, ["GE1", "GE2"]),
        ("FY", null, null, ["FY1"]),
        ("KE", null, null, ["KE1"]),
        ("HI", null, null, ["HI1", "HI2", "HI3"]),
        ("YH", null, null, ["YH1", "YH2", "YH3"]),
        ("FI", null, null, ["FI1"]),
        ("PS", null, null, ["PS1"]),
        ("KT", null, null, ["UE1"]),
        ("TE", null, null, ["TE1"]),
        ("LI", null, null, ["LI1", "LI2"]),
        ("OP", null, null, ["OP1", "OP2"]),
    ];

    private static readonly (string Koodi, string Nimi, bool Pakollinen, string Ryhma)[] TutkinnonOsat =
    [
        ("106945", "Ajoneuvon huoltotyöt", true, "1"),
        ("106727", "Viestintä- ja vuorovaikutusosaaminen", true, "2"),
        ("106943", "Ruiskumaalaustyöt", false, "1"),
    ];

    /// <summary>
    /// Every third is hankintakoulutus: bought by Helsingin kaupunki from Varsinais-Suomen kansanopisto and
    /// entered by the buyer in the UI (the case the TPO-hankinta role exists for).
    /// </summary>
    private void Taiteenperusopetus(Oppija oppija)
    {
        var hankinta = _taiteenperusopetuksia++ % 3 == 0;
        var oppilaitos = Hae(VarsinaisSuomenKansanopisto);
        var lahde = hankinta ? Lahde.Kayttoliittymasta("helsinki-tallentaja") : Lahde.Jarjestelmasta("primus");
        var koulutustoimija = Hae(hankinta ? HelsinginKaupunki : VarsinaisSuomenAikuiskoulutussaatio);
        var aloitusvuosi = Lukuvuosi - _satunnainen.Next(3);
        var laaja = Todennakoisyys(0.4);
        var (taiteenala, taiteenalanNimi) = Valitse(Taiteenalat);

        var json = UusiOpiskeluoikeus(lahde, oppilaitos, koulutustoimija);
        json["tila"] = Tila(Jakso(LukuvuodenAlku(aloitusvuosi), "lasna"));
        json["oppimäärä"] = Koodi("taiteenperusopetusoppimaara", laaja ? "laajaoppimaara" : "yleinenoppimaara");
        json["koulutuksenToteutustapa"] = Koodi("taiteenperusopetuskoulutuksentoteutustapa",
            hankinta ? "hankintakoulutus" : "itsejarjestettykoulutus");

        var osasuoritukset = new JsonArray();
        for (var vuosi = aloitusvuosi; vuosi < Lukuvuosi; vuosi++)
        {
            var numero = vuosi - aloitusvuosi + 1;
            osasuoritukset.Add(new JsonObject
            {
                ["koulutusmoduuli"] = new JsonObject
                {
                    ["tunniste"] = PaikallinenKoodi($"{taiteenala}{numero}", $"{taiteenalanNimi} {numero}"),
                    ["laajuus"] = Laajuus(10, "2"),
                },
                ["arviointi"] = Arviointi("arviointiasteikkotaiteenperusopetus", "hyvaksytty", KevaanLoppu(vuosi + 1)),
                ["tyyppi"] = Koodi("suorituksentyyppi", "taiteenperusopetuksenpaikallinenopintokokonaisuus"),
            });
        }
        var suoritus = new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("koulutus", "999907"),
                ["taiteenala"] = Koodi("taiteenperusopetustaiteenala", taiteenala),
                ["perusteenDiaarinumero"] = laaja ? "OPH-2068-2017" : "OPH-2069-2017",
            },
            ["toimipiste"] = Organisaatio(Hae(VarsinaisSuomenKansanopistoToimipiste)),
            ["tyyppi"] = Koodi("suorituksentyyppi", laaja
                ? "taiteenperusopetuksenlaajanoppimaaranperusopinnot"
                : "taiteenperusopetuksenyleisenoppimaaranyhteisetopinnot"),
        };
        if (osasuoritukset.Count > 0) suoritus["osasuoritukset"] = osasuoritukset;
        json["suoritukset"] = new JsonArray(suoritus);
        json["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "taiteenperusopetus", "Taiteen perusopetus");
        Lisaa(oppija, json, lahde);
    }

    private void Lukiolainen()
    {
        var vuosikurssi = _satunnainen.Next(1, 4);
        var oppija = UusiOppija(Lukuvuosi - 15 - vuosikurssi);
        if (vuosikurssi == 1) PaattynytPerusopetus(oppija);

        var oppilaitos = Hae(_satunnainen.NextDouble() switch { < 0.4 => Normaalikoulu, < 0.7 => KallionLukio, _ => RessunLukio });
        var toimipiste = Hae(oppilaitos.Oid switch
        {
            Normaalikoulu => NormaalikoulunYlakouluJaLukio,
            KallionLukio => KallionLukioToimipiste,
            _ => RessunLukioToimipiste,
        });
        var lahde = oppilaitos.Oid == Normaalikoulu
            ? Todennakoisyys(0.3) ? Lahde.Kayttoliittymasta("tallentaja") : Lahde.Jarjestelmasta("primus")
            : Todennakoisyys(0.1) ? Lahde.Kayttoliittymasta("helsinki-tallentaja") : Lahde.Jarjestelmasta("wilma");
        var aloitusvuosi = Lukuvuosi - vuosikurssi + 1;
        var taso = 6.0 + _satunnainen.NextDouble() * 3.5;
        // By November about a third of the year's modules are done.
        var edistyminen = (vuosikurssi - 1 + 0.3) / 3;

        var json = UusiOpiskeluoikeus(lahde, oppilaitos, Koulutustoimija(oppilaitos));
        json["tila"] = Tila(Jakso(LukuvuodenAlku(aloitusvuosi), "lasna", rahoitus: "1"));
        var oppiaineet = new JsonArray();
        foreach (var (koodi, kieliKoodisto, kieli, moduulit) in LukionOppiaineet)
        {
            var tehty = (int)Math.Round(moduulit.Length * edistyminen);
            if (tehty == 0) continue;
            var koulutusmoduuli = new JsonObject { ["tunniste"] = Koodi("koskioppiaineetyleissivistava", koodi) };
            if (kieli is not null) koulutusmoduuli["kieli"] = Koodi(kieliKoodisto!, kieli);
            if (koodi == "MA") koulutusmoduuli["oppimäärä"] = Koodi("oppiainematematiikka", "MAB");
            koulutusmoduuli["pakollinen"] = true;
            var suoritetut = new JsonArray();
            for (var i = 0; i < tehty; i++)
            {
                var vuosi = aloitusvuosi + i * vuosikurssi / tehty;
                var paiva = LukuvuodenAlku(Math.Min(vuosi, Lukuvuosi)).AddDays(40 + 25 * (i % 3));
                suoritetut.Add(new JsonObject
                {
                    ["koulutusmoduuli"] = new JsonObject
                    {
                        ["tunniste"] = Koodi("moduulikoodistolops2021", moduulit[i]),
                        ["laajuus"] = Laajuus(2, "2"),
                        ["pakollinen"] = true,
                    },
                    ["arviointi"] = Arviointi("arviointiasteikkoyleissivistava", koodi == "OP" ? "S" : Arvosana(taso), paiva),
                    ["tyyppi"] = Koodi("suorituksentyyppi", "lukionvaltakunnallinenmoduuli"),
                });
            }
            oppiaineet.Add(new JsonObject
            {
                ["koulutusmoduuli"] = koulutusmoduuli,
                ["tyyppi"] = Koodi("suorituksentyyppi", "lukionoppiaine"),
                ["osasuoritukset"] = suoritetut,
            });
        }
        json["suoritukset"] = new JsonArray(new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("koulutus", "309902"),
                ["perusteenDiaarinumero"] = "OPH-2263-2019",
            },
            ["oppimäärä"] = Koodi("lukionoppimaara", "nuortenops", "Nuorten ops"),
            ["toimipiste"] = Organisaatio(toimipiste),
            ["suorituskieli"] = Suorituskieli(),
            ["osasuoritukset"] = oppiaineet,
            ["tyyppi"] = Koodi("suorituksentyyppi", "lukionoppimaara"),
        });
        json["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "lukiokoulutus", "Lukiokoulutus");
        Lisaa(oppija, json, lahde);
    }

    private void AmmatillinenOpiskelija()
    {
        var ika = 16 + _satunnainen.Next(6);
        var oppija = UusiOppija(Lukuvuosi - ika);
        var aloitusvuosi = ika == 16 ? Lukuvuosi : Lukuvuosi - _satunnainen.Next(3);
        if (ika == 16) PaattynytPerusopetus(oppija);

        var oppilaitos = Hae(StadinAmmattiopisto);
        var lahde = Todennakoisyys(0.1) ? Lahde.Kayttoliittymasta("helsinki-tallentaja") : Lahde.Jarjestelmasta("primus");
        var alku = LukuvuodenAlku(aloitusvuosi);
        var taso = 2.0 + _satunnainen.NextDouble() * 3;

        var jaksot = new List<JsonObject> { Jakso(alku, "lasna", rahoitus: "1") };
        var arpa = _satunnainen.NextDouble();
        if (arpa < 0.12)
        {
            jaksot.Add(Jakso(LukuvuodenAlku(Lukuvuosi).AddDays(40), "eronnut"));
        }
        else if (arpa < 0.22 && aloitusvuosi < Lukuvuosi)
        {
            jaksot.Add(Jakso(KevaanLoppu(aloitusvuosi + 1).AddDays(-60), "valiaikaisestikeskeytynyt"));
            jaksot.Add(Jakso(LukuvuodenAlku(aloitusvuosi + 1), "lasna", rahoitus: "1"));
        }

        var json = UusiOpiskeluoikeus(lahde, oppilaitos, Koulutustoimija(oppilaitos));
        json["arvioituPäättymispäivä"] = Paiva(KevaanLoppu(aloitusvuosi + 3));
        json["ostettu"] = false;
        json["tila"] = Tila([.. jaksot]);
        var lisatiedot = new JsonObject { ["henkilöstökoulutus"] = false, ["koulutusvienti"] = false };
        // KOSKI retired these periods with the VOS reform: none for a study right starting after its cut-off (the draws stay as they were).
        var vanhatJaksot = alku <= new Domain.Validointi.Rajapaivat().AmmatillisenVosUudistuksenViimeinenKayttopaiva;
        if (Todennakoisyys(0.2) && vanhatJaksot) lisatiedot["erityinenTuki"] = new JsonArray(Aikajakso(alku));
        if (Todennakoisyys(0.05) && vanhatJaksot) lisatiedot["vaikeastiVammainen"] = new JsonArray(Aikajakso(alku));
        json["lisätiedot"] = lisatiedot;

        var osat = new JsonArray();
        foreach (var (koodi, nimi, pakollinen, ryhma) in TutkinnonOsat.Take(Lukuvuosi - aloitusvuosi))
        {
            var arvosana = Math.Clamp((int)Math.Round(taso + _satunnainen.NextDouble() - 0.5), 1, 5);
            osat.Add(new JsonObject
            {
                ["koulutusmoduuli"] = new JsonObject
                {
                    ["tunniste"] = Koodi("tutkinnonosat", koodi, nimi),
                    ["pakollinen"] = pakollinen,
                },
                ["tutkinnonOsanRyhmä"] = Koodi("ammatillisentutkinnonosanryhma", ryhma),
                ["arviointi"] = Arviointi("arviointiasteikkoammatillinen15",
                    arvosana.ToString(CultureInfo.InvariantCulture), KevaanLoppu(aloitusvuosi + osat.Count + 1).AddDays(-10)),
                ["tyyppi"] = Koodi("suorituksentyyppi", "ammatillisentutkinnonosa"),
            });
        }
        var suoritus = new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("koulutus", "351301", "Ajoneuvoalan perustutkinto"),
                ["perusteenDiaarinumero"] = "OPH-5410-2021",
            },
            ["suoritustapa"] = Koodi("ammatillisentutkinnonsuoritustapa", "reformi", "Ammatillinen perustutkinto"),
            ["toimipiste"] = Organisaatio(Hae(StadinVilppulantie)),
            ["suorituskieli"] = Suorituskieli(),
        };
        if (osat.Count > 0) suoritus["osasuoritukset"] = osat;
        suoritus["tyyppi"] = Koodi("suorituksentyyppi", "ammatillinentutkinto");
        json["suoritukset"] = new JsonArray(suoritus);
        json["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "ammatillinenkoulutus", "Ammatillinen koulutus");
        Lisaa(oppija, json, lahde);
    }
}
