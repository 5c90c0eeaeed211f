using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>Every rule of docs/DOMAIN.md §4: a document that breaks it and one that keeps it; KOSKI's own examples all pass.</summary>
public sealed class ValidointisaannotTests
{
    // A small valid perusopetus study right: 7th grade with one assessed subject, confirmed, still läsnä.
    private const string Pohja = """
        {
          "tyyppi": { "koodiarvo": "perusopetus", "koodistoUri": "opiskeluoikeudentyyppi" },
          "oppilaitos": { "oid": "1.2.246.562.10.14613773812" },
          "tila": { "opiskeluoikeusjaksot": [
            { "alku": "2020-08-15", "tila": { "koodiarvo": "lasna", "koodistoUri": "koskiopiskeluoikeudentila" } } ] },
          "suoritukset": [ {
            "tyyppi": { "koodiarvo": "perusopetuksenvuosiluokka", "koodistoUri": "suorituksentyyppi" },
            "koulutusmoduuli": { "tunniste": { "koodiarvo": "7", "koodistoUri": "perusopetuksenluokkaaste" } },
            "alkamispäivä": "2020-08-15",
            "vahvistus": { "päivä": "2021-06-01" },
            "osasuoritukset": [ {
              "tyyppi": { "koodiarvo": "perusopetuksenoppiaine", "koodistoUri": "suorituksentyyppi" },
              "koulutusmoduuli": { "tunniste": { "koodiarvo": "MA", "koodistoUri": "koskioppiaineetyleissivistava" } },
              "arviointi": [ { "arvosana": { "koodiarvo": "8", "koodistoUri": "arviointiasteikkoyleissivistava" }, "päivä": "2021-05-30" } ]
            } ]
          } ]
        }
        """;

    private static JsonObject Dokumentti(Action<JsonObject>? muutos = null)
    {
        var json = JsonNode.Parse(Pohja)!.AsObject();
        muutos?.Invoke(json);
        return json;
    }

    private static JsonArray Jaksot(JsonObject d) => d["tila"]!["opiskeluoikeusjaksot"]!.AsArray();
    private static JsonObject Suoritus(JsonObject d) => d["suoritukset"]![0]!.AsObject();
    private static JsonObject Osasuoritus(JsonObject d) => Suoritus(d)["osasuoritukset"]![0]!.AsObject();

    private static JsonObject Jakso(string alku, string tila) =>
        new() { ["alku"] = alku, ["tila"] = new JsonObject { ["koodiarvo"] = tila, ["koodistoUri"] = "koskiopiskeluoikeudentila" } };

    private static IReadOnlyList<ValidointiVirhe> Virheet(JsonObject d) => Validointisaannot.Validoi(d);

    private static void Rikkoo(string avain, string polku, JsonObject d) =>
        Assert.Contains(Virheet(d), v => v.Avain == avain && v.Polku == polku);

    private static void EiRiko(string avain, JsonObject d) => Assert.DoesNotContain(Virheet(d), v => v.Avain == avain);

    [Fact]
    public void Lisatietojakso_joka_loppuu_ennen_alkuaan_on_skeemavirhe()
    {
        // KOSKI's JaksoCustomDeserializer: a schema error, not a date.* key.
        const string avain = "badRequest.validation.jsonSchema";
        Rikkoo(avain, "lisätiedot.vammainen[1].loppu", Dokumentti(d => d["lisätiedot"] = new JsonObject
        {
            ["vammainen"] = new JsonArray(new JsonObject { ["alku"] = "2020-08-15", ["loppu"] = "2020-09-01" },
                new JsonObject { ["alku"] = "2021-01-01", ["loppu"] = "2020-12-31" }),
        }));
        Rikkoo(avain, "lisätiedot.pidennettyOppivelvollisuus.loppu", Dokumentti(d => d["lisätiedot"] = new JsonObject
        {
            ["pidennettyOppivelvollisuus"] = new JsonObject { ["alku"] = "2021-01-01", ["loppu"] = "2020-12-31" },
        }));
        Rikkoo(avain, "lisätiedot.erityisenTuenPäätökset[0].loppu", Dokumentti(d => d["lisätiedot"] = new JsonObject
        {
            ["erityisenTuenPäätökset"] = new JsonArray(new JsonObject { ["loppu"] = "2020-12-31" }),
        }));
        Assert.DoesNotContain(Virheet(Dokumentti(d => d["lisätiedot"] = new JsonObject
        {
            ["vammainen"] = new JsonArray(new JsonObject { ["alku"] = "2021-01-01", ["loppu"] = "2020-12-31" }),
        })), v => v.Avain.StartsWith("badRequest.validation.date", StringComparison.Ordinal));
        EiRiko(avain, Dokumentti(d => d["lisätiedot"] = new JsonObject
        {
            ["pidennettyOppivelvollisuus"] = new JsonObject { ["alku"] = "2021-01-01", ["loppu"] = "2021-01-01" },
            ["koulukoti"] = new JsonArray(new JsonObject { ["alku"] = "2021-01-01" }),
        }));
    }

    [Fact]
    public void Maksuttomuuden_pidennys_ei_lopu_ennen_alkuaan()
    {
        var pidennys = Dokumentti(d => d["lisätiedot"] = new JsonObject
        {
            ["oikeuttaMaksuttomuuteenPidennetty"] = new JsonArray(new JsonObject { ["alku"] = "2021-01-01", ["loppu"] = "2020-12-31" }),
        });
        Rikkoo("badRequest.validation", "lisätiedot.oikeuttaMaksuttomuuteenPidennetty[0].loppu", pidennys);
        EiRiko("badRequest.validation.jsonSchema", pidennys);
    }

    [Fact]
    public void Pohja_on_kelvollinen() => Assert.Empty(Virheet(Dokumentti()));

    [Fact]
    public void Kaikki_KOSKIn_esimerkit_kelpaavat()
    {
        foreach (var tiedosto in Directory.GetFiles(Jaettu.Esimerkit, "*.json"))
            foreach (var oo in JsonNode.Parse(File.ReadAllText(tiedosto))!["opiskeluoikeudet"]!.AsArray())
            {
                // With every code list: the examples' codes are KOSKI's own.
                var virheet = Validointisaannot.Validoi(oo!.AsObject(), KoskiKoodistot.Ymparisto);
                Assert.True(virheet.Count == 0, $"{Path.GetFileName(tiedosto)}: {string.Join("; ", virheet)}");
            }
    }

    [Fact]
    public void Viestit_ovat_suomeksi_ja_avaimet_yksiselitteisia()
    {
        Assert.All(Validointisaannot.Kaikki, s => Assert.Matches("^[A-ZÄÖ]", s.Viesti));
        Assert.Equal(Validointisaannot.Kaikki.Count, Validointisaannot.Kaikki.Select(s => s.Viesti).Distinct().Count());
    }

    [Fact]
    public void Vaaran_tyyppinen_arvo_on_rakennevirhe()
    {
        Rikkoo("badRequest.validation.jsonSchema", "tila", Dokumentti(d => d["tila"] = "lasna"));
        Rikkoo("badRequest.validation.jsonSchema", "suoritukset[0].osasuoritukset", Dokumentti(d => Suoritus(d)["osasuoritukset"] = 5));
        Rikkoo("badRequest.validation.jsonSchema", "suoritukset[1]", Dokumentti(d => d["suoritukset"]!.AsArray().Add("teksti")));
        Assert.DoesNotContain(Virheet(Dokumentti()), v => v.Avain == "badRequest.validation.jsonSchema");
    }

    [Fact]
    public void Virheellinen_paivamaara()
    {
        Rikkoo("badRequest.format.date", "tila.opiskeluoikeusjaksot[0].alku", Dokumentti(d => Jaksot(d)[0]!["alku"] = "2020-02-30"));
        Rikkoo("badRequest.format.date", "suoritukset[0].vahvistus.päivä", Dokumentti(d => Suoritus(d)["vahvistus"]!["päivä"] = "1.6.2021"));
    }

    [Fact]
    public void Tilajakso_ja_paatason_suoritus_ovat_pakollisia()
    {
        Rikkoo("badRequest.validation.jsonSchema", "tila.opiskeluoikeusjaksot", Dokumentti(d => Jaksot(d).Clear()));
        Rikkoo("badRequest.validation.jsonSchema", "suoritukset", Dokumentti(d => d["suoritukset"]!.AsArray().Clear()));
    }

    [Fact]
    public void Jaksot_paivamaarajarjestyksessa()
    {
        const string avain = "badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].alku", Dokumentti(d => Jaksot(d).Add(Jakso("2020-08-01", "loma"))));
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].alku", Dokumentti(d => Jaksot(d).Add(Jakso("2020-08-15", "loma"))));
        EiRiko(avain, Dokumentti(d => Jaksot(d).Add(Jakso("2020-08-16", "loma"))));
        // Same day is allowed only for an invalidation.
        EiRiko(avain, Dokumentti(d => Jaksot(d).Add(Jakso("2020-08-15", "mitatoity"))));
    }

    [Fact]
    public void Paattavan_tilan_jalkeen_ei_muita_tiloja()
    {
        const string avain = "badRequest.validation.tila.tilaMuuttunutLopullisenTilanJälkeen";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[2].tila", Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-01-01", "eronnut"));
            Jaksot(d).Add(Jakso("2021-02-01", "lasna"));
        }));
        EiRiko(avain, Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-01-01", "valiaikaisestikeskeytynyt"));
            Jaksot(d).Add(Jakso("2021-02-01", "lasna"));
        }));
        // Invalidation after an ending tila is KOSKI's mitätöinti; nothing may follow it.
        EiRiko(avain, Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-01-01", "eronnut"));
            Jaksot(d).Add(Jakso("2021-02-01", "mitatoity"));
        }));
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[2].tila", Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-01-01", "mitatoity"));
            Jaksot(d).Add(Jakso("2021-02-01", "lasna"));
        }));
    }

    [Fact]
    public void Vain_yksi_paattava_tila()
    {
        const string avain = "badRequest.validation.tila.montaPäättävääTilaa";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[2].tila", Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-01-01", "eronnut"));
            Jaksot(d).Add(Jakso("2021-02-01", "katsotaaneronneeksi"));
        }));
        EiRiko(avain, Dokumentti(d => Jaksot(d).Add(Jakso("2021-01-01", "eronnut"))));
    }

    [Fact]
    public void Alkamispaiva_vastaa_ensimmaista_jaksoa()
    {
        Rikkoo("badRequest.validation.date.alkamispäivä", "alkamispäivä", Dokumentti(d => d["alkamispäivä"] = "2020-08-16"));
        EiRiko("badRequest.validation.date.alkamispäivä", Dokumentti(d => d["alkamispäivä"] = "2020-08-15"));
    }

    [Fact]
    public void Paattymispaiva_ei_ennen_alkamispaivaa_ja_vastaa_paattavaa_jaksoa()
    {
        Rikkoo("badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää", "päättymispäivä",
            Dokumentti(d => d["päättymispäivä"] = "2020-08-01"));
        Rikkoo("badRequest.validation.date.päättymispäivämäärä", "päättymispäivä", Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-06-01", "eronnut"));
            d["päättymispäivä"] = "2021-06-02";
        }));
        var kelpaava = Dokumentti(d =>
        {
            Jaksot(d).Add(Jakso("2021-06-01", "eronnut"));
            d["päättymispäivä"] = "2021-06-01";
            Suoritus(d).Remove("vahvistus");
        });
        EiRiko("badRequest.validation.date.päättymispäivämäärä", kelpaava);
        EiRiko("badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää", kelpaava);
    }

    [Fact]
    public void Arvioitu_paattymispaiva_ei_ennen_alkamispaivaa()
    {
        const string avain = "badRequest.validation.date.arvioituPäättymisPäiväEnnenAlkamispäivää";
        Rikkoo(avain, "arvioituPäättymispäivä", Dokumentti(d => d["arvioituPäättymispäivä"] = "2020-08-14"));
        EiRiko(avain, Dokumentti(d => d["arvioituPäättymispäivä"] = "2029-06-01"));
    }

    [Fact]
    public void Suoritus_ei_ala_ennen_opiskeluoikeutta()
    {
        const string avain = "badRequest.validation.date.suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää";
        Rikkoo(avain, "suoritukset[0].alkamispäivä", Dokumentti(d => Suoritus(d)["alkamispäivä"] = "2020-08-14"));
        EiRiko(avain, Dokumentti(d => Suoritus(d)["alkamispäivä"] = "2020-09-01"));
    }

    [Fact]
    public void Arviointi_ei_ennen_suorituksen_alkamista()
    {
        const string avain = "badRequest.validation.date.arviointiEnnenAlkamispäivää";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].arviointi[0].päivä", Dokumentti(d =>
        {
            Osasuoritus(d)["alkamispäivä"] = "2021-01-01";
            Osasuoritus(d)["arviointi"]![0]!["päivä"] = "2020-12-31";
        }));
        EiRiko(avain, Dokumentti(d => Osasuoritus(d)["alkamispäivä"] = "2021-01-01"));
    }

    [Fact]
    public void Vahvistus_ei_ennen_alkamista_eika_arviointia()
    {
        Rikkoo("badRequest.validation.date.vahvistusEnnenAlkamispäivää", "suoritukset[0].vahvistus.päivä",
            Dokumentti(d => Suoritus(d)["vahvistus"]!["päivä"] = "2020-08-14"));
        Rikkoo("badRequest.validation.date.vahvistusEnnenArviointia", "suoritukset[0].osasuoritukset[0].vahvistus.päivä",
            Dokumentti(d => Osasuoritus(d)["vahvistus"] = new JsonObject { ["päivä"] = "2021-05-29" }));
        EiRiko("badRequest.validation.date.vahvistusEnnenArviointia",
            Dokumentti(d => Osasuoritus(d)["vahvistus"] = new JsonObject { ["päivä"] = "2021-05-30" }));
    }

    [Fact]
    public void Vahvistus_ei_opiskeluoikeuden_paattymisen_jalkeen()
    {
        const string avain = "badRequest.validation.date.päättymispäiväEnnenVahvistusta";
        Rikkoo(avain, "suoritukset[0].vahvistus.päivä", Dokumentti(d => Jaksot(d).Add(Jakso("2021-05-31", "valmistunut"))));
        EiRiko(avain, Dokumentti(d => Jaksot(d).Add(Jakso("2021-06-01", "valmistunut"))));
    }

    [Fact]
    public void Osasuorituksen_vahvistus_ei_ylemman_vahvistuksen_jalkeen()
    {
        const string avain = "badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].vahvistus.päivä",
            Dokumentti(d => Osasuoritus(d)["vahvistus"] = new JsonObject { ["päivä"] = "2021-06-02" }));
        EiRiko(avain, Dokumentti(d => Osasuoritus(d)["vahvistus"] = new JsonObject { ["päivä"] = "2021-06-01" }));
    }

    [Fact]
    public void Vahvistus_vaatii_arvioinnin()
    {
        const string avain = "badRequest.validation.tila.vahvistusIlmanArviointia";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].arviointi", Dokumentti(d =>
        {
            Osasuoritus(d).Remove("arviointi");
            Osasuoritus(d)["vahvistus"] = new JsonObject { ["päivä"] = "2021-06-01" };
        }));
        EiRiko(avain, Dokumentti(d => Osasuoritus(d)["vahvistus"] = new JsonObject { ["päivä"] = "2021-06-01" }));
    }

    [Fact]
    public void Vahvistetulla_suorituksella_ei_keskeneraisia_osasuorituksia()
    {
        const string avain = "badRequest.validation.tila.keskeneräinenOsasuoritus";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].arviointi", Dokumentti(d => Osasuoritus(d).Remove("arviointi")));
        EiRiko(avain, Dokumentti(d =>
        {
            Osasuoritus(d).Remove("arviointi");
            Suoritus(d).Remove("vahvistus");
        }));
    }

    [Fact]
    public void Valmistunut_vaatii_vahvistetut_paatason_suoritukset()
    {
        const string avain = "badRequest.validation.tila.vahvistusPuuttuu";
        Rikkoo(avain, "suoritukset[0].vahvistus", Dokumentti(d =>
        {
            Suoritus(d).Remove("vahvistus");
            Jaksot(d).Add(Jakso("2021-06-01", "valmistunut"));
        }));
        EiRiko(avain, Dokumentti(d => Jaksot(d).Add(Jakso("2021-06-01", "valmistunut"))));
    }

    [Fact]
    public void Lukion_aineopinnot_valmistuvat_ilman_vahvistusta_mutta_arvioidulla_oppiaineella()
    {
        // KOSKI accepts lukion oppiaineiden oppimäärät (2019) as valmistunut without any vahvistus.
        JsonObject Aineopinnot(bool arvioitu)
        {
            var d = JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, "lukioops2019-oppimaara_2025-10-08.json")))!
                ["opiskeluoikeudet"]![0]!.DeepClone().AsObject();
            var suoritus = d["suoritukset"]![0]!.AsObject();
            suoritus["tyyppi"]!["koodiarvo"] = "lukionaineopinnot";
            suoritus["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = "lukionaineopinnot" } };
            suoritus.Remove("vahvistus");
            if (!arvioitu)
                foreach (var oppiaine in suoritus["osasuoritukset"]!.AsArray())
                {
                    oppiaine!.AsObject().Remove("arviointi");
                    oppiaine.AsObject().Remove("osasuoritukset");
                }
            return d;
        }
        Assert.Equal("valmistunut", (string?)Aineopinnot(true)["tila"]!["opiskeluoikeusjaksot"]!.AsArray()[^1]!["tila"]!["koodiarvo"]);
        Assert.Empty(Virheet(Aineopinnot(true)));
        Rikkoo("badRequest.validation.tila.osasuoritusPuuttuu", "suoritukset[0].osasuoritukset", Aineopinnot(false));
        EiRiko("badRequest.validation.tila.vahvistusPuuttuu", Aineopinnot(false));
    }

    [Fact]
    public void Eronnut_ei_sovi_vahvistetun_tutkinnon_tai_oppimaaran_kanssa()
    {
        const string avain = "badRequest.validation.tila.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus";
        foreach (var tila in new[] { "eronnut", "katsotaaneronneeksi", "keskeytynyt" })
            Rikkoo(avain, "suoritukset[0].vahvistus", Dokumentti(d =>
            {
                d["tyyppi"]!["koodiarvo"] = "perusopetuksenlisaopetus";
                Suoritus(d)["tyyppi"]!["koodiarvo"] = "perusopetuksenlisaopetus";
                Jaksot(d).Add(Jakso("2021-06-02", tila));
            }));
        Rikkoo(avain, "suoritukset[0].vahvistus", Dokumentti(d =>
        {
            Suoritus(d)["tyyppi"]!["koodiarvo"] = "perusopetuksenoppimaara";
            Jaksot(d).Add(Jakso("2021-06-02", "eronnut"));
        }));
        // A completed school year stays completed when the pupil leaves the school.
        EiRiko(avain, Dokumentti(d => Jaksot(d).Add(Jakso("2021-06-02", "eronnut"))));
        // KOSKI checks this for the types it names only: a vahvistettu taiteen perusopetus suoritus may end so.
        EiRiko(avain, Dokumentti(d =>
        {
            d["tyyppi"]!["koodiarvo"] = "taiteenperusopetus";
            Suoritus(d)["tyyppi"]!["koodiarvo"] = "taiteenperusopetuksenyleisenoppimaaranyhteisetopinnot";
            Jaksot(d).Add(Jakso("2021-06-02", "eronnut"));
        }));
    }

    [Fact]
    public void Perusopetus_valmistunut_vaatii_vahvistetun_oppimaaran_ja_yhdeksannen_luokan()
    {
        var ilmanOppimaaraa = Dokumentti(d => Jaksot(d).Add(Jakso("2021-06-01", "valmistunut")));
        Rikkoo("badRequest.validation.tila.nuortenPerusopetuksenValmistunutTilaIlmanVahvistettuaPäättötodistusta", "suoritukset", ilmanOppimaaraa);

        var oppimaara = new JsonObject
        {
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetuksenoppimaara" },
            ["suoritustapa"] = new JsonObject { ["koodiarvo"] = "koulutus" },
            ["alkamispäivä"] = "2020-08-15",
            ["vahvistus"] = new JsonObject { ["päivä"] = "2021-06-01" },
            ["osasuoritukset"] = new JsonArray(Osasuoritus(Dokumentti()).DeepClone()),
        };
        var ilmanYhdeksatta = Dokumentti(d =>
        {
            d["suoritukset"]!.AsArray().Add(oppimaara.DeepClone());
            Jaksot(d).Add(Jakso("2021-06-01", "valmistunut"));
        });
        const string ysiluokka = "badRequest.validation.tila.nuortenPerusopetuksenValmistunutTilaIlmanYsiluokanSuoritusta";
        Rikkoo(ysiluokka, "suoritukset[1].vahvistus", ilmanYhdeksatta);
        Assert.DoesNotContain(Virheet(ilmanYhdeksatta), v => v.Avain == "badRequest.validation.tila.suoritusPuuttuu");
        // KOSKI's exemptions: the erityinen tutkinto, vuosiluokkiin sitoutumaton opetus and kotiopetus on the vahvistus day.
        EiRiko(ysiluokka, Dokumentti(d =>
        {
            d["suoritukset"]!.AsArray().Add(oppimaara.DeepClone());
            Suoritus(d)["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "8";
            d["suoritukset"]![1]!["suoritustapa"]!["koodiarvo"] = "erityinentutkinto";
        }));
        EiRiko(ysiluokka, Dokumentti(d =>
        {
            d["suoritukset"]!.AsArray().Add(oppimaara.DeepClone());
            d["lisätiedot"] = new JsonObject { ["vuosiluokkiinSitoutumatonOpetus"] = true };
        }));
        EiRiko(ysiluokka, Dokumentti(d =>
        {
            d["suoritukset"]!.AsArray().Add(oppimaara.DeepClone());
            d["lisätiedot"] = new JsonObject { ["kotiopetusjaksot"] = new JsonArray(new JsonObject { ["alku"] = "2021-05-01", ["loppu"] = "2021-06-01" }) };
        }));
        // The vahvistus, not the tila, calls for the 9th grade.
        Rikkoo(ysiluokka, "suoritukset[1].vahvistus", Dokumentti(d => d["suoritukset"]!.AsArray().Add(oppimaara.DeepClone())));
        EiRiko("badRequest.validation.tila.nuortenPerusopetuksenValmistunutTilaIlmanVahvistettuaPäättötodistusta", ilmanYhdeksatta);

        var kelpaava = Dokumentti(d =>
        {
            Suoritus(d)["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "9";
            // A confirmed 9th grade carries no oppiaineet (they are the oppimäärä's): tila.oppiaineitaEiSallita.
            Suoritus(d).Remove("osasuoritukset");
            d["suoritukset"]!.AsArray().Add(oppimaara.DeepClone());
            Jaksot(d).Add(Jakso("2021-06-01", "valmistunut"));
        });
        Assert.Empty(Virheet(kelpaava));
    }
}
