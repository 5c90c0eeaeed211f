using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Opiskeluoikeudet;

public class TiedonsiirtoTuontiTests
{
    private static TiedonsiirtoTuonti Tuonti(TestiTietokanta tietokanta) =>
        new(tietokanta, new OpiskeluoikeusTallennus(), new KiinteaAika());

    private static IReadOnlyList<string> EsimerkkienHetut =>
        Esimerkit.Tiedostot.Select(t => Esimerkit.Siirto(t)["henkilö"]!["hetu"]!.GetValue<string>()).ToList();

    private static int EsimerkkienOpiskeluoikeuksia =>
        Esimerkit.Tiedostot.Sum(t => Esimerkit.Siirto(t)["opiskeluoikeudet"]!.AsArray().Count);

    [Fact]
    public async Task KaikkiEsimerkitTuodaanJaUusintatuontiEiLisaaMitaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var oppijoita = EsimerkkienHetut.Distinct().Count();

        var tulos = await Tuonti(tietokanta).TuoKansiostaAsync(Jaettu.Esimerkit, "tuonti");

        Assert.Equal((29, 29, 18), (Esimerkit.Tiedostot.Count, EsimerkkienOpiskeluoikeuksia, oppijoita));
        Assert.Equal(new TiedonsiirtokansionTulos(29, oppijoita, 29, 0), tulos);
        await using (var db = tietokanta.CreateDbContext())
        {
            Assert.Equal(oppijoita, await db.Oppijat.CountAsync());
            Assert.Equal(29, await db.Opiskeluoikeudet.CountAsync());
            var versiot = await db.OpiskeluoikeusVersiot.ToListAsync();
            var rivit = await db.Opiskeluoikeudet.ToDictionaryAsync(o => o.Oid);
            Assert.Equal(29, versiot.Count);
            Assert.All(versiot, v =>
            {
                Assert.Equal((1, "tuonti", rivit[v.OpiskeluoikeusOid].Json), (v.Versionumero, v.Tallentaja, v.Json));
            });
            Assert.Equal(rivit.Keys.Order(), versiot.Select(v => v.OpiskeluoikeusOid).Order());
        }

        var uudelleen = await Tuonti(tietokanta).TuoKansiostaAsync(Jaettu.Esimerkit, "tuonti");

        Assert.Equal(new TiedonsiirtokansionTulos(29, 0, 0, 29), uudelleen);
        await using (var db = tietokanta.CreateDbContext())
        {
            Assert.Equal((oppijoita, 29, 29),
                (await db.Oppijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync(), await db.OpiskeluoikeusVersiot.CountAsync()));
        }
    }

    [Fact]
    public async Task TallennettuJsonOnLahetettyJsonTallennuksenKenttiaLukuunottamatta()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = Tuonti(tietokanta);

        foreach (var tiedosto in Esimerkit.Tiedostot)
        {
            var tulos = await tuonti.TuoAsync(File.ReadAllText(tiedosto), "tuonti");

            var lahetetyt = Esimerkit.Siirto(tiedosto)["opiskeluoikeudet"]!.AsArray();
            Assert.Equal(lahetetyt.Count, tulos.Lisatyt.Count);
            await using var db = tietokanta.CreateDbContext();
            for (var i = 0; i < lahetetyt.Count; i++)
            {
                var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tulos.Lisatyt[i]);
                Assert.Equal(tulos.OppijaOid, rivi.OppijaOid);
                Assert.True(JsonNode.DeepEquals(lahetetyt[i], Esimerkit.IlmanTallennuksenKenttia(rivi.Json)), Path.GetFileName(tiedosto));
                var tallennettu = JsonNode.Parse(rivi.Json)!;
                Assert.Equal((rivi.Oid, 1), (tallennettu["oid"]!.GetValue<string>(), tallennettu["versionumero"]!.GetValue<int>()));
                Assert.NotNull(tallennettu["aikaleima"]);
            }
        }
    }

    [Fact]
    public async Task UusiOppijaLuodaanHetustaJaLoydetaanSeuraavallaKerralla()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = Tuonti(tietokanta);

        var ensimmainen = await tuonti.TuoAsync(Esimerkit.Teksti("esiopetusvalmis_2022-09-26.json"), "tuonti");
        var toinen = await tuonti.TuoAsync(Esimerkit.Teksti("perusopetuksenlisaopetus_2022-08-15.json"), "tuonti");

        Assert.True(ensimmainen.OppijaLisatty);
        Assert.False(toinen.OppijaLisatty);
        Assert.Equal(ensimmainen.OppijaOid, toinen.OppijaOid);
        Assert.True(Oidit.OnHenkiloOid(ensimmainen.OppijaOid), ensimmainen.OppijaOid);
        await using var db = tietokanta.CreateDbContext();
        var oppija = await db.Oppijat.SingleAsync();
        Assert.Equal(("220109-784L", "Kaisa", "Kaisa", "Koululainen", new DateOnly(1909, 1, 22), "koululainen kaisa"),
            (oppija.Hetu, oppija.Etunimet, oppija.Kutsumanimi, oppija.Sukunimi, oppija.Syntymaaika, oppija.Hakunimi));
        Assert.Equal(2, await db.Opiskeluoikeudet.CountAsync(o => o.OppijaOid == oppija.Oid));
    }

    [Fact]
    public async Task OppijaLoytyyOidilla()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = Tuonti(tietokanta);
        var oid = (await tuonti.TuoAsync(Esimerkit.Teksti("esiopetusvalmis_2022-09-26.json"), "tuonti")).OppijaOid;

        var siirto = new JsonObject
        {
            ["henkilö"] = new JsonObject { ["oid"] = oid },
            ["opiskeluoikeudet"] = new JsonArray(Esimerkit.Opiskeluoikeus("lukioops2019-oppimaara_2025-10-08.json")),
        };
        var tulos = await tuonti.TuoAsync(siirto.ToJsonString(), "tuonti");

        Assert.Equal((oid, false, 1), (tulos.OppijaOid, tulos.OppijaLisatty, tulos.Lisatyt.Count));
        var tuntematon = new JsonObject
        {
            ["henkilö"] = new JsonObject { ["oid"] = "1.2.246.562.24.99999999999" },
            ["opiskeluoikeudet"] = new JsonArray(Esimerkit.Opiskeluoikeus("lukioops2019-oppimaara_2025-10-08.json")),
        };
        var virhe = await Assert.ThrowsAsync<TiedonsiirtoVirhe>(() => tuonti.TuoAsync(tuntematon.ToJsonString(), "tuonti"));
        Assert.Equal("notFound.oppijaaEiLöydy", virhe.Avain);
    }

    [Theory]
    [InlineData("220109-784X")]
    [InlineData("320109-784L")]
    [InlineData("2201094784L")]
    public async Task VirheellinenHetuHylataanEikaMitaanTallenneta(string hetu)
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var siirto = Esimerkit.Siirto("esiopetusvalmis_2022-09-26.json");
        siirto["henkilö"]!["hetu"] = hetu;

        var virhe = await Assert.ThrowsAsync<TiedonsiirtoVirhe>(() => Tuonti(tietokanta).TuoAsync(siirto.ToJsonString(), "tuonti"));

        Assert.Equal("badRequest.validation.henkilötiedot.hetu", virhe.Avain);
        await using var db = tietokanta.CreateDbContext();
        Assert.Equal((0, 0), (await db.Oppijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync()));
    }

    [Fact]
    public async Task DokumenttiTallennetaanKokonaanTaiEiLainkaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var siirto = Esimerkit.Siirto("esiopetusvalmis_2022-09-26.json");
        var rikkinainen = Esimerkit.Opiskeluoikeus("lukioops2019-oppimaara_2025-10-08.json");
        rikkinainen.Remove("tyyppi");
        siirto["opiskeluoikeudet"]!.AsArray().Add(rikkinainen);

        await Assert.ThrowsAsync<TiedonsiirtoVirhe>(() => Tuonti(tietokanta).TuoAsync(siirto.ToJsonString(), "tuonti"));

        await using var db = tietokanta.CreateDbContext();
        Assert.Equal((0, 0, 0),
            (await db.Oppijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync(), await db.OpiskeluoikeusVersiot.CountAsync()));
    }

    [Fact]
    public async Task KansiontuontiOhittaaVainJoAiemminTallennetut()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var kansio = Directory.CreateTempSubdirectory("koski-tiedonsiirrot-");
        try
        {
            // Two perusopetus study rights of one learner in one oppilaitos: both are new on the first import.
            foreach (var tiedosto in new[] { "perusopetuksenoppimaara-paattotodistus_2025-03-20.json", "perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json" })
                File.Copy(Path.Combine(Jaettu.Esimerkit, tiedosto), Path.Combine(kansio.FullName, tiedosto));
            File.WriteAllText(Path.Combine(kansio.FullName, "INDEX.tsv"), "ei tuoda");

            var tulos = await Tuonti(tietokanta).TuoKansiostaAsync(kansio.FullName, "tuonti");
            Assert.Equal(new TiedonsiirtokansionTulos(2, 1, 2, 0), tulos);

            File.Copy(Path.Combine(Jaettu.Esimerkit, "lukioops2019-oppimaara_2025-10-08.json"),
                Path.Combine(kansio.FullName, "lukio.json"));
            var toinen = await Tuonti(tietokanta).TuoKansiostaAsync(kansio.FullName, "tuonti");
            Assert.Equal(new TiedonsiirtokansionTulos(3, 1, 1, 2), toinen);
        }
        finally
        {
            kansio.Delete(recursive: true);
        }
    }
}
