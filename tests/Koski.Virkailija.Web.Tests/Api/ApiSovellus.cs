using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// The real app on a loopback port with the 991 real organisations, the demo data and two service accounts, on
/// SQLite or on a real PostgreSQL server; HTTP clients as a service account or as a signed-in demo official.
/// </summary>
public sealed class ApiSovellus : IAsyncDisposable
{
    public const string Jyu = "palvelukayttaja-jyu", JyuSalasana = "kehitys-salasana-jyu";
    public const string Oph = "palvelukayttaja-oph", OphSalasana = "testi-salasana-oph";
    /// <summary>The read-only demo account of appsettings.Development.json (Seed:Palvelukayttajat:1).</summary>
    public const string JyuLukija = "lukija-jyu", JyuLukijaSalasana = "kehitys-salasana-lukija";

    private readonly WebApplication app;
    private readonly string? tiedosto;

    private ApiSovellus(WebApplication app, string osoite, string? tiedosto, string? postgres)
    {
        this.app = app;
        Osoite = osoite;
        this.tiedosto = tiedosto;
        PostgresYhteys = postgres;
    }

    public string Osoite { get; }

    /// <summary>The app's services, to compare an answer with what the application layer says on the same data.</summary>
    public IServiceProvider Palvelut => app.Services;

    /// <summary>The connection string of the app's PostgreSQL database; null on SQLite.</summary>
    public string? PostgresYhteys { get; }

    public static async Task<ApiSovellus> KaynnistaAsync(string tarjoaja, params string[] lisaasetukset)
    {
        var tiedosto = tarjoaja == "Sqlite" ? Path.Combine(Path.GetTempPath(), $"koski-api-{Guid.NewGuid():N}.db") : null;
        var postgres = tarjoaja == "Sqlite" ? null : PostgresPalvelin.UusiTietokanta();
        var tietokanta = tarjoaja == "Sqlite"
            ? ["--Database:Provider=Sqlite", $"--Database:Sqlite=Data Source={tiedosto}"]
            : new[] { "--Database:Provider=Postgres", $"--Database:Postgres={postgres}" };
        var app = KoskiVirkailijaApp.Build(
        [
            "--environment=Development", $"--contentRoot={Jaettu.WebProjekti}", "--Authentication:Mode=Development",
            "--Seed:DemoData=true", $"--Seed:OrganisaatioHierarkia={Jaettu.Hierarkia}", $"--Seed:KoodistoFolder={Jaettu.Koodistot}",
            $"--Seed:Palvelukayttajat:2:Tunnus={Oph}", $"--Seed:Palvelukayttajat:2:Salasana={OphSalasana}",
            "--Seed:Palvelukayttajat:2:Organisaatio=1.2.246.562.10.00000000001",
            "--Logging:LogLevel:Default=Warning", .. tietokanta, .. lisaasetukset,
        ], b => b.WebHost.UseUrls("http://127.0.0.1:0"));
        await app.StartAsync();
        var osoite = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiSovellus(app, osoite.TrimEnd('/'), tiedosto, postgres);
    }

    /// <param name="lahdeosoite">A loopback address of 127/8 to connect from, to be another client address.</param>
    public HttpClient Palvelukayttajana(string tunnus, string salasana, string? lahdeosoite = null)
    {
        var http = lahdeosoite is null ? new HttpClient() : new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (konteksti, ct) =>
            {
                var pistoke = new Socket(SocketType.Stream, ProtocolType.Tcp);
                pistoke.Bind(new IPEndPoint(IPAddress.Parse(lahdeosoite), 0));
                await pistoke.ConnectAsync(konteksti.DnsEndPoint, ct);
                return new NetworkStream(pistoke, ownsSocket: true);
            },
        });
        http.BaseAddress = new Uri(Osoite);
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{tunnus}:{salasana}")));
        return http;
    }

    /// <summary>Signs in on the development sign-in page, as a browser would, and keeps the session cookie.</summary>
    public async Task<HttpClient> VirkailijanaAsync(string tunnus)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = new Uri(Osoite) };
        var sivu = await http.GetStringAsync("/kirjaudu");
        var lomake = Regex.Match(sivu, $"<tr data-tunnus=\"{Regex.Escape(tunnus)}\"[^>]*>.*?</tr>", RegexOptions.Singleline).Value;
        var tunniste = Antiforgery.Token(lomake) ?? "";
        var vastaus = await http.PostAsync("/kirjaudu/kehitys", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["tunnus"] = tunnus, ["returnUrl"] = "/", ["__RequestVerificationToken"] = tunniste,
        }));
        if (vastaus.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Kirjautuminen epäonnistui: {vastaus.StatusCode} {await vastaus.Content.ReadAsStringAsync()}");
        return http;
    }

    public static StringContent Json(JsonNode? json) => new(json?.ToJsonString() ?? "null", Encoding.UTF8, "application/json");

    public async Task<(int Oppijat, int Opiskeluoikeudet, int Versiot)> LaskeAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContextAsync();
        return (await db.Oppijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync(), await db.OpiskeluoikeusVersiot.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        if (tiedosto is not null)
            foreach (var f in new[] { tiedosto, tiedosto + "-wal", tiedosto + "-shm" }) File.Delete(f);
    }
}
