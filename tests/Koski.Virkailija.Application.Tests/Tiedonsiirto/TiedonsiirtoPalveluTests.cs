using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>KOSKI's PUT /oppija semantics (issue: Tiedonsiirto), on SQLite and a real PostgreSQL server.</summary>
public sealed class TiedonsiirtoPalveluTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Jokainen_KOSKIn_esimerkki_tallentuu_ja_palautuu_samana(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var tiedostot = Directory.GetFiles(Jaettu.Esimerkit, "*.json").Select(Path.GetFileName).ToList();
        for (var n = 0; n < tiedostot.Count; n++)
        {
            var tiedosto = tiedostot[n];
            var siirto = Esimerkki(tiedosto!);
            // Each example for a learner of its own: several share a test identity, and KOSKI would refuse, say, a
            // second perusopetus in the same school at the same time as a duplicate (conflict.exists).
            siirto["henkilö"] = new JsonObject { ["hetu"] = Testihetut.Hetu(n), ["etunimet"] = "Esi", ["sukunimi"] = $"Merkki{n}" };
            var vastaus = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirto.DeepClone());

            var lahetetyt = siirto["opiskeluoikeudet"]!.AsArray();
            Assert.Equal(lahetetyt.Count, vastaus.Opiskeluoikeudet.Count);
            await using var db = kanta.Tietokanta.CreateDbContext();
            for (var i = 0; i < lahetetyt.Count; i++)
            {
                var tallennettu = vastaus.Opiskeluoikeudet[i];
                Assert.Equal(1, tallennettu.Versionumero);
                var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tallennettu.Oid);
                var json = JsonNode.Parse(rivi.Json)!.AsObject();
                foreach (var lisatty in new[] { "oid", "versionumero", "aikaleima" }) Assert.True(json.Remove(lisatty), lisatty);
                // KOSKI fills the koulutustoimija from the organisation registry when the sender leaves it out.
                if (lahetetyt[i]!["koulutustoimija"] is null) Assert.True(json.Remove("koulutustoimija"), "koulutustoimija");
                Assert.True(JsonNode.DeepEquals(lahetetyt[i], json), $"{tiedosto}: {json.ToJsonString()}");
                Assert.Equal("primus", rivi.Lahdejarjestelma);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Sama_opiskeluoikeus_uutena_toiseen_kertaan_on_ristiriita(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus, lahdeId: "1"));

        // Another source-system id makes it a new study right: the same pupil, school, type and time is KOSKI's duplicate.
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus, lahdeId: "2")));

        Assert.Equal(409, virhe.HttpTila);
        Assert.Equal("conflict.exists", Assert.Single(virhe.Virheet).Avain);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(1, await db.Opiskeluoikeudet.CountAsync());
        // The same one again (same source-system id) is an update, not a duplicate.
        Assert.Equal(2, (await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus, lahdeId: "1")))
            .Opiskeluoikeudet[0].Versionumero);
    }

    [Fact]
    public async Task Saman_dokumentin_kaksi_samaa_uutta_opiskeluoikeutta_on_ristiriita()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var siirto = Esimerkki(Perusopetus);
        var toinen = siirto["opiskeluoikeudet"]![0]!.DeepClone();
        toinen["lähdejärjestelmänId"]!["id"] = "toinen";
        siirto["opiskeluoikeudet"]!.AsArray().Add(toinen);

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), siirto));

        Assert.Equal("conflict.exists", Assert.Single(virhe.Virheet).Avain);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(0, await db.Opiskeluoikeudet.CountAsync());
    }

    [Fact]
    public async Task Tuntematon_koodiarvo_hylataan_skeemavirheena_kun_koodisto_on_tuotu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var siirto = Esimerkki(Perusopetus);
        siirto["opiskeluoikeudet"]![0]!["tila"]!["opiskeluoikeusjaksot"]![0]!["tila"]!["koodiarvo"] = "eiolemassa";

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), siirto));

        Assert.Equal(400, virhe.HttpTila);
        Assert.Contains(virhe.Virheet, v => v.Avain == "badRequest.validation.jsonSchema"
            && v.Viesti.Contains("tila.opiskeluoikeusjaksot[0].tila.koodiarvo", StringComparison.Ordinal));
        // The same example with its own codes is stored.
        Assert.Single((await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus))).Opiskeluoikeudet);
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Sama_lahdejarjestelman_tunniste_paivittaa_uudeksi_versioksi(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var eka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus));
        var toka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus));

        Assert.Equal(eka.OppijaOid, toka.OppijaOid);
        Assert.Equal(eka.Opiskeluoikeudet[0].Oid, toka.Opiskeluoikeudet[0].Oid);
        Assert.Equal(2, toka.Opiskeluoikeudet[0].Versionumero);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal([1, 2], await db.OpiskeluoikeusVersiot.Where(v => v.OpiskeluoikeusOid == eka.Opiskeluoikeudet[0].Oid)
            .OrderBy(v => v.Versionumero).Select(v => v.Versionumero).ToListAsync());
        Assert.Equal(2, await db.AuditLoki.CountAsync(a => a.OpiskeluoikeusOid == eka.Opiskeluoikeudet[0].Oid));
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Vanhentunut_versionumero_on_ristiriita(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var eka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus));
        var paivitys = Esimerkki(Perusopetus);
        var oo = paivitys["opiskeluoikeudet"]![0]!.AsObject();
        oo["oid"] = eka.Opiskeluoikeudet[0].Oid;
        oo["versionumero"] = 1;
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), paivitys.DeepClone());

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), paivitys));
        Assert.Equal(409, virhe.HttpTila);
        Assert.Equal("conflict.versionumero", Assert.Single(virhe.Virheet).Avain);
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Yksi_virheellinen_kolmesta_ei_tallenna_mitaan(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var siirto = Esimerkki("perusopetuksenlisaopetus_2022-08-15.json");
        var oikeudet = siirto["opiskeluoikeudet"]!.AsArray();
        var kelpaava = oikeudet[0]!.DeepClone();
        // Another valid one of another type (a second lisäopetus at the same time would be a duplicate).
        oikeudet.Add(Esimerkki("perusopetukseenvalmistavaopetus_2024-05-16.json")["opiskeluoikeudet"]![0]!.DeepClone());
        var virheellinen = kelpaava.DeepClone();
        virheellinen["tila"]!["opiskeluoikeusjaksot"]![1]!["alku"] = "2000-01-01";
        oikeudet.Add(virheellinen);
        oikeudet[1]!["lähdejärjestelmänId"]!["id"] = "toinen";
        oikeudet[2]!["lähdejärjestelmänId"]!["id"] = "kolmas";

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirto));
        Assert.Equal(400, virhe.HttpTila);
        Assert.Contains(virhe.Virheet, v => v.Avain == "badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät");
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(0, await db.Opiskeluoikeudet.CountAsync());
        Assert.Equal(0, await db.Oppijat.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Toisen_organisaation_opiskeluoikeus_on_kielletty(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        // The bought esiopetus is Helsinki's, in a Pyhtää day-care centre; this account belongs to Jyväskylän yliopisto.
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(Palvelukayttaja(JyvaskylanYliopisto), Esimerkki("esiopetus-ostopalvelu_2022-09-26.json")));
        Assert.Equal(403, virhe.HttpTila);
        Assert.Equal("forbidden.organisaatio", Assert.Single(virhe.Virheet).Avain);
    }

    [Fact]
    public async Task Palvelukayttaja_jolla_kaksi_juurta_on_kielletty()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(
            Palvelukayttaja(Normaalikoulu, JyvaskylanYliopisto), Esimerkki(Perusopetus)));
        Assert.Equal(403, virhe.HttpTila);
        Assert.Equal("forbidden.juuriorganisaatioPuuttuu", Assert.Single(virhe.Virheet).Avain);
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Tyyppia_ei_voi_muuttaa_eika_lahdejarjestelman_tunnistetta_poistaa(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var eka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus));
        var oid = eka.Opiskeluoikeudet[0].Oid;

        var tyyppi = Esimerkki(Perusopetus);
        tyyppi["opiskeluoikeudet"]![0]!["oid"] = oid;
        tyyppi["opiskeluoikeudet"]![0]!["tyyppi"]!["koodiarvo"] = "perusopetuksenlisaopetus";
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), tyyppi));
        Assert.Equal((403, "forbidden.kiellettyMuutos"), (virhe.HttpTila, virhe.Virheet[0].Avain));

        // An official edits by hand without a source-system id, so removing it is what the rule forbids.
        var ilmanTunnistetta = Esimerkki(Perusopetus, lahdeId: null);
        ilmanTunnistetta["opiskeluoikeudet"]![0]!["oid"] = oid;
        virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(
            Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu), ilmanTunnistetta));
        Assert.Equal((403, "forbidden.kiellettyMuutos"), (virhe.HttpTila, virhe.Virheet[0].Avain));
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Paivitys_sailyttaa_valmiit_suoritukset_kirjaa_siirron_historiaan_ja_mitatointi_vanhan_sisallon(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var oid = (await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Esimerkki(Perusopetus))).Opiskeluoikeudet[0].Oid;
        async Task<JsonObject> TallennettuAsync()
        {
            await using var db = kanta.Tietokanta.CreateDbContext();
            return JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Json)!.AsObject();
        }
        List<string?> Luokat(JsonObject oo) =>
            oo["suoritukset"]!.AsArray().Select(s => (string?)s!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"]).ToList();

        // The source system sends only the last grade and the oppimäärä: KOSKI keeps the vahvistettu grades 7 and 8.
        var vainYsi = Esimerkki(Perusopetus);
        vainYsi["opiskeluoikeudet"]![0]!["suoritukset"]!.AsArray().RemoveAt(0);
        vainYsi["opiskeluoikeudet"]![0]!["suoritukset"]!.AsArray().RemoveAt(0);
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), vainYsi);
        Assert.Equal(["7", "8", "9", "201101"], Luokat(await TallennettuAsync()));

        // A move to another koulutustoimija's oppilaitos is KOSKI's to allow, and the old one goes in the history.
        var siirretty = Esimerkki(Perusopetus);
        siirretty["opiskeluoikeudet"]![0]!["oid"] = oid;
        siirretty["opiskeluoikeudet"]![0]!["oppilaitos"] = new JsonObject { ["oid"] = HelsinginAikuislukio };
        foreach (var suoritus in siirretty["opiskeluoikeudet"]![0]!["suoritukset"]!.AsArray())
            suoritus!["toimipiste"] = new JsonObject { ["oid"] = HelsinginAikuislukio };
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirretty);
        var historia = Assert.Single((await TallennettuAsync())["organisaatiohistoria"]!.AsArray())!;
        Assert.Equal((Normaalikoulu, "2026-11-20"), ((string?)historia["oppilaitos"]!["oid"], (string?)historia["muutospäivä"]));
        await using (var db = kanta.Tietokanta.CreateDbContext())
        {
            var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid);
            Assert.Equal((HelsinginAikuislukio, HelsinginKaupunki), (rivi.OppilaitosOid, rivi.KoulutustoimijaOid));
        }

        // Invalidating with a PUT stores the stored document with a mitätöity jakso; the PUT's other changes are ignored.
        var mitatointi = siirretty.DeepClone().AsObject();
        mitatointi["opiskeluoikeudet"]![0]!["suoritukset"]![2]!["luokka"] = "9X";
        mitatointi["opiskeluoikeudet"]![0]!["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new JsonObject
        {
            ["alku"] = "2026-11-20", ["tila"] = new JsonObject { ["koodiarvo"] = "mitatoity", ["koodistoUri"] = "koskiopiskeluoikeudentila" },
        });
        // An invalidation names the version it invalidates like any update: a stale one is a conflict.
        var vanhentunut = mitatointi.DeepClone().AsObject();
        vanhentunut["opiskeluoikeudet"]![0]!["versionumero"] = 1;
        var ristiriita = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), vanhentunut));
        Assert.Equal("conflict.versionumero", Assert.Single(ristiriita.Virheet).Avain);
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), mitatointi);
        var mitatoity = await TallennettuAsync();
        Assert.NotEqual("9X", (string?)mitatoity["suoritukset"]![2]!["luokka"]);
        Assert.Equal("mitatoity", (string?)mitatoity["tila"]!["opiskeluoikeusjaksot"]!.AsArray()[^1]!["tila"]!["koodiarvo"]);
    }

    private const string HelsinginAikuislukio = "1.2.246.562.10.81017043621";

    [Fact]
    public async Task Tuntematon_oid_ja_vieraan_oppijan_opiskeluoikeus()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var tuntematon = Esimerkki(Perusopetus);
        tuntematon["opiskeluoikeudet"]![0]!["oid"] = "1.2.246.562.15.99999999999";
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), tuntematon));
        Assert.Equal((404, "notFound.opiskeluoikeuttaEiLöydyTaiEiOikeuksia"), (virhe.HttpTila, virhe.Virheet[0].Avain));

        var eka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Esimerkki(Perusopetus));
        var toinenOppija = Esimerkki("perusopetuksenlisaopetus_2022-08-15.json");
        var oo = Esimerkki(Perusopetus)["opiskeluoikeudet"]![0]!.DeepClone();
        oo["oid"] = eka.Opiskeluoikeudet[0].Oid;
        toinenOppija["henkilö"] = new JsonObject { ["hetu"] = "010106A9997", ["etunimet"] = "Toinen", ["sukunimi"] = "Oppija" };
        toinenOppija["opiskeluoikeudet"] = new JsonArray(oo);
        virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), toinenOppija));
        Assert.Equal((403, "forbidden.oppijaOidinMuutos"), (virhe.HttpTila, virhe.Virheet[0].Avain));
    }

    [Theory]
    [InlineData("[]", "badRequest.format.json")]
    [InlineData("{\"opiskeluoikeudet\": []}", "badRequest.validation.jsonSchema")]
    [InlineData("{\"henkilö\": {\"hetu\": \"010101-123N\"}, \"opiskeluoikeudet\": []}", "badRequest.validation.tyhjäOpiskeluoikeusLista")]
    [InlineData("{\"henkilö\": {\"hetu\": \"010101-123X\", \"etunimet\": \"A\", \"sukunimi\": \"B\"}, \"opiskeluoikeudet\": [{\"tyyppi\": {\"koodiarvo\": \"perusopetus\"}}]}", "badRequest.validation.henkilötiedot.hetu")]
    [InlineData("{\"henkilö\": {\"hetu\": \"010101-123N\", \"etunimet\": \"A\", \"sukunimi\": \"B\"}, \"opiskeluoikeudet\": [{\"tyyppi\": 5}]}", "badRequest.validation.jsonSchema")]
    [InlineData("{\"henkilö\": {\"hetu\": \"010101-123N\", \"etunimet\": \"Anna Liisa\", \"kutsumanimi\": \"Sanna\", \"sukunimi\": \"B\"}, \"opiskeluoikeudet\": [{\"tyyppi\": {\"koodiarvo\": \"perusopetus\"}}]}", "badRequest.validation.henkilötiedot.puutteelliset")]
    public async Task Virheellinen_rakenne_on_400_avaimella(string json, string avain)
    {
        await using var kanta = await LuoAsync("Sqlite");
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), JsonNode.Parse(json)));
        Assert.Equal(400, virhe.HttpTila);
        Assert.Equal(avain, virhe.Virheet[0].Avain);
    }

    [Fact]
    public async Task Palvelukayttajan_on_annettava_lahdejarjestelma_ja_virkailija_ei_saa()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus, lahdeId: null)));
        Assert.Equal("forbidden.lähdejärjestelmäIdPuuttuu", virhe.Virheet[0].Avain);
        virhe = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu), Esimerkki(Perusopetus)));
        Assert.Equal("forbidden.lähdejärjestelmäIdEiSallittu", virhe.Virheet[0].Avain);

        var vastaus = await kanta.Palvelu.TallennaAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
            Esimerkki(Perusopetus, lahdeId: null));
        Assert.Null(vastaus.Opiskeluoikeudet[0].LahdejarjestelmanId);
    }

    [Fact]
    public async Task Katselija_ei_voi_tallentaa()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(
            Virkailijana(Kayttooikeusryhma.KoskiKatselija, Normaalikoulu), Esimerkki(Perusopetus, lahdeId: null)));
        Assert.Equal((403, "forbidden.opiskeluoikeudenTyyppi"), (virhe.HttpTila, virhe.Virheet[0].Avain));
    }
    [Fact]
    public async Task Tuntematon_oppilaitos_ja_vaara_koulutustoimija_ovat_400_KOSKIn_avaimella()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var tuntematon = Esimerkki(Perusopetus);
        tuntematon["opiskeluoikeudet"]![0]!["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.99999999999" };
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), tuntematon));
        Assert.Equal((400, "badRequest.validation.organisaatio.tuntematon"), (virhe.HttpTila, virhe.Virheet[0].Avain));

        // The organisation tree reaches the catalogue: Helsinki is not the Normaalikoulu's koulutustoimija.
        var vaara = Esimerkki(Perusopetus);
        vaara["opiskeluoikeudet"]![0]!["koulutustoimija"] = new JsonObject { ["oid"] = HelsinginKaupunki };
        virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), vaara));
        Assert.Equal((400, "badRequest.validation.organisaatio.vääräKoulutustoimija"), (virhe.HttpTila, virhe.Virheet[0].Avain));
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(0, await db.Opiskeluoikeudet.CountAsync());
    }

    [Fact]
    public async Task Uutta_opiskeluoikeutta_ei_tallenneta_mitatoityna()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var siirto = Esimerkki(Perusopetus);
        var oo = siirto["opiskeluoikeudet"]![0]!.AsObject();
        oo.Remove("päättymispäivä");
        oo["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new JsonObject
        {
            ["alku"] = "2026-11-01", ["tila"] = new JsonObject { ["koodiarvo"] = "mitatoity", ["koodistoUri"] = "koskiopiskeluoikeudentila" },
        });
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), siirto));
        Assert.Equal((400, "badRequest.validation.tila.uudenOpiskeluoikeudenTallennusMitäöitynäEiSallittu"), (virhe.HttpTila, virhe.Virheet[0].Avain));

        // Once stored, the same study right may be invalidated by sending it again.
        var tallennettava = Esimerkki(Perusopetus);
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), tallennettava);
        var mitatoity = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), siirto);
        Assert.Equal(2, mitatoity.Opiskeluoikeudet[0].Versionumero);
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task IB_opiskeluoikeuden_muoto_seuraa_oppijan_varhaisinta_IB_opiskeluoikeutta(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        // KOSKI's IB example (from 2012, DP core in its own fields) as a second IB study right begun on 1.1.2025.
        var myohempi = Esimerkki(IbTutkinto, lahdeId: "2");
        var oo = myohempi["opiskeluoikeudet"]![0]!.AsObject();
        oo["alkamispäivä"] = "2025-01-01";
        oo.Remove("päättymispäivä");
        oo["tila"]!["opiskeluoikeusjaksot"] = new JsonArray(oo["tila"]!["opiskeluoikeusjaksot"]![0]!.DeepClone());
        oo["tila"]!["opiskeluoikeusjaksot"]![0]!["alku"] = "2025-01-01";
        foreach (var suoritus in oo["suoritukset"]!.AsArray()) suoritus!.AsObject().Remove("vahvistus");

        // Alone it is the learner's first IB study right, from 1.8.2024: DP core must go as osasuoritukset.
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), myohempi.DeepClone()));
        Assert.Equal(400, virhe.HttpTila);
        Assert.Contains(virhe.Virheet, v => v.Avain == "badRequest.validation.rakenne.dpCoreDeprecated"
            && v.Viesti.Contains("suoritukset[1].theoryOfKnowledge:", StringComparison.Ordinal));
        Assert.Contains(virhe.Virheet, v => v.Avain == "badRequest.validation.rakenne" && v.Viesti.Contains(" suoritukset[0]:", StringComparison.Ordinal));

        // Beside the learner's IB study right from 2012 the old form is right.
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Esimerkki(IbTutkinto));
        Assert.Single((await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), myohempi)).Opiskeluoikeudet);
    }

    private const string IbTutkinto = "ib-finalgrades_2026-04-02.json";

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Sisaltava_opiskeluoikeus_on_tallennettu_saman_oppilaitoksen_ja_oppijan(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var emo = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Esimerkki(Perusopetus));
        var emonOppilaitos = Esimerkki(Perusopetus)["opiskeluoikeudet"]![0]!["oppilaitos"]!["oid"]!.GetValue<string>();
        JsonObject Sisaltyva(string oid, string oppilaitos, bool samaOppija = true)
        {
            var siirto = Esimerkki("perusopetuksenlisaopetus_2022-08-15.json");
            siirto["henkilö"] = samaOppija ? Esimerkki(Perusopetus)["henkilö"]!.DeepClone()
                : new JsonObject { ["hetu"] = "010106A9997", ["etunimet"] = "Toinen", ["sukunimi"] = "Oppija" };
            siirto["opiskeluoikeudet"]![0]!["sisältyyOpiskeluoikeuteen"] = new JsonObject
            {
                ["oid"] = oid, ["oppilaitos"] = new JsonObject { ["oid"] = oppilaitos },
            };
            return siirto;
        }
        async Task<string> AvainAsync(JsonObject siirto) =>
            Assert.Single((await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirto))).Virheet).Avain;

        Assert.Equal(Sisaltyvyys.EiLoydyAvain, await AvainAsync(Sisaltyva("1.2.246.562.15.99999999999", emonOppilaitos)));
        // Until now any oppilaitos named here saw the study right; it must be the containing one's.
        Assert.Equal(Sisaltyvyys.VaaraOppilaitosAvain, await AvainAsync(Sisaltyva(emo.Opiskeluoikeudet[0].Oid, HelsinginAikuislukio)));
        Assert.Equal(Sisaltyvyys.HenkilotiedotAvain, await AvainAsync(Sisaltyva(emo.Opiskeluoikeudet[0].Oid, emonOppilaitos, samaOppija: false)));

        var sisaltyva = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Sisaltyva(emo.Opiskeluoikeudet[0].Oid, emonOppilaitos));
        Assert.Equal(emo.OppijaOid, sisaltyva.OppijaOid);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(emonOppilaitos, (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == sisaltyva.Opiskeluoikeudet[0].Oid)).SisaltavaOppilaitosOid);
    }
}
