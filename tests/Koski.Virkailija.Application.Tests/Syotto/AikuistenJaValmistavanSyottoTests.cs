using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>
/// Aikuisten perusopetus and perusopetukseen valmistava opetus through the form: KOSKI's example documents come back
/// unchanged, and what the form creates passes the KOSKI-level validation (with the code lists) and is saved.
/// </summary>
public sealed class AikuistenJaValmistavanSyottoTests
{
    /// <summary>Every KOSKI example of the two types in data/koski/examples (copied from KOSKI's test data, see its README).</summary>
    [Theory]
    [InlineData("aikuistenperusopetuksenoppimaara2017_2026-05-05.json")]
    [InlineData("aikuistenperusopetuksenoppiaineenoppimara-kesken_2022-01-07.json")]
    [InlineData("perusopetukseenvalmistavaopetus_2024-05-16.json")]
    public void Muuttamaton_lomake_antaa_saman_dokumentin(string tiedosto)
    {
        var dokumentti = Opiskeluoikeus(tiedosto);

        var tallennettava = SyottoLomake.Lue(dokumentti).Dokumentti();

        Assert.Equal(dokumentti.ToJsonString(), tallennettava.ToJsonString());
    }

    [Fact]
    public void Esimerkki_luetaan_lomakkeen_kenttiin()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus("aikuistenperusopetuksenoppimaara2017_2026-05-05.json"));

        Assert.Equal((true, true, true, SyottoLomake.AikuistenPeruste2017), (lomake.Aikuiset.Alkuvaihe, lomake.Aikuiset.Oppimaara,
            lomake.Aikuiset.AlkuvaiheEnsin, lomake.Aikuiset.Diaarinumero));
        Assert.Equal(["1", "1"], lomake.Jaksot.Select(j => j.Rahoitus));
        Assert.Equal(1, lomake.VahvistettavaIndeksi);
        var ai = lomake.Aikuiset.AlkuvaiheenOppiaineet[0];
        Assert.Equal(("AI", "AI1", "9"), (ai.Oppiaine, ai.Kieli, ai.Arvosana));
        Assert.Equal("LÄI1", ai.Kurssit[0].Kurssi);
        Assert.Equal(new DateTime(2016, 1, 9), ai.Kurssit[0].Paiva);
        Assert.Contains(lomake.Aikuiset.Oppiaineet, o => o.Oppiaine == "B1" && !o.Pakollinen && o.Laajuus == 1);

        var valmistava = SyottoLomake.Lue(Opiskeluoikeus("perusopetukseenvalmistavaopetus_2024-05-16.json"));
        Assert.Equal(11m, valmistava.ValmistavaOpetus.Kokonaislaajuus);
        var aidinkieli = valmistava.ValmistavaOpetus.Oppiaineet[0];
        Assert.Equal(("ai", "Äidinkieli", 10m, "S", "Keskustelee sujuvasti suomeksi", true),
            (aidinkieli.Koodi, aidinkieli.Nimi, aidinkieli.Laajuus, aidinkieli.Arvosana, aidinkieli.Kuvaus, aidinkieli.Muokattava));
        Assert.False(valmistava.ValmistavaOpetus.Oppiaineet[1].Muokattava);
    }

    [Fact]
    public async Task Aikuisten_perusopetus_alkuvaiheineen_lomakkeelta_lapaisee_validoinnin_ja_tallentuu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var dokumentti = Aikuisten().Dokumentti();

        Assert.Empty(await kanta.Syotto.EsitarkistaAsync(dokumentti));
        Assert.Equal([SyottoLomake.AikuistenAlkuvaihe, SyottoLomake.AikuistenOppimaara],
            dokumentti["suoritukset"]!.AsArray().Select(s => (string?)s!["tyyppi"]!["koodiarvo"]));
        var kurssi = dokumentti["suoritukset"]![0]!["osasuoritukset"]![0]!["osasuoritukset"]![0]!;
        Assert.Equal((SyottoLomake.AlkuvaiheenKurssit2017, "aikuistenperusopetuksenalkuvaiheenkurssi", "2025-12-12"),
            ((string?)kurssi["koulutusmoduuli"]!["tunniste"]!["koodistoUri"], (string?)kurssi["tyyppi"]!["koodiarvo"], (string?)kurssi["arviointi"]![0]!["päivä"]));
        Assert.Equal("1", (string?)dokumentti["tila"]!["opiskeluoikeusjaksot"]![0]!["opintojenRahoitus"]!["koodiarvo"]);

        var tulos = await kanta.Syotto.LuoAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
            new() { ["hetu"] = "010170-999R", ["etunimet"] = "Aikuinen", ["sukunimi"] = "Opiskelija" }, dokumentti);

        await using var db = kanta.Tietokanta.CreateDbContext();
        var tallennettu = OpiskeluoikeusDokumentti.Lue((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tulos.OpiskeluoikeusOid)).Json).Json;
        var lomake = SyottoLomake.Lue(tallennettu);
        Assert.Equal(["MA3"], lomake.Aikuiset.Oppiaineet.Single(o => o.Oppiaine == "MA").Kurssit.Select(k => k.Kurssi));
        Assert.Equal("EN", lomake.Aikuiset.AlkuvaiheenOppiaineet.Single(o => o.Oppiaine == "A1").Kieli);
    }

    [Fact]
    public async Task Rahoituksen_puute_ja_kurssin_arviointipaivan_puute_osoittavat_kenttiin()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var lomake = Aikuisten();
        lomake.Jaksot[0].Rahoitus = null;
        lomake.Aikuiset.AlkuvaiheenOppiaineet[0].Kurssit[0].Paiva = null;

        var virheet = await kanta.Syotto.EsitarkistaAsync(lomake.Dokumentti());

        Assert.Contains(virheet, v => v.Avain == "badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto"
                                      && v.Polku == "tila.opiskeluoikeusjaksot[0].opintojenRahoitus");
        Assert.Contains(virheet, v => v.Avain == "badRequest.validation.arviointi.arviointipäiväPuuttuu"
                                      && v.Polku.StartsWith("suoritukset[0].osasuoritukset[0].osasuoritukset[0].arviointi", StringComparison.Ordinal));
    }

    [Fact]
    public void Vuoden_2015_perusteilla_kurssit_ovat_2015_koodistosta_ja_alkuvaihe_jaa_pois()
    {
        var lomake = Aikuisten();
        lomake.Aikuiset.Diaarinumero = SyottoLomake.AikuistenPeruste2015;
        lomake.Aikuiset.Alkuvaihe = false;

        var dokumentti = lomake.Dokumentti();

        var suoritus = dokumentti["suoritukset"]!.AsArray().Single()!;
        Assert.Equal(SyottoLomake.AikuistenPeruste2015, (string?)suoritus["koulutusmoduuli"]!["perusteenDiaarinumero"]);
        Assert.Equal(SyottoLomake.Kurssit2015, (string?)suoritus["osasuoritukset"]![0]!["osasuoritukset"]![0]!["koulutusmoduuli"]!["tunniste"]!["koodistoUri"]);
    }

    [Fact]
    public void Kielen_ja_kurssin_puutteet_osoittavat_kenttiin()
    {
        var lomake = Aikuisten();
        lomake.Aikuiset.AlkuvaiheenOppiaineet[1].Kieli = null;
        lomake.Aikuiset.Oppiaineet[0].Kurssit.Add(new());

        var virheet = OpiskeluoikeusSyotto.PakollisetKentat(lomake, "010170-999R");

        Assert.Equal(
        [
            "suoritukset[1].osasuoritukset[0].osasuoritukset[1].koulutusmoduuli.tunniste",
            "suoritukset[0].osasuoritukset[1].koulutusmoduuli.kieli",
        ], virheet.Select(v => v.Polku));
    }

    [Fact]
    public async Task Valmistava_opetus_lomakkeelta_lapaisee_validoinnin_ja_muokkaus_sailyttaa_muun()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var dokumentti = Valmistavan().Dokumentti();

        Assert.Empty(await kanta.Syotto.EsitarkistaAsync(dokumentti));
        var suoritus = dokumentti["suoritukset"]![0]!;
        Assert.Equal(("999905", SyottoLomake.ValmistavanPeruste, "5"), ((string?)suoritus["koulutusmoduuli"]!["tunniste"]!["koodiarvo"],
            (string?)suoritus["koulutusmoduuli"]!["perusteenDiaarinumero"], (string?)suoritus["kokonaislaajuus"]!["yksikkö"]!["koodiarvo"]));
        var oppiaine = suoritus["osasuoritukset"]![0]!;
        Assert.Equal(("Suomen kieli", "Arjen sanasto", "Osaa arjen sanaston"), ((string?)oppiaine["koulutusmoduuli"]!["tunniste"]!["nimi"]!["fi"],
            (string?)oppiaine["koulutusmoduuli"]!["opetuksenSisältö"]!["fi"], (string?)oppiaine["arviointi"]![0]!["kuvaus"]!["fi"]));
        await kanta.Syotto.LuoAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
            new() { ["hetu"] = "010115A998H", ["etunimet"] = "Valmis", ["sukunimi"] = "Tava" }, dokumentti);

        // Edited: the grade changes, the stored perusopetuksen oppiaine of the example stays as it was.
        var esimerkki = Opiskeluoikeus("perusopetukseenvalmistavaopetus_2024-05-16.json");
        var lomake = SyottoLomake.Lue(esimerkki);
        lomake.ValmistavaOpetus.Oppiaineet[0].Arvosana = "O";
        var muokattu = lomake.Dokumentti()["suoritukset"]![0]!["osasuoritukset"]!.AsArray();
        Assert.Equal("O", (string?)muokattu[0]!["arviointi"]![0]!["arvosana"]!["koodiarvo"]);
        Assert.True(JsonNode.DeepEquals(esimerkki["suoritukset"]![0]!["osasuoritukset"]![1], muokattu[1]));
    }

    [Fact]
    public void Ilman_oikeutta_arvioinnin_kuvausta_ei_kirjoiteta()
    {
        var lomake = Valmistavan();
        lomake.LisatiedotMuokattavissa = false;

        var oppiaine = lomake.Dokumentti()["suoritukset"]![0]!["osasuoritukset"]![0]!;

        Assert.Null(oppiaine["arviointi"]![0]!["kuvaus"]);
        Assert.Equal("S", (string?)oppiaine["arviointi"]![0]!["arvosana"]!["koodiarvo"]);
    }

    [Fact]
    public async Task Yksilollistetty_lukittuu_rajapaivan_jalkeen_vahvistetulle()
    {
        await using var kanta = await LuoAsync("Sqlite");

        Assert.False(kanta.Syotto.YksilollistettyLukittu(null));
        Assert.False(kanta.Syotto.YksilollistettyLukittu(new DateTime(2026, 8, 31)));
        Assert.True(kanta.Syotto.YksilollistettyLukittu(new DateTime(2026, 9, 1)));
    }

    [Fact]
    public void Uudet_tyypit_ovat_tallentajan_luotavissa()
    {
        var tyypit = OpiskeluoikeusSyotto.LuotavatTyypit(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu)).Select(t => t.Koodi);

        Assert.Contains(SyottoLomake.AikuistenPerusopetus, tyypit);
        Assert.Contains(SyottoLomake.Valmistava, tyypit);
    }

    /// <summary>An adult who studies the alkuvaihe (AI, A1 with kursseja) and the oppimäärä (MA with a kurssi), still läsnä.</summary>
    internal static SyottoLomake Aikuisten() => new()
    {
        Tyyppi = SyottoLomake.AikuistenPerusopetus,
        OppilaitosOid = Normaalikoulu,
        Jaksot = [new() { Alku = new DateTime(2025, 8, 11), Rahoitus = "1" }],
        Aikuiset = new()
        {
            Alkuvaihe = true,
            AlkuvaiheenOppiaineet =
            [
                new() { Oppiaine = "AI", Kieli = "AI1", Kurssit = [new() { Kurssi = "LÄI1", Arvosana = "8", Paiva = new DateTime(2025, 12, 12) }] },
                new() { Oppiaine = "A1", Kieli = "EN", Kurssit = [new() { Kurssi = "AENA1", Arvosana = "7", Paiva = new DateTime(2025, 12, 12) }] },
            ],
            Oppiaineet = [new() { Oppiaine = "MA", Kurssit = [new() { Kurssi = "MA3", Arvosana = "9", Paiva = new DateTime(2026, 3, 2) }] }],
        },
    };

    internal static SyottoLomake Valmistavan() => new()
    {
        Tyyppi = SyottoLomake.Valmistava,
        OppilaitosOid = Normaalikoulu,
        Jaksot = [new() { Alku = new DateTime(2025, 8, 11) }],
        ValmistavaOpetus = new()
        {
            Kokonaislaajuus = 900,
            Oppiaineet =
            [
                new() { Koodi = "FI", Nimi = "Suomen kieli", Sisalto = "Arjen sanasto", Laajuus = 10, Arvosana = "S", Kuvaus = "Osaa arjen sanaston" },
                new() { Koodi = "MA", Nimi = "Matematiikka", Laajuus = 4 },
            ],
        },
    };

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();
}
