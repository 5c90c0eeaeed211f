using System.Net;
using Bunit;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests;

/// <summary>The navigation and header render what the signed-in official's roles allow (bUnit, no browser).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xUnit disposes the context through IAsyncLifetime.DisposeAsync, after each test.")]
public sealed class NavigaatioRenderTests : IAsyncLifetime
{
    private BunitContext bunit = BunitKonteksti.Uusi();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bunit.DisposeAsync();

    private static Kayttaja Kayttaja(params Kayttooikeusryhma[] ryhmat) =>
        new(1, "testi", "Testi Virkailija", ryhmat.Select(r => new Rooli(r, "1.2.246.562.10.14613773812", "Jyväskylän normaalikoulu")).ToList());

    private string Navigaatio(Kayttaja kayttaja) => Html(bunit.Render<Navigaatio>(p => p.Add(n => n.Kayttaja, kayttaja)).Markup);

    private string Ylapalkki(Kayttaja kayttaja) => Html(bunit.Render<Ylapalkki>(p => p.Add(y => y.Kayttaja, kayttaja)).Markup);

    private static string Html(string markup) => WebUtility.HtmlDecode(markup);

    [Fact]
    public void Suppea_katselija_nakee_vain_oppijat_ja_omat_tiedot()
    {
        var html = Navigaatio(Kayttaja(Kayttooikeusryhma.KoskiKatselijaSuppea));
        Assert.Contains("href=\"oppijat\"", html);
        Assert.Contains("href=\"omat-tiedot\"", html);
        Assert.DoesNotContain("href=\"raportit\"", html);
        Assert.DoesNotContain("href=\"uusi-opiskeluoikeus\"", html);
        Assert.DoesNotContain("href=\"kayttooikeudet\"", html);
    }

    [Fact]
    public void Valikko_on_kosken_jarjestyksessa_opiskelijat_tiedonsiirrot_raportit()
    {
        var linkit = bunit.Render<Navigaatio>(p => p.Add(n => n.Kayttaja, Kayttaja(Kayttooikeusryhma.KoskiTallentaja)))
            .FindAll("nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Opiskelijat", "Tiedonsiirrot", "Raportit", "Uusi opiskeluoikeus", "Omat tiedot"], linkit);
    }

    [Fact]
    public async Task Ruotsiksi_valikko_ja_ylapalkki_ovat_ruotsiksi()
    {
        await bunit.DisposeAsync();
        bunit = BunitKonteksti.Uusi("sv-FI");
        var nav = bunit.Render<Navigaatio>(p => p.Add(n => n.Kayttaja, Kayttaja(Kayttooikeusryhma.KoskiKatselija)));
        Assert.Equal(["Studerande", "Dataöverföringar", "Rapporter", "Mina uppgifter"],
            nav.FindAll("nav a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Huvudmeny", nav.Find("nav").GetAttribute("aria-label"));
        Assert.Contains("Logga ut", Ylapalkki(Kayttaja()));
    }

    [Fact]
    public void Ylapalkin_kielivalinta_palaa_samalle_sivulle()
    {
        bunit.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("raportit?x=1");
        var ylapalkki = bunit.Render<Ylapalkki>(p => p.Add(y => y.Kayttaja, Kayttaja()));
        // A POST form (a GET link changed the stored language) and the page to return to.
        var lomake = ylapalkki.Find("form.kielivalinta");
        Assert.Equal("post", lomake.GetAttribute("method"));
        Assert.Equal("kieli", lomake.GetAttribute("action"));
        Assert.Equal("/raportit?x=1", lomake.QuerySelector("input[name=paluu]")!.GetAttribute("value"));
        var kielet = lomake.QuerySelectorAll("[data-testid=kielet] button[type=submit][name=koodi]");
        Assert.Equal(["Suomeksi", "På svenska"], kielet.Select(a => a.TextContent.Trim()));
        Assert.Equal(["fi", "sv"], kielet.Select(a => a.GetAttribute("value")));
        Assert.Equal("sv", kielet[1].GetAttribute("lang"));
        Assert.Equal("true", kielet[0].GetAttribute("aria-current"));
    }

    [Fact]
    public void Paakayttaja_nakee_kayttooikeudet_mutta_ei_syottoa()
    {
        var html = Navigaatio(Kayttaja(Kayttooikeusryhma.KoskiPaakayttaja));
        Assert.Contains("href=\"kayttooikeudet\"", html);
        Assert.Contains("href=\"raportit\"", html);
        Assert.DoesNotContain("href=\"uusi-opiskeluoikeus\"", html);
    }

    [Fact]
    public void Ylapalkki_nayttaa_nimen_ja_roolit_organisaatioineen()
    {
        var html = Ylapalkki(Kayttaja(Kayttooikeusryhma.KoskiTallentaja, Kayttooikeusryhma.KoskiKatselija));
        Assert.Contains("Testi Virkailija", html);
        Assert.Contains("KOSKI-tallentaja, Jyväskylän normaalikoulu", html);
        Assert.Contains("KOSKI-katselija (sisältää erityiset henkilötiedot), Jyväskylän normaalikoulu", html);
    }

    [Fact]
    public void Ylapalkki_kertoo_kun_oikeuksia_ei_ole()
    {
        var html = Ylapalkki(Kayttaja());
        Assert.Contains("Ei voimassa olevia käyttöoikeuksia", html);
    }
}
