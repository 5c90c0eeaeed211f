using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Koski.Virkailija.Web.Tests;

/// <summary>
/// Issue 16, finding 10: MudBlazor's own texts (the grid pager, the date picker's navigation) follow the UI language
/// instead of staying English.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xUnit disposes the context through IAsyncLifetime.DisposeAsync, after each test.")]
public sealed class MudBlazorKieletTests : IAsyncLifetime
{
    private BunitContext bunit = BunitKonteksti.Uusi();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bunit.DisposeAsync();

    public sealed record Rivi(string Nimi);

    [Theory]
    [InlineData("fi-FI", "Rivejä sivulla:", "1–3 / 3", "Seuraava sivu")]
    [InlineData("sv-FI", "Rader per sida:", "1–3 av 3", "Nästa sida")]
    public async Task Taulukon_sivuttaja_on_kayttajan_kielella(string kieli, string riveja, string maara, string seuraava)
    {
        await bunit.DisposeAsync();
        bunit = BunitKonteksti.Uusi(kieli);
        var taulukko = bunit.Render<MudDataGrid<Rivi>>(p => p
            .Add(g => g.Items, [new("a"), new("b"), new("c")])
            .Add(g => g.PagerContent, (RenderFragment)(b =>
            {
                b.OpenComponent<MudDataGridPager<Rivi>>(0);
                b.CloseComponent();
            })));

        var sivuttaja = taulukko.Find(".mud-table-pagination");
        Assert.Contains(riveja, sivuttaja.TextContent);
        Assert.Contains(maara, sivuttaja.TextContent);
        Assert.Contains(sivuttaja.QuerySelectorAll("button"), n => n.GetAttribute("aria-label") == seuraava);
        Assert.DoesNotContain("Rows per page", taulukko.Markup);
    }

    [Theory]
    [InlineData("fi-FI", "Edellinen kuukausi")]
    [InlineData("sv-FI", "Föregående månad")]
    public async Task Kalenterin_selausnapit_ovat_kayttajan_kielella(string kieli, string edellinen)
    {
        await bunit.DisposeAsync();
        bunit = BunitKonteksti.Uusi(kieli);
        var kalenteri = bunit.Render<MudDatePicker>(p => p
            .Add(d => d.PickerVariant, PickerVariant.Static)
            .Add(d => d.Date, new DateTime(2024, 8, 8)));

        var napit = kalenteri.FindAll("button").Select(n => n.GetAttribute("aria-label") ?? "").ToList();
        Assert.Contains(napit, n => n.StartsWith(edellinen, StringComparison.Ordinal));
        Assert.DoesNotContain(napit, n => n.StartsWith("Previous", StringComparison.Ordinal));
    }
}
