using System.Net;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Koski.Virkailija.Web.Kirjautuminen;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>
/// The whole app on an in-memory test server over https, with its own SQLite file, a clock the test moves,
/// and a client that keeps cookies like a browser. In Development it has one official, "testi", with a grant.
/// </summary>
internal sealed class TestiPalvelin : IAsyncDisposable
{
    public const string Tunnus = "testi";

    private readonly WebApplication app;
    private HttpClient http = default!;
    private readonly Evastepurkki evasteet = new();
    private readonly string tiedosto;
    private readonly bool omaTiedosto;

    private TestiPalvelin(string ymparisto, string[] lisa, string? jaettuTiedosto = null,
        Action<IServiceCollection>? palvelut = null)
    {
        omaTiedosto = jaettuTiedosto is null;
        tiedosto = jaettuTiedosto ?? Path.Combine(Path.GetTempPath(), $"koski-istunto-{Guid.NewGuid():N}.db");
        app = KoskiVirkailijaApp.Build(
            [$"--environment={ymparisto}", $"--Database:Sqlite=Data Source={tiedosto}", "--Seed:DemoData=false",
             "--Logging:LogLevel:Default=None", .. lisa],
            builder =>
            {
                builder.WebHost.UseTestServer();
                // The cookie handler, the session store and the app read this clock.
                builder.Services.AddSingleton<TimeProvider>(Kello);
                palvelut?.Invoke(builder.Services);
            });
    }

    /// <summary>The database file, for a second instance of the app on the same database.</summary>
    public string Tiedosto => tiedosto;

    public SiirrettavaKello Kello { get; } = new();
    public IServiceProvider Palvelut => app.Services;

    public static async Task<TestiPalvelin> KaynnistaAsync(string ymparisto = "Development", params string[] lisa)
    {
        var palvelin = new TestiPalvelin(ymparisto, lisa);
        await palvelin.KaynnistaAsync();
        return palvelin;
    }

    /// <summary>
    /// In OpenID Connect mode with <paramref name="tunnistus"/> as the provider (its discovery document, keys and
    /// token endpoint answer the framework handler's back-channel requests); optionally on another instance's database.
    /// </summary>
    public static async Task<TestiPalvelin> KaynnistaOidcAsync(Testitunnistuspalvelu tunnistus, string? jaettuTiedosto = null)
    {
        var palvelin = new TestiPalvelin("Development",
            ["--Authentication:Mode=Oidc", $"--Oidc:Authority={Testitunnistuspalvelu.Issuer}",
             $"--Oidc:ClientId={Testitunnistuspalvelu.ClientId}", $"--Oidc:ClientSecret={Testitunnistuspalvelu.ClientSecret}"],
            jaettuTiedosto,
            palvelut => palvelut.Configure<OpenIdConnectOptions>(OidcAsetukset.Skeema, o => o.BackchannelHttpHandler = tunnistus));
        await palvelin.KaynnistaAsync();
        return palvelin;
    }

    private async Task KaynnistaAsync()
    {
        await app.StartAsync();
        http = app.GetTestClient();
        http.BaseAddress = new Uri("https://koski.example/");
    }

    /// <summary>The browser's cookies, to replay them later or in another client.</summary>
    public Dictionary<string, string> Evasteet
    {
        get => evasteet.Kopio;
        set => evasteet.Kopio = value;
    }

    /// <summary>Adds the official "testi" with a katselija grant valid today.</summary>
    public async Task LuoVirkailijaAsync()
    {
        await using var db = await Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var virkailija = new Virkailijahenkilo
        { Oid = "1.2.246.562.24.80000000099", Kayttajatunnus = Tunnus, Etunimet = "Testi", Sukunimi = "Virkailija" };
        db.Virkailijat.Add(virkailija);
        await db.SaveChangesAsync();
        var tanaan = DateOnly.FromDateTime(DateTime.Today);
        db.Kayttooikeudet.Add(new Kayttooikeus
        {
            VirkailijaId = virkailija.Id, Ryhma = Kayttooikeusryhma.KoskiKatselija.Tunniste,
            OrganisaatioOid = "1.2.246.562.10.14613773812", Tila = KayttooikeudenTila.MYONNETTY,
            VoimassaAlkaen = tanaan.AddDays(-1), VoimassaAsti = tanaan.AddYears(1),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Signs in through the development sign-in form, antiforgery token included.</summary>
    public async Task<HttpResponseMessage> KirjauduAsync()
    {
        var token = await AntiforgeryTokenAsync("/kirjaudu");
        return await PostAsync("/kirjaudu/kehitys", new() { ["tunnus"] = Tunnus, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token });
    }

    public async Task<string> AntiforgeryTokenAsync(string sivu)
    {
        var html = await (await GetAsync(sivu)).Content.ReadAsStringAsync();
        return Antiforgery.Token(html) ?? "";
    }

    public Task<HttpResponseMessage> GetAsync(string polku) => LahetaAsync(new HttpRequestMessage(HttpMethod.Get, polku));

    public Task<HttpResponseMessage> PostAsync(string polku, Dictionary<string, string> kentat) =>
        LahetaAsync(new HttpRequestMessage(HttpMethod.Post, polku) { Content = new FormUrlEncodedContent(kentat) });

    /// <summary>True when a protected page answers with its content, false when it sends the browser to sign in.</summary>
    public async Task<bool> OnKirjautunutAsync()
    {
        var vastaus = await GetAsync("/omat-tiedot");
        return vastaus.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Redirect when vastaus.Headers.Location!.OriginalString.Contains("/kirjaudu") => false,
            var muu => throw new InvalidOperationException($"Odottamaton vastaus {muu}"),
        };
    }

    private async Task<HttpResponseMessage> LahetaAsync(HttpRequestMessage pyynto)
    {
        evasteet.Liita(pyynto);
        var vastaus = await http.SendAsync(pyynto);
        evasteet.Lue(vastaus);
        return vastaus;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (omaTiedosto)
            foreach (var polku in new[] { tiedosto, tiedosto + "-wal", tiedosto + "-shm" }) File.Delete(polku);
    }
}

/// <summary>A clock the test moves forward.</summary>
internal sealed class SiirrettavaKello : TimeProvider
{
    private DateTimeOffset nyt = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => nyt;

    public void Siirra(TimeSpan aika) => nyt += aika;
}
