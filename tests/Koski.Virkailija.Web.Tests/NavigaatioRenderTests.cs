using System.Net;
using Bunit;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Web.Components.Layout;
using Radzen;

namespace Koski.Virkailija.Web.Tests;

/// <summary>The navigation and header render what the signed-in official's roles allow (bUnit, no browser).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xUnit disposes the context through IAsyncLifetime.DisposeAsync, after each test.")]
public sealed class NavigaatioRenderTests : IAsyncLifetime
{
    private readonly BunitContext bunit = new();

    public Task InitializeAsync()
    {
        bunit.Services.AddRadzenComponents();
        // Radzen's components call their scripts after rendering; nothing here depends on an answer.
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

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
