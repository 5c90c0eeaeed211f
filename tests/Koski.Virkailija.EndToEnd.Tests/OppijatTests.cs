using System.Text;
using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>The learner page as each kind of viewer, with KOSKI's examples imported.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class OppijatTests(KoskiSovellus sovellus)
{
    /// <summary>The examples' learner with esiopetus, perusopetus and lisäopetus study rights full of special-category data.</summary>
    private const string Hetu = "220109-784L";

    /// <summary>Labels of special-category fields that the examples of this learner hold.</summary>
    private static readonly string[] Arkaluonteiset =
        ["Pidennetty oppivelvollisuus", "Erityisen tuen päätökset", "Koulukoti", "Kuljetusetu", "Osa-aikainen erityisopetus", "Jää luokalle"];

    private async Task<T> KannastaAsync<T>(Func<IKoskiDb, Task<T>> kysely)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        return await kysely(db);
    }

    private Task<string> OppijaOidAsync(string hetu) =>
        KannastaAsync(db => db.Oppijat.Where(o => o.Hetu == hetu).Select(o => o.Oid).SingleAsync());

    /// <summary>Opens the learner's page as the user and returns the page's text and every websocket frame received, as text.</summary>
    private async Task<(string Teksti, string Kehykset)> AvaaOppijaAsync(string tunnus, string oid)
    {
        var sivu = await sovellus.UusiSivuAsync();
        var kehykset = new StringBuilder();
        sivu.WebSocket += (_, ws) => ws.FrameReceived += (_, kehys) =>
        {
            lock (kehykset) kehykset.Append(kehys.Binary is { } b ? Encoding.UTF8.GetString(b) : kehys.Text);
        };
        await sivu.KirjauduAsync(tunnus, $"/oppijat/{oid}");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("");
        // The page's own loading line gone (MudBlazor keeps live regions of its own on the page).
        await Expect(sivu.Locator("main p[role=status]")).ToHaveCountAsync(0);
        // Every päätason suoritus is on its own tab and each osasuoritus's details open on demand: open every one, so
        // that the text (and the frames) hold all the user can reach on the page.
        var teksti = new StringBuilder(await sivu.Locator("main").TextContentAsync());
        var valilehdet = sivu.GetByRole(AriaRole.Tab);
        for (var i = 0; i < await valilehdet.CountAsync(); i++)
        {
            await valilehdet.Nth(i).ClickAsync();
            await Expect(valilehdet.Nth(i)).ToHaveAttributeAsync("aria-selected", "true");
            // One at a time: each click opens exactly one (an opened one may show closed ones of its own).
            var suljettu = sivu.Locator("main .osasuoritus__avaa[aria-expanded=false]");
            var avattu = sivu.Locator("main .osasuoritus__avaa[aria-expanded=true]");
            var auki = await avattu.CountAsync();
            while (await suljettu.CountAsync() > 0)
            {
                await suljettu.First.ClickAsync();
                await Expect(avattu).ToHaveCountAsync(++auki);
            }
            teksti.Append(await sivu.Locator("main").TextContentAsync());
        }
        await sivu.TarkistaSaavutettavuusAsync();
        if (Environment.GetEnvironmentVariable("KOSKI_E2E_KUVAT") is { Length: > 0 } kuvat)
            await sivu.ScreenshotAsync(new() { Path = Path.Combine(kuvat, $"{tunnus}-{oid}.png"), FullPage = true });
        await sivu.Context.CloseAsync();
        lock (kehykset) return (teksti.ToString(), kehykset.ToString());
    }

    [Fact]
    public async Task Katselija_nakee_erityiset_tiedot_ja_suppea_ei_saa_niita_edes_websocketissa()
    {
        var oid = await OppijaOidAsync(Hetu);

        var (laaja, laajanKehykset) = await AvaaOppijaAsync("katselija", oid);
        var (suppea, suppeanKehykset) = await AvaaOppijaAsync("katselija-suppea", oid);

        Assert.All(Arkaluonteiset, a => Assert.Contains(a, laaja));
        Assert.All(Arkaluonteiset, a => Assert.Contains(a, laajanKehykset));
        foreach (var yhteinen in new[] { "Esiopetus", "Perusopetuksen lisäopetus", "Jyväskylän normaalikoulu", Hetu })
        {
            Assert.Contains(yhteinen, suppea);
            Assert.Contains(yhteinen, suppeanKehykset);
        }
        Assert.All(Arkaluonteiset, a => Assert.DoesNotContain(a, suppea));
        Assert.All(Arkaluonteiset, a => Assert.DoesNotContain(a, suppeanKehykset));
        // The theme shows button texts in capitals.
        Assert.Contains("versiohistoria", laaja.ToLowerInvariant());
        Assert.DoesNotContain("versiohistoria", suppea.ToLowerInvariant());
    }

    [Fact]
    public async Task Esiopetuksen_katselija_nakee_vain_esiopetuksen()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("esiopetus-katselija", $"/oppijat/{await OppijaOidAsync(Hetu)}");

        var otsikot = sivu.Locator("article h3");
        await Expect(otsikot.First).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();
        var tekstit = await otsikot.AllInnerTextsAsync();
        Assert.All(tekstit, t => Assert.StartsWith("Esiopetus –", t));
        await Expect(sivu.GetByText("Perusopetuksen lisäopetus")).ToHaveCountAsync(0);
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Toisen_organisaation_oppija_on_osoitteella_sama_kuin_olematon()
    {
        var helsinkilainen = await KannastaAsync(db => db.Opiskeluoikeudet
            .Where(o => o.KoulutustoimijaOid == "1.2.246.562.10.346830761110" && o.Tyyppi == "lukiokoulutus")
            .Where(o => !db.Opiskeluoikeudet.Any(m => m.OppijaOid == o.OppijaOid && m.OppilaitosOid == "1.2.246.562.10.14613773812"))
            .Select(o => o.OppijaOid).FirstAsync());
        var nimi = await KannastaAsync(db => db.Oppijat.Where(o => o.Oid == helsinkilainen).Select(o => o.Sukunimi).SingleAsync());

        var (toinen, kehykset) = await AvaaOppijaAsync("katselija", helsinkilainen);
        var (olematon, _) = await AvaaOppijaAsync("katselija", "1.2.246.562.24.99999999999");

        Assert.Contains("Ei löytynyt", toinen);
        Assert.Equal(olematon, toinen);
        Assert.DoesNotContain(nimi, toinen);
        Assert.DoesNotContain(nimi, kehykset);
    }

    [Fact]
    public async Task Haku_vie_oppijan_sivulle_ja_kirjaukset_kertovat_osoitteen_ja_istunnon()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/oppijat");
        var hetu = "010101-123N";

        await sivu.GetByLabel("Henkilötunnus, oppijanumero tai nimi").FillAsync(hetu);
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Hae" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.List, new() { Name = "Hakutulokset" })).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.GetByRole(AriaRole.List, new() { Name = "Hakutulokset" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(sivu.Locator("article h3").First).ToBeVisibleAsync();
        await sivu.Context.CloseAsync();

        var oid = await OppijaOidAsync(hetu);
        var tallentaja = await KannastaAsync(db => db.Virkailijat.Where(v => v.Kayttajatunnus == "tallentaja").Select(v => v.Oid).SingleAsync());
        var haku = await KannastaAsync(db => db.AuditLoki.Where(a => a.Operaatio == "OPPIJA_HAKU" && a.Kayttaja == tallentaja)
            .OrderByDescending(a => a.Id).FirstAsync());
        var katselu = await KannastaAsync(db => db.AuditLoki.Where(a => a.Operaatio == "OPISKELUOIKEUS_KATSOMINEN" && a.Kayttaja == tallentaja && a.OppijaOid == oid)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains(hetu, haku.Tiedot);
        foreach (var merkinta in new[] { haku, katselu })
        {
            Assert.Equal("127.0.0.1", merkinta.IpOsoite);
            Assert.False(string.IsNullOrEmpty(merkinta.Istunto));
        }
    }
}
