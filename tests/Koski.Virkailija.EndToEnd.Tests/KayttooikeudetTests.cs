using System.Text.RegularExpressions;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Granting, closing, applying, deciding and service accounts, as the officials of issue 3 do them.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class KayttooikeudetTests(KoskiSovellus sovellus)
{
    private const string Katselija = "KOSKI-katselija (sisältää erityiset henkilötiedot)";
    private const string Normaalikoulu = "Jyväskylän normaalikoulu";

    [Fact]
    public async Task Paakayttajan_myontama_oikeus_avaa_sivut_ja_suljettuna_vie_paasyn_avoimelta_sivulta()
    {
        var uusi = await sovellus.UusiSivuAsync();
        await uusi.KirjauduAsync("uusi-virkailija");
        await Expect(Valikko(uusi)).ToHaveTextAsync(["Omat tiedot"]);

        var paa = await sovellus.UusiSivuAsync();
        await paa.KirjauduAsync("paakayttaja", "/kayttooikeudet");
        await paa.GetByLabel("Käyttäjätunnus").FillAsync("uusi-virkailija");
        await paa.GetByRole(AriaRole.Button, new() { Name = "Hae virkailija" }).ClickAsync();
        await Expect(paa.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uuno Uusitalo");
        await paa.ValitseMudAsync("myonto-ryhma", Katselija);
        await paa.ValitseMudAsync("myonto-organisaatio", Normaalikoulu);
        await paa.GetByRole(AriaRole.Button, new() { Name = "Myönnä" }).ClickAsync();
        var rivi = paa.GetByRole(AriaRole.Row).Filter(new() { HasText = Katselija })
            .Filter(new() { Has = paa.GetByRole(AriaRole.Button, new() { Name = "Sulje käyttöoikeus" }) });
        await Expect(rivi).ToContainTextAsync(Normaalikoulu);

        // The open page notices the changed grants too and sends the official to sign in again; wait for that
        // first, or it races with the sign-in below.
        await Expect(uusi).ToHaveURLAsync(new Regex("/kirjaudu"), new() { Timeout = 15_000 });
        await uusi.KirjauduAsync("uusi-virkailija", "/oppijat");
        await Expect(uusi.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oppijat");
        await Expect(Valikko(uusi)).ToHaveTextAsync(["Opiskelijat", "Tiedonsiirrot", "Raportit", "Omat tiedot"]);

        await rivi.GetByRole(AriaRole.Button, new() { Name = "Sulje käyttöoikeus" }).ClickAsync();
        await paa.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Sulje käyttöoikeus" }).ClickAsync();
        await Expect(paa.GetByText("Ei voimassa olevia käyttöoikeuksia organisaatioissasi.")).ToBeVisibleAsync();

        // The open page re-checks its grants (every 2 s here, every minute by default) and loses access.
        await Expect(uusi).ToHaveURLAsync(new Regex("/kirjaudu"), new() { Timeout = 15_000 });
        await uusi.KirjauduAsync("uusi-virkailija", "/oppijat");
        await Expect(uusi.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ei käyttöoikeutta");
        await uusi.Context.CloseAsync();
        await paa.Context.CloseAsync();
    }

    [Fact]
    public async Task Hylatyn_anomuksen_syy_nakyy_hakijalle()
    {
        var hakija = await sovellus.UusiSivuAsync();
        await hakija.KirjauduAsync("uusi-virkailija-2", "/omat-tiedot");
        await hakija.ValitseMudAsync("haku-ryhma", "KOSKI-tallentaja");
        await hakija.ValitseMudAsync("haku-organisaatio", Normaalikoulu);
        await hakija.GetByLabel("Perustelut").FillAsync("Tallennan esiopetuksen opiskeluoikeuksia");
        await hakija.GetByRole(AriaRole.Button, new() { Name = "Hae käyttöoikeutta" }).ClickAsync();
        await Expect(hakija.GetByRole(AriaRole.Row).Filter(new() { HasText = "KOSKI-tallentaja" }).Filter(new() { HasText = "Anottu" }))
            .ToHaveCountAsync(1);

        var paa = await sovellus.UusiSivuAsync();
        await paa.KirjauduAsync("paakayttaja", "/kayttooikeudet/anomukset");
        var kortti = paa.GetByTestId("anomus").Filter(new() { HasText = "Unna Uusikylä" });
        await Expect(kortti).ToHaveCountAsync(1);
        await paa.TarkistaSaavutettavuusAsync(); // heading-order: the cards' headings follow the page's h1
        await kortti.GetByRole(AriaRole.Button, new() { Name = "Hylkää" }).ClickAsync();
        await Expect(kortti.GetByTestId("anomus-virhe")).ToHaveTextAsync("Hylkäyksen syy on pakollinen.");
        await kortti.GetByLabel("Hylkäyksen syy").FillAsync("Esiopetukseen riittää KOSKI-tallentaja (esiopetus)");
        await kortti.GetByRole(AriaRole.Button, new() { Name = "Hylkää" }).ClickAsync();
        await Expect(kortti).ToHaveCountAsync(0);

        await hakija.ReloadAsync();
        await hakija.OdotaInteraktiivistaAsync();
        await hakija.TarkistaSaavutettavuusAsync();
        var rivi = hakija.GetByRole(AriaRole.Row).Filter(new() { HasText = "KOSKI-tallentaja" });
        await Expect(rivi).ToContainTextAsync("Hylätty");
        await Expect(rivi).ToContainTextAsync("Esiopetukseen riittää KOSKI-tallentaja (esiopetus)");
        await hakija.Context.CloseAsync();
        await paa.Context.CloseAsync();
    }

    [Fact]
    public async Task Oman_anomuksen_hyvaksyminen_torjutaan_selkealla_viestilla()
    {
        var (tunnus, id) = await LuoPaakayttajaAsync();
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync(tunnus, "/omat-tiedot");
        await sivu.GetByRole(AriaRole.Row).Filter(new() { HasText = Katselija })
            .GetByRole(AriaRole.Button, new() { Name = "Hae jatkoaikaa" }).ClickAsync();
        await sivu.Locator(".omat-tiedot__jatko").GetByLabel("Perustelut").FillAsync("Jatkan samassa tehtävässä");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lähetä anomus" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Row).Filter(new() { HasText = Katselija }).Filter(new() { HasText = "Anottu" }))
            .ToHaveCountAsync(1);

        await sivu.GotoAsync($"/kayttooikeudet/virkailijat/{id}");
        await sivu.OdotaInteraktiivistaAsync();
        var kortti = sivu.GetByTestId("anomus");
        await sivu.TarkistaSaavutettavuusAsync();

        // Approving asks first (issue 16, finding 8): cancelling decides nothing.
        await kortti.GetByRole(AriaRole.Button, new() { Name = "Myönnä" }).ClickAsync();
        var dialogi = sivu.GetByRole(AriaRole.Dialog);
        await Expect(dialogi).ToContainTextAsync("Myönnetäänkö Testi Pääkäyttäjä käyttöoikeus " + Katselija);
        await dialogi.GetByRole(AriaRole.Button, new() { Name = "Peruuta" }).ClickAsync();
        await Expect(dialogi).ToHaveCountAsync(0);
        await Expect(kortti.GetByTestId("anomus-virhe")).ToHaveCountAsync(0);

        await kortti.GetByRole(AriaRole.Button, new() { Name = "Myönnä" }).ClickAsync();
        await dialogi.GetByRole(AriaRole.Button, new() { Name = "Myönnä" }).ClickAsync();
        await Expect(kortti.GetByTestId("anomus-virhe")).ToHaveTextAsync(KayttooikeusSaannot.EiOmaaAnomusta);
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Kayttoliittymassa_luotu_palvelukayttaja_tunnistautuu_kerran_naytetylla_salasanalla()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("vastuukayttaja", "/kayttooikeudet/palvelukayttajat");
        var tunnus = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        await sivu.GetByLabel("Tunnus").FillAsync(tunnus);
        await sivu.ValitseMudAsync("pk-organisaatio", Normaalikoulu);
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Luo palvelukäyttäjä" }).ClickAsync();
        var salasana = await sivu.GetByTestId("salasana").TextContentAsync();
        await Expect(sivu.GetByRole(AriaRole.Row).Filter(new() { HasText = tunnus })).ToContainTextAsync("Käytössä");

        await using var scope = sovellus.Palvelut.CreateAsyncScope();
        var kayttaja = await scope.ServiceProvider.GetRequiredService<Palvelukayttajat>().TunnistaAsync(tunnus, salasana!);
        Assert.NotNull(kayttaja);
        Assert.Equal(Kayttooikeusryhma.KoskiPalvelukayttaja, kayttaja.Roolit.Single().Ryhma);
        Assert.Equal(Normaalikoulu, kayttaja.Roolit.Single().OrganisaatioNimi);
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Jatko_ei_lyhenna_eika_tyhjenna_paivaa_vaan_kertoo_syyn_kentan_vieressa()
    {
        var (_, id) = await LuoPaakayttajaAsync();
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("paakayttaja", $"/kayttooikeudet/virkailijat/{id}");
        await sivu.GetByRole(AriaRole.Row).Filter(new() { HasText = Katselija })
            .GetByRole(AriaRole.Button, new() { Name = "Jatka voimassaoloa" }).ClickAsync();
        var paiva = sivu.GetByLabel("Uusi päättymispäivä");
        var tanaan = DateOnly.FromDateTime(DateTime.Today);
        var nykyinen = tanaan.AddDays(20);

        // Earlier than the grant's current end: the date stays, the reason is beside it, Tallenna changes nothing.
        await paiva.FillAsync(P(tanaan.AddDays(10)));
        await paiva.PressAsync("Tab");
        await Expect(sivu.Locator(".virkailija__jatko")).ToContainTextAsync($"Valitse päivä {P(nykyinen)} jälkeen");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(sivu.Locator(".virkailija__jatko")).ToContainTextAsync("jatkaminen ei voi lyhentää voimassaoloa");
        await Expect(paiva).ToHaveValueAsync(P(tanaan.AddDays(10)));
        await sivu.TarkistaSaavutettavuusAsync();
        Assert.Equal(nykyinen, await VoimassaAstiAsync(id));

        // Beyond the limit of a year: kept and explained, not cleared.
        await paiva.FillAsync(P(tanaan.AddYears(2)));
        await paiva.PressAsync("Tab");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(sivu.Locator(".virkailija__jatko")).ToContainTextAsync("voimassa enintään vuoden");
        await Expect(paiva).ToHaveValueAsync(P(tanaan.AddYears(2)));
        Assert.Equal(nykyinen, await VoimassaAstiAsync(id));

        await paiva.FillAsync(P(tanaan.AddDays(60)));
        await paiva.PressAsync("Tab");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Row).Filter(new() { HasText = Katselija })
            .Filter(new() { Has = sivu.GetByRole(AriaRole.Button, new() { Name = "Jatka voimassaoloa" }) })).ToContainTextAsync(P(tanaan.AddDays(60)));
        Assert.Equal(tanaan.AddDays(60), await VoimassaAstiAsync(id));
        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Uudelle_virkailijalle_ei_tarjota_oph_paakayttajaa()
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("uusi-virkailija-2", "/omat-tiedot");
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.Locator(".mud-select", new() { Has = sivu.Locator("#haku-ryhma") }).First.ClickAsync();
        var vaihtoehdot = sivu.Locator(".mud-popover-open .mud-list-item");
        await Expect(vaihtoehdot.Filter(new() { HasText = "KOSKI-pääkäyttäjä" })).ToHaveCountAsync(1);
        await Expect(vaihtoehdot.Filter(new() { HasText = "OPH-pääkäyttäjä" })).ToHaveCountAsync(0);
        await sivu.Keyboard.PressAsync("Escape");

        await sivu.Context.CloseAsync();
    }

    [Fact]
    public async Task Paakayttaja_antaa_palvelukayttajalle_oppijoiden_tuonnin_kytkimella()
    {
        const string Tunnus = "tuonti-kytkin";
        var tietokanta = sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>();
        await using (var db = await tietokanta.AvaaAsync())
        {
            db.Palvelukayttajat.Add(new Palvelukayttaja
            {
                Tunnus = Tunnus, SalasanaHash = "-", OrganisaatioOid = "1.2.246.562.10.14613773812",
            });
            await db.SaveChangesAsync();
        }
        async Task<bool> SallittuAsync()
        {
            await using var db = await tietokanta.AvaaAsync();
            return await db.Palvelukayttajat.Where(p => p.Tunnus == Tunnus).Select(p => p.OppijoidenTuonti).SingleAsync();
        }
        try
        {
            var sivu = await sovellus.UusiSivuAsync();
            await sivu.KirjauduAsync("paakayttaja", "/kayttooikeudet");
            await sivu.OdotaInteraktiivistaAsync();
            var kytkin = sivu.GetByRole(AriaRole.Switch, new() { Name = $"Oppijoiden tuonti sallittu: {Tunnus}" });
            await Expect(kytkin).Not.ToBeCheckedAsync();
            var ilmoitus = sivu.GetByTestId("tuonti-ilmoitus");
            await kytkin.ClickAsync();
            await Expect(ilmoitus).ToHaveTextAsync($"Oppijoiden tuonti sallittiin palvelukäyttäjälle {Tunnus}.");
            await Expect(kytkin).ToBeCheckedAsync();
            Assert.True(await SallittuAsync());
            await kytkin.ClickAsync();
            await Expect(ilmoitus).ToHaveTextAsync($"Oppijoiden tuonti poistettiin palvelukäyttäjältä {Tunnus}.");
            await Expect(kytkin).Not.ToBeCheckedAsync();
            Assert.False(await SallittuAsync());
            await sivu.Context.CloseAsync();
        }
        finally
        {
            await using var db = await tietokanta.AvaaAsync();
            await db.Palvelukayttajat.Where(p => p.Tunnus == Tunnus).ExecuteDeleteAsync();
        }
    }

    [Theory]
    [InlineData("paakayttaja", "/kayttooikeudet")]
    [InlineData("vastuukayttaja", "/kayttooikeudet/palvelukayttajat")]
    [InlineData("paakayttaja", "/kayttooikeudet/anomukset")]
    public async Task Kayttooikeussivuilla_ei_ole_vakavia_saavutettavuusvirheita(string tunnus, string polku)
    {
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync(tunnus, polku);
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync(); // incl. color-contrast of the coverage warnings (finding 7)
        await sivu.Context.CloseAsync();
    }

    private static string P(DateOnly d) => d.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<DateOnly> VoimassaAstiAsync(long virkailijaId)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Kayttooikeudet.Where(k => k.VirkailijaId == virkailijaId && k.Ryhma == "koski-katselija").Select(k => k.VoimassaAsti));
    }

    private static ILocator Valikko(IPage sivu) =>
        sivu.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" }).GetByRole(AriaRole.Link);

    /// <summary>An official of this test only: pääkäyttäjä at Jyväskylän yliopisto and katselija at the normaalikoulu.</summary>
    private async Task<(string Tunnus, long Id)> LuoPaakayttajaAsync()
    {
        var tunnus = "e2e-paa-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var virkailija = new Virkailijahenkilo
        {
            Oid = Domain.Oidit.Henkilo(85_000_000_000 + Random.Shared.Next(1_000_000)), Kayttajatunnus = tunnus,
            Etunimet = "Testi", Sukunimi = "Pääkäyttäjä",
        };
        db.Virkailijat.Add(virkailija);
        await db.SaveChangesAsync();
        var tanaan = DateOnly.FromDateTime(DateTime.Today);
        foreach (var (ryhma, org) in new[] { ("koski-paakayttaja", "1.2.246.562.10.77055527103"), ("koski-katselija", "1.2.246.562.10.14613773812") })
            db.Kayttooikeudet.Add(new Kayttooikeus
            {
                VirkailijaId = virkailija.Id, Ryhma = ryhma, OrganisaatioOid = org, VoimassaAlkaen = tanaan.AddDays(-1),
                VoimassaAsti = tanaan.AddDays(20), Tila = KayttooikeudenTila.MYONNETTY,
            });
        await db.SaveChangesAsync();
        return (tunnus, virkailija.Id);
    }
}
