using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Tiedonsiirtovirheet in the browser: a transfer the API refused is shown to the pääkäyttäjä of the sending
/// organisation, who deletes it after a confirmation; another organisation's official never sees it.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class TiedonsiirrotTests(KoskiSovellus sovellus)
{
    private const string Sukunimi = "Virhesiirtolainen";

    private async Task LahetaVirheellinenAsync()
    {
        var siirto = JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, "perusopetuksenoppimaara-paattotodistus_2025-03-20.json")))!;
        siirto["henkilö"] = new JsonObject { ["hetu"] = Testihetut.Hetu(81), ["etunimet"] = "Veera", ["sukunimi"] = Sukunimi };
        var opiskeluoikeus = siirto["opiskeluoikeudet"]![0]!;
        opiskeluoikeus["lähdejärjestelmänId"] = new JsonObject
        {
            ["id"] = "e2e-tiedonsiirtovirhe", ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = "primus", ["koodistoUri"] = "lahdejarjestelma" },
        };
        opiskeluoikeus["tila"]!["opiskeluoikeusjaksot"]![0]!["tila"]!["koodiarvo"] = "eiolemassa";
        using var http = new HttpClient { BaseAddress = new Uri(sovellus.Osoite) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("palvelukayttaja-jyu:kehitys-salasana-jyu")));
        var vastaus = await http.PutAsync("/koski/api/oppija", new StringContent(siirto.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, vastaus.StatusCode);
    }

    [Fact]
    public async Task Hylatty_siirto_nakyy_lahettajan_paakayttajalle_joka_poistaa_sen_eika_muille()
    {
        await LahetaVirheellinenAsync();

        var muu = await sovellus.UusiSivuAsync();
        await muu.KirjauduAsync("helsinki-tallentaja", "/tiedonsiirrot/virheet");
        await Expect(muu.GetByRole(AriaRole.Heading, new() { Name = "Tiedonsiirtovirheet" })).ToBeVisibleAsync();
        await Expect(muu.GetByText(Sukunimi)).ToHaveCountAsync(0);
        await muu.Context.CloseAsync();

        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("paakayttaja", "/tiedonsiirrot");
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Tiedonsiirtovirheet" }).ClickAsync();
        var rivi = sivu.Locator("tr", new() { HasText = Sukunimi });
        await Expect(rivi).ToContainTextAsync("badRequest.validation.jsonSchema");
        await Expect(rivi).ToContainTextAsync("Jyväskylän normaalikoulu");
        await sivu.TarkistaSaavutettavuusAsync();

        // On a phone the log's seven columns scroll sideways, in a box a keyboard can reach.
        await sivu.SetViewportSizeAsync(375, 800);
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Tiedonsiirtoloki" }).ClickAsync();
        await Expect(sivu.Locator("tr", new() { HasText = Sukunimi })).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.SetViewportSizeAsync(1280, 800);
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Tiedonsiirtovirheet" }).ClickAsync();
        await Expect(rivi).ToContainTextAsync("badRequest.validation.jsonSchema");

        await rivi.GetByRole(AriaRole.Checkbox).CheckAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Poista valitut (1)" }).ClickAsync();
        var dialogi = sivu.GetByRole(AriaRole.Dialog);
        await Expect(dialogi).ToContainTextAsync("Opiskeluoikeuksiin tämä ei vaikuta");
        await dialogi.GetByRole(AriaRole.Button, new() { Name = "Poista" }).ClickAsync();
        await Expect(sivu.GetByText("Poistettiin 1 tiedonsiirtovirhettä.")).ToBeVisibleAsync();
        await Expect(sivu.Locator("tr", new() { HasText = Sukunimi })).ToHaveCountAsync(0);

        await sivu.GetByRole(AriaRole.Link, new() { Name = "Yhteenveto" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Name = "Yhteenveto", Level = 2 })).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.Context.CloseAsync();
    }
}
