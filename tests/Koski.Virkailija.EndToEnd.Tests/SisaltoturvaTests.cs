using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// With the Content-Security-Policy on (scripts only from this site), Chromium reports no violation on any section,
/// and the sections still render interactively.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class SisaltoturvaTests(KoskiSovellus sovellus)
{
    [Fact]
    public async Task Yksikaan_osio_ei_riko_sisaltoturvakaytantoa()
    {
        var sivu = await sovellus.UusiSivuAsync();
        var rikkeet = new List<string>();
        sivu.Console += (_, viesti) =>
        {
            if (viesti.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) rikkeet.Add(viesti.Text);
        };
        await sivu.KirjauduAsync("oph-paakayttaja");

        foreach (var polku in new[] { "/oppijat", "/uusi-opiskeluoikeus", "/raportit", "/kayttooikeudet", "/omat-tiedot", "/" })
        {
            await sivu.GotoAsync(polku);
            await sivu.OdotaInteraktiivistaAsync();
            await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }

        Assert.Empty(rikkeet);
        await sivu.Context.CloseAsync();
    }
}
