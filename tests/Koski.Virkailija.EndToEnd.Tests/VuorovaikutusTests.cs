using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Proves that the Blazor client script the build ships (extracted from the .NET 9 runtime pack) drives every kind
/// of interaction the app uses: events and a dialog, a validated form, client-side navigation, JS interop.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class VuorovaikutusTests(KoskiSovellus sovellus)
{
    [Fact]
    public async Task Uloskirjautuminen_kysyy_vahvistuksen_dialogissa()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("katselija");

        await sivu.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();
        var dialogi = sivu.GetByRole(AriaRole.Dialog);
        await Expect(dialogi).ToContainTextAsync("Haluatko kirjautua ulos?");
        await dialogi.GetByRole(AriaRole.Button, new() { Name = "Peruuta" }).ClickAsync();
        await Expect(dialogi).ToHaveCountAsync(0);
        await Expect(sivu.GetByTestId("kayttajanimi")).ToBeVisibleAsync();

        await sivu.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();
        await sivu.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();
        await Expect(sivu.GetByText("Olet kirjautunut ulos.")).ToBeVisibleAsync();

        // The session is gone: a protected page sends the browser back to sign in.
        await sivu.GotoAsync("/omat-tiedot");
        await Expect(sivu).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kirjaudu"));
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Lomake_nayttaa_virheen_kentan_vieressa_eika_tallenna_ja_tallentaa_kelvollisen()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/omat-tiedot");
        var kentta = sivu.GetByLabel("Sähköposti");
        // The message is the field's own helper text, inside the same input control (MudTextField).
        var virhe = sivu.Locator(".mud-input-control", new() { Has = sivu.Locator("#sahkoposti") })
            .GetByText("Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");

        await kentta.FillAsync("ei-osoite");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(virhe).ToBeVisibleAsync();
        await sivu.ReloadAsync();
        await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu.GetByLabel("Sähköposti")).Not.ToHaveValueAsync("ei-osoite");

        await sivu.GetByLabel("Sähköposti").FillAsync("tallentaja@normaalikoulu.fi");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(sivu.GetByText("Yhteystiedot tallennettiin.")).ToBeVisibleAsync();
        await Expect(virhe).ToHaveCountAsync(0);
        await sivu.ReloadAsync();
        await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu.GetByLabel("Sähköposti")).ToHaveValueAsync("tallentaja@normaalikoulu.fi");
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Valikosta_siirrytaan_ilman_sivun_uudelleenlatausta()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja");
        await sivu.EvaluateAsync("() => window.samaSivunLataus = true");

        await sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" })
            .GetByRole(AriaRole.Link, new() { Name = "Uusi opiskeluoikeus" }).ClickAsync();
        await Expect(sivu).ToHaveURLAsync(sovellus.Osoite + "/uusi-opiskeluoikeus");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uusi opiskeluoikeus");
        Assert.True(await sivu.EvaluateAsync<bool>("() => window.samaSivunLataus === true"),
            "the click reloaded the page instead of navigating inside the circuit");
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Yhteyden_katketessa_nakyy_suomenkielinen_ilmoitus_ja_istunto_jatkuu_palautuessa()
    {
        var sivu = await sovellus.UusiSivuAsync();
        IWebSocketRoute? yhteys = null;
        var katkaistu = false;
        await sivu.RouteWebSocketAsync(new Regex("/_blazor"), async ws =>
        {
            if (katkaistu)
            {
                await ws.CloseAsync();
                return;
            }
            yhteys = ws;
            ws.ConnectToServer();
        });
        await sivu.KirjauduAsync("katselija");

        katkaistu = true;
        await yhteys!.CloseAsync();
        var ilmoitus = sivu.Locator("#components-reconnect-modal");
        await Expect(ilmoitus).ToBeVisibleAsync();
        await Expect(ilmoitus).ToContainTextAsync("Yhteys palvelimeen katkesi. Yhdistetään uudelleen…");

        katkaistu = false;
        await Expect(ilmoitus).Not.ToBeVisibleAsync(new() { Timeout = 30_000 });
        await sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" })
            .GetByRole(AriaRole.Link, new() { Name = "Omat tiedot" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Omat tiedot");
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Terveystarkistus_kertoo_tietokannan_tilan()
    {
        var sivu = await sovellus.UusiSivuAsync();
        var vastaus = await sivu.APIRequest.GetAsync("/health");
        Assert.Equal(200, vastaus.Status);
        var json = await vastaus.TextAsync();
        Assert.Contains("\"status\":\"Healthy\"", json);
        Assert.Contains("\"provider\":\"Sqlite\"", json);
        await sivu.Context.CloseAsync();
    }
}
