using Koski.Virkailija.Testaus;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Check reports in the browser: run in the background with progress, downloaded through the authorized endpoint,
/// opened with the one-time password the page shows.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class RaportitTests(KoskiSovellus sovellus)
{
    private static async Task KirjoitaAsync(IPage sivu, string id, string arvo)
    {
        var kentta = sivu.Locator($"[id='{id}']");
        await kentta.FillAsync(arvo);
        await kentta.PressAsync("Tab");
    }

    [Fact]
    public async Task Katselija_lataa_vuosiluokkaraportin()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("katselija", "/raportit");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Perusopetuksen vuosiluokka" }).ClickAsync();
        // KOSKI's example pupil Kaisa Koululainen repeated grade 7 in Jyväskylän normaalikoulu in 2013–2014.
        await KirjoitaAsync(sivu, "raportti-paiva", "15.1.2014");
        await KirjoitaAsync(sivu, "raportti-vuosiluokka", "7");
        await Expect(sivu.GetByTestId("raportin-kuvaus")).ToContainTextAsync("arvosanat oppiaineittain");
        await Expect(sivu.GetByTestId("tietojen-ajantasaisuus")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"ajantasaiset \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}"));
        await sivu.TarkistaSaavutettavuusAsync();

        // One click (issue 16, finding 8): the file downloads as soon as it is ready.
        var lataus = await sivu.RunAndWaitForDownloadAsync(() => sivu.GetByRole(AriaRole.Button, new() { Name = "Luo ja lataa raportti" }).ClickAsync());

        Assert.Matches(@"^perusopetuksen_vuosiluokka_\d+_\d{4}-\d{2}-\d{2}\.xlsx$", lataus.SuggestedFilename);
        var salasana = await SalasanaAsync(sivu);
        await sivu.TarkistaSaavutettavuusAsync();
        var polku = await lataus.PathAsync();
        Assert.ThrowsAny<Exception>(() => SalattuXlsxLukija.Rivit(polku, "VAARASALASANA234"));
        var rivit = SalattuXlsxLukija.Rivit(polku, salasana);
        Assert.Equal(["Oppijan oid", "Sukunimi", "Etunimet"], rivit[0].Take(3));
        var kaisa = Assert.Single(rivit, r => r[1] == "Koululainen");
        Assert.Equal("Kaisa", kaisa[2]);
        Assert.Equal("7C", kaisa[5]);
        Assert.Equal("Kyllä", kaisa[rivit[0].IndexOf("Jää luokalle")]);
        Assert.All(rivit.Skip(1), r => Assert.Equal("7", r[6]));
        if (Environment.GetEnvironmentVariable("KOSKI_E2E_KUVAT") is { Length: > 0 } kuvat)
            await sivu.ScreenshotAsync(new() { Path = Path.Combine(kuvat, "raportit-vuosiluokka.png"), FullPage = true });
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Suppea_katselija_ei_paase_raportteihin_eika_lataukseen()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("katselija-suppea", "/raportit");

        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Name = "Raportit" })).ToHaveCountAsync(0);
        var vastaus = await sivu.Context.APIRequest.GetAsync($"/raportit/lataa/{Guid.NewGuid():N}", new() { MaxRedirects = 0 });
        Assert.Equal(403, vastaus.Status);
        await sivu.Context.CloseAsync();
    }

    /// <summary>The password shown next to the download link, in Finnish and Swedish, the same in both.</summary>
    internal static async Task<string> SalasanaAsync(IPage sivu)
    {
        var ohje = sivu.Locator(".salasana");
        await Expect(ohje.Locator("p[lang='fi']")).ToContainTextAsync("Excel-tiedosto on suojattu salasanalla");
        await Expect(ohje.Locator("p[lang='sv']")).ToContainTextAsync("Lösenordet för Excelfilen är");
        var salasanat = await ohje.Locator("code").AllTextContentsAsync();
        Assert.Equal(2, salasanat.Count);
        Assert.Matches("^[A-Z2-9]{16}$", salasanat[0]);
        Assert.Equal(salasanat[0], salasanat[1]);
        return salasanat[0];
    }
}
