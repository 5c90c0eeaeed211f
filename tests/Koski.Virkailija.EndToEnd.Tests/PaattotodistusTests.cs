using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Issue 17: a whole 9th-grade päättötodistus entered by hand, and the learner page showing it with names.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class PaattotodistusTests(KoskiSovellus sovellus)
{
    private static async Task PaivaAsync(IPage sivu, string id, string paiva)
    {
        var kentta = sivu.Locator($"input[id='{id}']");
        await kentta.FillAsync(paiva);
        await kentta.PressAsync("Tab");
    }

    private static async Task OppiaineAsync(IPage sivu, int rivi, string oppiaine, string? arvosana)
    {
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää oppiaine", Exact = true }).ClickAsync();
        if (oppiaine != "Matematiikka") await sivu.ValitseAsync($"aine-{rivi}", oppiaine);
        if (arvosana is not null) await sivu.ValitseAsync($"aine-{rivi}-arvosana", arvosana);
    }

    private static async Task VahvistusAsync(IPage sivu, string etuliite)
    {
        await PaivaAsync(sivu, $"{etuliite}-paiva", "30.5.2026");
        await sivu.ValitseSuodattaenAsync($"{etuliite}-paikkakunta", "jyväs", "Jyväskylä (179)");
        await sivu.Locator($"input[id='{etuliite}-nimi']").FillAsync("Reijo Reksi");
        await sivu.Locator($"input[id='{etuliite}-titteli']").FillAsync("rehtori");
    }

    [Fact]
    public async Task Tallentaja_syottaa_koko_paattotodistuksen_ja_oppijan_sivu_nayttaa_sen_nimin()
    {
        const string hetu = "240610A991V";
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", "/uusi-opiskeluoikeus");

        await sivu.GetByLabel("Henkilötunnus tai oppijanumero").FillAsync(hetu);
        await sivu.GetByLabel("Etunimet").FillAsync("Ysi Testi");
        await sivu.GetByLabel("Sukunimi").FillAsync("Päättäjä");
        await PaivaAsync(sivu, "jakso-0-alku", "7.8.2025");

        // The 9th grade: its own käyttäytymisen arvio and vahvistus.
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää vuosiluokka" }).ClickAsync();
        await sivu.ValitseAsync("luokka-0-aste", "9");
        await PaivaAsync(sivu, "luokka-0-alku", "7.8.2025");
        // Tab went on to the suorituskieli, whose list opens on focus: closed, it keeps its Finnish default. Escape only
        // once the list is open (on a busy machine it opens late and would stay open over the next field).
        await sivu.Vaihtoehdot().First.WaitForAsync();
        await sivu.Keyboard.PressAsync("Escape");
        await sivu.Vaihtoehdot().First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Expect(sivu.Locator("input[id='luokka-0-suorituskieli']")).ToHaveValueAsync("suomi");
        await sivu.ValitseAsync("luokka-0-kayttaytyminen", "S (hyväksytty)");
        await VahvistusAsync(sivu, "luokka-0-vahvistus");

        // The oppimäärä: AI with its kieli, A1 and B1 with theirs, KT, MA, a valinnainen with laajuus, a paikallinen.
        await OppiaineAsync(sivu, 0, "Äidinkieli ja kirjallisuus", "9");
        await Expect(sivu.Locator("input[id='aine-0-kieli']")).ToHaveValueAsync("Suomen kieli ja kirjallisuus");
        await OppiaineAsync(sivu, 1, "A1-kieli", "8");
        await sivu.ValitseSuodattaenAsync("aine-1-kieli", "engl", "englanti");
        await OppiaineAsync(sivu, 2, "B1-kieli", "7");
        await sivu.ValitseSuodattaenAsync("aine-2-kieli", "ruot", "ruotsi");
        await OppiaineAsync(sivu, 3, "Uskonto/Elämänkatsomustieto", "9");
        await OppiaineAsync(sivu, 4, "Matematiikka", "10");
        await OppiaineAsync(sivu, 5, "Kuvataide", null);
        await sivu.GetByTestId("aine-5-val").GetByRole(AriaRole.Checkbox).CheckAsync();
        await sivu.Locator("input[id='aine-5-laajuus']").FillAsync("2");
        await sivu.ValitseAsync("aine-5-arvosana", "9");
        await OppiaineAsync(sivu, 6, "Paikallinen oppiaine", null);
        await sivu.Locator("input[id='aine-6-koodi']").FillAsync("TH");
        await sivu.Locator("input[id='aine-6-nimi']").FillAsync("Tietokoneen hyötykäyttö");
        await sivu.Locator("input[id='aine-6-laajuus']").FillAsync("1");
        await sivu.ValitseAsync("aine-6-arvosana", "S (hyväksytty)");
        await VahvistusAsync(sivu, "vahvistus");
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.TallennaAsync("/oppijat/1.2.246.562.24.");
        // The päättötodistus is the oppimäärä's tab (the 9th grade has its own).
        await sivu.GetByRole(AriaRole.Tab, new() { Name = "Perusopetus", Exact = true }).ClickAsync();
        var sisalto = sivu.Locator("main");
        foreach (var nimi in new[]
                 {
                     "Äidinkieli ja kirjallisuus, Suomen kieli ja kirjallisuus", "A1-kieli, englanti", "B1-kieli, ruotsi",
                     "Uskonto/Elämänkatsomustieto", "Matematiikka", "Kuvataide (valinnainen)", "Tietokoneen hyötykäyttö (valinnainen)",
                     "2 vuosiviikkotuntia",
                 })
            await Expect(sisalto).ToContainTextAsync(nimi);
        await sivu.TarkistaSaavutettavuusAsync();

        // What was saved is KOSKI's shape: the kieli codes, the valinnainen's laajuus, the 9th grade's own data.
        var suoritukset = (await TallennettuAsync(hetu))["suoritukset"]!.AsArray();
        var yhdeksas = suoritukset.Single(s => (string?)s!["tyyppi"]!["koodiarvo"] == "perusopetuksenvuosiluokka")!;
        Assert.Equal("S", (string?)yhdeksas["käyttäytymisenArvio"]!["arvosana"]!["koodiarvo"]);
        Assert.Equal("2026-05-30", (string?)yhdeksas["vahvistus"]!["päivä"]);
        var aineet = suoritukset.Single(s => (string?)s!["tyyppi"]!["koodiarvo"] == "perusopetuksenoppimaara")!["osasuoritukset"]!.AsArray()
            .Select(o => o!["koulutusmoduuli"]!).ToList();
        Assert.Equal(["AI1", "EN", "SV"], aineet.Take(3).Select(a => (string?)a["kieli"]!["koodiarvo"]));
        Assert.Equal((false, 2m), ((bool)aineet[5]["pakollinen"]!, (decimal)aineet[5]["laajuus"]!["arvo"]!));
    }

    private async Task<JsonObject> TallennettuAsync(string hetu)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var json = await db.Opiskeluoikeudet.Where(o => db.Oppijat.Any(p => p.Oid == o.OppijaOid && p.Hetu == hetu))
            .Select(o => o.Json).SingleAsync();
        return JsonNode.Parse(json)!.AsObject();
    }
}
