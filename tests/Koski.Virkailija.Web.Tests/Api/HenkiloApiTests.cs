using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// A learner without hetu over HTTP: created by a Normaalikoulu tallentaja, given a study right with PUT
/// /koski/api/oppija and henkilö {oid}, found through KOSKI's henkilö endpoints only by those who see Normaalikoulu,
/// identified by a pääkäyttäjä; every lookup audited.
/// </summary>
public sealed class HenkiloApiTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private const string UusiHetu = "010115A913S";

    private static async Task<T> PalveluinAsync<T>(ApiSovellus sovellus, string tunnus, Func<IServiceProvider, Kayttaja, Task<T>> toiminto)
    {
        using var alue = sovellus.Palvelut.CreateScope();
        var kayttaja = await alue.ServiceProvider.GetRequiredService<KayttajaPalvelu>().HaeTunnuksellaAsync(tunnus)
            ?? throw new InvalidOperationException(tunnus);
        return await toiminto(alue.ServiceProvider, kayttaja);
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage vastaus)
    {
        var runko = await vastaus.Content.ReadAsStringAsync();
        Assert.True(vastaus.StatusCode == HttpStatusCode.OK, $"{vastaus.RequestMessage?.RequestUri}: {vastaus.StatusCode} {runko}");
        return JsonNode.Parse(runko)!;
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Hetuton_oppija_saa_opiskeluoikeuden_oidilla_ja_loytyy_henkilorajapinnasta_vain_organisaatiolleen(string tarjoaja)
    {
        await using var sovellus = await KaynnistaAsync(tarjoaja);
        var oid = await PalveluinAsync(sovellus, "tallentaja", async (p, k) => (await p.GetRequiredService<OppijanLuonti>().LuoAsync(k,
            new UusiOppija("Hilma Ilona", "Hilma", "Hetuton", new DateOnly(2010, 5, 6), "2", null, null, Normaalikoulu))).Oid!);

        using var jyu = sovellus.Palvelukayttajana(Jyu, JyuSalasana);
        var siirto = KoskiApiTests.Esimerkki(Perusopetus);
        siirto["henkilö"] = new JsonObject { ["oid"] = oid };
        var tallennettu = await OkAsync(await jyu.PutAsync("/koski/api/oppija", Json(siirto)));
        Assert.Equal(oid, (string?)tallennettu["henkilö"]!["oid"]);

        using var katselija = await sovellus.VirkailijanaAsync("katselija");
        using var helsinki = await sovellus.VirkailijanaAsync("helsinki-tallentaja");
        var oidilla = (await OkAsync(await katselija.GetAsync($"/koski/api/henkilo/oid/{oid}"))).AsArray();
        Assert.Equal(oid, (string?)oidilla.Single()!["oid"]);
        Assert.Equal("Hilma", (string?)oidilla[0]!["kutsumanimi"]);
        Assert.False(oidilla[0]!.AsObject().ContainsKey("hetu"));
        Assert.Empty((await OkAsync(await helsinki.GetAsync($"/koski/api/henkilo/oid/{oid}"))).AsArray());
        var haku = await OkAsync(await katselija.PostAsync("/koski/api/henkilo/search", Json(new JsonObject { ["query"] = oid })));
        Assert.Equal(oid, (string?)haku["henkilöt"]![0]!["oid"]);
        Assert.Equal(oid, (string?)haku["oid"]);
        var nimella = await OkAsync(await katselija.PostAsync("/koski/api/henkilo/search", Json(new JsonObject { ["query"] = "hetuton hilma" })));
        Assert.Contains(nimella["henkilöt"]!.AsArray(), h => (string?)h!["oid"] == oid);
        Assert.Empty((await OkAsync(await helsinki.PostAsync("/koski/api/henkilo/search", Json(new JsonObject { ["query"] = oid }))))["henkilöt"]!.AsArray());
        // A service account reads its own organisation's learners by oid too (KOSKI: virkailija or palvelukäyttäjä).
        Assert.Equal(oid, (string?)(await OkAsync(await jyu.GetAsync($"/koski/api/henkilo/oid/{oid}"))).AsArray().Single()!["oid"]);

        // Identified with a hetu nobody had: the hetu finds the same oid, for Normaalikoulu's readers only.
        await PalveluinAsync(sovellus, "paakayttaja", (p, k) => p.GetRequiredService<Yksilointi>().YksiloiAsync(k, oid, UusiHetu));
        var hetulla = (await OkAsync(await katselija.GetAsync($"/koski/api/henkilo/hetu/{UusiHetu}"))).AsArray();
        Assert.Equal(oid, (string?)hetulla.Single()!["oid"]);
        Assert.Equal(UusiHetu, (string?)hetulla[0]!["hetu"]);
        Assert.Empty((await OkAsync(await helsinki.GetAsync($"/koski/api/henkilo/hetu/{UusiHetu}"))).AsArray());
        var hetuhaku = await OkAsync(await helsinki.PostAsync("/koski/api/henkilo/search", Json(new JsonObject { ["query"] = UusiHetu })));
        Assert.Empty(hetuhaku["henkilöt"]!.AsArray());
        Assert.True((bool)hetuhaku["canAddNew"]!);

        await using var db = await sovellus.Palvelut.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_HAKU" && a.Tiedot!.Contains(UusiHetu)) >= 3);
        Assert.Equal(1, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_YKSILOINTI" && a.OppijaOid == oid));
    }

    [Fact]
    public async Task Virheellinen_hetu_oid_ja_liian_lyhyt_haku_saavat_KOSKIn_virheavaimen()
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var katselija = await sovellus.VirkailijanaAsync("katselija");
        using var vieras = new HttpClient { BaseAddress = new Uri(sovellus.Osoite) };

        async Task<(HttpStatusCode, string?)> AvainAsync(HttpResponseMessage v) =>
            (v.StatusCode, (string?)JsonNode.Parse(await v.Content.ReadAsStringAsync())!.AsArray()[0]!["key"]);

        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.validation.henkilötiedot.hetu"),
            await AvainAsync(await katselija.GetAsync("/koski/api/henkilo/hetu/010115A9131")));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.queryParam.virheellinenHenkilöOid"),
            await AvainAsync(await katselija.GetAsync("/koski/api/henkilo/oid/1.2.246.562.10.14613773812")));
        Assert.Equal((HttpStatusCode.BadRequest, "badRequest.queryParam.searchTermTooShort"),
            await AvainAsync(await katselija.PostAsync("/koski/api/henkilo/search", Json(new JsonObject { ["query"] = "ab" }))));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await katselija.PostAsync("/koski/api/henkilo/search", Json(new JsonObject { ["haku"] = "abc" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await vieras.GetAsync($"/koski/api/henkilo/hetu/{UusiHetu}")).StatusCode);
    }
}
