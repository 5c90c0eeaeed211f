using System.Text.RegularExpressions;
using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Issue 16 findings on the Oppijat pages and the forms that need a browser: the student list, the date picker, hetu feedback.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class OpiskelijatJaKalenteriTests(KoskiSovellus sovellus)
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";

    [Fact]
    public async Task Opiskelijat_nakyvat_heti_maaran_kanssa_ja_tyyppisuodatin_tuntee_vain_koulun_tyypit()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("katselija", "/oppijat");

        // Finding 1: the user's students at once, with their count, no filter needed.
        await Expect(sivu.GetByTestId("opiskeluoikeuksia")).ToHaveTextAsync(new Regex(@"^Opiskeluoikeuksia: [1-9]\d*$"));
        await Expect(sivu.GetByRole(AriaRole.Link).Filter(new() { HasText = ", " }).First).ToBeVisibleAsync();
        await Expect(sivu.GetByText("Ei opiskeluoikeuksia näillä rajauksilla.")).ToHaveCountAsync(0);
        await sivu.TarkistaSaavutettavuusAsync();

        // Finding 8: the type filter lists the types the school's study rights have, not all 21 of KOSKI.
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var koulunTyypit = await db.Opiskeluoikeudet.Where(o => !o.Mitatoity && (o.OppilaitosOid == Normaalikoulu))
            .Select(o => o.Tyyppi).Distinct().ToListAsync();
        var nimet = await db.Koodit.Where(k => k.KoodistoUri == "opiskeluoikeudentyyppi" && koulunTyypit.Contains(k.Koodiarvo))
            .Select(k => k.NimiFi!).ToListAsync();
        var tyyppi = sivu.GetByRole(AriaRole.Combobox, new() { Name = "Opiskeluoikeuden tyyppi" });
        var tarjotut = await tyyppi.Locator("option:not([value=''])").AllInnerTextsAsync();
        Assert.Equal(nimet.Order(StringComparer.Ordinal), tarjotut.Select(t => t.Trim()).Order(StringComparer.Ordinal));
        Assert.True(tarjotut.Count < await db.Koodit.CountAsync(k => k.KoodistoUri == "opiskeluoikeudentyyppi"));

        // Choosing one narrows the list and the count follows it.
        var kaikki = await sivu.GetByTestId("opiskeluoikeuksia").InnerTextAsync();
        await tyyppi.SelectOptionAsync(new SelectOptionValue { Label = "Esiopetus" });
        await Expect(sivu.GetByTestId("opiskeluoikeuksia")).Not.ToHaveTextAsync(kaikki);
        await Expect(sivu.GetByRole(AriaRole.Table, new() { Name = "Opiskelijat" }).Locator("tbody tr").First).ToContainTextAsync("Esiopetus");
    }

    [Fact]
    public async Task Paivamaaravalitsin_on_suomeksi_ja_ruotsiksi_viikko_alkaa_maanantaista_eika_ylita_reunaa()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.SetViewportSizeAsync(800, 900);
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");
        var paiva = sivu.Locator("input[id='jakso-0-alku']");
        await paiva.FillAsync("8.8.2024");
        await paiva.PressAsync("Tab");

        await sivu.GetByRole(AriaRole.Button, new() { Name = "Alkupäivä: avaa kalenteri" }).First.ClickAsync();
        var kalenteri = sivu.Locator(".mud-popover-open");
        await Expect(kalenteri).ToContainTextAsync("elokuu");
        await Expect(kalenteri.Locator(".mud-day-label").First).ToHaveTextAsync(new Regex("^ma", RegexOptions.IgnoreCase));
        var laatikko = await kalenteri.BoundingBoxAsync();
        Assert.NotNull(laatikko);
        Assert.True(laatikko.X >= 0 && laatikko.X + laatikko.Width <= 800, $"calendar at {laatikko.X}+{laatikko.Width} overflows 800 px");
        await sivu.Keyboard.PressAsync("Escape");

        // The choice is stored on the official: tallentaja is shared by the other browser tests, so it goes back to
        // Finnish however this part ends.
        await sivu.VaihdaKieliAsync("sv");
        try
        {
            await sivu.Locator("input[id='jakso-0-alku']").FillAsync("8.8.2024");
            await sivu.Locator("input[id='jakso-0-alku']").PressAsync("Tab");
            await sivu.GetByRole(AriaRole.Button, new() { Name = "Startdatum: öppna kalendern" }).First.ClickAsync();
            await Expect(kalenteri).ToContainTextAsync("augusti");
            await Expect(kalenteri.Locator(".mud-day-label").First).ToHaveTextAsync(new Regex("^må", RegexOptions.IgnoreCase));
            // MudBlazor's own texts too: the month navigation is Swedish, not English.
            await Expect(kalenteri.GetByRole(AriaRole.Button, new() { Name = "Föregående månad", Exact = false }).First).ToBeVisibleAsync();
            await sivu.Keyboard.PressAsync("Escape");
            // Finding 10: the form in Swedish, its code choices named from the code lists' Swedish names.
            await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ny studierätt");
            await Expect(sivu.Valinta("jakso-0-tila")).ToHaveValueAsync("Närvarande");
            await Expect(sivu.Valinta("tyyppi")).ToHaveValueAsync("Grundläggande utbildning");
            await sivu.TarkistaSaavutettavuusAsync();
        }
        finally
        {
            await sivu.VaihdaKieliAsync("fi");
        }
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Kirjoitettu_hetu_kertoo_tallennetun_oppijan_ja_vaaran_tarkistusmerkin()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");
        var tunniste = sivu.GetByLabel("Henkilötunnus tai oppijanumero");
        var palaute = sivu.GetByTestId("tunniste-palaute");

        await tunniste.FillAsync("220109-784M");
        await tunniste.PressAsync("Tab");
        await Expect(palaute).ToHaveTextAsync("Henkilötunnuksen tarkistusmerkki on virheellinen");

        await tunniste.FillAsync("220109-784L");
        await tunniste.PressAsync("Tab");
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var oppija = await db.Oppijat.SingleAsync(o => o.Hetu == "220109-784L");
        await Expect(palaute.GetByRole(AriaRole.Link, new() { Name = $"{oppija.Sukunimi}, {oppija.Etunimet}" }))
            .ToHaveAttributeAsync("href", $"oppijat/{oppija.Oid}");
        // Known learner: no names to type.
        await Expect(sivu.GetByLabel("Sukunimi")).ToHaveCountAsync(0);
        await sivu.TarkistaSaavutettavuusAsync();
    }
}
