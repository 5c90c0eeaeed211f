using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Issue 4: every one of KOSKI's example documents renders on the learner page in a real browser — all types,
/// including those this product cannot edit — with the types' Finnish names and without breaking the circuit.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class EsimerkitSelaimessaTests(KoskiSovellus sovellus)
{
    /// <summary>The examples' learners by hetu, each with the types of the study rights their files hold.</summary>
    private static Dictionary<string, HashSet<string>> EsimerkkienOppijat()
    {
        var oppijat = new Dictionary<string, HashSet<string>>();
        foreach (var tiedosto in Directory.GetFiles(Jaettu.Esimerkit, "*.json"))
        {
            var dokumentti = JsonNode.Parse(File.ReadAllText(tiedosto))!;
            var hetu = (string)dokumentti["henkilö"]!["hetu"]!;
            var tyypit = oppijat.TryGetValue(hetu, out var t) ? t : oppijat[hetu] = [];
            foreach (var oo in dokumentti["opiskeluoikeudet"]!.AsArray())
                tyypit.Add((string)oo!["tyyppi"]!["koodiarvo"]!);
        }
        return oppijat;
    }

    [Fact]
    public async Task Jokainen_esimerkki_nakyy_oppijan_sivulla_tyyppinsa_suomenkielisella_nimella()
    {
        var oppijat = EsimerkkienOppijat();
        Assert.Equal(29, Directory.GetFiles(Jaettu.Esimerkit, "*.json").Length);

        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var tyyppinimet = await db.Koodit.Where(k => k.KoodistoUri == "opiskeluoikeudentyyppi")
            .ToDictionaryAsync(k => k.Koodiarvo, k => k.NimiFi!);
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("oph-paakayttaja", "/oppijat");
        var nahdytTyypit = new HashSet<string>();

        foreach (var (hetu, tyypit) in oppijat)
        {
            var oppija = await db.Oppijat.Where(o => o.Hetu == hetu).Select(o => o.Oid).SingleAsync();
            var opiskeluoikeudet = await db.Opiskeluoikeudet.Where(o => o.OppijaOid == oppija && !o.Mitatoity)
                .Select(o => new { o.Oid, o.Tyyppi }).ToListAsync();
            Assert.Superset(tyypit, opiskeluoikeudet.Select(o => o.Tyyppi).ToHashSet());

            await sivu.GotoAsync($"/oppijat/{oppija}");
            await sivu.OdotaInteraktiivistaAsync();
            await Expect(sivu.Locator("article.opiskeluoikeus")).ToHaveCountAsync(opiskeluoikeudet.Count);
            foreach (var oo in opiskeluoikeudet)
            {
                var otsikko = sivu.Locator($"[id='oo-{oo.Oid}']");
                await Expect(otsikko).ToContainTextAsync(tyyppinimet[oo.Tyyppi] + " –");
                var artikkeli = sivu.Locator("article.opiskeluoikeus", new() { Has = otsikko });
                await Expect(artikkeli.Locator(".tila-aikajana li").First).ToBeVisibleAsync();
                nahdytTyypit.Add(oo.Tyyppi);
            }
            // A render failure would end the circuit and Blazor would show its reconnect/rejected dialog.
            await Expect(sivu.Locator("#components-reconnect-modal.components-reconnect-show, " +
                "#components-reconnect-modal.components-reconnect-failed, #components-reconnect-modal.components-reconnect-rejected"))
                .ToHaveCountAsync(0);
        }

        Assert.Equal(oppijat.Values.SelectMany(t => t).ToHashSet(), nahdytTyypit);
        await sivu.Context.CloseAsync();
    }
}
