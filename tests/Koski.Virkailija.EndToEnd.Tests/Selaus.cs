using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Sign-in and circuit helpers shared by the browser tests.</summary>
public static class Selaus
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
        await sivu.Locator(".rz-dropdown", new() { Has = sivu.Locator($"[id='{id}']") }).ClickAsync();
        await sivu.GetByRole(AriaRole.Option, new() { Name = teksti, Exact = true }).ClickAsync();
    }
}
