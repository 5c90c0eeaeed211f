using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Issue 16: the main flow with the keyboard only (Tab, Enter and typing): sign in, search a learner, open them, go to
/// Raportit and run a report. Nothing is clicked; each step tabs until the control it needs has the focus.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class NappaimistoTests(KoskiSovellus sovellus)
{
    /// <summary>Presses Tab until <paramref name="kohde"/> has the focus; fails if it is not reached in <paramref name="enintaan"/> presses.</summary>
    private static async Task TabbaaAsync(IPage sivu, ILocator kohde, int enintaan = 120, string nappain = "Tab")
    {
        await kohde.WaitForAsync();
        for (var i = 0; i < enintaan; i++)
        {
            if (await kohde.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await sivu.Keyboard.PressAsync(nappain);
        }
        throw new Xunit.Sdk.XunitException($"Tab did not reach {kohde} in {enintaan} presses");
    }

    [Fact]
    public async Task Kirjautuminen_haku_oppija_ja_raportti_pelkalla_nappaimistolla()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.GotoAsync("/kirjaudu?returnUrl=%2F");
        await sivu.TarkistaSaavutettavuusAsync();
        await TabbaaAsync(sivu, sivu.Locator("tr[data-tunnus='katselija'] button[type=submit]"));
        await sivu.Keyboard.PressAsync("Enter");
        await sivu.WaitForURLAsync(url => !url.Contains("/kirjaudu"));
        await sivu.OdotaInteraktiivistaAsync();

        var valikko = sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" });
        await TabbaaAsync(sivu, valikko.GetByRole(AriaRole.Link, new() { Name = "Opiskelijat" }));
        await sivu.Keyboard.PressAsync("Enter");
        await Expect(sivu).ToHaveURLAsync(sovellus.Osoite + "/oppijat");

        var haku = sivu.GetByLabel("Henkilötunnus, oppijanumero tai nimi");
        await TabbaaAsync(sivu, haku);
        await sivu.Keyboard.TypeAsync("Koululainen");
        await sivu.Keyboard.PressAsync("Enter");
        var oppija = sivu.GetByRole(AriaRole.Link, new() { Name = "Koululainen, Kaisa" });
        await TabbaaAsync(sivu, oppija);
        await sivu.Keyboard.PressAsync("Enter");
        await Expect(sivu).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/oppijat/1\\.2\\.246\\.562\\.24\\."));
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Koululainen");

        // Back up to the menu (it comes before the page's content) with Shift+Tab.
        await TabbaaAsync(sivu, valikko.GetByRole(AriaRole.Link, new() { Name = "Raportit" }), nappain: "Shift+Tab");
        await sivu.Keyboard.PressAsync("Enter");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Raportit");
        await TabbaaAsync(sivu, sivu.GetByRole(AriaRole.Button, new() { Name = "Perusopetuksen vuosiluokka" }));
        await sivu.Keyboard.PressAsync("Enter");
        var luo = sivu.GetByRole(AriaRole.Button, new() { Name = "Luo ja lataa raportti" });
        await Expect(luo).ToBeEnabledAsync(); // the official's only oppilaitos is chosen for them
        await sivu.TarkistaSaavutettavuusAsync();
        await TabbaaAsync(sivu, luo);
        var lataus = await sivu.RunAndWaitForDownloadAsync(() => sivu.Keyboard.PressAsync("Enter"));
        Assert.EndsWith(".xlsx", lataus.SuggestedFilename, StringComparison.Ordinal);
        await sivu.Context.CloseAsync();
    }
}
