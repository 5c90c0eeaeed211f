using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Issue 17: a tallentaja creates an aikuisten perusopetus with its alkuvaihe and a kurssi, and a perusopetukseen
/// valmistava opetus, sees both on the learner page by KOSKI's names, and edits the valmistava opetus.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class AikuistenJaValmistavanSyottoTests(KoskiSovellus sovellus)
{
    private static async Task PaivaAsync(IPage sivu, string id, string paiva)
    {
        var kentta = sivu.Locator($"input[id='{id}']");
        await kentta.FillAsync(paiva);
        await kentta.PressAsync("Tab");
    }

    private static async Task OppijaAsync(IPage sivu, string hetu, string etunimet, string sukunimi, string tyyppi)
    {
        await sivu.GetByLabel("Henkilötunnus tai oppijanumero").FillAsync(hetu);
        await sivu.GetByLabel("Etunimet").FillAsync(etunimet);
        await sivu.GetByLabel("Sukunimi").FillAsync(sukunimi);
        await sivu.ValitseAsync("tyyppi", tyyppi);
        await PaivaAsync(sivu, "jakso-0-alku", "11.8.2025");
    }

    [Fact]
    public async Task Tallentaja_luo_aikuisten_perusopetuksen_alkuvaiheineen_ja_valmistavan_opetuksen_ja_muokkaa_sita()
    {
        const string aikuinen = "150380-957L", lapsi = "120816A9587";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");

        // Aikuisten perusopetus: the rahoitus KOSKI requires of a läsnä jakso, the alkuvaihe with MA and its kurssi.
        await OppijaAsync(sivu, aikuinen, "Aino", "Aikuisopiskelija", "Aikuisten perusopetus");
        await sivu.ValitseAsync("jakso-0-rahoitus", "Valtionosuusrahoitteinen koulutus");
        await sivu.GetByTestId("aikuisten-alkuvaihe").GetByRole(AriaRole.Checkbox).CheckAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää oppiaine alkuvaiheeseen" }).ClickAsync();
        await Expect(sivu.Valinta("alkuvaihe-0")).ToHaveValueAsync("Matematiikka");
        await sivu.GetByTestId("alkuvaihe-0-lisaa-kurssi").ClickAsync();
        await sivu.ValitseSuodattaenAsync("alkuvaihe-0-kurssi-0", "LMA1", "LMA1 Lukujen maailma");
        await sivu.ValitseAsync("alkuvaihe-0-kurssi-0-arvosana", "9");
        await PaivaAsync(sivu, "alkuvaihe-0-kurssi-0-paiva", "12.12.2025");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää oppiaine oppimäärään" }).ClickAsync();
        await sivu.ValitseAsync("aikuisten-aine-0", "Äidinkieli ja kirjallisuus");
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");

        // The alkuvaihe and the oppimäärä on their tabs, the first chosen: only its suoritus is on the page.
        await Expect(sivu.GetByRole(AriaRole.Tab)).ToHaveCountAsync(2);
        await Expect(sivu.GetByTestId("aikuisten-suoritus")).ToHaveCountAsync(1);
        await Expect(sivu.Locator("main")).ToContainTextAsync("LMA1 Lukujen maailma");
        await sivu.TarkistaSaavutettavuusAsync();
        // The keyboard moves to the other tab (WAI-ARIA tabs), and its suoritus replaces the first.
        await sivu.GetByRole(AriaRole.Tab).First.FocusAsync();
        await sivu.Keyboard.PressAsync("ArrowRight");
        await Expect(sivu.GetByRole(AriaRole.Tab).Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(sivu.GetByRole(AriaRole.Tab).Nth(1)).ToBeFocusedAsync();
        await Expect(sivu.GetByTestId("aikuisten-suoritus")).ToHaveCountAsync(1);
        await Expect(sivu.Locator("main")).Not.ToContainTextAsync("LMA1 Lukujen maailma");
        var aikuisten = await TallennettuAsync(aikuinen);
        Assert.Equal("1", (string?)aikuisten["tila"]!["opiskeluoikeusjaksot"]![0]!["opintojenRahoitus"]!["koodiarvo"]);
        var kurssi = aikuisten["suoritukset"]![0]!["osasuoritukset"]![0]!["osasuoritukset"]![0]!;
        Assert.Equal(("LMA1", "2025-12-12"), ((string?)kurssi["koulutusmoduuli"]!["tunniste"]!["koodiarvo"], (string?)kurssi["arviointi"]![0]!["päivä"]));
        Assert.Equal("AI1", (string?)aikuisten["suoritukset"]![1]!["osasuoritukset"]![0]!["koulutusmoduuli"]!["kieli"]!["koodiarvo"]);

        // Perusopetukseen valmistava opetus: a paikallinen oppiaine with its content and sanallinen arviointi.
        await sivu.GotoAsync("/uusi-opiskeluoikeus");
        await sivu.OdotaInteraktiivistaAsync();
        await OppijaAsync(sivu, lapsi, "Valma", "Valmistuja", "Perusopetukseen valmistava opetus");
        await sivu.Locator("input[id='valmistava-kokonaislaajuus']").FillAsync("900");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää oppiaine" }).ClickAsync();
        await sivu.Locator("input[id='valmistava-0-koodi']").FillAsync("FI2");
        await sivu.Locator("input[id='valmistava-0-nimi']").FillAsync("Suomi toisena kielenä");
        await sivu.Locator("input[id='valmistava-0-laajuus']").FillAsync("10");
        await sivu.ValitseAsync("valmistava-0-arvosana", "S (hyväksytty)");
        await sivu.Locator("input[id='valmistava-0-kuvaus']").FillAsync("Osaa arjen sanaston");
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");

        var valmistava = sivu.GetByTestId("valmistava-suoritus");
        await Expect(valmistava).ToContainTextAsync("Suomi toisena kielenä");
        await Expect(valmistava).ToContainTextAsync("Osaa arjen sanaston");

        // Edited: the opetuksen sisältö added, the grade changed; the rest stays.
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Muokkaa" }).ClickAsync();
        await sivu.WaitForURLAsync(url => url.EndsWith("/muokkaa", StringComparison.Ordinal));
        await Expect(sivu.Locator("input[id='valmistava-0-nimi']")).ToHaveValueAsync("Suomi toisena kielenä");
        await sivu.Locator("input[id='valmistava-0-sisalto']").FillAsync("Arjen vuorovaikutus");
        await sivu.ValitseAsync("valmistava-0-arvosana", "O (osallistunut)");
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.TallennaAsync(url => !url.EndsWith("/muokkaa", StringComparison.Ordinal), "oppijan sivulle");

        await Expect(sivu.GetByTestId("valmistava-suoritus")).ToContainTextAsync("Arjen vuorovaikutus");
        var tallennettu = await TallennettuAsync(lapsi);
        var oppiaine = tallennettu["suoritukset"]![0]!["osasuoritukset"]![0]!;
        Assert.Equal(("O", "FI2", 900m), ((string?)oppiaine["arviointi"]![0]!["arvosana"]!["koodiarvo"],
            (string?)oppiaine["koulutusmoduuli"]!["tunniste"]!["koodiarvo"], (decimal)tallennettu["suoritukset"]![0]!["kokonaislaajuus"]!["arvo"]!));
        Assert.Equal(2, (int)tallennettu["versionumero"]!);
    }

    private async Task<JsonObject> TallennettuAsync(string hetu)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var json = await db.Opiskeluoikeudet.Where(o => db.Oppijat.Any(p => p.Oid == o.OppijaOid && p.Hetu == hetu))
            .Select(o => o.Json).SingleAsync();
        return JsonNode.Parse(json)!.AsObject();
    }
}
