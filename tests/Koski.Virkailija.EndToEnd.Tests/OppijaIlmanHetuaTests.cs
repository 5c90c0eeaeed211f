using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Issue 19: a pääkäyttäjä creates a learner without hetu, a study right is added for the new oppijanumero on the
/// "Uusi opiskeluoikeus" form (the pääkäyttäjä role reads but does not enter study rights, so a tallentaja of the same
/// school does it), and the pääkäyttäjä identifies the learner as a person with a hetu.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class OppijaIlmanHetuaTests(KoskiSovellus sovellus)
{
    /// <summary>A test hetu (individual number 9xx) used by no other test.</summary>
    private const string Hetu = "040319A957S";

    private static async Task PaivaAsync(IPage sivu, string id, string paiva)
    {
        var kentta = sivu.Locator($"input[id='{id}']");
        await kentta.FillAsync(paiva);
        await kentta.PressAsync("Tab");
    }

    [Fact]
    public async Task Paakayttaja_luo_hetuttoman_oppijan_joka_saa_opiskeluoikeuden_ja_yksiloidaan()
    {
        var paakayttaja = await sovellus.UusiSivuAsync();
        await paakayttaja.KirjauduAsync("paakayttaja", "/oppijat");
        await paakayttaja.GetByRole(AriaRole.Link, new() { Name = "Uusi oppija ilman henkilötunnusta" }).ClickAsync();
        await Expect(paakayttaja.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uusi oppija ilman henkilötunnusta");
        await paakayttaja.OdotaInteraktiivistaAsync();
        await paakayttaja.ValitseAsync("organisaatio", "Jyväskylän normaalikoulu");
        await paakayttaja.GetByLabel("Etunimet").FillAsync("Iida Ilona");
        await paakayttaja.GetByLabel("Sukunimi").FillAsync("Hetutonlainen");
        await PaivaAsync(paakayttaja, "syntymaaika", "4.3.2019");
        await paakayttaja.TarkistaSaavutettavuusAsync();
        await paakayttaja.GetByRole(AriaRole.Button, new() { Name = "Luo oppija" }).ClickAsync();

        await paakayttaja.WaitForURLAsync(url => url.Contains("/oppijat/1.2.246.562.24."));
        var oid = paakayttaja.Url[(paakayttaja.Url.LastIndexOf('/') + 1)..];
        await Expect(paakayttaja.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hetutonlainen, Iida Ilona");
        await Expect(paakayttaja.GetByTestId("yksiloimaton")).ToBeVisibleAsync();
        await paakayttaja.TarkistaSaavutettavuusAsync();

        // The school's tallentaja gives the new oppijanumero a study right on the form.
        var tallentaja = await sovellus.UusiSivuAsync();
        await tallentaja.KirjauduAsync("esiopetus-tallentaja", "/uusi-opiskeluoikeus");
        await tallentaja.GetByLabel("Henkilötunnus tai oppijanumero").FillAsync(oid);
        await tallentaja.GetByLabel("Henkilötunnus tai oppijanumero").PressAsync("Tab");
        await Expect(tallentaja.GetByTestId("tunniste-palaute")).ToContainTextAsync("Hetutonlainen, Iida Ilona");
        await PaivaAsync(tallentaja, "jakso-0-alku", "11.8.2025");
        await tallentaja.TallennaAsync(url => url.EndsWith($"/oppijat/{oid}", StringComparison.Ordinal), $"/oppijat/{oid}");
        await Expect(tallentaja.Locator("article h3")).ToHaveCountAsync(1);

        // The pääkäyttäjä identifies the learner with a hetu nobody had: the same oppijanumero keeps the study right.
        await paakayttaja.ReloadAsync();
        await Expect(paakayttaja.Locator("article h3")).ToHaveCountAsync(1);
        await paakayttaja.OdotaInteraktiivistaAsync();
        await paakayttaja.Locator("input[id='yksiloinnin-hetu']").FillAsync(Hetu);
        await paakayttaja.GetByRole(AriaRole.Button, new() { Name = "Yksilöi" }).ClickAsync();
        await Expect(paakayttaja.GetByTestId("yksiloimaton")).ToHaveCountAsync(0);
        await Expect(paakayttaja.Locator("dl.henkilotiedot")).ToContainTextAsync(Hetu);
        await Expect(paakayttaja.Locator("article h3")).ToHaveCountAsync(1);
        await paakayttaja.TarkistaSaavutettavuusAsync();

        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var oppija = await db.Oppijat.SingleAsync(o => o.Oid == oid);
        Assert.Equal(Hetu, oppija.Hetu);
        Assert.False(oppija.Yksiloimaton);
        Assert.Equal(1, await db.Opiskeluoikeudet.CountAsync(o => o.OppijaOid == oid));
        Assert.Equal(1, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_YKSILOINTI" && a.OppijaOid == oid));
    }
}
