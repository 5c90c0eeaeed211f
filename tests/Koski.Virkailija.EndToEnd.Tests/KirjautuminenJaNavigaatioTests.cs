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
    private const string O = "Opiskelijat", S = "Tiedonsiirrot", U = "Uusi opiskeluoikeus", R = "Raportit", K = "Käyttöoikeudet", T = "Omat tiedot";

    // KOSKI's menu order (Opiskelijat · Tiedonsiirrot · Raportit), then this app's own sections.
    // Expected from docs/DOMAIN.md §1: who reads, who creates by hand, who gets reports (special-data right), who grants.
    public static TheoryData<string, string, string, string[]> Virkailijat => new()
    {
        { "paakayttaja", "KOSKI-pääkäyttäjä", "Jyväskylän yliopisto", [O, S, R, K, T] },
        { "tallentaja", "KOSKI-tallentaja", "Jyväskylän normaalikoulu", [O, S, R, U, T] },
        { "katselija", "KOSKI-katselija (sisältää erityiset henkilötiedot)", "Jyväskylän normaalikoulu", [O, S, R, T] },
        { "katselija-suppea", "KOSKI-katselija (ei erityisiä henkilötietoja)", "Jyväskylän normaalikoulu", [O, S, T] },
        { "esiopetus-katselija", "KOSKI-katselija (esiopetus)", "Jyväskylän normaalikoulu", [O, S, R, T] },
        { "esiopetus-tallentaja", "KOSKI-tallentaja (esiopetus)", "Jyväskylän normaalikoulu", [O, S, R, U, T] },
        { "helsinki-tallentaja", "KOSKI-tallentaja", "Helsingin kaupunki", [O, S, R, U, T] },
        { "tpo-tallentaja", "KOSKI-tallentaja (taiteen perusopetus, hankinta)", "Varsinais-Suomen kansanopisto", [O, S, T] },
        { "vastuukayttaja", "Opintopolun vastuukäyttäjä", "Jyväskylän yliopisto", [S, K, T] },
        { "oph-paakayttaja", "OPH-pääkäyttäjä", "Opetushallitus", [O, S, R, U, K, T] },
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
        await sivu.TarkistaSaavutettavuusAsync(); // region: the top bar is inside the banner landmark
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Sivu_ja_sen_tiedostot_latautuvat_ilman_404_vastauksia()
    {
        var sivu = await sovellus.UusiSivuAsync();
        var puuttuvat = new System.Collections.Concurrent.ConcurrentBag<string>();
        sivu.Response += (_, vastaus) =>
        {
            if (vastaus.Status == 404) puuttuvat.Add(vastaus.Url);
        };
        await sivu.KirjauduAsync("katselija", "/omat-tiedot");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Omat tiedot");
        await Expect(sivu.Locator("link[rel=icon]")).ToHaveCountAsync(1);
        var kuvake = await sivu.Context.APIRequest.GetAsync(await sivu.Locator("link[rel=icon]").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, kuvake.Status); // the favicon (finding 8: it was a 404)
        var ico = await sivu.Context.APIRequest.GetAsync("/favicon.ico");
        Assert.Equal(200, ico.Status);
        Assert.Empty(puuttuvat);
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Ruotsiksi_valikko_ja_otsikot_ovat_ruotsiksi_ja_valinta_muistetaan()
    {
        // An official of this test only: the language choice is stored on the official.
        var tunnus = await LuoVirkailijaAsync("koski-tallentaja-esiopetus");
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync(tunnus, "/omat-tiedot");
        await sivu.GetByTestId("kielet").GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
        await Expect(sivu.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu).ToHaveURLAsync(sovellus.Osoite + "/omat-tiedot");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
        var valikko = sivu.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link);
        await Expect(valikko).ToHaveTextAsync(["Studerande", "Dataöverföringar", "Rapporter", "Ny studierätt", "Mina uppgifter"]);
        await sivu.TarkistaSaavutettavuusAsync();

        await valikko.Filter(new() { HasText = "Rapporter" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapporter");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Förskoleundervisning" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Button, new() { Name = "Skapa och ladda ner rapporten" })).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();

        // Remembered for the official: a new browser opens in Swedish after signing in.
        var toinen = await sovellus.UusiSivuAsync();
        await toinen.KirjauduAsync(tunnus, "/omat-tiedot");
        await Expect(toinen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
        await toinen.Context.CloseAsync();

        await sivu.GetByTestId("kielet").GetByRole(AriaRole.Button, new() { Name = "Suomeksi" }).ClickAsync();
        await Expect(sivu.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Raportit");
        await Expect(sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" }).GetByRole(AriaRole.Link).First).ToHaveTextAsync("Opiskelijat");
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

    private async Task<string> LuoVirkailijaAsync(string ryhma)
    {
        var tunnus = "e2e-kieli-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var virkailija = new Koski.Virkailija.Domain.Kayttooikeudet.Virkailijahenkilo
        {
            Oid = Domain.Oidit.Henkilo(86_000_000_000 + Random.Shared.Next(1_000_000)), Kayttajatunnus = tunnus,
            Etunimet = "Kielle", Sukunimi = "Valitsija",
        };
        db.Virkailijat.Add(virkailija);
        await db.SaveChangesAsync();
        var tanaan = DateOnly.FromDateTime(DateTime.Today);
        db.Kayttooikeudet.Add(new Koski.Virkailija.Domain.Kayttooikeudet.Kayttooikeus
        {
            VirkailijaId = virkailija.Id, Ryhma = ryhma, OrganisaatioOid = "1.2.246.562.10.14613773812",
            VoimassaAlkaen = tanaan.AddDays(-1), VoimassaAsti = tanaan.AddDays(30),
            Tila = Koski.Virkailija.Domain.Kayttooikeudet.KayttooikeudenTila.MYONNETTY,
        });
        await db.SaveChangesAsync();
        return tunnus;
    }

    private async Task<string> NimiAsync(string tunnus)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var v = await db.Virkailijat.SingleAsync(v => v.Kayttajatunnus == tunnus);
        return $"{v.Etunimet} {v.Sukunimi}";
    }
}
