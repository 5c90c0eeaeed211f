using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// The main pages in Finnish and Swedish, at a desktop width and a phone's (390 px): no name or other text is cut
/// off where the reader cannot get it back (finding 8, "truncated names"), the page itself never scrolls sideways,
/// and the coverage warnings (finding 7) are on the Käyttöoikeudet page when axe checks it. With KOSKI_KUVAT set to a
/// folder, each view is also saved there as a screenshot (fi/sv × width × page) for the record.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class SivujenKuvatTests(KoskiSovellus sovellus)
{
    private const string Hetu = "220109-784L";
    private static readonly (string Nimi, int Leveys, int Korkeus)[] Koot = [("tyopoyta", 1280, 900), ("puhelin", 390, 844)];
    private static readonly string? Kansio = Environment.GetEnvironmentVariable("KOSKI_KUVAT");

    [Fact]
    public async Task Paasivut_suomeksi_ja_ruotsiksi_tyopoydalla_ja_puhelimessa_ilman_katkenneita_nimia()
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var oppija = await db.Oppijat.Where(o => o.Hetu == Hetu).Select(o => o.Oid).SingleAsync();
        if (Kansio is not null) Directory.CreateDirectory(Kansio);

        // Shared demo officials: each goes back to Finnish however the walk ends (the language is stored on them).
        await KierraAsync("tallentaja", [("opiskelijat", "/oppijat"), ("oppija", $"/oppijat/{oppija}"),
            ("uusi-opiskeluoikeus", "/uusi-opiskeluoikeus"), ("raportit", "/raportit"), ("tiedonsiirrot", "/tiedonsiirrot"),
            ("tiedonsiirtojen-yhteenveto", "/tiedonsiirrot/yhteenveto"), ("rajapinta", "/tiedonsiirto")]);
        await KierraAsync("paakayttaja", [("kayttooikeudet", "/kayttooikeudet")]);
    }

    private async Task KierraAsync(string tunnus, (string Nimi, string Polku)[] sivut)
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync(tunnus, sivut[0].Polku);
        Exception? virhe = null;
        try
        {
            foreach (var kieli in new[] { "fi", "sv" })
            {
                if (kieli != "fi")
                {
                    // Switched on an interactive page (the last one may be the static API description).
                    await sivu.GotoAsync(sivut[0].Polku);
                    await sivu.OdotaInteraktiivistaAsync();
                    await sivu.VaihdaKieliAsync(kieli);
                }
                foreach (var (koko, leveys, korkeus) in Koot)
                {
                    await sivu.SetViewportSizeAsync(leveys, korkeus);
                    foreach (var (nimi, polku) in sivut)
                        await KatsoAsync(sivu, kieli, koko, nimi, polku);
                }
            }
        }
        catch (Exception e)
        {
            virhe = e;
            if (Kansio is not null) await sivu.ScreenshotAsync(new() { Path = Path.Combine(Kansio, $"virhe-{tunnus}.png"), FullPage = true });
        }
        try
        {
            // From a page of known state, whatever went wrong above.
            await sivu.GotoAsync("/omat-tiedot");
            await sivu.OdotaInteraktiivistaAsync();
            await sivu.VaihdaKieliAsync("fi");
        }
        catch (Exception) when (virhe is not null)
        {
        }
        await sivu.Context.CloseAsync();
        if (virhe is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(virhe);
    }

    private static async Task KatsoAsync(IPage sivu, string kieli, string koko, string nimi, string polku)
    {
        await sivu.GotoAsync(polku);
        // The API description is a static page (readable without signing in): no circuit to wait for.
        if (nimi != "rajapinta") await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu.Locator("html")).ToHaveAttributeAsync("lang", kieli);
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("");
        switch (nimi)
        {
            case "opiskelijat":
                await Expect(sivu.GetByRole(AriaRole.Table).Locator("tbody tr a").First).ToBeVisibleAsync();
                break;
            case "oppija":
                await Expect(sivu.Locator("[role=tab]").First).ToBeVisibleAsync();
                break;
            case "kayttooikeudet":
                // Finding 7: the demo's koulutustoimija has one pääkäyttäjä and its oppilaitos none, so the coverage
                // warnings are there for axe to measure.
                await Expect(sivu.GetByTestId("kattavuusvaroitus").First).ToBeVisibleAsync();
                await Expect(sivu.Locator(".mud-table-body tr a").First).ToBeVisibleAsync();
                break;
        }
        // Let a grid finish loading and the layout settle before measuring.
        await Expect(sivu.Locator(".mud-table-loading-progress, .mud-progress-linear")).ToHaveCountAsync(0);

        var leikatut = await sivu.EvaluateAsync<string[]>(LeikatutTekstit);
        Assert.True(leikatut.Length == 0, $"{nimi} ({kieli}, {koko}): text cut off:\n" + string.Join("\n", leikatut));
        var leveydet = await sivu.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(leveydet[0] <= leveydet[1], $"{nimi} ({kieli}, {koko}): the page is {leveydet[0]} px wide in a {leveydet[1]} px window:\n"
            + string.Join("\n", await sivu.EvaluateAsync<string[]>(YliReunan)));
        if (koko == "puhelin" || nimi == "kayttooikeudet") await sivu.TarkistaSaavutettavuusAsync();
        if (Kansio is not null)
            // The first screenful, as the user first sees the page.
            await sivu.ScreenshotAsync(new() { Path = Path.Combine(Kansio, $"{kieli}-{koko}-{nimi}.png") });
    }

    /// <summary>
    /// Visible text that is clipped where it cannot be scrolled to: an element whose own text overflows a box that
    /// hides overflow (ellipsis or hidden), or text running past the edge of an ancestor that hides overflow. A
    /// title attribute (the full text on hover) excuses it; a scrolling container (a wide table) does not cut.
    /// </summary>
    private const string LeikatutTekstit = """
        () => {
          const piilottaa = s => ['hidden', 'clip'].includes(s.overflowX);
          const leikatut = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || el.closest('[title], [aria-hidden=true], .mud-popover:not(.mud-popover-open)')) continue;
            const s = getComputedStyle(el);
            if (s.visibility === 'hidden') continue;
            let syy = null;
            if ((s.textOverflow === 'ellipsis' || piilottaa(s)) && el.scrollWidth > el.clientWidth + 1) syy = 'overflows its box';
            for (let a = el.parentElement; !syy && a && a !== document.body; a = a.parentElement) {
              const as = getComputedStyle(a);
              // A scrolling box, or MudTabs' tab bar (its arrows scroll the tabs), lets the reader reach the rest.
              if (['auto', 'scroll'].includes(as.overflowX) || a.classList.contains('mud-tabs-tabbar-content')) break;
              if (piilottaa(as)) {
                const ar = a.getBoundingClientRect();
                if (r.right > ar.right + 1 || r.left < ar.left - 1) syy = 'cut by ' + a.tagName.toLowerCase() + '.' + a.className;
                break;
              }
            }
            if (syy) leikatut.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 60)}": ${syy}`);
          }
          return leikatut;
        }
        """;

    /// <summary>The innermost elements that stick out past the window's right edge (why a page scrolls sideways).</summary>
    private const string YliReunan = """
        () => [...document.body.querySelectorAll('*')]
          .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
                        && ![...el.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
          .slice(0, 8)
          .map(el => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent || '').trim().slice(0, 50)}"`)
        """;
}
