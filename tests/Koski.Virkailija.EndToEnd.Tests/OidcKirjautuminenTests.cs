using System.Text.RegularExpressions;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Officials sign in and out through a real OpenID provider (panva's oidc-provider) in Chromium.</summary>
[Collection(OidcKokoelma.Nimi)]
public sealed class OidcKirjautuminenTests(OidcSovellus sovellus)
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";

    [Fact]
    public async Task Virkailija_saa_aiheelleen_myonnetyt_roolit_ja_uloskirjautuminen_paattaa_istunnon_myos_tunnistuspalvelussa()
    {
        var aihe = UusiAihe();
        await MyonnaAsync(aihe, Kayttooikeusryhma.KoskiKatselija, Normaalikoulu);
        var sivu = await sovellus.UusiSivuAsync();

        await sivu.GotoAsync("/omat-tiedot");
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        await KirjauduTunnistuspalveluunAsync(sivu, aihe);

        await Expect(sivu).ToHaveURLAsync(sovellus.Osoite + "/omat-tiedot");
        await sivu.OdotaInteraktiivistaAsync();
        await Expect(sivu.GetByTestId("rooli"))
            .ToHaveTextAsync(["KOSKI-katselija (sisältää erityiset henkilötiedot), Jyväskylän normaalikoulu"]);

        await sivu.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos", Exact = true }).ClickAsync();
        await sivu.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();
        // RP-initiated logout: the provider asks, ends its session and sends the browser back.
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Expect(sivu.GetByText("Olet kirjautunut ulos.")).ToBeVisibleAsync();

        await sivu.GotoAsync("/omat-tiedot");
        await Expect(sivu).ToHaveURLAsync(new Regex("/kirjaudu\\?returnUrl="));
        // Signing in again asks for the password: the provider no longer knows the browser either.
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        await Expect(sivu.Locator("input[name=login]")).ToBeVisibleAsync();
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Ensimmainen_kirjautuminen_luo_virkailijan_tunnistuspalvelun_tiedoilla_ilman_rooleja()
    {
        var aihe = UusiAihe();
        var sivu = await sovellus.UusiSivuAsync();

        await sivu.GotoAsync("/kirjaudu");
        await sivu.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        await KirjauduTunnistuspalveluunAsync(sivu, aihe);
        await sivu.OdotaInteraktiivistaAsync();

        // Name and e-mail as the test provider gives them (oidc/tunnistuspalvelu.js); no role until a grant is made.
        await Expect(sivu.GetByTestId("kayttajanimi")).ToHaveTextAsync("Oona Tunnistettu");
        await Expect(sivu.GetByTestId("rooli")).ToHaveTextAsync(["Ei voimassa olevia käyttöoikeuksia"]);
        await Expect(sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" }).GetByRole(AriaRole.Link))
            .ToHaveTextAsync(["Omat tiedot"]);
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var virkailija = await db.Virkailijat.SingleAsync(v => v.OidcSubject == aihe);
        Assert.Equal($"{aihe}@esimerkki.fi", virkailija.Sahkoposti);
        Assert.Equal(aihe, virkailija.Kayttajatunnus);
        Assert.False(await db.Kayttooikeudet.AnyAsync(k => k.VirkailijaId == virkailija.Id));
        Assert.Equal(["VIRKAILIJA_LUONTI", "KIRJAUTUMINEN"],
            await db.AuditLoki.Where(a => a.Kayttaja == virkailija.Oid).OrderBy(a => a.Id).Select(a => a.Operaatio).ToListAsync());
        await sivu.Context.CloseAsync();
    }

    private static string UusiAihe() => "oidc-" + Guid.NewGuid().ToString("N")[..10];

    private async Task KirjauduTunnistuspalveluunAsync(IPage sivu, string aihe)
    {
        await sivu.Locator("input[name=login]").FillAsync(aihe);
        await sivu.Locator("input[name=password]").FillAsync("mika-tahansa");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // Back in the app once its answer starts (the callback, the session and the first page may be the suite's first
        // run of those paths on a busy machine); the caller then waits for the page to become interactive.
        await sivu.WaitForURLAsync(url => url.StartsWith(sovellus.Osoite, StringComparison.Ordinal) && !url.Contains("/kirjaudu"),
            new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
    }

    private async Task MyonnaAsync(string aihe, Kayttooikeusryhma ryhma, string organisaatio)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var virkailija = new Virkailijahenkilo
        {
            Oid = Oidit.Henkilo(Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)),
            Kayttajatunnus = aihe,
            Etunimet = "Oona",
            Sukunimi = "Tunnistettu",
            OidcSubject = aihe,
        };
        db.Virkailijat.Add(virkailija);
        await db.SaveChangesAsync();
        var tanaan = DateOnly.FromDateTime(DateTime.Today);
        db.Kayttooikeudet.Add(new Kayttooikeus
        {
            VirkailijaId = virkailija.Id, Ryhma = ryhma.Tunniste, OrganisaatioOid = organisaatio,
            VoimassaAlkaen = tanaan.AddDays(-1), VoimassaAsti = tanaan.AddYears(1), Tila = KayttooikeudenTila.MYONNETTY,
            Muokattu = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
