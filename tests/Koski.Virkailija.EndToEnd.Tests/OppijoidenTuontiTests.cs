using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Issue 19: a system sends a learner batch; the organisation's pääkäyttäjä (holding "Oppijan tuonti") follows it on
/// the "Oppijoiden tuonti" page until it is ready, sees the refused learner's error, and identifies the learner left
/// yksilöimätön through the link to the learner's page.
/// </summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class OppijoidenTuontiTests(KoskiSovellus sovellus)
{
    private const string JyvaskylanYliopisto = "1.2.246.562.10.77055527103";
    /// <summary>A test hetu (individual number 9xx) used by no other test.</summary>
    private const string Hetu = "050319A958E";

    [Fact]
    public async Task Paakayttaja_seuraa_tuontia_ja_yksiloi_yksiloimattoman_oppijan()
    {
        await using (var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync())
        {
            var paakayttaja = await db.Virkailijat.SingleAsync(v => v.Kayttajatunnus == "paakayttaja");
            var tanaan = DateOnly.FromDateTime(DateTime.UtcNow);
            db.Kayttooikeudet.Add(new Kayttooikeus
            {
                VirkailijaId = paakayttaja.Id, Ryhma = Kayttooikeusryhma.OppijanTuonti.Tunniste, OrganisaatioOid = JyvaskylanYliopisto,
                VoimassaAlkaen = tanaan.AddDays(-1), VoimassaAsti = tanaan.AddDays(30), Tila = KayttooikeudenTila.MYONNETTY,
                Muokattu = DateTimeOffset.UtcNow,
            });
            db.Palvelukayttajat.Add(new Palvelukayttaja
            {
                Tunnus = "tuonti-e2e", SalasanaHash = "-", OrganisaatioOid = JyvaskylanYliopisto, OppijoidenTuonti = true,
            });
            await db.SaveChangesAsync();
        }
        try
        {
            await SeuraaJaYksiloiAsync();
        }
        finally
        {
            // The role is taken away again: the shared app's other tests know the pääkäyttäjä with one role.
            await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
            await db.Kayttooikeudet.Where(k => k.Ryhma == Kayttooikeusryhma.OppijanTuonti.Tunniste).ExecuteDeleteAsync();
        }
    }

    private async Task SeuraaJaYksiloiAsync()
    {
        long id;
        using (var alue = sovellus.Palvelut.CreateScope())
        {
            var tili = (await alue.ServiceProvider.GetRequiredService<Palvelukayttajat>().HaeAsync("tuonti-e2e"))!;
            var runko = JsonNode.Parse("""
                {"henkilot": [
                  {"tunniste": "e2e-1", "henkilo": {"etunimet": "Tuike Tuulia", "sukunimi": "Tuontilainen", "syntymaaika": "2019-03-05", "kansalaisuus": "246", "aidinkieli": "FI", "sukupuoli": "2"}},
                  {"tunniste": "e2e-2", "henkilo": {"etunimet": "Virhe", "sukunimi": "Virheellinen", "hetu": "050319A958X"}}
                ]}
                """);
            id = (await alue.ServiceProvider.GetRequiredService<OppijoidenTuontiPalvelu>().LisaaAsync(tili, runko)).Id;
        }

        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("paakayttaja", "/oppijoiden-tuonti");
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oppijoiden tuonti");
        await sivu.OdotaInteraktiivistaAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = $"Näytä tuonti {id}" }).ClickAsync();
        // The page follows the batch by itself until the background worker has processed it.
        await Expect(sivu.Locator(".valittu-tuonti [role=status]")).ToHaveTextAsync("Valmis: 2 / 2", new() { Timeout = 30_000 });
        await Expect(sivu.Locator($"tr[data-tuonti='{id}'] .tila")).ToHaveTextAsync("Valmis");
        await Expect(sivu.Locator(".tuonnin-virheet")).ToContainTextAsync("badRequest.validation.henkilötiedot.hetu");
        await sivu.TarkistaSaavutettavuusAsync();

        await sivu.GetByRole(AriaRole.Link, new() { Name = "Yksilöi Tuontilainen, Tuike Tuulia" }).ClickAsync();
        await Expect(sivu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tuontilainen, Tuike Tuulia");
        await Expect(sivu.Locator("dl.henkilotiedot")).ToContainTextAsync("Suomi");
        await sivu.OdotaInteraktiivistaAsync();
        await sivu.Locator("input[id='yksiloinnin-hetu']").FillAsync(Hetu);
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Yksilöi" }).ClickAsync();
        await Expect(sivu.GetByTestId("yksiloimaton")).ToHaveCountAsync(0);
        await sivu.TarkistaSaavutettavuusAsync();

        await sivu.GotoAsync(sovellus.Osoite + "/oppijoiden-tuonti");
        await sivu.OdotaInteraktiivistaAsync();
        await sivu.GetByRole(AriaRole.Button, new() { Name = $"Näytä tuonti {id}" }).ClickAsync();
        await Expect(sivu.Locator(".valittu-tuonti")).ToContainTextAsync("Kaikki tuonnin oppijat on yksilöity.");

        await using var lopuksi = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        Assert.Equal(1, await lopuksi.Oppijat.CountAsync(o => o.Hetu == Hetu && !o.Yksiloimaton));
    }
}
