using Koski.Virkailija.Testaus;
using Koski.Virkailija.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// The real app on a loopback Kestrel port, on its own SQLite file with the demo data and the KOSKI examples,
/// and one Debian Chromium driven by Playwright. Shared by the tests of a collection.
/// </summary>
public class KoskiSovellus : IAsyncLifetime
{
    private readonly string kansio = Path.Combine(Path.GetTempPath(), "koski-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public string Osoite { get; private set; } = "";
    public IBrowser Selain { get; private set; } = default!;
    public IServiceProvider Palvelut => app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(kansio);
        app = KoskiVirkailijaApp.Build(
        [
            "--environment=Development",
            $"--contentRoot={Jaettu.WebProjekti}",
            "--Database:Provider=Sqlite",
            $"--Database:Sqlite=Data Source={Path.Combine(kansio, "koski.db")}",
            "--Authentication:Mode=Development",
            "--Seed:DemoData=true",
            $"--Seed:KoodistoFolder={Jaettu.Koodistot}",
            $"--Seed:DocumentFolder={Jaettu.Esimerkit}",
            "--Logging:LogLevel:Default=Warning",
            // A closed grant must end an open page's access; a short interval keeps that test fast.
            "--Authentication:RevalidointiVali=00:00:02",
        ], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            Konfiguroi(builder);
        });
        await app.StartAsync();
        await AlustaAsync(app.Services);
        Osoite = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Selain = await Chromium.KaynnistaAsync(playwright);
    }

    /// <summary>For a fixture of its own: changes to the app before it is built.</summary>
    protected virtual void Konfiguroi(WebApplicationBuilder builder)
    {
    }

    /// <summary>For a fixture of its own: data to add once the app has started (and seeded its demo data).</summary>
    protected virtual Task AlustaAsync(IServiceProvider palvelut) => Task.CompletedTask;

    /// <summary>A fresh browser context (own cookies) with a page; dispose the context when done.</summary>
    public Task<IPage> UusiSivuAsync() => Chromium.UusiSivuAsync(Selain, Osoite);

    public async Task DisposeAsync()
    {
        if (Selain is not null) await Selain.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        try { Directory.Delete(kansio, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Nimi)]
public sealed class SovellusKokoelma : ICollectionFixture<KoskiSovellus>
{
    public const string Nimi = "Sovellus";
}
