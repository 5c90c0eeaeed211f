using Bunit;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Web.Components.Pages.Raportit;

namespace Koski.Virkailija.Web.Tests;

/// <summary>Issue 16, finding 8: the chart said "47.37" with a decimal point; Finnish and Swedish write "47,37".</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xUnit disposes the context through IAsyncLifetime.DisposeAsync, after each test.")]
public sealed class LahdejarjestelmakaavioTests : IAsyncLifetime
{
    private BunitContext bunit = BunitKonteksti.Uusi();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bunit.DisposeAsync();

    private static readonly LahdejarjestelmanOsuus[] Osuudet =
    [
        new("Perusopetus", Lahdejarjestelmat.Kayttoliittyma, 9, 47.368421),
        new("Perusopetus", "Primus", 10, 52.631579),
        new("Esiopetus", Lahdejarjestelmat.Kayttoliittyma, 1, 12.5),
    ];

    [Theory]
    [InlineData("fi-FI", "Käyttöliittymän osuus")]
    [InlineData("sv-FI", "Användargränssnittets andel")]
    public async Task Osuudet_kirjoitetaan_desimaalipilkulla(string kieli, string sarake)
    {
        await bunit.DisposeAsync();
        bunit = BunitKonteksti.Uusi(kieli);
        var kaavio = bunit.Render<Lahdejarjestelmakaavio>(p => p.Add(k => k.Osuudet, Osuudet));

        var luvut = kaavio.Find("[data-testid=kaavion-luvut]");
        Assert.Contains(sarake, luvut.TextContent);
        Assert.Equal(["47,37 %", "12,5 %"], luvut.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
        // The chart's own value labels too, where MudBlazor draws them.
        var kaavionTekstit = kaavio.FindAll("svg text").Select(t => t.TextContent.Trim()).ToList();
        Assert.DoesNotContain(kaavionTekstit, t => t.Contains("47.37", StringComparison.Ordinal));
    }
}
