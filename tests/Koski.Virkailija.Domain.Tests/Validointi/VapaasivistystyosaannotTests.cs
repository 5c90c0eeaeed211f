using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's vapaa sivistystyö rules, on KOSKI's KOPS, vapaatavoitteinen and JOTPA examples.</summary>
public sealed class VapaasivistystyosaannotTests
{
    private const string Kops = "vapaasivistystyo-oppivelvollisillesuunnattukoulutus_2021-07-27.json";
    private const string Vapaatavoitteinen = "vapaasivistystyo-vapaatavoitteinenkoulutus_2023-01-10.json";
    private const string Jotpa = "Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_2024-05-24.json";

    private static JsonObject Lahdejarjestelmasta(JsonObject d)
    {
        d["lähdejärjestelmänId"] = new JsonObject { ["id"] = "1", ["lähdejärjestelmä"] = Koodi("primus", "lahdejarjestelma") };
        return d;
    }

    private static JsonObject Kokonaisuus(JsonObject d, int i) => Suoritus(d)["osasuoritukset"]![i]!.AsObject();

    [Fact]
    public void Vahvistetun_KOPSin_laajuus_vahintaan_53_ja_osaamiskokonaisuudet_vahintaan_4()
    {
        const string avain = "badRequest.validation.tila.vapaaSivistysTyöLaajuusVäärä";
        EiRiko(avain, Esimerkki(Kops)); // 55 op, each kokonaisuus at least 4
        var pieni = Esimerkki(Kops);
        Kokonaisuus(pieni, 5)["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"]!["arvo"] = 1;
        Rikkoo(avain, "suoritukset[0].osasuoritukset", pieni);
        var vajaaKokonaisuus = Esimerkki(Kops);
        Kokonaisuus(vajaaKokonaisuus, 0)["osasuoritukset"]!.AsArray().RemoveAt(0);
        Kokonaisuus(vajaaKokonaisuus, 5)["osasuoritukset"]![0]!["koulutusmoduuli"]!["laajuus"]!["arvo"] = 100;
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].osasuoritukset", vajaaKokonaisuus);
        Suoritus(vajaaKokonaisuus).Remove("vahvistus"); // not confirmed: not checked
        EiRiko(avain, vajaaKokonaisuus);
    }

    [Fact]
    public void Vahvistus_vastaa_paattavaa_tilaa_tallennetulla_tai_siirretylla_vapaatavoitteisella_ja_aina_JOTPAlla()
    {
        const string avain = "badRequest.validation.tila.vapaanSivistystyönVapaatavoitteeisenKoulutuksenVahvistus";
        var vahvistamaton = Esimerkki(Vapaatavoitteinen);
        Suoritus(vahvistamaton).Remove("vahvistus");
        EiRiko(avain, vahvistamaton); // first save by hand: KOSKI does not check it yet
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[0].tila", Lahdejarjestelmasta(vahvistamaton));
        var tallennettu = Esimerkki(Vapaatavoitteinen);
        tallennettu["versionumero"] = 1;
        EiRiko(avain, tallennettu);
        Jaksot(tallennettu)[0]!["tila"]!["koodiarvo"] = "keskeytynyt";
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[0].tila", tallennettu);

        EiRiko(avain, Esimerkki(Jotpa));
        var jotpa = Esimerkki(Jotpa);
        Jaksot(jotpa).Add(new JsonObject
        {
            ["alku"] = "2024-05-01", ["tila"] = Koodi("hyvaksytystisuoritettu", "koskiopiskeluoikeudentila"),
            ["opintojenRahoitus"] = Koodi("14", "opintojenrahoitus")
        });
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].tila", jotpa);
    }

    [Fact]
    public void Vapaatavoitteisella_on_arvioitu_osasuoritus()
    {
        const string avain = "badRequest.validation.tila.vapaanSivistystyönVapaatavoitteisenKoulutuksenPäätasonOsasuoritukset";
        EiRiko(avain, Lahdejarjestelmasta(Esimerkki(Vapaatavoitteinen)));
        var arvioimaton = Lahdejarjestelmasta(Esimerkki(Vapaatavoitteinen));
        Suoritus(arvioimaton)["osasuoritukset"]![0]!.AsObject().Remove("arviointi");
        Rikkoo(avain, "suoritukset[0].osasuoritukset", arvioimaton);
    }

    [Fact]
    public void Vapaatavoitteisen_opintokokonaisuus_on_pakollinen_kasin_ja_siirrossa_eri_avaimin()
    {
        const string kasin = "badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuus";
        const string siirrossa = "badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuusDeadline";
        EiRiko(kasin, Esimerkki(Vapaatavoitteinen));
        var puuttuu = Esimerkki(Vapaatavoitteinen);
        Suoritus(puuttuu)["koulutusmoduuli"]!.AsObject().Remove("opintokokonaisuus");
        Rikkoo(kasin, "suoritukset[0].koulutusmoduuli.opintokokonaisuus", puuttuu);
        EiRiko(siirrossa, puuttuu);
        Lahdejarjestelmasta(puuttuu);
        Rikkoo(siirrossa, "suoritukset[0].koulutusmoduuli.opintokokonaisuus", puuttuu);
        EiRiko(kasin, puuttuu);
    }

    private static JsonObject Kotoutuminen(string alku, string? diaari)
    {
        var d = Esimerkki(Kops);
        Jaksot(d)[0]!["alku"] = alku;
        d["alkamispäivä"] = alku;
        var suoritus = Suoritus(d);
        suoritus.Remove("vahvistus");
        suoritus["tyyppi"] = Koodi("vstmaahanmuuttajienkotoutumiskoulutus", "suorituksentyyppi");
        suoritus["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("999910", "koulutus") };
        if (diaari is not null) suoritus["koulutusmoduuli"]!["perusteenDiaarinumero"] = diaari;
        suoritus.Remove("osasuoritukset");
        return d;
    }

    [Theory]
    [InlineData("2022-08-01", null, "badRequest.validation.vapaasivistystyo.kotoAlkamispäivä2012")]
    [InlineData("2022-08-01", "OPH-123-2021", "badRequest.validation.vapaasivistystyo.kotoAlkamispäivä2012")]
    [InlineData("2022-07-31", "OPH-649-2022", "badRequest.validation.vapaasivistystyo.kotoAlkamispäivä2022")]
    public void Kotoutumiskoulutuksen_opetussuunnitelma_vastaa_alkamispaivaa(string alku, string? diaari, string avain)
    {
        var polku = "suoritukset[0].koulutusmoduuli.perusteenDiaarinumero";
        Rikkoo(avain, polku, Kotoutuminen(alku, diaari));
        EiRiko(avain, Kotoutuminen(alku, diaari is null or "OPH-123-2021" ? "OPH-649-2022" : "1/011/2012"));
    }

    private static JsonObject Osaamismerkki(string paiva, string? vahvistus = null, bool lahdejarjestelmasta = true)
    {
        var d = Esimerkki(Vapaatavoitteinen);
        Jaksot(d)[0] = new JsonObject { ["alku"] = paiva, ["tila"] = Koodi("hyvaksytystisuoritettu", "koskiopiskeluoikeudentila") };
        d.Remove("arvioituPäättymispäivä");
        var suoritus = Suoritus(d);
        suoritus["tyyppi"] = Koodi("vstosaamismerkki", "suorituksentyyppi");
        suoritus["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("1001", "osaamismerkit") };
        suoritus.Remove("osasuoritukset");
        suoritus.Remove("suorituskieli");
        suoritus["arviointi"] = new JsonArray(new JsonObject { ["arvosana"] = Koodi("Hyväksytty", "arviointiasteikkovst"), ["päivä"] = paiva });
        suoritus["vahvistus"]!["päivä"] = vahvistus ?? paiva;
        return lahdejarjestelmasta ? Lahdejarjestelmasta(d) : d;
    }

    [Fact]
    public void Osaamismerkki_on_arvioitu_vahvistettu_ja_paattynyt_samana_paivana()
    {
        const string avain = "badRequest.validation.vapaasivistystyo.osaamismerkkiPäivät";
        EiRiko(avain, Osaamismerkki("2024-03-01"));
        Rikkoo(avain, "suoritukset[0]", Osaamismerkki("2024-03-01", vahvistus: "2024-03-02"));
        var kesken = Osaamismerkki("2024-03-01");
        Jaksot(kesken)[0]!["tila"] = Koodi("lasna", "koskiopiskeluoikeudentila");
        Rikkoo(avain, "suoritukset[0]", kesken);
        // KOSKI's own UI may store it unfinished the first time.
        var kasin = Osaamismerkki("2024-03-01", lahdejarjestelmasta: false);
        Jaksot(kasin)[0]!["tila"] = Koodi("lasna", "koskiopiskeluoikeudentila");
        Suoritus(kasin).Remove("vahvistus");
        EiRiko(avain, kasin);
    }

    [Fact]
    public void Osaamismerkin_opiskeluoikeus_ei_paaty_ennen_lakia_eika_tallennu_ennen_aloituspaivaa()
    {
        EiRiko("badRequest.validation.vapaasivistystyo.päättymispäivä", Osaamismerkki("2024-01-01"));
        Rikkoo("badRequest.validation.vapaasivistystyo.päättymispäivä", "päättymispäivä", Osaamismerkki("2023-12-31"));

        EiRiko("badRequest.validation.vapaasivistystyo.tallennuspäivä", Osaamismerkki("2024-03-01"));
        var ymparisto = KoskiKoodistot.Ymparisto with
        {
            Tanaan = Tanaan,
            Rajapaivat = new Rajapaivat { VstOsaamismerkkiTallennusAlkaen = Tanaan.AddDays(1) },
        };
        Assert.Contains(Validointisaannot.Validoi(Osaamismerkki("2024-03-01"), ymparisto),
            v => v.Avain == "badRequest.validation.vapaasivistystyo.tallennuspäivä" && v.Polku == "suoritukset[0]");
    }

    [Fact]
    public void Sama_osaamismerkki_samana_paivana_samassa_oppilaitoksessa_on_duplikaatti()
    {
        var tallennettu = Osaamismerkki("2024-03-01");
        tallennettu["oid"] = "1.2.246.562.15.00000000001";
        Assert.True(Vapaasivistystyosaannot.OnPaallekkainenOsaamismerkki(Osaamismerkki("2024-03-01"), [tallennettu]));
        Assert.False(Vapaasivistystyosaannot.OnPaallekkainenOsaamismerkki(Osaamismerkki("2024-03-02"), [tallennettu]));
        Assert.False(Vapaasivistystyosaannot.OnPaallekkainenOsaamismerkki(tallennettu.DeepClone().AsObject(), [tallennettu])); // itself
        var toinenMerkki = Osaamismerkki("2024-03-01");
        Suoritus(toinenMerkki)["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "1002";
        Assert.False(Vapaasivistystyosaannot.OnPaallekkainenOsaamismerkki(toinenMerkki, [tallennettu]));
    }
}
