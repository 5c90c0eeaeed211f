using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// KOSKI's massaluovutus over HTTP: each query's result equals what the database, the matching report or the version
/// history says on the same data; rights as KOSKI's; another organisation's data never appears; two app instances
/// on one PostgreSQL run a queued query once.
/// </summary>
public sealed class MassaluovutusTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private const string Jyvaskylanyliopisto = "1.2.246.562.10.77055527103";
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private static readonly string[] Nopeasti = ["--Massaluovutus:Kyselyvali=00:00:00.100"];

    private static JsonObject Kysely(string tyyppi, string muoto, params (string, JsonNode?)[] kentat)
    {
        var kysely = new JsonObject { ["type"] = tyyppi, ["format"] = muoto };
        foreach (var (nimi, arvo) in kentat) kysely[nimi] = arvo;
        return kysely;
    }

    private static async Task<JsonObject> LahetaAsync(HttpClient http, JsonObject kysely)
    {
        var vastaus = await http.PostAsync("/koski/api/massaluovutus", Json(kysely));
        var runko = await vastaus.Content.ReadAsStringAsync();
        Assert.True(vastaus.StatusCode == HttpStatusCode.OK, $"{vastaus.StatusCode}: {runko}");
        return JsonNode.Parse(runko)!.AsObject();
    }

    /// <summary>Polls the query's state until it has ended (the workers look at the queue every 100 ms here).</summary>
    private static async Task<JsonObject> OdotaAsync(HttpClient http, JsonObject kysely)
    {
        var osoite = $"/koski/api/massaluovutus/{kysely["queryId"]}";
        using var aikaraja = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var tila = (await http.GetFromJsonAsync<JsonObject>(osoite, aikaraja.Token))!;
            if (tila["status"]!.GetValue<string>() is "complete" or "failed") return tila;
            await Task.Delay(100, aikaraja.Token);
        }
    }

    private static async Task<List<(string Nimi, byte[] Sisalto)>> TiedostotAsync(HttpClient http, JsonObject valmis)
    {
        Assert.Equal("complete", valmis["status"]!.GetValue<string>());
        var tiedostot = new List<(string, byte[])>();
        foreach (var osoite in valmis["files"]!.AsArray().Select(f => f!.GetValue<string>()))
        {
            var vastaus = await http.GetAsync(new Uri(osoite).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, vastaus.StatusCode);
            tiedostot.Add((Uri.UnescapeDataString(osoite[(osoite.LastIndexOf('/') + 1)..]), await vastaus.Content.ReadAsByteArrayAsync()));
        }
        return tiedostot;
    }

    private static Task<(HttpStatusCode, string)> VirheAsync(HttpClient http, JsonNode kysely) => VirheAsync(http, Json(kysely));

    private static async Task<(HttpStatusCode, string)> VirheAsync(HttpClient http, HttpContent kysely)
    {
        var vastaus = await http.PostAsync("/koski/api/massaluovutus", kysely);
        var runko = JsonNode.Parse(await vastaus.Content.ReadAsStringAsync());
        return (vastaus.StatusCode, runko is JsonArray a ? a[0]!["key"]!.GetValue<string>() : runko!.ToJsonString());
    }

    private static async Task<HashSet<string>> OrganisaationOidit(ApiSovellus sovellus, string organisaatio, DateOnly alkaen)
    {
        await using var scope = sovellus.Palvelut.CreateAsyncScope();
        var alipuu = (await scope.ServiceProvider.GetRequiredService<OrganisaatioHakemisto>().PuuAsync()).Alipuu(organisaatio).ToList();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContextAsync();
        return (await db.Opiskeluoikeudet.Where(o => !o.Mitatoity && alipuu.Contains(o.OppilaitosOid) && o.Alkamispaiva >= alkaen)
            .Select(o => o.Oid).ToListAsync()).ToHashSet();
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Organisaation_opiskeluoikeudet_JSONina_ja_CSVna_ovat_organisaation_nakyvat_eika_muuta(string tarjoaja)
    {
        await using var sovellus = await KaynnistaAsync(tarjoaja, Nopeasti);
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        // Another organisation's study right beside the demo data: it must not appear in Jyväskylä's result.
        var helsinki = KoskiApiTests.Esimerkki(Perusopetus, "hki");
        helsinki["henkilö"]!["hetu"] = Testihetut.Hetu(1);
        helsinki["opiskeluoikeudet"]![0]!["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.56900408842" };
        var tallennus = await oph.PutAsync("/koski/api/oppija", Json(helsinki));
        Assert.Equal(HttpStatusCode.OK, tallennus.StatusCode);

        var odotetut = await OrganisaationOidit(sovellus, Jyvaskylanyliopisto, new DateOnly(2000, 1, 1));
        Assert.NotEmpty(odotetut);

        // No organisatioOid: the service account's one root organisation is taken, as in KOSKI.
        var jono = await LahetaAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "application/json", ("alkanutAikaisintaan", "2000-01-01")));
        Assert.Contains(jono["status"]!.GetValue<string>(), new[] { "pending", "running", "complete" });
        Assert.Equal(Jyvaskylanyliopisto, jono["query"]!["organisaatioOid"]!.GetValue<string>());
        Assert.Equal(Jyu, jono["requestedBy"]!.GetValue<string>());
        var tiedostot = await TiedostotAsync(jyu, await OdotaAsync(jyu, jono));
        var oppijat = tiedostot.SelectMany(t => JsonNode.Parse(t.Sisalto)!.AsArray()).ToList();
        var saadut = oppijat.SelectMany(o => o!["opiskeluoikeudet"]!.AsArray()).Select(o => o!["oid"]!.GetValue<string>()).ToList();
        Assert.Equal(odotetut.Order(), saadut.Order());
        Assert.All(oppijat, o => Assert.NotNull(o!["henkilö"]!["oid"]));
        Assert.Equal(oppijat.Count, oppijat.Select(o => o!["henkilö"]!["oid"]!.GetValue<string>()).Distinct().Count());

        // The same as CSV tables: one opiskeluoikeus row per study right.
        var csvJono = await LahetaAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "text/csv", ("alkanutAikaisintaan", "2000-01-01")));
        var csv = await TiedostotAsync(jyu, await OdotaAsync(jyu, csvJono));
        var opiskeluoikeudet = Encoding.UTF8.GetString(csv.Single(t => t.Nimi == "opiskeluoikeus.csv").Sisalto)
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("opiskeluoikeus_oid,", opiskeluoikeudet[0]);
        Assert.Equal(odotetut.Order(), opiskeluoikeudet.Skip(1).Select(r => r.Split(',')[0]).Order());
        Assert.Contains(csv, t => t.Nimi == "paatason_suoritus.csv");

        // Nothing has changed after a day to come: a complete query without files.
        var tyhja = await OdotaAsync(jyu, await LahetaAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "application/json",
            ("alkanutAikaisintaan", "2000-01-01"), ("muuttunutJälkeen", "2100-01-01T00:00:00"))));
        Assert.Empty(await TiedostotAsync(jyu, tyhja));
    }

    [Fact]
    public async Task Oikeudet_kuten_KOSKIssa_ja_virheelliset_kyselyt_KOSKIn_avaimin()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite", Nopeasti);
        using var suppea = await sovellus.VirkailijanaAsync("katselija-suppea");
        using var katselija = await sovellus.VirkailijanaAsync("katselija");
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        var kysely = Kysely("organisaationOpiskeluoikeudet", "application/json", ("alkanutAikaisintaan", "2000-01-01"));

        // Without the special-category right: forbidden, as KOSKI's queryAllowed.
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), await VirheAsync(suppea, kysely));
        // Above one's own organisation: forbidden; one's own: accepted.
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"),
            await VirheAsync(katselija, Kysely("organisaationOpiskeluoikeudet", "application/json",
                ("alkanutAikaisintaan", "2000-01-01"), ("organisaatioOid", Jyvaskylanyliopisto))));
        var oma = await LahetaAsync(katselija, Kysely("organisaationOpiskeluoikeudet", "application/json",
            ("alkanutAikaisintaan", "2000-01-01"), ("organisaatioOid", Normaalikoulu)));
        // The same query again while it waits or runs is the same query; a new one only once the first has ended.
        var uudelleen = await LahetaAsync(katselija, Kysely("organisaationOpiskeluoikeudet", "application/json",
            ("alkanutAikaisintaan", "2000-01-01"), ("organisaatioOid", Normaalikoulu)));
        if (uudelleen["queryId"]!.GetValue<string>() != oma["queryId"]!.GetValue<string>())
        {
            var ensimmainen = await katselija.GetFromJsonAsync<JsonObject>($"/koski/api/massaluovutus/{oma["queryId"]}");
            Assert.Contains(ensimmainen!["status"]!.GetValue<string>(), new[] { "complete", "failed" });
        }

        // Another user's query is not found, as a query that does not exist.
        var vieras = await jyu.GetAsync($"/koski/api/massaluovutus/{oma["queryId"]}");
        Assert.Equal(HttpStatusCode.NotFound, vieras.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jyu.GetAsync($"/koski/api/massaluovutus/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await jyu.GetAsync("/koski/api/massaluovutus/ei-tunniste")).StatusCode);
        var valmis = await OdotaAsync(katselija, oma);
        Assert.Equal(HttpStatusCode.NotFound, (await jyu.GetAsync(new Uri(valmis["files"]![0]!.GetValue<string>()).PathAndQuery)).StatusCode);

        // Malformed queries: KOSKI's strict deserialisation answers jsonSchema.
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.validation.jsonSchema"),
            await VirheAsync(jyu, Kysely("tuntematon", "application/json")));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.validation.jsonSchema"),
            await VirheAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "application/json", ("alkanutAikaisintaan", "1.1.2024"))));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.validation.jsonSchema"),
            await VirheAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "application/json", ("alkanutAikaisintaan", "2024-01-01"), ("ylimääräinen", 1))));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.validation.jsonSchema"),
            await VirheAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "text/plain", ("alkanutAikaisintaan", "2024-01-01"))));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest"),
            await VirheAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "application/json", ("alkanutAikaisintaan", "2024-01-01"),
                ("eiPäättymispäivää", true), ("päättynytViimeistään", "2025-01-01"))));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.format.json"), await VirheAsync(jyu, new StringContent("{", Encoding.UTF8, "application/json")));
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Luokallejaaneet_luetaan_versiohistoriasta(string tarjoaja)
    {
        await using var sovellus = await KaynnistaAsync(tarjoaja, Nopeasti);
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);

        // Learner A repeats grade 7 in version 1; version 2 removes the mark: still a result, of version 1.
        var a = KoskiApiTests.Esimerkki(Perusopetus, "a");
        a["henkilö"]!["hetu"] = Testihetut.Hetu(2);
        var v1 = JsonNode.Parse(await (await jyu.PutAsync("/koski/api/oppija", Json(a))).Content.ReadAsStringAsync())!;
        var oidA = v1["opiskeluoikeudet"]![0]!["oid"]!.GetValue<string>();
        a["opiskeluoikeudet"]![0]!["oid"] = oidA;
        a["opiskeluoikeudet"]![0]!["suoritukset"]![0]!["jääLuokalle"] = false;
        Assert.Equal(HttpStatusCode.OK, (await jyu.PutAsync("/koski/api/oppija", Json(a))).StatusCode);
        // Learner B has no grade repeated in any version.
        var b = KoskiApiTests.Esimerkki(Perusopetus, "b");
        b["henkilö"]!["hetu"] = Testihetut.Hetu(3);
        b["opiskeluoikeudet"]![0]!["suoritukset"]![0]!["jääLuokalle"] = false;
        var vb = JsonNode.Parse(await (await jyu.PutAsync("/koski/api/oppija", Json(b))).Content.ReadAsStringAsync())!;
        var oidB = vb["opiskeluoikeudet"]![0]!["oid"]!.GetValue<string>();

        var json = await TiedostotAsync(jyu, await OdotaAsync(jyu, await LahetaAsync(jyu, Kysely("luokallejaaneet", "application/json"))));
        var tulokset = json.SelectMany(t => JsonNode.Parse(t.Sisalto)!.AsArray()).Select(t => t!.AsObject()).ToList();
        var tulosA = Assert.Single(tulokset, t => t["opiskeluoikeus"]!["oid"]!.GetValue<string>() == oidA);
        Assert.Equal("7", tulosA["luokka"]!.GetValue<string>());
        Assert.Equal(1, tulosA["opiskeluoikeus"]!["versionumero"]!.GetValue<int>());
        Assert.Equal(2, tulosA["viimeisinVersionumero"]!.GetValue<int>());
        Assert.True(tulosA["opiskeluoikeus"]!["suoritukset"]![0]!["jääLuokalle"]!.GetValue<bool>());
        Assert.DoesNotContain(tulokset, t => t["opiskeluoikeus"]!["oid"]!.GetValue<string>() == oidB);

        var csv = await TiedostotAsync(jyu, await OdotaAsync(jyu, await LahetaAsync(jyu, Kysely("luokallejaaneet", "text/csv"))));
        var rivit = Encoding.UTF8.GetString(Assert.Single(csv).Sisalto).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("opiskeluoikeudenOid,oppijanumero,luokka,versionumero,viimeisinVersionumero", rivit[0]);
        Assert.Contains($"{oidA},{v1["henkilö"]!["oid"]},7,1,2", rivit);
        Assert.DoesNotContain(rivit, r => r.StartsWith(oidB, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paallekkaiset_opiskeluoikeudet_ovat_raportin_rivit()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite", Nopeasti);
        using var katselija = await sovellus.VirkailijanaAsync("katselija");
        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        var (alku, loppu) = (new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31));
        // One learner in perusopetus 2008–2016 and in lukio 2012–2016 at the same school: an overlap.
        foreach (var esimerkki in new[] { Perusopetus, "lukio-paattotodistus_2024-11-05.json" })
        {
            var siirto = KoskiApiTests.Esimerkki(esimerkki, "p");
            siirto["henkilö"]!["hetu"] = Testihetut.Hetu(5);
            Assert.Equal(HttpStatusCode.OK, (await jyu.PutAsync("/koski/api/oppija", Json(siirto))).StatusCode);
        }

        var valmis = await OdotaAsync(katselija, await LahetaAsync(katselija, Kysely("paallekkaisetOpiskeluoikeudet", "text/csv",
            ("organisaatioOid", Normaalikoulu), ("alku", "2000-01-01"), ("loppu", "2030-12-31"))));
        var csv = Encoding.UTF8.GetString(Assert.Single(await TiedostotAsync(katselija, valmis)).Sisalto).TrimStart('\uFEFF');
        var rivit = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(r => string.Join('|', r.Split(';')[3], r.Split(';')[10])).Order().ToList();

        await using var scope = sovellus.Palvelut.CreateAsyncScope();
        var kayttaja = (await scope.ServiceProvider.GetRequiredService<KayttajaPalvelu>().HaeTunnuksellaAsync("katselija"))!;
        var raportti = await scope.ServiceProvider.GetRequiredService<Application.Raportit.Raportit>().LuoAsync(kayttaja,
            new RaportinParametrit(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, Normaalikoulu, alku, loppu));
        var odotetut = new List<string>();
        await foreach (var r in raportti.Taulukko.Rivit) odotetut.Add($"{r[3]}|{r[10]}");
        Assert.NotEmpty(odotetut);
        Assert.Equal(odotetut.Order().ToList(), rivit);

        // xlsx comes encrypted with a password returned with the result, as in KOSKI.
        var xlsx = await OdotaAsync(katselija, await LahetaAsync(katselija, Kysely("paallekkaisetOpiskeluoikeudet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ("organisaatioOid", Normaalikoulu),
            ("alku", "2000-01-01"), ("loppu", "2030-12-31"))));
        Assert.Equal(16, xlsx["password"]!.GetValue<string>().Length);
        var salattu = Assert.Single(await TiedostotAsync(katselija, xlsx)).Sisalto;
        Assert.Equal(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }, salattu[..4]);
    }

    [Fact]
    public async Task Kaksi_instanssia_samassa_PostgreSQLssa_ajavat_kyselyn_kerran()
    {
        await using var ensimmainen = await KaynnistaAsync("Postgres", "--Massaluovutus:Kaytossa=false");
        await using var toinen = await KaynnistaAsync("Postgres", [.. Nopeasti, $"--Database:Postgres={ensimmainen.PostgresYhteys}"]);
        await using var kolmas = await KaynnistaAsync("Postgres", [.. Nopeasti, $"--Database:Postgres={ensimmainen.PostgresYhteys}"]);
        using var jyu = ensimmainen.Palvelukayttajana(Jyu, JyuSalasana);
        var kyselyt = new List<JsonObject>();
        for (var i = 0; i < 6; i++)
            kyselyt.Add(await LahetaAsync(jyu, Kysely("organisaationOpiskeluoikeudet", "application/json",
                ("alkanutAikaisintaan", $"200{i}-01-01"))));
        foreach (var kysely in kyselyt) Assert.Equal("complete", (await OdotaAsync(jyu, kysely))["status"]!.GetValue<string>());

        await using var scope = ensimmainen.Palvelut.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContextAsync();
        var ajot = await db.Massaluovutukset.Select(m => new { m.Tyontekija, m.Uudelleenkaynnistyksia }).ToListAsync();
        Assert.Equal(6, ajot.Count);
        Assert.All(ajot, a => Assert.Equal(0, a.Uudelleenkaynnistyksia));
        // Every query was claimed by a worker of the second or third instance (the first one's is off).
        Assert.All(ajot, a => Assert.NotNull(a.Tyontekija));
        // Each query's files were written once: names are unique per query, and the same set as its state lists.
        var tiedostot = await db.MassaluovutuksenTiedostot.GroupBy(t => t.MassaluovutusId).Select(g => g.Count()).ToListAsync();
        Assert.All(tiedostot, n => Assert.Equal(1, n));
    }
}
