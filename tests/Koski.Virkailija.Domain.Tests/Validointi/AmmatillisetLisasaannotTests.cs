using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's ammatillinen structure rules and the VOS-reform cut-offs, on KOSKI's ammatillinen examples (today 20.11.2026).</summary>
public sealed class AmmatillisetLisasaannotTests
{
    private const string Perustutkinto = "ammatillinen-perustutkinto_2024-08-13.json";
    private const string Lisatiedoin = "ammatillinen-lisatiedot_2024-07-26.json";
    private const string Reformi = "ammatillinen-reforminmukainenperustutkinto2022_2024-08-08.json";
    private static readonly DateOnly EnnenVosRajapaivaa = new(2025, 12, 1);

    [Fact]
    public void Uusiin_perusteisiin_siirtynyt_paattyy_katsotaan_eronneeksi()
    {
        const string avain = "badRequest.validation.tila.eiPäättävääTilaa";
        EiRiko(avain, Esimerkki(Lisatiedoin));
        var siirtynyt = Esimerkki(Lisatiedoin);
        Lisatiedot(siirtynyt)["siirtynytUusiinTutkinnonPerusteisiin"] = true;
        Rikkoo(avain, "lisätiedot.siirtynytUusiinTutkinnonPerusteisiin", siirtynyt);
        Jaksot(siirtynyt).Add(new JsonObject { ["alku"] = "2017-01-01", ["tila"] = Koodi("katsotaaneronneeksi", "koskiopiskeluoikeudentila") });
        EiRiko(avain, siirtynyt);
    }

    [Fact]
    public void Nayton_paattymispaiva_ei_ennen_alkamispaivaa()
    {
        const string avain = "badRequest.validation.date.näytönSuoritusaika";
        EiRiko(avain, Esimerkki(Perustutkinto)); // one-day näytöt
        var vaarin = Esimerkki(Perustutkinto);
        Suoritus(vaarin)["osasuoritukset"]![1]!["näyttö"]!["suoritusaika"]!["loppu"] = "2016-01-31";
        Rikkoo(avain, "suoritukset[0].osasuoritukset[1].näyttö.suoritusaika.loppu", vaarin);
    }

    [Fact]
    public void Oppisopimus_vain_oppisopimuksen_tiedoin()
    {
        const string avain = "badRequest.validation.rakenne.deprekoituOsaamisenHankkimistapa";
        EiRiko(avain, Esimerkki(Reformi)); // oppilaitosmuotoinen
        var oppisopimus = Esimerkki(Reformi);
        var tapa = Suoritus(oppisopimus)["osaamisenHankkimistavat"]![0]!["osaamisenHankkimistapa"]!.AsObject();
        tapa["tunniste"]!["koodiarvo"] = "oppisopimus";
        Rikkoo(avain, "suoritukset[0].osaamisenHankkimistavat[0].osaamisenHankkimistapa.tunniste.koodiarvo", oppisopimus);
        tapa["oppisopimus"] = new JsonObject { ["työnantaja"] = new JsonObject { ["nimi"] = new JsonObject { ["fi"] = "Autokorjaamo Oy" }, ["yTunnus"] = "1234567-8" } };
        EiRiko(avain, oppisopimus);
    }

    [Fact]
    public void VALMAan_ei_tiloja_31_5_2023_jalkeen()
    {
        const string avain = "badRequest.validation.tila.valmaOpiskeluoikeudenTilaEiSallittu";
        var valma = Esimerkki(Lisatiedoin);
        Suoritus(valma)["tyyppi"] = Koodi("valma", "suorituksentyyppi");
        EiRiko(avain, valma); // läsnä 2016
        Jaksot(valma).Add(new JsonObject { ["alku"] = "2023-06-01", ["tila"] = Koodi("valmistunut", "koskiopiskeluoikeudentila") });
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].alku", valma);
        var tutkinto = Esimerkki(Lisatiedoin);
        Jaksot(tutkinto).Add(new JsonObject { ["alku"] = "2023-06-01", ["tila"] = Koodi("valmistunut", "koskiopiskeluoikeudentila") });
        EiRiko(avain, tutkinto);
    }

    [Fact]
    public void Paikallinen_muu_ammatillinen_alkaa_viimeistaan_31_12_2028()
    {
        const string avain = "badRequest.validation.ammatillinen.paikallinenMuuAmmatillinenRajapäivänJälkeen";
        var muu = Esimerkki(Lisatiedoin);
        Suoritus(muu)["tyyppi"] = Koodi("muuammatillinenkoulutus", "suorituksentyyppi");
        Suoritus(muu)["koulutusmoduuli"] = new JsonObject
        {
            ["tunniste"] = new JsonObject { ["koodiarvo"] = "KISI", ["nimi"] = new JsonObject { ["fi"] = "Kiinteistösihteerin koulutus" } },
            ["kuvaus"] = new JsonObject { ["fi"] = "Kiinteistösihteerin koulutus" },
        };
        Alkaa(muu, "2028-12-31");
        EiRiko(avain, muu);
        Alkaa(muu, "2029-01-01");
        Rikkoo(avain, "alkamispäivä", muu);
        Suoritus(muu)["koulutusmoduuli"]!["tunniste"]!["koodistoUri"] = "ammatilliseentehtavaanvalmistavakoulutus";
        EiRiko(avain, muu);
    }

    [Fact]
    public void VOS_uudistuksen_lisatietojaksot_eivat_ala_31_12_2025_jalkeen()
    {
        const string avain = "badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen";
        EiRiko(avain, Esimerkki(Lisatiedoin)); // periods of 2012–2013
        var myohainen = Esimerkki(Lisatiedoin);
        Lisatiedot(myohainen)["vaikeastiVammainen"]!.AsArray().Add(Jakso("2026-01-01"));
        Rikkoo(avain, "lisätiedot.vaikeastiVammainen[1].alku", myohainen);
        EiRiko(avain, myohainen, EnnenVosRajapaivaa);

        var uusi = Esimerkki(Lisatiedoin);
        Alkaa(uusi, "2026-01-02");
        Rikkoo(avain, "lisätiedot.opiskeluvalmiuksiaTukevatOpinnot[0]", uusi);
    }

    [Fact]
    public void VOS_uudistuksen_jalkeen_ei_lomaa()
    {
        const string avain = "badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen";
        var loma = Esimerkki(Lisatiedoin);
        Jaksot(loma).Add(new JsonObject { ["alku"] = "2025-06-01", ["tila"] = Koodi("loma", "koskiopiskeluoikeudentila") });
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].tila", loma); // still in force
        EiRiko(avain, loma, EnnenVosRajapaivaa);
        Jaksot(loma).Add(new JsonObject { ["alku"] = "2026-01-01", ["tila"] = Koodi("lasna", "koskiopiskeluoikeudentila") });
        EiRiko(avain, loma);
        Jaksot(loma)[2]!["alku"] = "2026-01-02";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].tila", loma);
    }

    [Fact]
    public void Henkilostokoulutus_vain_ennen_31_12_2025_alkaneella()
    {
        const string avain = "badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen";
        EiRiko(avain, Esimerkki(Lisatiedoin)); // henkilöstökoulutus, from 2016
        var uusi = Esimerkki(Lisatiedoin);
        Alkaa(uusi, "2026-01-01");
        Rikkoo(avain, "lisätiedot.henkilöstökoulutus", uusi);
        EiRiko(avain, uusi, EnnenVosRajapaivaa);
    }

    private static void Alkaa(JsonObject d, string paiva)
    {
        d["alkamispäivä"] = paiva;
        Jaksot(d)[0]!["alku"] = paiva;
    }
}
