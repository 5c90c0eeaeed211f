using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Sign-in and circuit helpers shared by the browser tests.</summary>
public static partial class Selaus
{
    /// <summary>Signs in as a demo official on the development sign-in page and waits until the page is interactive.</summary>
    public static async Task KirjauduAsync(this IPage sivu, string tunnus, string polku = "/")
    {
        await sivu.GotoAsync("/kirjaudu?returnUrl=" + Uri.EscapeDataString(polku));
        await sivu.Locator($"tr[data-tunnus='{tunnus}'] button[type=submit]").ClickAsync();
        await sivu.WaitForURLAsync(url => !url.Contains("/kirjaudu"));
        await sivu.OdotaInteraktiivistaAsync();
    }

    /// <summary>Waits until the Blazor circuit is up: the layout marks the body once it has rendered interactively.</summary>
    public static Task OdotaInteraktiivistaAsync(this IPage sivu) =>
        sivu.Locator("body[data-interaktiivinen='1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Chooses <paramref name="teksti"/> in the Radzen drop-down whose input has the id <paramref name="id"/>.</summary>
    public static async Task ValitseAsync(this IPage sivu, string id, string teksti)
    {
        await sivu.AvaaValikkoAsync(id);
        await sivu.GetByRole(AriaRole.Option, new() { Name = teksti, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Opens the Radzen drop-down whose input has the id <paramref name="id"/>. A click that lands while the form is
    /// re-rendering after the previous choice opens nothing, so it clicks again until the options show.
    /// </summary>
    public static async Task AvaaValikkoAsync(this IPage sivu, string id)
    {
        var valikko = sivu.Locator(".rz-dropdown", new() { Has = sivu.Locator($"[id='{id}']") });
        var vaihtoehto = sivu.Locator("[role=option]:visible").First;
        for (var yritys = 1; ; yritys++)
        {
            await valikko.ClickAsync();
            try
            {
                await vaihtoehto.WaitForAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (yritys < 4)
            {
            }
        }
    }

    /// <summary>A long Radzen drop-down (kunta): narrows it with its filter before choosing.</summary>
    public static async Task ValitseSuodattaenAsync(this IPage sivu, string id, string suodatin, string teksti)
    {
        await sivu.AvaaValikkoAsync(id);
        await sivu.Locator(".rz-dropdown-filter:visible").FillAsync(suodatin);
        await sivu.GetByRole(AriaRole.Option, new() { Name = teksti, Exact = true }).ClickAsync();
    }
}
