using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's cut-off rules (<see cref="Rajapaivat"/>): each on either side of its day, and with a moved day.</summary>
public sealed class RajapaivasaannotTests
{
    private static JsonObject Opiskeluoikeus(string tyyppi, string alku, string suoritustyyppi, params (string Alku, string Tila)[] lisaa)
    {
        var jaksot = new JsonArray(Jakso(alku, "lasna"));
        foreach (var (a, t) in lisaa) jaksot.Add(Jakso(a, t));
        return new JsonObject
        {
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = tyyppi, ["koodistoUri"] = "opiskeluoikeudentyyppi" },
            ["tila"] = new JsonObject { ["opiskeluoikeusjaksot"] = jaksot },
            ["suoritukset"] = new JsonArray(new JsonObject
            {
                ["tyyppi"] = new JsonObject { ["koodiarvo"] = suoritustyyppi, ["koodistoUri"] = "suorituksentyyppi" },
                ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = "7", ["koodistoUri"] = "perusopetuksenluokkaaste" } },
            }),
        };
    }

    private static JsonObject Jakso(string alku, string tila) =>
        new() { ["alku"] = alku, ["tila"] = new JsonObject { ["koodiarvo"] = tila, ["koodistoUri"] = "koskiopiskeluoikeudentila" } };

    private static JsonObject Perusopetus(string alku = "2024-08-15", params (string, string)[] lisaa) =>
        Opiskeluoikeus("perusopetus", alku, "perusopetuksenvuosiluokka", lisaa);

    private static List<ValidointiVirhe> Virheet(JsonObject d, Rajapaivat? rajat = null) =>
        Validointisaannot.Validoi(d, rajat is null ? null : new Validointiymparisto(rajat)).ToList();

    [Fact]
    public void Lisaopetukselle_ei_uusia_tiloja_31_5_2023_jalkeen()
    {
        const string avain = "badRequest.validation.tila.perusopetuksenLisäopetuksenOpiskeluoikeudenTilaEiSallittu";
        var myohainen = Opiskeluoikeus("perusopetuksenlisaopetus", "2022-08-15", "perusopetuksenlisaopetus", ("2023-06-01", "eronnut"));
        Assert.Contains(Virheet(myohainen), v => v.Avain == avain && v.Polku == "tila.opiskeluoikeusjaksot[1].alku");

        var ajoissa = Opiskeluoikeus("perusopetuksenlisaopetus", "2022-08-15", "perusopetuksenlisaopetus", ("2023-05-31", "eronnut"));
        Assert.DoesNotContain(Virheet(ajoissa), v => v.Avain == avain);
        // An invalidation is not a new tila (KOSKI does not validate a mitätöinti).
        var mitatoity = Opiskeluoikeus("perusopetuksenlisaopetus", "2022-08-15", "perusopetuksenlisaopetus", ("2026-11-01", "mitatoity"));
        Assert.DoesNotContain(Virheet(mitatoity), v => v.Avain == avain);
        // The day is configurable.
        Assert.DoesNotContain(Virheet(myohainen, new Rajapaivat { LisaopetuksenTilojenViimeinenAlkupaiva = new(2024, 5, 31) }),
            v => v.Avain == avain);
    }

    [Theory]
    [InlineData("pidennettyOppivelvollisuus", false, "badRequest.validation.date.pidennettyOppivelvollisuus")]
    [InlineData("vammainen", true, "badRequest.validation.date.vammaisuusjakso")]
    [InlineData("vaikeastiVammainen", true, "badRequest.validation.date.vammaisuusjakso")]
    [InlineData("erityisenTuenPäätökset", true, "badRequest.validation.date")]
    public void Tuen_vanhat_jaksot_paattyvat_31_8_2026(string kentta, bool lista, string avain)
    {
        JsonObject Jaksolla(string alku, string? loppu, params (string, string)[] lisaa)
        {
            var jakso = new JsonObject { ["alku"] = alku };
            if (loppu is not null) jakso["loppu"] = loppu;
            var d = Perusopetus("2024-08-15", lisaa);
            var lisatiedot = new JsonObject { [kentta] = lista ? new JsonArray(jakso) : jakso };
            // A vammaisuusjakso stands inside a pidennys covered by erityinen tuki (Pidennyssaannot), here the same days.
            if (kentta is "vammainen" or "vaikeastiVammainen")
            {
                lisatiedot["pidennettyOppivelvollisuus"] = jakso.DeepClone();
                lisatiedot["erityisenTuenPäätökset"] = new JsonArray(jakso.DeepClone());
            }
            d["lisätiedot"] = lisatiedot;
            return d;
        }
        var polku = lista ? $"lisätiedot.{kentta}[0]" : $"lisätiedot.{kentta}";

        Assert.Contains(Virheet(Jaksolla("2026-09-01", "2026-12-31")), v => v.Avain == avain && v.Polku == polku + ".alku");
        Assert.Contains(Virheet(Jaksolla("2024-08-15", "2026-09-01")), v => v.Avain == avain && v.Polku == polku + ".loppu");
        // Open, in a study right still going on: it would go on past the day.
        Assert.Contains(Virheet(Jaksolla("2024-08-15", null)), v => v.Avain == avain && v.Polku == polku);
        Assert.DoesNotContain(Virheet(Jaksolla("2024-08-15", "2026-08-31")), v => v.Avain == avain);
        // Open, in a study right that ended before the day.
        Assert.DoesNotContain(Virheet(Jaksolla("2024-08-15", null, ("2026-06-01", "eronnut"))), v => v.Avain == avain);
        Assert.DoesNotContain(Virheet(Jaksolla("2024-08-15", "2026-09-01"), new Rajapaivat { PidennetynOppivelvollisuudenViimeinenKayttopaiva = new(2027, 8, 31) }),
            v => v.Avain == avain);
        // Other types keep these fields (KOSKI checks esiopetus and perusopetus only).
        var lisaopetus = Jaksolla("2024-08-15", null);
        lisaopetus["tyyppi"]!["koodiarvo"] = "aikuistenperusopetus";
        Assert.DoesNotContain(Virheet(lisaopetus), v => v.Avain == avain);
    }

    [Fact]
    public void Yksilollistetty_oppimaara_vain_31_8_2026_asti_vahvistetuille()
    {
        const string avain = "badRequest.validation.date";
        JsonObject Vahvistettu(string paiva)
        {
            var d = Perusopetus();
            var suoritus = d["suoritukset"]![0]!.AsObject();
            suoritus["vahvistus"] = new JsonObject { ["päivä"] = paiva };
            suoritus["osasuoritukset"] = new JsonArray(new JsonObject
            {
                ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = "MA", ["koodistoUri"] = "koskioppiaineetyleissivistava" } },
                ["yksilöllistettyOppimäärä"] = true,
                ["arviointi"] = new JsonArray(new JsonObject { ["arvosana"] = new JsonObject { ["koodiarvo"] = "8" }, ["päivä"] = paiva }),
            });
            return d;
        }
        Assert.Contains(Virheet(Vahvistettu("2026-09-01")),
            v => v.Avain == avain && v.Polku == "suoritukset[0].osasuoritukset[0].yksilöllistettyOppimäärä");
        Assert.DoesNotContain(Virheet(Vahvistettu("2026-08-31")), v => v.Avain == avain);
        Assert.DoesNotContain(Virheet(Vahvistettu("2026-09-01"), new Rajapaivat { YksilollistetynOppimaaranViimeinenKayttopaiva = new(2027, 8, 31) }),
            v => v.Avain == avain);
    }

    [Fact]
    public void Vuosiluokkiin_sitomaton_opetus_vain_ennen_1_8_2025_alkaneille()
    {
        const string avain = "badRequest.validation.rakenne.vsopPäivämäärä";
        JsonObject Vsop(string alku, bool arvo)
        {
            var d = Perusopetus(alku);
            d["lisätiedot"] = new JsonObject { ["vuosiluokkiinSitoutumatonOpetus"] = arvo };
            return d;
        }
        Assert.Contains(Virheet(Vsop("2025-08-01", true)), v => v.Avain == avain && v.Polku == "lisätiedot.vuosiluokkiinSitoutumatonOpetus");
        Assert.DoesNotContain(Virheet(Vsop("2025-07-31", true)), v => v.Avain == avain);
        Assert.DoesNotContain(Virheet(Vsop("2025-08-01", false)), v => v.Avain == avain);
    }

    [Fact]
    public void Taiteen_perusopetuksen_suoritukset_samalta_taiteenalalta()
    {
        const string avain = "badRequest.validation.rakenne.tpoEriTaiteenalat";
        JsonObject Tpo(params string[] alat)
        {
            var d = Opiskeluoikeus("taiteenperusopetus", "2024-08-15", "taiteenperusopetuksenlaajanoppimaaranperusopinnot");
            var suoritukset = new JsonArray();
            foreach (var ala in alat)
                suoritukset.Add(new JsonObject
                {
                    ["tyyppi"] = new JsonObject { ["koodiarvo"] = "taiteenperusopetuksenlaajanoppimaaranperusopinnot" },
                    ["koulutusmoduuli"] = new JsonObject
                    {
                        ["tunniste"] = new JsonObject { ["koodiarvo"] = "999907", ["koodistoUri"] = "koulutus" },
                        ["taiteenala"] = new JsonObject { ["koodiarvo"] = ala, ["koodistoUri"] = "taiteenperusopetustaiteenala" },
                    },
                });
            d["suoritukset"] = suoritukset;
            return d;
        }
        Assert.Contains(Virheet(Tpo("musiikki", "tanssi")), v => v.Avain == avain && v.Polku == "suoritukset[1].koulutusmoduuli.taiteenala");
        Assert.DoesNotContain(Virheet(Tpo("musiikki", "musiikki")), v => v.Avain == avain);
    }
}
