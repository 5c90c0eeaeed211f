using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Opiskeluoikeudet;

public class OpiskeluoikeusTallennusTests
{
    private const string OppijaOid = "1.2.246.562.24.00000000042";
    // 20.11.2026 10:30:00.1234567 UTC is 12:30 in Finland (EET).
    private static readonly DateTimeOffset Hetki = new DateTimeOffset(2026, 11, 20, 10, 30, 0, TimeSpan.Zero).AddTicks(1_234_567);

    private static async Task<TestiTietokanta> OppijanKanssaAsync()
    {
        var tietokanta = await TestiTietokanta.SqliteAsync();
        await using var db = tietokanta.CreateDbContext();
        var oppija = new Oppija { Oid = OppijaOid, Hetu = "220109-784L", Etunimet = "Kaisa", Sukunimi = "Koululainen" };
        oppija.PaivitaHakunimi();
        db.Oppijat.Add(oppija);
        await db.SaveChangesAsync();
        return tietokanta;
    }

    [Fact]
    public async Task UusiOpiskeluoikeusSaaOidinVersionJaAikaleimanJaIndeksinJaEnsimmaisenVersion()
    {
        await using var tietokanta = await OppijanKanssaAsync();
        var lahetetty = Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json");
        var dokumentti = new OpiskeluoikeusDokumentti(lahetetty.DeepClone().AsObject());

        Opiskeluoikeus rivi;
        await using (var db = tietokanta.CreateDbContext())
        {
            rivi = await new OpiskeluoikeusTallennus().TallennaUusiAsync(db, OppijaOid, dokumentti, "tallentaja", Hetki);
        }

        Assert.True(Oidit.OnOpiskeluoikeusOid(rivi.Oid), rivi.Oid);
        Assert.Equal(rivi.Oid, dokumentti.Oid);
        Assert.Equal(1, dokumentti.Versionumero);
        Assert.Equal("2026-11-20T12:30:00.123456", dokumentti.Json["aikaleima"]!.GetValue<string>());

        await using var luku = tietokanta.CreateDbContext();
        var tallennettu = await luku.Opiskeluoikeudet.SingleAsync();
        Assert.Equal(rivi.Oid, tallennettu.Oid);
        Assert.Equal(OppijaOid, tallennettu.OppijaOid);
        Assert.Equal(1, tallennettu.Versionumero);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 30, 0, TimeSpan.Zero).AddTicks(1_234_560), tallennettu.Aikaleima);
        Assert.Equal("esiopetus", tallennettu.Tyyppi);
        Assert.Equal("1.2.246.562.10.14613773812", tallennettu.OppilaitosOid);
        Assert.Equal(new DateOnly(2014, 8, 13), tallennettu.Alkamispaiva);
        Assert.Equal(new DateOnly(2015, 8, 3), tallennettu.Paattymispaiva);
        Assert.Equal(Tilat.Valmistunut, tallennettu.Tila);
        Assert.Null(tallennettu.Lahdejarjestelma);
        Assert.True(JsonNode.DeepEquals(lahetetty, Esimerkit.IlmanTallennuksenKenttia(tallennettu.Json)));

        var versio = await luku.OpiskeluoikeusVersiot.SingleAsync();
        Assert.Equal((rivi.Oid, 1, "tallentaja", tallennettu.Json, tallennettu.Aikaleima),
            (versio.OpiskeluoikeusOid, versio.Versionumero, versio.Tallentaja, versio.Json, versio.Aikaleima));
    }

    [Fact]
    public async Task AnnettuOidSailyyJaLahdejarjestelmaKirjataanVersioon()
    {
        await using var tietokanta = await OppijanKanssaAsync();
        var json = Esimerkit.Opiskeluoikeus("lukioops2019-oppimaara_2025-10-08.json");
        json.Insert(0, "oid", "1.2.246.562.15.12345678901");
        json.Insert(1, "lähdejärjestelmänId", new JsonObject
        {
            ["id"] = "4321",
            ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = "primus", ["koodistoUri"] = "lahdejarjestelma" },
        });

        await using (var db = tietokanta.CreateDbContext())
        {
            await new OpiskeluoikeusTallennus().TallennaUusiAsync(db, OppijaOid, new OpiskeluoikeusDokumentti(json), "primus", Hetki);
        }

        await using var luku = tietokanta.CreateDbContext();
        var tallennettu = await luku.Opiskeluoikeudet.SingleAsync();
        Assert.Equal("1.2.246.562.15.12345678901", tallennettu.Oid);
        Assert.Equal(("primus", "4321"), (tallennettu.Lahdejarjestelma, tallennettu.LahdejarjestelmanId));
        Assert.Equal("primus", (await luku.OpiskeluoikeusVersiot.SingleAsync()).Lahdejarjestelma);
        // KOSKI's order: oid, versionumero, aikaleima, then the rest as sent.
        Assert.Equal(new[] { "oid", "versionumero", "aikaleima", "lähdejärjestelmänId" },
            JsonNode.Parse(tallennettu.Json)!.AsObject().Select(p => p.Key).Take(4));
    }

    [Fact]
    public async Task SamaOidEiTallennuToiseenKertaan()
    {
        await using var tietokanta = await OppijanKanssaAsync();
        await using var db = tietokanta.CreateDbContext();
        var tallennus = new OpiskeluoikeusTallennus();
        var ensimmainen = await tallennus.TallennaUusiAsync(db, OppijaOid,
            new OpiskeluoikeusDokumentti(Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json")), "t", Hetki);

        var toinen = Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json");
        toinen.Insert(0, "oid", ensimmainen.Oid);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            tallennus.TallennaUusiAsync(db, OppijaOid, new OpiskeluoikeusDokumentti(toinen), "t", Hetki));
    }

    [Fact]
    public async Task SamassaYksikossaTallennetutSaavatEriOidit()
    {
        await using var tietokanta = await OppijanKanssaAsync();
        await using var db = tietokanta.CreateDbContext();
        var tallennus = new OpiskeluoikeusTallennus();

        var oidit = new List<string>();
        foreach (var tiedosto in Esimerkit.Tiedostot.Take(5))
        {
            var rivi = await tallennus.TallennaUusiAsync(db, OppijaOid,
                new OpiskeluoikeusDokumentti(Esimerkit.Opiskeluoikeus(Path.GetFileName(tiedosto))), "t", Hetki);
            oidit.Add(rivi.Oid);
        }

        Assert.Equal(5, oidit.Distinct().Count());
        Assert.Equal(5, await db.OpiskeluoikeusVersiot.CountAsync());
    }

    [Fact]
    public async Task TyypitonDokumenttiHylataan()
    {
        await using var tietokanta = await OppijanKanssaAsync();
        await using var db = tietokanta.CreateDbContext();
        var json = Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json");
        json.Remove("tyyppi");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new OpiskeluoikeusTallennus().TallennaUusiAsync(db, OppijaOid, new OpiskeluoikeusDokumentti(json), "t", Hetki));
        Assert.Equal(0, await db.Opiskeluoikeudet.CountAsync());
    }
}
