using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>A whole 9th-grade päättötodistus entered through the form: KOSKI's shape, its validation, and back into the form.</summary>
public sealed class PaattotodistusTests
{
    [Fact]
    public async Task Koko_paattotodistus_lomakkeelta_lapaisee_validoinnin_koodistoineen_ja_tallentuu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var dokumentti = Paattotodistus().Dokumentti();

        Assert.Empty(await kanta.Syotto.EsitarkistaAsync(dokumentti));
        var tulos = await kanta.Syotto.LuoAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
            new() { ["hetu"] = "010110A9987", ["etunimet"] = "Ysi", ["sukunimi"] = "Päättäjä" }, dokumentti);

        await using var db = kanta.Tietokanta.CreateDbContext();
        var tallennettu = OpiskeluoikeusDokumentti.Lue((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tulos.OpiskeluoikeusOid)).Json).Json;
        var lomake = SyottoLomake.Lue(tallennettu);
        Assert.Equal(Paattotodistus().OppiaineRivit.Select(Kuvaus), lomake.OppiaineRivit.Select(Kuvaus));
        Assert.Equal("S", lomake.Vuosiluokat.Single(v => v.Luokkaaste == "9").Kayttaytyminen);
        Assert.Equal(new DateTime(2025, 5, 31), lomake.Vuosiluokat.Single(v => v.Luokkaaste == "8").Vahvistus.Paiva);
    }

    [Fact]
    public async Task Tuntematon_kieli_osoittaa_oppiaineen_kieleen()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var lomake = Paattotodistus();
        lomake.OppiaineRivit[1].Kieli = "QQ";

        var virheet = await kanta.Syotto.EsitarkistaAsync(lomake.Dokumentti());

        Assert.Equal(["suoritukset[2].osasuoritukset[1].koulutusmoduuli.kieli.koodiarvo"], virheet.Select(v => v.Polku));
    }

    [Fact]
    public void Kielen_ja_paikallisen_oppiaineen_puutteet_osoittavat_kenttiin()
    {
        var lomake = Paattotodistus();
        lomake.OppiaineRivit[0].Kieli = null;
        lomake.OppiaineRivit[^1].PaikallinenNimi = " ";
        lomake.Vuosiluokat[0].OppiaineRivit.Add(new() { Paikallinen = true, Oppiaine = "", PaikallinenNimi = "Kerho" });

        var virheet = OpiskeluoikeusSyotto.PakollisetKentat(lomake, "010110A9987");

        Assert.Equal(
        [
            "suoritukset[2].osasuoritukset[0].koulutusmoduuli.kieli",
            "suoritukset[2].osasuoritukset[20].koulutusmoduuli.tunniste.nimi",
            "suoritukset[0].osasuoritukset[2].koulutusmoduuli.tunniste.koodiarvo",
        ], virheet.Select(v => v.Polku));
    }

    [Fact]
    public void Oppiaineet_ovat_KOSKIn_muodossa()
    {
        var suoritukset = Paattotodistus().Dokumentti()["suoritukset"]!.AsArray();
        var oppimaara = suoritukset[^1]!;
        var aineet = oppimaara["osasuoritukset"]!.AsArray().Select(o => o!["koulutusmoduuli"]!).ToList();

        Assert.Equal("perusopetuksenoppimaara", (string?)oppimaara["tyyppi"]!["koodiarvo"]);
        Assert.Equal("SV", (string?)oppimaara["suorituskieli"]!["koodiarvo"]);
        Assert.Equal("104/011/2014", (string?)oppimaara["koulutusmoduuli"]!["perusteenDiaarinumero"]);
        var ai = aineet.Single(a => (string?)a["tunniste"]!["koodiarvo"] == "AI");
        Assert.Equal(("AI1", "oppiaineaidinkielijakirjallisuus"), ((string?)ai["kieli"]!["koodiarvo"], (string?)ai["kieli"]!["koodistoUri"]));
        var a1 = aineet.Single(a => (string?)a["tunniste"]!["koodiarvo"] == "A1");
        Assert.Equal(("EN", "kielivalikoima"), ((string?)a1["kieli"]!["koodiarvo"], (string?)a1["kieli"]!["koodistoUri"]));
        var b2 = aineet.Single(a => (string?)a["tunniste"]!["koodiarvo"] == "B2");
        Assert.False((bool)b2["pakollinen"]!);
        Assert.Equal((4m, "3"), ((decimal)b2["laajuus"]!["arvo"]!, (string?)b2["laajuus"]!["yksikkö"]!["koodiarvo"]));
        var paikallinen = aineet.Single(a => (string?)a["tunniste"]!["koodiarvo"] == "TH");
        Assert.Null(paikallinen["tunniste"]!["koodistoUri"]);
        Assert.Equal("Tietokoneen hyötykäyttö", (string?)paikallinen["tunniste"]!["nimi"]!["fi"]);
        Assert.Equal("Tietokoneen hyötykäyttö", (string?)paikallinen["kuvaus"]!["fi"]);
        Assert.Null(aineet.Single(a => (string?)a["tunniste"]!["koodiarvo"] == "KT")["uskonnonOppimäärä"]);
        var yhdeksas = suoritukset.Single(s => (string?)s!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == "9")!;
        Assert.Equal("S", (string?)yhdeksas["käyttäytymisenArvio"]!["arvosana"]!["koodiarvo"]);
        Assert.Equal("2026-05-30", (string?)yhdeksas["vahvistus"]!["päivä"]);
    }

    [Fact]
    public void Valinnaisen_alle_kahden_vuosiviikkotunnin_aineen_arvosana_on_sanallinen_ja_pakollisen_numero()
    {
        Assert.Equal(["S", "O"], SyottoLomake.SallitutArvosanat(new() { Oppiaine = "LI", Pakollinen = false, Laajuus = 1 }, paattotodistus: true));
        Assert.DoesNotContain("S", SyottoLomake.SallitutArvosanat(new() { Oppiaine = "MA" }, paattotodistus: true));
        Assert.Contains("S", SyottoLomake.SallitutArvosanat(new() { Oppiaine = "OP" }, paattotodistus: true));
        Assert.Contains("S", SyottoLomake.SallitutArvosanat(new() { Oppiaine = "MA", Yksilollistetty = true }, paattotodistus: true));
        Assert.Contains("S", SyottoLomake.SallitutArvosanat(new() { Oppiaine = "MA" }, paattotodistus: false));
    }

    [Fact]
    public void Perusteen_vaihto_vaihtaa_oppimaaran_ja_vuosiluokkien_diaarin()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus("perusopetuksenoppimaara-paattotodistus_2025-03-20.json"));

        lomake.Diaarinumero = "1/011/2004";
        var diaarit = lomake.Dokumentti()["suoritukset"]!.AsArray().Select(s => (string?)s!["koulutusmoduuli"]!["perusteenDiaarinumero"]);

        Assert.All(diaarit, d => Assert.Equal("1/011/2004", d));
    }

    [Fact]
    public void Vuosiluokan_arvosanan_ja_vahvistuksen_muutos_koskee_vain_sita_vuosiluokkaa()
    {
        var dokumentti = Opiskeluoikeus("perusopetuksenoppimaara-paattotodistus_2025-03-20.json");
        var lomake = SyottoLomake.Lue(dokumentti);
        var kahdeksas = lomake.Vuosiluokat.Single(v => v.Luokkaaste == "8");

        kahdeksas.OppiaineRivit.First(o => o.Oppiaine == "MA").Arvosana = "10";
        kahdeksas.Vahvistus.MyontajaNimi = "Uusi Rehtori";
        var tallennettava = lomake.Dokumentti()["suoritukset"]!.AsArray();

        var indeksi = lomake.VuosiluokanIndeksi(lomake.Vuosiluokat.IndexOf(kahdeksas));
        var muutettu = tallennettava[indeksi]!;
        Assert.Equal("10", (string?)muutettu["osasuoritukset"]!.AsArray()
            .First(o => (string?)o!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == "MA")!["arviointi"]![0]!["arvosana"]!["koodiarvo"]);
        Assert.Equal("Uusi Rehtori", (string?)muutettu["vahvistus"]!["myöntäjäHenkilöt"]![0]!["nimi"]);
        for (var i = 0; i < tallennettava.Count; i++)
            if (i != indeksi) Assert.True(JsonNode.DeepEquals(dokumentti["suoritukset"]![i], tallennettava[i]), $"suoritukset[{i}]");
    }

    private static string Kuvaus(SyottoLomake.OppiaineRivi r) =>
        $"{r.Oppiaine}|{r.Paikallinen}|{r.Kieli}|{r.Pakollinen}|{r.Laajuus:0.##}|{r.PaikallinenNimi}|{r.Arvosana}";

    /// <summary>A learner who started in the 8th grade here, finished it and the 9th, and got the päättötodistus.</summary>
    internal static SyottoLomake Paattotodistus()
    {
        var vahvistus = new DateTime(2026, 5, 30);
        return new SyottoLomake
        {
            Tyyppi = SyottoLomake.Perusopetus,
            OppilaitosOid = Normaalikoulu,
            Jaksot = [new() { Alku = new DateTime(2024, 8, 8) }, new() { Alku = vahvistus, Tila = "valmistunut" }],
            Suorituskieli = "SV",
            Vuosiluokat =
            [
                new()
                {
                    Luokkaaste = "8", Luokka = "8A", Alkamispaiva = new DateTime(2024, 8, 8), Kayttaytyminen = "9",
                    OppiaineRivit = [new() { Oppiaine = "MA", Arvosana = "8", Laajuus = 3 }, new() { Oppiaine = "AI", Kieli = "AI1", Arvosana = "8" }],
                    Vahvistus = new() { Paiva = new DateTime(2025, 5, 31), Paikkakunta = "179", MyontajaNimi = "Reijo Reksi", MyontajaTitteli = "rehtori" },
                },
                new()
                {
                    Luokkaaste = "9", Luokka = "9A", Alkamispaiva = new DateTime(2025, 8, 7), Kayttaytyminen = "S",
                    Vahvistus = new() { Paiva = vahvistus, Paikkakunta = "179", MyontajaNimi = "Reijo Reksi", MyontajaTitteli = "rehtori" },
                },
            ],
            OppiaineRivit =
            [
                new() { Oppiaine = "AI", Kieli = "AI1", Arvosana = "9", Laajuus = 14 },
                new() { Oppiaine = "A1", Kieli = "EN", Arvosana = "8", Laajuus = 8 },
                new() { Oppiaine = "B1", Kieli = "SV", Arvosana = "7", Laajuus = 2 },
                new() { Oppiaine = "KT", Arvosana = "9" },
                new() { Oppiaine = "MA", Arvosana = "10" },
                new() { Oppiaine = "BI", Arvosana = "8" },
                new() { Oppiaine = "GE", Arvosana = "8" },
                new() { Oppiaine = "FY", Arvosana = "7" },
                new() { Oppiaine = "KE", Arvosana = "7" },
                new() { Oppiaine = "TE", Arvosana = "8" },
                new() { Oppiaine = "HI", Arvosana = "9" },
                new() { Oppiaine = "YH", Arvosana = "9" },
                new() { Oppiaine = "MU", Arvosana = "8" },
                new() { Oppiaine = "KU", Arvosana = "9" },
                new() { Oppiaine = "KS", Arvosana = "8" },
                new() { Oppiaine = "LI", Arvosana = "9" },
                new() { Oppiaine = "KO", Arvosana = "8" },
                new() { Oppiaine = "OP", Arvosana = "S" },
                new() { Oppiaine = "LI", Pakollinen = false, Laajuus = 1, Arvosana = "S" },
                new() { Oppiaine = "B2", Kieli = "DE", Pakollinen = false, Laajuus = 4, Arvosana = "8" },
                new() { Oppiaine = "TH", Paikallinen = true, PaikallinenNimi = "Tietokoneen hyötykäyttö", Pakollinen = false, Laajuus = 2, Arvosana = "9" },
            ],
            VahvistusPaiva = vahvistus,
            VahvistusPaikkakunta = "179",
            MyontajaNimi = "Reijo Reksi",
            MyontajaTitteli = "rehtori",
        };
    }

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();
}
