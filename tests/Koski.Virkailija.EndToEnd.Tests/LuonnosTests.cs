using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Issue 5 "nothing lost": the form's draft stays in the browser tab and is offered when the page is opened again.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class LuonnosTests(KoskiSovellus sovellus)
{
    [Fact]
    public async Task Uuden_opiskeluoikeuden_luonnos_palautetaan_sivun_uudelleenlatauksen_jalkeen()
    {
        var sivu = await sovellus.UusiSivuAsync();
        // Leaving a changed form asks first (beforeunload); the test answers "leave", as after a dropped connection.
        sivu.Dialog += async (_, dialogi) => await dialogi.AcceptAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");
        await Expect(sivu.GetByTestId("luonnos")).ToHaveCountAsync(0);

        await sivu.GetByLabel("Henkilötunnus tai oppijanumero").FillAsync("171016A9648");
        await sivu.GetByLabel("Sukunimi").FillAsync("Luonnos");
        var paiva = sivu.Locator("input[id='jakso-0-alku']");
        await paiva.FillAsync("12.8.2025");
        await paiva.PressAsync("Tab");
        await Expect(paiva).ToHaveValueAsync("12.8.2025");
        await sivu.WaitForFunctionAsync("() => (sessionStorage.getItem('koski-luonnos:uusi') ?? '').includes('2025-08-12')");

        await sivu.ReloadAsync();
        await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu.GetByTestId("luonnos")).ToContainTextAsync("tallentamaton luonnos");
        await Expect(sivu.GetByLabel("Sukunimi")).ToHaveValueAsync("");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Palauta luonnos" }).ClickAsync();

        await Expect(sivu.GetByLabel("Henkilötunnus tai oppijanumero")).ToHaveValueAsync("171016A9648");
        await Expect(sivu.GetByLabel("Sukunimi")).ToHaveValueAsync("Luonnos");
        await Expect(sivu.Locator("input[id='jakso-0-alku']")).ToHaveValueAsync("12.8.2025");
        await Expect(sivu.GetByTestId("luonnos")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Muokkauslomakkeen_luonnos_palautetaan_ja_tallennetaan()
    {
        var luotu = await sovellus.KasinSyotettyAsync("250510A901T");
        var sivu = await sovellus.UusiSivuAsync();
        sivu.Dialog += async (_, dialogi) => await dialogi.AcceptAsync();
        await sivu.KirjauduAsync("tallentaja", $"/opiskeluoikeudet/{luotu.OpiskeluoikeusOid}/muokkaa");

        await sivu.GetByLabel("Myöntäjän nimi").FillAsync("Luonnoksen Myöntäjä");
        await sivu.GetByLabel("Myöntäjän titteli").FocusAsync();
        // The draft is written after the change event's round trip; a reload before it would test nothing.
        await sivu.WaitForFunctionAsync("oid => (sessionStorage.getItem('koski-luonnos:' + oid) ?? '').includes('Luonnoksen')",
            luotu.OpiskeluoikeusOid);
        await sivu.ReloadAsync();
        await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu.GetByLabel("Myöntäjän nimi")).ToHaveValueAsync("Reijo Reksi");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Palauta luonnos" }).ClickAsync();
        await Expect(sivu.GetByLabel("Myöntäjän nimi")).ToHaveValueAsync("Luonnoksen Myöntäjä");
        await sivu.TallennaAsync("/oppijat/" + luotu.OppijaOid);
        var tallennettu = await sovellus.TallennettuAsync(luotu.OpiskeluoikeusOid);
        Assert.Equal("Luonnoksen Myöntäjä", (string?)tallennettu["suoritukset"]![0]!["vahvistus"]!["myöntäjäHenkilöt"]![0]!["nimi"]);
    }
}
