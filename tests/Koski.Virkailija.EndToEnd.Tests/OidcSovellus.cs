using Koski.Virkailija.Testaus;
using Koski.Virkailija.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// The real app in OpenID Connect mode, signing officials in through <see cref="Tunnistuspalvelu"/>, on its own
/// SQLite file with the organisation hierarchy (no demo officials: each test makes the ones it needs), and a Chromium.
/// </summary>
public sealed class OidcSovellus : IAsyncLifetime
{
    private readonly string kansio = Path.Combine(Path.GetTempPath(), "koski-oidc-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public string Osoite { get; private set; } = "";
    public Tunnistuspalvelu Tunnistus { get; private set; } = default!;
    public IBrowser Selain { get; private set; } = default!;
    public IServiceProvider Palvelut => app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(kansio);
        // The provider must know the app's redirect address before the app starts: the port is chosen first.
        Osoite = $"http://127.0.0.1:{Tunnistuspalvelu.VapaaPortti()}";
        Tunnistus = await Tunnistuspalvelu.KaynnistaAsync(Osoite);
        app = KoskiVirkailijaApp.Build(
        [
            "--environment=Development",
            $"--contentRoot={Jaettu.WebProjekti}",
            "--Database:Provider=Sqlite",
            $"--Database:Sqlite=Data Source={Path.Combine(kansio, "koski.db")}",
            "--Authentication:Mode=Oidc",
            $"--Oidc:Authority={Tunnistus.Osoite}",
            $"--Oidc:ClientId={Tunnistuspalvelu.ClientId}",
            $"--Oidc:ClientSecret={Tunnistuspalvelu.ClientSecret}",
            "--Oidc:RequireHttpsMetadata=false",
            "--Seed:DemoData=false",
            "--Seed:KoodistoFolder=",
            $"--Seed:OrganisaatioHierarkia={Jaettu.Hierarkia}",
            "--Logging:LogLevel:Default=Warning",
        ], builder => builder.WebHost.UseUrls(Osoite));
        await app.StartAsync();

        playwright = await Playwright.CreateAsync();
        Selain = await Chromium.KaynnistaAsync(playwright);
    }

    public Task<IPage> UusiSivuAsync() => Chromium.UusiSivuAsync(Selain, Osoite);

    public async Task DisposeAsync()
    {
        if (Selain is not null) await Selain.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        if (Tunnistus is not null) await Tunnistus.DisposeAsync();
        try { Directory.Delete(kansio, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Nimi)]
public sealed class OidcKokoelma : ICollectionFixture<OidcSovellus>
{
    public const string Nimi = "Oidc";
}
