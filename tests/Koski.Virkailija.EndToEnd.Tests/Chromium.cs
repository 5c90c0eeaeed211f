using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Debian's Chromium as every fixture of the browser tests starts it, and a fresh page with its own cookies.</summary>
public static class Chromium
{
    public static Task<IBrowser> KaynnistaAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run"],
        });

    /// <summary>A fresh browser context (own cookies) with a page; dispose the context when done.</summary>
    public static async Task<IPage> UusiSivuAsync(IBrowser selain, string osoite)
    {
        var konteksti = await selain.NewContextAsync(new BrowserNewContextOptions { BaseURL = osoite, Locale = "fi-FI" });
        konteksti.SetDefaultTimeout(15_000);
        return await konteksti.NewPageAsync();
    }
}
