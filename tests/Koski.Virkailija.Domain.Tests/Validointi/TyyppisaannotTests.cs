using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Tests.Organisaatiot;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>
/// KOSKI's type and organisation rules on mutations of KOSKI's own examples: each example passes as it is, and the
/// mutation KOSKI refuses is refused here with KOSKI's key at the offending value's location.
/// </summary>
public sealed class TyyppisaannotTests
{
    private const string Tpo = "taiteenperusopetus-hyvaksytystisuoritettu_2023-06-27.json";
    private const string TpoHankinta = "taiteenperusopetus-hyvaksytystisuoritettuhankintakoulutus_2023-06-27.json";
    private const string Valmistava = "perusopetukseenvalmistavaopetus_2024-05-16.json";
    private const string AikuistenOppimaara = "aikuistenperusopetuksenoppimaara2017_2026-05-05.json";
    private const string AikuistenAineopinnot = "aikuistenperusopetuksenoppiaineenoppimara-kesken_2022-01-07.json";
    private const string Ib = "ib-finalgrades_2026-04-02.json";
    private const string NuortenAineopinnot = "nuortenperusopetuksenoppiaineenoppimaara-paattotodistus_2026-05-06.json";
    private const string Ysiluokka = "perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json";
    private const string Tuva = "tutkintokoulutukseenvalmentavakoulutus-valmistunut_2022-10-17.json";

    private static readonly Lazy<OrganisaatioPuu> Puu = new(() => new OrganisaatioPuu(Hierarkia.Organisaatiot));

    private static Validointiymparisto Ymparisto(DateOnly? tanaan = null) =>
        KoskiKoodistot.Ymparisto with { Organisaatiot = Puu.Value, Tanaan = tanaan ?? new DateOnly(2026, 11, 20) };

    private static JsonObject Esimerkki(string tiedosto) => JsonNode.Parse(Esimerkit.Opiskeluoikeudet(tiedosto)[0])!.AsObject();

    private static List<ValidointiVirhe> Virheet(JsonObject d, DateOnly? tanaan = null) => Validointisaannot.Validoi(d, Ymparisto(tanaan)).ToList();

    private static void Rikkoo(string avain, string polku, JsonObject d) =>
        Assert.Contains(Virheet(d), v => v.Avain == avain && v.Polku == polku);

    private static JsonObject Suoritus(JsonObject d, int i = 0) => d["suoritukset"]![i]!.AsObject();

    [Fact]
    public void KOSKIn_esimerkit_kelpaavat_organisaatiopuun_kanssa()
    {
        foreach (var rivi in Esimerkit.Indeksi)
            foreach (var oo in Esimerkit.Opiskeluoikeudet(rivi.Tiedosto))
            {
                var virheet = Validointisaannot.Validoi(JsonNode.Parse(oo)!.AsObject(), Ymparisto());
                Assert.True(virheet.Count == 0, $"{rivi.Tiedosto}: {string.Join("; ", virheet)}");
            }
    }

    [Fact]
    public void Taiteen_perusopetuksen_opintotasot_vastaavat_oppimaaraa()
    {
        const string avain = "badRequest.validation.rakenne.tpoVääräOpintotaso";
        Assert.DoesNotContain(Virheet(Esimerkki(Tpo)), v => v.Avain == avain);

        var yleinen = Esimerkki(Tpo);
        yleinen["oppimäärä"]!["koodiarvo"] = "yleinenoppimaara";
        Rikkoo(avain, "suoritukset[0].tyyppi", yleinen);
        Rikkoo(avain, "suoritukset[1].tyyppi", yleinen);

        var tuntematon = Esimerkki(Tpo);
        tuntematon.Remove("oppimäärä");
        Rikkoo(avain, "oppimäärä", tuntematon);
    }

    [Fact]
    public void Vahvistetun_taiteen_perusopetuksen_suorituksen_laajuus_vahintaan_vaadittu()
    {
        const string avain = "badRequest.validation.laajuudet.taiteenPerusopetuksenLaajuus";
        var pieni = Esimerkki(Tpo);
        Suoritus(pieni, 1)["koulutusmoduuli"]!["laajuus"]!["arvo"] = 18.4;
        Rikkoo(avain, "suoritukset[1].koulutusmoduuli.laajuus", pieni);

        var puuttuva = Esimerkki(Tpo);
        Suoritus(puuttuva)["koulutusmoduuli"]!.AsObject().Remove("laajuus");
        Rikkoo(avain, "suoritukset[0].koulutusmoduuli.laajuus", puuttuva);

        // Exactly the least laajuus (29.6 and 18.5 in the example) is enough; an unconfirmed suoritus is not checked.
        Assert.DoesNotContain(Virheet(Esimerkki(Tpo)), v => v.Avain == avain);
        var kesken = Esimerkki(Tpo);
        kesken["tila"]!["opiskeluoikeusjaksot"]!.AsArray().RemoveAt(1);
        kesken.Remove("päättymispäivä");
        Suoritus(kesken, 1).Remove("vahvistus");
        Suoritus(kesken, 1)["koulutusmoduuli"]!["laajuus"]!["arvo"] = 1;
        Assert.DoesNotContain(Virheet(kesken), v => v.Avain == avain);
    }

    [Fact]
    public void Taiteen_perusopetus_hyvaksytysti_suoritettu_vaatii_kaksi_vahvistettua_suoritusta()
    {
        const string avain = "badRequest.validation.tila.vahvistusPuuttuu";
        Assert.DoesNotContain(Virheet(Esimerkki(TpoHankinta)), v => v.Avain == avain);

        var vahvistamaton = Esimerkki(Tpo);
        Suoritus(vahvistamaton, 1).Remove("vahvistus");
        Rikkoo(avain, "suoritukset[1].vahvistus", vahvistamaton);

        var yksi = Esimerkki(Tpo);
        yksi["suoritukset"]!.AsArray().RemoveAt(1);
        Rikkoo(avain, "suoritukset", yksi);
    }

    [Fact]
    public void Vahvistetulla_taiteen_perusopetuksen_suorituksella_on_osasuorituksia()
    {
        const string avain = "badRequest.validation.tila.osasuoritusPuuttuu";
        var tyhja = Esimerkki(Tpo);
        Suoritus(tyhja)["osasuoritukset"] = new JsonArray();
        Rikkoo(avain, "suoritukset[0].osasuoritukset", tyhja);
        Assert.DoesNotContain(Virheet(Esimerkki(Tpo)), v => v.Avain == avain);
    }

    [Fact]
    public void Aikuisten_perusopetuksessa_ei_oppimaaraa_ja_aineopintoja_yhdessa()
    {
        const string avain = "badRequest.validation.rakenne.epäsopiviaSuorituksia";
        var sekaisin = Esimerkki(AikuistenOppimaara);
        sekaisin["suoritukset"]!.AsArray().Add(Suoritus(Esimerkki(AikuistenAineopinnot)).DeepClone());
        Rikkoo(avain, "suoritukset", sekaisin);
        Assert.DoesNotContain(Virheet(Esimerkki(AikuistenOppimaara)), v => v.Avain == avain);
        Assert.DoesNotContain(Virheet(Esimerkki(AikuistenAineopinnot)), v => v.Avain == avain);
    }

    [Fact]
    public void Aikuisten_perusopetuksen_kurssin_arvioinnilla_on_paiva()
    {
        const string avain = "badRequest.validation.arviointi.arviointipäiväPuuttuu";
        var ilman = Esimerkki(AikuistenAineopinnot);
        Suoritus(ilman)["osasuoritukset"]![0]!["arviointi"]![0]!.AsObject().Remove("päivä");
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].arviointi[0].päivä", ilman);
        // An oppiaine's arviointi may be without a day (the example's alkuvaihe has one); only courses need it.
        Assert.DoesNotContain(Virheet(Esimerkki(AikuistenOppimaara)), v => v.Avain == avain);
    }

    [Fact]
    public void Valmistavan_opetuksen_kokonaislaajuus_tunteina()
    {
        const string avain = "badRequest.validation.laajuudet.perusopetukseenValmistavaOpetusKokonaislaajuusYksikköEiTunneissa";
        var vuosiviikkotunnit = Esimerkki(Valmistava);
        Suoritus(vuosiviikkotunnit)["kokonaislaajuus"]!["yksikkö"]!["koodiarvo"] = "3";
        Rikkoo(avain, "suoritukset[0].kokonaislaajuus.yksikkö", vuosiviikkotunnit);
        Assert.DoesNotContain(Virheet(Esimerkki(Valmistava)), v => v.Avain == avain);
        // Before the day (KOSKI compares with today) another unit was allowed.
        Assert.DoesNotContain(Virheet(vuosiviikkotunnit, new DateOnly(2023, 12, 31)), v => v.Avain == avain);
    }

    [Fact]
    public void Valmistavan_opetuksen_suorituskieli_suomi_tai_ruotsi_ja_IB_englanti()
    {
        const string avain = "badRequest.validation.rakenne.virheellinenSuorituskieli";
        var englanniksi = Esimerkki(Valmistava);
        Suoritus(englanniksi)["suorituskieli"]!["koodiarvo"] = "EN";
        Rikkoo(avain, "suoritukset[0].suorituskieli", englanniksi);
        var ruotsiksi = Esimerkki(Valmistava);
        Suoritus(ruotsiksi)["suorituskieli"]!["koodiarvo"] = "SV";
        Assert.DoesNotContain(Virheet(ruotsiksi), v => v.Avain == avain);

        var ibSuomeksi = Esimerkki(Ib);
        Suoritus(ibSuomeksi, 1)["suorituskieli"]!["koodiarvo"] = "FI";
        Rikkoo(avain, "suoritukset[1].suorituskieli", ibSuomeksi);
        Assert.DoesNotContain(Virheet(Esimerkki(Ib)), v => v.Avain == avain);
    }

    [Fact]
    public void Mitatointi_ei_tulevaisuudessa()
    {
        const string avain = "badRequest.validation.tila.mitätöintiTulevaisuudessa";
        JsonObject Mitatoity(string paiva)
        {
            var d = Esimerkki(AikuistenAineopinnot);
            d["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new JsonObject
            {
                ["alku"] = paiva, ["tila"] = new JsonObject { ["koodiarvo"] = "mitatoity", ["koodistoUri"] = "koskiopiskeluoikeudentila" },
            });
            return d;
        }
        Rikkoo(avain, "tila.opiskeluoikeusjaksot[1].alku", Mitatoity("2026-11-21"));
        Assert.DoesNotContain(Virheet(Mitatoity("2026-11-20")), v => v.Avain == avain);
    }

    [Fact]
    public void Koulutustoimija_on_oppilaitoksen_koulutustoimija()
    {
        const string avain = "badRequest.validation.organisaatio.vääräKoulutustoimija";
        var vaara = Esimerkki(Tpo);
        var toinen = Hierarkia.Organisaatiot.First(o => o.OnTyyppia(OrganisaatioTyyppi.Koulutustoimija)
                                                        && o.Oid != (string?)vaara["koulutustoimija"]!["oid"]);
        vaara["koulutustoimija"]!["oid"] = toinen.Oid;
        Rikkoo(avain, "koulutustoimija.oid", vaara);
        Assert.DoesNotContain(Virheet(Esimerkki(Tpo)), v => v.Avain == avain);
        // Without the tree the rule is not applied (the API always has it).
        Assert.DoesNotContain(Validointisaannot.Validoi(vaara), v => v.Avain == avain);

        // In hankintakoulutus the koulutustoimija orders the teaching from another organiser's oppilaitos.
        var hankinta = Esimerkki(TpoHankinta);
        hankinta["koulutustoimija"]!["oid"] = toinen.Oid;
        Assert.DoesNotContain(Virheet(hankinta), v => v.Avain == avain);
    }

    [Fact]
    public void Ilman_oppilaitosta_toimipisteet_kertovat_yhden_oppilaitoksen()
    {
        var yksi = Esimerkki(Tpo);
        yksi.Remove("oppilaitos");
        Assert.DoesNotContain(Virheet(yksi), v => v.Avain.StartsWith("badRequest.validation.organisaatio", StringComparison.Ordinal));

        var kaksi = Esimerkki(Tpo);
        kaksi.Remove("oppilaitos");
        Suoritus(kaksi, 1)["toimipiste"] = new JsonObject { ["oid"] = "1.2.246.562.10.14613773812" };
        Rikkoo("badRequest.validation.organisaatio.oppilaitosPuuttuu", "oppilaitos", kaksi);

        var eiMitaan = Esimerkki(Tpo);
        eiMitaan.Remove("oppilaitos");
        foreach (var s in eiMitaan["suoritukset"]!.AsArray()) s!.AsObject().Remove("toimipiste");
        Rikkoo("badRequest.validation.organisaatio.oppilaitosPuuttuu", "oppilaitos", eiMitaan);

        var koulutustoimija = Esimerkki(Tpo);
        koulutustoimija.Remove("oppilaitos");
        Suoritus(koulutustoimija, 1)["toimipiste"] = new JsonObject { ["oid"] = (string?)koulutustoimija["koulutustoimija"]!["oid"] };
        Rikkoo("badRequest.validation.organisaatio.eiOppilaitos", "suoritukset[1].toimipiste", koulutustoimija);
    }
    [Fact]
    public void Ei_tiedossa_oppiainetta_ei_vahvisteta()
    {
        const string avain = "badRequest.validation.tila.tyhjänOppiaineenVahvistus";
        var xx = Esimerkki(NuortenAineopinnot);
        Suoritus(xx)["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "XX";
        Rikkoo(avain, "suoritukset[0].vahvistus", xx);
        Assert.DoesNotContain(Virheet(Esimerkki(NuortenAineopinnot)), v => v.Avain == avain);
        Suoritus(xx).Remove("vahvistus");
        Assert.DoesNotContain(Virheet(xx), v => v.Avain == avain);
    }

    [Fact]
    public void Oppiaineen_oppimaarana_ei_valinnaista_eika_aikuisten_erityisena_tutkintona_paikallista()
    {
        var valinnainen = Esimerkki(NuortenAineopinnot);
        Suoritus(valinnainen)["koulutusmoduuli"]!["pakollinen"] = false;
        Rikkoo("badRequest.validation.perusopetus.valinnainenOppiaineenOppimäärä", "suoritukset[0].koulutusmoduuli.pakollinen", valinnainen);
        Assert.DoesNotContain(Virheet(Esimerkki(NuortenAineopinnot)), v => v.Avain.StartsWith("badRequest.validation.perusopetus", StringComparison.Ordinal));

        var aikuisten = Esimerkki(AikuistenAineopinnot);
        Suoritus(aikuisten)["suoritustapa"]!["koodiarvo"] = "erityinentutkinto";
        Assert.DoesNotContain(Virheet(aikuisten), v => v.Avain.StartsWith("badRequest.validation.perusopetus", StringComparison.Ordinal));
        Suoritus(aikuisten)["koulutusmoduuli"]!["pakollinen"] = false;
        Rikkoo("badRequest.validation.perusopetus.erityinenTutkintoValinnainenOppiaineenOppimäärä", "suoritukset[0].koulutusmoduuli.pakollinen", aikuisten);
        Suoritus(aikuisten)["koulutusmoduuli"]!["tunniste"] = new JsonObject { ["koodiarvo"] = "OMA", ["nimi"] = new JsonObject { ["fi"] = "Oma aine" } };
        Rikkoo("badRequest.validation.perusopetus.erityinenTutkintoPaikallinenOppiaineenOppimäärä", "suoritukset[0].koulutusmoduuli.tunniste", aikuisten);
    }

    [Fact]
    public void Vahvistetulla_yhdeksannella_luokalla_ei_oppiaineita_ellei_jaa_luokalle()
    {
        const string avain = "badRequest.validation.tila.oppiaineitaEiSallita";
        var d = Esimerkki(Ysiluokka);
        var ysi = Suoritus(d, 2);
        Assert.Equal("9", (string?)ysi["koulutusmoduuli"]!["tunniste"]!["koodiarvo"]);
        ysi["osasuoritukset"] = Suoritus(d, 1)["osasuoritukset"]!.DeepClone();
        Rikkoo(avain, "suoritukset[2].osasuoritukset", d);
        ysi["jääLuokalle"] = true;
        Assert.DoesNotContain(Virheet(d), v => v.Avain == avain);
        Assert.DoesNotContain(Virheet(Esimerkki(Ysiluokka)), v => v.Avain == avain);
    }

    [Fact]
    public void Erityisen_tutkinnon_luokka_aste_kerran_oppiainetta_kohden()
    {
        const string avain = "badRequest.validation.tila.nuortenPerusopetuksenLuokkaAsteSamaUseammassaSuorituksessa";
        var d = Esimerkki(NuortenAineopinnot);
        Suoritus(d)["luokkaAste"] = new JsonObject { ["koodiarvo"] = "9", ["koodistoUri"] = "perusopetuksenluokkaaste" };
        d["suoritukset"]!.AsArray().Add(Suoritus(d).DeepClone());
        Rikkoo(avain, "suoritukset[1].luokkaAste", d);
        Suoritus(d, 1)["luokkaAste"]!["koodiarvo"] = "8";
        Assert.DoesNotContain(Virheet(d), v => v.Avain == avain);
    }

    [Fact]
    public void Aikuisten_perusopetus_ei_valmistu_pelkalla_alkuvaiheella()
    {
        const string avain = "badRequest.validation.tila.suoritusPuuttuu";
        var alkuvaihe = Esimerkki(AikuistenOppimaara);
        alkuvaihe["suoritukset"]!.AsArray().RemoveAt(1);
        Rikkoo(avain, "suoritukset", alkuvaihe);
        Assert.DoesNotContain(Virheet(Esimerkki(AikuistenOppimaara)), v => v.Avain == avain);
    }

    [Fact]
    public void Eronneeksi_katsotun_TUVAn_osasuoritukset_arvioitu()
    {
        const string avain = "badRequest.validation.tila.eronneeksiKatsotunOpiskeluoikeudenArvioinnit";
        JsonObject Eronnut(bool arvioimaton)
        {
            var d = Esimerkki(Tuva);
            var jaksot = d["tila"]!["opiskeluoikeusjaksot"]!.AsArray();
            jaksot[^1]!["tila"]!["koodiarvo"] = "katsotaaneronneeksi";
            Suoritus(d).Remove("vahvistus");
            if (arvioimaton) Suoritus(d)["osasuoritukset"]![0]!.AsObject().Remove("arviointi");
            return d;
        }
        Rikkoo(avain, "suoritukset[0].osasuoritukset[0].arviointi", Eronnut(true));
        Assert.DoesNotContain(Virheet(Eronnut(false)), v => v.Avain == avain);
    }
}
