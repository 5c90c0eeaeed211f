using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Entering study rights by hand (issue 5), each test with a learner of its own.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class SyottoTests(KoskiSovellus sovellus)
{
    private async Task<int> OpiskeluoikeuksiaAsync(string hetu)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        return await db.Opiskeluoikeudet.CountAsync(o => db.Oppijat.Any(p => p.Oid == o.OppijaOid && p.Hetu == hetu));
    }

    private static async Task TaytaOppijaAsync(IPage sivu, string hetu)
    {
        await sivu.GetByLabel("Henkilötunnus tai oppijanumero").FillAsync(hetu);
        await sivu.GetByLabel("Etunimet").FillAsync("Sylvi Testi");
        await sivu.GetByLabel("Sukunimi").FillAsync("Syöttö");
    }

    private static async Task PaivaAsync(IPage sivu, string id, string paiva)
    {
        var kentta = sivu.Locator($"input[id='{id}']");
        await kentta.FillAsync(paiva);
        await kentta.PressAsync("Tab");
    }

    [Fact]
    public async Task Tallentaja_lisaa_perusopetuksen_ja_nakee_sen_oppijan_sivulla_ja_versiohistoriassa()
    {
        const string hetu = "150612A9121";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");

        await TaytaOppijaAsync(sivu, hetu);
        await PaivaAsync(sivu, "jakso-0-alku", "8.8.2024");
        for (var i = 0; i < 2; i++)
        {
            await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää vuosiluokka" }).ClickAsync();
            // KOSKI confirms a perusopetuksen oppimäärä only alongside a 9th-grade suoritus.
            await sivu.ValitseAsync($"luokka-{i}-aste", "9");
            await PaivaAsync(sivu, $"luokka-{i}-alku", i == 0 ? "8.8.2024" : "7.8.2025");
        }
        await sivu.GetByTestId("luokka-0-jaa").GetByRole(AriaRole.Checkbox).CheckAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää oppiaine", Exact = true }).ClickAsync();
        await sivu.ValitseAsync("aine-0-arvosana", "9");
        // No vahvistus: KOSKI confirms a perusopetuksen oppimäärä only with a 9th-grade suoritus.
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Syöttö, Sylvi Testi");
        await Expect(sivu.Locator("main")).ToContainTextAsync("Jää luokalle");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Versiohistoria" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Link, new() { Name = "Versio 1" })).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();
        Assert.Equal(1, await OpiskeluoikeuksiaAsync(hetu));
    }

    [Fact]
    public async Task Vaara_paivamaarajarjestys_naytetaan_kentan_vieressa_eika_mitaan_tallenneta()
    {
        const string hetu = "030915A9346";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");

        await TaytaOppijaAsync(sivu, hetu);
        await PaivaAsync(sivu, "jakso-0-alku", "8.8.2024");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää tila" }).ClickAsync();
        await PaivaAsync(sivu, "jakso-1-alku", "1.8.2024");
        await sivu.ValitseAsync("jakso-1-tila", "Eronnut");
        await Expect(sivu.Valinta("jakso-1-tila")).ToHaveValueAsync("Eronnut");
        async Task<(float, float)> TilanPaikkaAsync()
        {
            // Relative to the row's date input: scrolling the page does not count, only the row's own layout.
            var tila = (await sivu.Valinta("jakso-1-tila").BoundingBoxAsync())!;
            var alku = (await sivu.Locator("input[id='jakso-1-alku']").BoundingBoxAsync())!;
            return (tila.X - alku.X, tila.Y - alku.Y);
        }
        var ennen = await TilanPaikkaAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        var virhe = sivu.Locator("[data-polku='tila.opiskeluoikeusjaksot[1].alku']");
        await Expect(virhe).ToBeVisibleAsync();
        // Next to the field: inside the same group as the date input of the second period.
        await Expect(sivu.Locator(".kentta", new() { Has = sivu.Locator("input[id='jakso-1-alku']") }).Locator("[role=alert]")).ToHaveCountAsync(1);
        // Issue 16 finding 7: the message under the date does not move the row's other field.
        Assert.Equal(ennen, await TilanPaikkaAsync());
        await sivu.TarkistaSaavutettavuusAsync();
        Assert.Equal(0, await OpiskeluoikeuksiaAsync(hetu));
    }

    [Fact]
    public async Task Esiopetuksen_tallentaja_voi_lisata_vain_esiopetuksen_ja_mitatoity_katoaa()
    {
        const string hetu = "210418A9568";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("esiopetus-tallentaja", "/uusi-opiskeluoikeus");

        await sivu.AvaaValikkoAsync("tyyppi");
        await Expect(sivu.Vaihtoehdot()).ToHaveTextAsync(["Esiopetus"]);
        await sivu.Keyboard.PressAsync("Escape");
        await TaytaOppijaAsync(sivu, hetu);
        await PaivaAsync(sivu, "jakso-0-alku", "11.8.2025");
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");
        await Expect(sivu.Locator("article h3")).ToHaveCountAsync(1);
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Mitätöi opiskeluoikeus" }).ClickAsync();
        await sivu.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mitätöi", Exact = true }).ClickAsync();
        // Issue 16 finding 6: the learner's only study right gone, the user lands on Oppijat with a confirmation,
        // not on "ei löytynyt … tai sinulla ei ole oikeutta".
        await sivu.WaitForURLAsync(url => url.EndsWith("/oppijat", StringComparison.Ordinal));
        await Expect(sivu.GetByText("Opiskeluoikeus mitätöitiin. Oppijalla Syöttö, Sylvi Testi ei ole muita opiskeluoikeuksia")).ToBeVisibleAsync();
        await Expect(sivu.GetByText("Ei löytynyt")).ToHaveCountAsync(0);
        Assert.Equal(1, await OpiskeluoikeuksiaAsync(hetu));
    }

    [Fact]
    public async Task Tallentaja_lisaa_perusopetuksen_lisaopetuksen_oppiaineineen()
    {
        const string hetu = "080812A986H";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");

        await TaytaOppijaAsync(sivu, hetu);
        await sivu.ValitseAsync("tyyppi", "Perusopetuksen lisäopetus");
        await Expect(sivu.GetByText("Perusopetuksen lisäopetus: oppiaineet")).ToBeVisibleAsync();
        // KOSKI takes no lisäopetus tila after 31.5.2023.
        await PaivaAsync(sivu, "jakso-0-alku", "11.8.2022");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää oppiaine", Exact = true }).ClickAsync();
        await sivu.ValitseAsync("aine-0-arvosana", "8");
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var rivi = await db.Opiskeluoikeudet.SingleAsync(o => db.Oppijat.Any(p => p.Oid == o.OppijaOid && p.Hetu == hetu));
        Assert.Equal("perusopetuksenlisaopetus", rivi.Tyyppi);
        Assert.Contains("perusopetuksenlisaopetuksenoppiaine", rivi.Json);
    }

    [Fact]
    public async Task Lisaopetusta_ei_tarjota_sen_paattymisen_jalkeisille_paivamaarille()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");

        // KOSKI takes no lisäopetus tila after 31.5.2023: a later start leaves it out of the types.
        await PaivaAsync(sivu, "jakso-0-alku", "1.6.2023");
        await sivu.AvaaValikkoAsync("tyyppi");
        await Expect(sivu.Vaihtoehdot().GetByText("Perusopetus", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(sivu.Vaihtoehdot().GetByText("Perusopetuksen lisäopetus", new() { Exact = true })).ToHaveCountAsync(0);
        await sivu.Keyboard.PressAsync("Escape");

        await PaivaAsync(sivu, "jakso-0-alku", "31.5.2023");
        await sivu.ValitseAsync("tyyppi", "Perusopetuksen lisäopetus");
        await Expect(sivu.GetByText("Perusopetuksen lisäopetus: oppiaineet")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Esiopetuksen_tallentaja_merkitsee_ostetun_esiopetuksen_jarjestamismuodon()
    {
        const string hetu = "191119A9976";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("esiopetus-tallentaja", "/uusi-opiskeluoikeus");

        await TaytaOppijaAsync(sivu, hetu);
        await PaivaAsync(sivu, "jakso-0-alku", "11.8.2025");
        await sivu.ValitseAsync("jarjestamismuoto", "Ostopalvelu, kunnan tai kuntayhtymän järjestämä");
        // The drop-down shows the choice once the server has taken it; saving before that would race the selection.
        await Expect(sivu.Valinta("jarjestamismuoto")).ToHaveValueAsync("Ostopalvelu, kunnan tai kuntayhtymän järjestämä");
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var rivi = await db.Opiskeluoikeudet.SingleAsync(o => db.Oppijat.Any(p => p.Oid == o.OppijaOid && p.Hetu == hetu));
        Assert.Equal("JM02", (string?)System.Text.Json.Nodes.JsonNode.Parse(rivi.Json)!["järjestämismuoto"]!["koodiarvo"]);
    }
}
