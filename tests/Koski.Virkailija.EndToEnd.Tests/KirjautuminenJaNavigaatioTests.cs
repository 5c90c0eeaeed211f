using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Each demo official signs in and sees their own name, role and organisation, and only the sections their role allows.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class KirjautuminenJaNavigaatioTests(KoskiSovellus sovellus)
{
    private const string O = "Oppijat", U = "Uusi opiskeluoikeus", R = "Raportit", K = "Käyttöoikeudet", T = "Omat tiedot";

    // Expected from docs/DOMAIN.md §1: who reads, who creates by hand, who gets reports (special-data right), who grants.
    public static TheoryData<string, string, string, string[]> Virkailijat => new()
    {
        { "paakayttaja", "KOSKI-pääkäyttäjä", "Jyväskylän yliopisto", [O, R, K, T] },
        { "tallentaja", "KOSKI-tallentaja", "Jyväskylän normaalikoulu", [O, U, R, T] },
        { "katselija", "KOSKI-katselija (sisältää erityiset henkilötiedot)", "Jyväskylän normaalikoulu", [O, R, T] },
        { "katselija-suppea", "KOSKI-katselija (ei erityisiä henkilötietoja)", "Jyväskylän normaalikoulu", [O, T] },
        { "esiopetus-katselija", "KOSKI-katselija (esiopetus)", "Jyväskylän normaalikoulu", [O, R, T] },
        { "esiopetus-tallentaja", "KOSKI-tallentaja (esiopetus)", "Jyväskylän normaalikoulu", [O, U, R, T] },
        { "helsinki-tallentaja", "KOSKI-tallentaja", "Helsingin kaupunki", [O, U, R, T] },
        { "tpo-tallentaja", "KOSKI-tallentaja (taiteen perusopetus, hankinta)", "Varsinais-Suomen kansanopisto", [O, T] },
        { "vastuukayttaja", "Opintopolun vastuukäyttäjä", "Jyväskylän yliopisto", [K, T] },
        { "oph-paakayttaja", "OPH-pääkäyttäjä", "Opetushallitus", [O, U, R, K, T] },
    };

    [Theory]
    [MemberData(nameof(Virkailijat))]
    public async Task Virkailija_nakee_nimensa_roolinsa_ja_vain_sallitut_osiot(string tunnus, string ryhma,
        string organisaatio, string[] osiot)
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync(tunnus);

        await Expect(sivu.GetByTestId("kayttajanimi")).ToHaveTextAsync(await NimiAsync(tunnus));
        await Expect(sivu.GetByTestId("rooli")).ToHaveTextAsync([$"{ryhma}, {organisaatio}"]);
        var navigaatio = sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" }).GetByRole(AriaRole.Link);
        await Expect(navigaatio).ToHaveTextAsync(osiot);
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Osio_jota_rooli_ei_salli_ei_aukea_suoralla_osoitteella()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("katselija-suppea");

        await sivu.GotoAsync("/raportit");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ei käyttöoikeutta");
        await Expect(sivu.GetByText("Tarkistusraportit")).ToHaveCountAsync(0);
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Kirjautumaton_ohjataan_kirjautumaan_ja_palaa_pyytamaansa_osioon()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.GotoAsync("/omat-tiedot");
        await Expect(sivu).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kirjaudu\\?returnUrl=%2Fomat-tiedot"));

        await sivu.Locator("tr[data-tunnus='katselija'] button[type=submit]").ClickAsync();
        await Expect(sivu).ToHaveURLAsync(sovellus.Osoite + "/omat-tiedot");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Omat tiedot");
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Paluuosoite_toiselle_sivustolle_ei_kelpaa()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.GotoAsync("/kirjaudu?returnUrl=" + Uri.EscapeDataString("//esimerkki.invalid/huijaus"));
        await sivu.Locator("tr[data-tunnus='katselija'] button[type=submit]").ClickAsync();
        await Expect(sivu).ToHaveURLAsync(sovellus.Osoite + "/");
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Uloskirjautuminen_kaikista_istunnoista_paattaa_toisen_selaimen_avoimen_sivun()
    {
        var toinen = await sovellus.UusiSivuAsync();
        await toinen.KirjauduAsync("esiopetus-katselija", "/omat-tiedot");
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("esiopetus-katselija", "/omat-tiedot");

        await sivu.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos kaikista istunnoista" }).ClickAsync();
        await sivu.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos kaikista" }).ClickAsync();
        await Expect(sivu.GetByText("Olet kirjautunut ulos.")).ToBeVisibleAsync();

        // The other browser's open page checks its session (every 2 s here, every minute by default) and is sent to
        // sign in; reloading does not bring the session back.
        await Expect(toinen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kirjaudu"), new() { Timeout = 15_000 });
        await toinen.GotoAsync("/omat-tiedot");
        await Expect(toinen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kirjaudu\\?returnUrl="));
        await toinen.Context.CloseAsync();
        await sivu.Context.CloseAsync();
    }

    private async Task<string> NimiAsync(string tunnus)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var v = await db.Virkailijat.SingleAsync(v => v.Kayttajatunnus == tunnus);
        return $"{v.Etunimet} {v.Sukunimi}";
    }
}
