using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's rules on esiopetus and perusopetus support periods and valmistava lisäopetus, on KOSKI's examples.</summary>
public sealed class TukijaksosaannotTests
{
    private const string ToimintaAlueittain = "perusopetuksenoppimaara-toiminta-alueittainopiskelija_2024-10-18.json";
    private const string Esiopetus = "esiopetusvalmis_2022-09-26.json";
    private const string Ysiluokkalainen = "perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json";

    private static JsonObject Lisaopetuksella(params JsonObject[] jaksot)
    {
        var d = Esimerkki(Ysiluokkalainen);
        Lisatiedot(d)["valmistavanLisäopetus"] = new JsonArray(jaksot);
        return d;
    }

    [Fact]
    public void Erityisen_tuen_paatos_ja_tuen_paatoksen_jakso_eivat_ole_paallekkain()
    {
        const string avain = "badRequest.validation.date.erityisenTuenPäätös";
        EiRiko(avain, Esimerkki(ToimintaAlueittain));
        EiRiko(avain, Esimerkki(Esiopetus));

        // The example's päätös runs 15.8.2017–18.10.2024.
        var paallekkain = Esimerkki(ToimintaAlueittain);
        Lisatiedot(paallekkain)["tuenPäätöksenJaksot"] = new JsonArray(Jakso("2024-01-01", "2024-12-31"));
        Rikkoo(avain, "lisätiedot.tuenPäätöksenJaksot[0]", paallekkain);
        var perakkain = Esimerkki(ToimintaAlueittain);
        Lisatiedot(perakkain)["tuenPäätöksenJaksot"] = new JsonArray(Jakso("2024-10-19"));
        EiRiko(avain, perakkain);
    }

    [Fact]
    public void Pidennetyn_oppivelvollisuuden_sisalla_ei_vamman_perusteella_jarjestettya_tai_varhennettua_jaksoa()
    {
        const string avain = "badRequest.validation.date.erityisenTuenPäätös";
        // Pidennetty oppivelvollisuus 15.8.2019–18.10.2024 in the perusopetus example, 15.8.2014–4.6.2016 in esiopetus.
        var sisalla = Esimerkki(ToimintaAlueittain);
        Lisatiedot(sisalla)["opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella"] = new JsonArray(Jakso("2020-01-01", "2020-12-31"));
        Rikkoo(avain, "lisätiedot.opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella[0]", sisalla);
        // KOSKI counts a period only when it lies wholly within: one that starts before is not refused.
        var alkaaEnnen = Esimerkki(ToimintaAlueittain);
        Lisatiedot(alkaaEnnen)["opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella"] = new JsonArray(Jakso("2018-01-01", "2020-12-31"));
        EiRiko(avain, alkaaEnnen);

        var varhennettu = Esimerkki(Esiopetus);
        Lisatiedot(varhennettu)["varhennetunOppivelvollisuudenJaksot"] = new JsonArray(Jakso("2015-01-01", "2015-02-01"));
        Rikkoo(avain, "lisätiedot.varhennetunOppivelvollisuudenJaksot[0]", varhennettu);
    }

    [Fact]
    public void Valmistava_lisaopetus_alkaen_1_8_2026()
    {
        const string avain = "badRequest.validation.perusopetus.valmistavanLisäopetusEiSallittuEnnen";
        Rikkoo(avain, "lisätiedot.valmistavanLisäopetus[0].alku", Lisaopetuksella(Jakso("2026-07-31", "2026-12-31")));
        EiRiko(avain, Lisaopetuksella(Jakso("2026-08-01", "2026-12-31")));
    }

    [Fact]
    public void Valmistavan_lisaopetuksen_kesto_enintaan_vuosi()
    {
        const string avain = "badRequest.validation.perusopetus.valmistavanLisäopetuksenKestoYlittääVuoden";
        Rikkoo(avain, "lisätiedot.valmistavanLisäopetus", Lisaopetuksella(Jakso("2026-08-01", "2027-01-31"), Jakso("2027-02-01", "2027-08-01")));
        EiRiko(avain, Lisaopetuksella(Jakso("2026-08-01", "2027-01-31"), Jakso("2027-02-01", "2027-07-31")));
    }

    [Fact]
    public void Valmistavan_lisaopetuksen_jaksot_eivat_ole_paallekkain()
    {
        const string avain = "badRequest.validation.perusopetus.valmistavanLisäopetusJaksotPäällekkäin";
        Rikkoo(avain, "lisätiedot.valmistavanLisäopetus[1]", Lisaopetuksella(Jakso("2026-08-01", "2026-09-30"), Jakso("2026-09-30", "2026-10-31")));
        EiRiko(avain, Lisaopetuksella(Jakso("2026-08-01", "2026-09-29"), Jakso("2026-09-30", "2026-10-31")));
    }

    [Fact]
    public void Valmistavan_lisaopetuksen_avoin_jakso_enintaan_vuoden_vanha()
    {
        const string avain = "badRequest.validation.perusopetus.valmistavanLisäopetusAvoinJaksoLiianVanha";
        var avoin = Lisaopetuksella(Jakso("2026-08-01"));
        Rikkoo(avain, "lisätiedot.valmistavanLisäopetus[0].loppu", avoin, new DateOnly(2027, 8, 2));
        EiRiko(avain, avoin, new DateOnly(2027, 8, 1));
        EiRiko(avain, Lisaopetuksella(Jakso("2026-08-01", "2026-12-31")), new DateOnly(2027, 8, 2));
    }
}
