using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Debian's Chromium as every fixture of the browser tests starts it, and a fresh page with its own cookies.</summary>
public static class Chromium
{
    private const float Odotus = 30_000;

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
        // The browser tests run beside the other test assemblies (PostgreSQL servers, the large-report fixture's data)
        // on a 2-core CI machine: a sign-in redirect there once took over 15 s to load. A broken page still fails
        // within this limit. Expect's assertions wait as long: their default of 5 s failed tests on a loaded machine.
        konteksti.SetDefaultTimeout(Odotus);
        Assertions.SetDefaultExpectTimeout(Odotus);
        return await konteksti.NewPageAsync();
    }
}
