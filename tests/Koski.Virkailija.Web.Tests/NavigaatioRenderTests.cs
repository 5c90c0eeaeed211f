using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Radzen;

namespace Koski.Virkailija.Web.Tests;

/// <summary>The navigation and header render what the signed-in official's roles allow (HtmlRenderer, no browser).</summary>
public sealed class NavigaatioRenderTests
{
    private static Kayttaja Kayttaja(params Kayttooikeusryhma[] ryhmat) =>
        new(1, "testi", "Testi Virkailija", ryhmat.Select(r => new Rooli(r, "1.2.246.562.10.14613773812", "Jyväskylän normaalikoulu")).ToList());

    [Fact]
    public async Task Suppea_katselija_nakee_vain_oppijat_ja_omat_tiedot()
    {
        var html = await RenderoiAsync<Navigaatio>(Kayttaja(Kayttooikeusryhma.KoskiKatselijaSuppea));
        Assert.Contains("href=\"oppijat\"", html);
        Assert.Contains("href=\"omat-tiedot\"", html);
        Assert.DoesNotContain("href=\"raportit\"", html);
        Assert.DoesNotContain("href=\"uusi-opiskeluoikeus\"", html);
        Assert.DoesNotContain("href=\"kayttooikeudet\"", html);
    }

    [Fact]
    public async Task Paakayttaja_nakee_kayttooikeudet_mutta_ei_syottoa()
    {
        var html = await RenderoiAsync<Navigaatio>(Kayttaja(Kayttooikeusryhma.KoskiPaakayttaja));
        Assert.Contains("href=\"kayttooikeudet\"", html);
        Assert.Contains("href=\"raportit\"", html);
        Assert.DoesNotContain("href=\"uusi-opiskeluoikeus\"", html);
    }

    [Fact]
    public async Task Ylapalkki_nayttaa_nimen_ja_roolit_organisaatioineen()
    {
        var html = await RenderoiAsync<Ylapalkki>(Kayttaja(Kayttooikeusryhma.KoskiTallentaja, Kayttooikeusryhma.KoskiKatselija));
        Assert.Contains("Testi Virkailija", html);
        Assert.Contains("KOSKI-tallentaja, Jyväskylän normaalikoulu", html);
        Assert.Contains("KOSKI-katselija (sisältää erityiset henkilötiedot), Jyväskylän normaalikoulu", html);
    }

    [Fact]
    public async Task Ylapalkki_kertoo_kun_oikeuksia_ei_ole()
    {
        var html = await RenderoiAsync<Ylapalkki>(Kayttaja());
        Assert.Contains("Ei voimassa olevia käyttöoikeuksia", html);
    }

    private static async Task<string> RenderoiAsync<T>(Kayttaja kayttaja) where T : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRadzenComponents();
        services.AddSingleton<NavigationManager, TestiNavigointi>();
        services.AddSingleton<IJSRuntime, EiJavaScriptia>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var tulos = await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(
                new Dictionary<string, object?> { ["Kayttaja"] = kayttaja }));
            return System.Net.WebUtility.HtmlDecode(tulos.ToHtmlString());
        });
    }

    private sealed class TestiNavigointi : NavigationManager
    {
        public TestiNavigointi() => Initialize("http://localhost/", "http://localhost/");
    }

    private sealed class EiJavaScriptia : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => default;
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => default;
    }
}
