using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

public static partial class Selaus
{
    /// <summary>Saving a large form validates and writes the whole document: on a busy CI machine that takes seconds.</summary>
    private const float TallennuksenAikaraja = 90_000;

    /// <summary>
    /// Presses the form's Tallenna and waits until the app has moved to a page whose address contains
    /// <paramref name="osoitteessa"/>. When it does not, the test fails with the form's validation messages, not with
    /// a bare navigation timeout.
    /// </summary>
    public static Task TallennaAsync(this IPage sivu, string osoitteessa) =>
        sivu.TallennaAsync(url => url.Contains(osoitteessa, StringComparison.Ordinal), osoitteessa);

    /// <summary>As above, for a destination that a substring cannot tell from the form's own address.</summary>
    public static async Task TallennaAsync(this IPage sivu, Func<string, bool> perilla, string kuvaus)
    {
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        try
        {
            await sivu.WaitForURLAsync(perilla, new() { Timeout = TallennuksenAikaraja, WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException)
        {
            // The form's messages, and anything else the page announces (a lost circuit shows the reconnect alert).
            var virheet = await sivu.Locator("[data-testid=virheet], .validation-message, [role=alert]:visible").AllInnerTextsAsync();
            throw new InvalidOperationException(
                $"Tallennus ei siirtynyt sivulle {kuvaus} (sivu {sivu.Url}): {string.Join(" | ", virheet)}");
        }
    }
}
