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
        // A minute: the page behind the sign-in is rendered on the server first, and CI runs the test projects side by
        // side on two cores (a sign-in took over 30 s there once).
        await sivu.WaitForURLAsync(url => !url.Contains("/kirjaudu"), new() { Timeout = 60_000 });
        await sivu.OdotaInteraktiivistaAsync();
    }

    /// <summary>
    /// Switches the UI language with the top bar's switch (a POST that reloads the same page) and waits for the new
    /// page to be interactive. The choice is stored on the official: a test that switches a shared demo official
    /// switches back in a finally.
    /// </summary>
    public static async Task VaihdaKieliAsync(this IPage sivu, string koodi)
    {
        // A half-filled form asks before the page is left; switching the language here means to leave it.
        static void Poistu(object? _, IDialog d)
        {
            if (d.Type == DialogType.BeforeUnload) _ = d.AcceptAsync();
        }
        sivu.Dialog += Poistu;
        try
        {
            await sivu.Locator($"[data-testid=kielet] button[value='{koodi}']").ClickAsync();
            await sivu.Locator($"html[lang='{koodi}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await sivu.OdotaInteraktiivistaAsync();
        }
        finally
        {
            sivu.Dialog -= Poistu;
        }
    }

    /// <summary>Waits until the Blazor circuit is up: the layout marks the body once it has rendered interactively.</summary>
    public static Task OdotaInteraktiivistaAsync(this IPage sivu) =>
        sivu.Locator("body[data-interaktiivinen='1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// The open drop-down's choices: MudSelect and MudAutocomplete render them in a popover at the end of the page.
    /// </summary>
    public static ILocator Vaihtoehdot(this IPage sivu) => sivu.Locator(".mud-popover-open .mud-list-item, [role=option]:visible");

    /// <summary>Chooses <paramref name="teksti"/> in the drop-down (MudSelect or MudAutocomplete) whose input has the id <paramref name="id"/>.</summary>
    public static async Task ValitseAsync(this IPage sivu, string id, string teksti)
    {
        await sivu.AvaaValikkoAsync(id);
        await sivu.Vaihtoehdot().GetByText(teksti, new() { Exact = true }).ClickAsync();
        await sivu.Vaihtoehdot().First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>
    /// Opens the drop-down whose input has the id <paramref name="id"/>. A click that lands while the form is
    /// re-rendering after the previous choice opens nothing, so it clicks again until the options show.
    /// </summary>
    public static async Task AvaaValikkoAsync(this IPage sivu, string id)
    {
        var valikko = sivu.Locator($"[id='{id}']");
        var vaihtoehto = sivu.Vaihtoehdot().First;
        for (var yritys = 1; ; yritys++)
        {
            await valikko.ClickAsync(new() { Force = true });
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

    /// <summary>A long drop-down (kunta, oppilaitos: MudAutocomplete): types part of the name, then chooses.</summary>
    public static async Task ValitseSuodattaenAsync(this IPage sivu, string id, string suodatin, string teksti)
    {
        var kentta = sivu.Locator($"[id='{id}']");
        for (var yritys = 1; ; yritys++)
        {
            await kentta.ClickAsync();
            await kentta.FillAsync(suodatin);
            await sivu.Vaihtoehdot().GetByText(teksti, new() { Exact = true }).ClickAsync();
            try
            {
                await Microsoft.Playwright.Assertions.Expect(kentta).ToHaveValueAsync(teksti, new() { Timeout = 10_000 });
                return;
            }
            // A click that lands while the filtered options re-render chooses nothing (seen once under a full run).
            catch (PlaywrightException) when (yritys < 3)
            {
            }
        }
    }

    /// <summary>The text a drop-down (MudSelect) shows for its current choice: the input's value.</summary>
    public static ILocator Valinta(this IPage sivu, string id) => sivu.Locator($"input[id='{id}']");
}
