using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>The edit form read from KOSKI's example documents: unchanged it gives the document back, changed it keeps the rest.</summary>
public sealed class SyottoLomakkeenLukuTests
{
    [Theory]
    [InlineData("perusopetuksenoppimaara-paattotodistus_2025-03-20.json")]
    [InlineData("perusopetuksenoppimaara-toiminta-alueittainopiskelija_2024-10-18.json")]
    [InlineData("perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json")]
    [InlineData("perusopetuksenlisaopetustoiminta-alueittain_2024-10-16.json")]
    [InlineData("nuortenperusopetuksenoppiaineenoppimaara-paattotodistus_2026-05-06.json")]
    [InlineData("perusopetuksenlisaopetus_2022-08-15.json")]
    [InlineData("esiopetusvalmis_2022-09-26.json")]
    [InlineData("esiopetus-ostopalvelu_2022-09-26.json")]
    [InlineData("taiteenperusopetus-hyvaksytystisuoritettu_2023-06-27.json")]
    [InlineData("taiteenperusopetus-hyvaksytystisuoritettuhankintakoulutus_2023-06-27.json")]
    public void Muuttamaton_lomake_antaa_saman_dokumentin(string tiedosto)
    {
        var dokumentti = Opiskeluoikeus(tiedosto);

        var tallennettava = SyottoLomake.Lue(dokumentti).Dokumentti();

        Assert.Equal(dokumentti.ToJsonString(), tallennettava.ToJsonString());
    }

    [Fact]
    public void Lomake_lukee_kentat_dokumentista()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus("perusopetuksenoppimaara-paattotodistus_2025-03-20.json"));

        Assert.Equal(("perusopetus", "1.2.246.562.10.14613773812"), (lomake.Tyyppi, lomake.OppilaitosOid));
        Assert.Equal(["lasna", "valmistunut"], lomake.Jaksot.Select(j => j.Tila));
        Assert.Equal(["7", "8", "9"], lomake.Vuosiluokat.Select(v => v.Luokkaaste));
        Assert.Equal(3, lomake.VahvistettavaIndeksi);
        Assert.Contains(lomake.OppiaineRivit, o => o.Oppiaine == "MA" && o.Arvosana is not null);
        Assert.Equal("179", lomake.VahvistusPaikkakunta);
        Assert.NotNull(lomake.VahvistusPaiva);
    }

    [Fact]
    public void Muokkaus_muuttaa_vain_muutetut_kentat_ja_sailyttaa_tuntemattomat()
    {
        var dokumentti = Opiskeluoikeus("perusopetuksenoppimaara-toiminta-alueittainopiskelija_2024-10-18.json");
        dokumentti["tuntematonKenttä"] = "säilyy";
        var lomake = SyottoLomake.Lue(dokumentti);

        lomake.Jaksot[0].Alku = lomake.Jaksot[0].Alku!.Value.AddDays(-1);
        var kuljetusetu = lomake.Lisatiedot.Single(l => l.Kentta == "kuljetusetu");
        kuljetusetu.Loppu = new DateTime(2019, 8, 31);
        lomake.Lisatiedot.RemoveAll(l => l.Kentta == "koulukoti");
        lomake.Lisatiedot.Add(new() { Kentta = "koulukoti", Alku = new DateTime(2023, 1, 1), Loppu = new DateTime(2023, 6, 1) });
        var tallennettava = lomake.Dokumentti();

        Assert.Equal("säilyy", (string?)tallennettava["tuntematonKenttä"]);
        var jakso = tallennettava["tila"]!["opiskeluoikeusjaksot"]![0]!;
        Assert.Equal((string?)dokumentti["tila"]!["opiskeluoikeusjaksot"]![0]!["alku"], DateTime.Parse((string)jakso["alku"]!, CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal((string?)jakso["alku"], (string?)tallennettava["alkamispäivä"]);
        var lisatiedot = tallennettava["lisätiedot"]!.AsObject();
        Assert.Equal("2019-08-31", (string?)lisatiedot["kuljetusetu"]!["loppu"]);
        Assert.Equal("2023-01-01", (string?)lisatiedot["koulukoti"]![0]!["alku"]);
        // Fields the form does not show: kept as they were.
        foreach (var kentta in new[] { "joustavaPerusopetus", "kotiopetusjaksot", "ulkomaanjaksot", "erityisenTuenPäätös", "vuosiluokkiinSitoutumatonOpetus", "vammainen" })
            Assert.True(JsonNode.DeepEquals(dokumentti["lisätiedot"]![kentta], lisatiedot[kentta]), kentta);
        Assert.True(JsonNode.DeepEquals(dokumentti["suoritukset"], tallennettava["suoritukset"]));
    }

    [Fact]
    public void Arvosanan_muutos_korvaa_arvioinnin_ja_sailyttaa_oppiaineen_kielen()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus("perusopetuksenlisaopetus_2022-08-15.json"));
        var aidinkieli = lomake.OppiaineRivit.Single(o => o.Oppiaine == "AI");

        aidinkieli.Arvosana = "9";
        var oppiaine = lomake.Dokumentti()["suoritukset"]![0]!["osasuoritukset"]!.AsArray()
            .Single(o => (string?)o!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == "AI")!;

        Assert.Equal("9", (string?)oppiaine["arviointi"]![0]!["arvosana"]!["koodiarvo"]);
        Assert.Equal("AI1", (string?)oppiaine["koulutusmoduuli"]!["kieli"]!["koodiarvo"]);
        Assert.True((bool)oppiaine["korotus"]!);
    }

    [Fact]
    public void Vuosiluokan_poisto_ja_tilan_lisays_ovat_dokumentissa()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus("perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json"));
        var ennen = lomake.PaatasonSuorituksia;

        lomake.Vuosiluokat.RemoveAt(0);
        lomake.Jaksot.Add(new() { Alku = new DateTime(2026, 6, 1), Tila = "eronnut" });
        var tallennettava = lomake.Dokumentti();

        Assert.Equal(ennen - 1, tallennettava["suoritukset"]!.AsArray().Count);
        Assert.Equal("eronnut", (string?)tallennettava["tila"]!["opiskeluoikeusjaksot"]!.AsArray()[^1]!["tila"]!["koodiarvo"]);
        Assert.Equal("2026-06-01", (string?)tallennettava["päättymispäivä"]);
    }

    [Fact]
    public void Luonnokseen_ja_lomakkeen_dokumenttiin_ei_tule_erityisia_tietoja_joita_kayttaja_ei_nae()
    {
        var tallennettu = SyottoLomake.Lue(Opiskeluoikeus("perusopetuksenlisaopetus_2022-08-15.json"));
        tallennettu.LisatiedotMuokattavissa = false;
        tallennettu.Lisatiedot.Clear();
        tallennettu.MyontajaNimi = "Luonnoksen Nimi";

        var luonnos = tallennettu.Luonnos();
        var palautettu = SyottoLomake.Palauta(luonnos, tallennettu);

        Assert.Null(luonnos["lisätiedot"]);
        Assert.Equal("Luonnoksen Nimi", palautettu.MyontajaNimi);
        Assert.Empty(palautettu.Lisatiedot);
        // The stored ones come back on save, from the stored document (PiilotetutTiedot), not through the form.
        Assert.Null(palautettu.Dokumentti()["lisätiedot"]?["pidennettyOppivelvollisuus"]);
    }

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();
}
