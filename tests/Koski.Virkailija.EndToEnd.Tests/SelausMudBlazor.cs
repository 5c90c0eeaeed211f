using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// Choosing in MudBlazor's MudSelect and MudAutocomplete (the Käyttöoikeudet, Omat tiedot and Raportit pages). Named apart
/// from <see cref="ValitseAsync"/>, which the other half of the move rewrites for its own pages.
/// </summary>
public static partial class Selaus
{
    /// <summary>
    /// Chooses <paramref name="teksti"/> in the MudSelect or MudAutocomplete whose input has the id <paramref name="id"/>:
    /// an autocomplete is typed into (it narrows the list), a select is opened; then the option is clicked.
    /// </summary>
    public static async Task ValitseMudAsync(this IPage sivu, string id, string teksti)
    {
        var kentta = sivu.Locator($"[id='{id}']");
        var vaihtoehto = sivu.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*" + System.Text.RegularExpressions.Regex.Escape(teksti) + "\\s*$") });
        var autocomplete = await sivu.Locator(".mud-autocomplete", new() { Has = kentta }).CountAsync() > 0;
        for (var yritys = 1; ; yritys++)
        {
            if (autocomplete)
            {
                await kentta.ClickAsync();
                await kentta.FillAsync(teksti);
            }
            else
            {
                await sivu.Locator(".mud-select", new() { Has = kentta }).First.ClickAsync();
            }
            try
            {
                await vaihtoehto.First.WaitForAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (yritys < 4)
            {
                await sivu.Keyboard.PressAsync("Escape");
            }
        }
        // On a busy machine the list can re-render under the click (the autocomplete searches again as the text
        // settles) and stay open: choosing the same option again is harmless, so the click is repeated.
        var avoimet = sivu.Locator(".mud-popover-open .mud-list-item");
        for (var yritys = 1; ; yritys++)
        {
            await vaihtoehto.First.ClickAsync();
            try
            {
                await Microsoft.Playwright.Assertions.Expect(avoimet).ToHaveCountAsync(0, new() { Timeout = 10_000 });
                break;
            }
            catch (PlaywrightException) when (yritys < 3)
            {
            }
        }
    }
}
