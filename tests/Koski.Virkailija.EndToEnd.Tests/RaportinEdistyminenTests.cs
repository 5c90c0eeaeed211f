using System.Globalization;
using Koski.Virkailija.Testaus;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>A large report in the browser: the progress bar shows a value between 0 and 100 % while it runs, and Peruuta stops it.</summary>
[Collection(IsoRaporttiKokoelma.Nimi)]
public sealed class RaportinEdistyminenTests(IsoRaporttiSovellus sovellus)
{
    private static async Task AloitaVuosiluokkaraporttiAsync(IPage sivu)
    {
        await sivu.KirjauduAsync("katselija", "/raportit");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Perusopetuksen vuosiluokka" }).ClickAsync();
        foreach (var (kentta, arvo) in new[] { ("raportti-paiva", "1.10.2024"), ("raportti-vuosiluokka", "7") })
        {
            await sivu.Locator($"[id='{kentta}']").FillAsync(arvo);
            await sivu.Locator($"[id='{kentta}']").PressAsync("Tab");
        }
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Luo ja lataa raportti" }).ClickAsync();
    }

    /// <summary>Waits until the bar shows a value strictly between 0 and 100 and returns it.</summary>
    private static async Task<double> KeskenerainenArvoAsync(ILocator palkki)
    {
        await Expect(palkki).ToHaveAttributeAsync("aria-valuenow", new System.Text.RegularExpressions.Regex(@"^(?!0$|100$)\d{1,2}(\.\d+)?$"),
            new() { Timeout = 60_000 });
        return double.Parse((await palkki.GetAttributeAsync("aria-valuenow"))!, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Edistymispalkki_liikkuu_ja_raportti_valmistuu()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await AloitaVuosiluokkaraporttiAsync(sivu);

        // The report waits at row 2 500 of about 3 000: the bar has moved but the run is not done.
        var palkki = sivu.GetByRole(AriaRole.Progressbar, new() { Name = "Raportin edistyminen" });
        var kesken = await KeskenerainenArvoAsync(palkki);
        Assert.InRange(kesken, 1, 99);
        await Expect(sivu.GetByText("riviä kirjoitettu")).ToBeVisibleAsync();
        await Expect(sivu.GetByRole(AriaRole.Link, new() { NameRegex = new("^Lataa ") })).ToHaveCountAsync(0);

        await sivu.TarkistaSaavutettavuusAsync();

        // The download starts by itself once the report is done: no second click.
        var lataus = await sivu.RunAndWaitForDownloadAsync(() =>
        {
            sovellus.Portti.Release();
            return Task.CompletedTask;
        });
        await Expect(palkki).ToHaveAttributeAsync("aria-valuenow", "100");
        var rivit = SalattuXlsxLukija.Rivit(await lataus.PathAsync(), await RaportitTests.SalasanaAsync(sivu));
        Assert.Equal(IsoRaporttiSovellus.Oppilaita, rivit.Count(r => r[1] == "Isokoulu"));
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Peruuta_pysayttaa_raportin()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await AloitaVuosiluokkaraporttiAsync(sivu);
        await KeskenerainenArvoAsync(sivu.GetByRole(AriaRole.Progressbar, new() { Name = "Raportin edistyminen" }));

        await sivu.GetByRole(AriaRole.Button, new() { Name = "Peruuta" }).ClickAsync();

        await Expect(sivu.GetByText("Raportin luonti peruttiin.")).ToBeVisibleAsync();
        await Expect(sivu.GetByRole(AriaRole.Link, new() { NameRegex = new("^Lataa ") })).ToHaveCountAsync(0);
        await Expect(sivu.GetByRole(AriaRole.Button, new() { Name = "Luo ja lataa raportti" })).ToBeEnabledAsync();
        await sivu.Context.CloseAsync();
    }
}
