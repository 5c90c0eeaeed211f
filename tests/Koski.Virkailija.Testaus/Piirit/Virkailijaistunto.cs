using System.Net;

namespace Koski.Virkailija.Testaus.Piirit;

/// <summary>
/// A signed-in official's browser session without a browser: the app's cookies (<see cref="Evastepurkki"/>) after the
/// development sign-in form, antiforgery token included, so a load client can open many circuits on one session.
/// </summary>
public sealed class Virkailijaistunto : IDisposable
{
    private readonly HttpClient http;
    private readonly Evastepurkki evasteet = new();

    private Virkailijaistunto(Uri osoite, HttpMessageHandler? kasittelija)
    {
        Osoite = osoite;
        http = new HttpClient(kasittelija ?? new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        { BaseAddress = osoite, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The app's root, ending in "/".</summary>
    public Uri Osoite { get; }

    /// <summary>The Cookie header a request of this session carries.</summary>
    public string Evasteotsake => evasteet.Otsake;

    /// <summary>Signs in as <paramref name="tunnus"/> through the development sign-in (Authentication:Mode=Development).</summary>
    public static async Task<Virkailijaistunto> KirjauduAsync(Uri osoite, string tunnus, HttpMessageHandler? kasittelija = null,
        CancellationToken ct = default)
    {
        var istunto = new Virkailijaistunto(osoite, kasittelija);
        var lomake = await istunto.HaeSivuAsync("kirjaudu", ct);
        var token = Antiforgery.Token(lomake)
            ?? throw new InvalidOperationException("Kirjautumissivulla ei ole antiforgery-kenttää (onko Authentication:Mode=Development?)");
        using var vastaus = await istunto.LahetaAsync(new HttpRequestMessage(HttpMethod.Post, "kirjaudu/kehitys")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            { ["tunnus"] = tunnus, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token }),
        }, ct);
        if (vastaus.StatusCode != HttpStatusCode.Redirect || vastaus.Headers.Location?.OriginalString.Contains("virhe") != false)
            throw new InvalidOperationException($"Kirjautuminen tunnuksella {tunnus} ei onnistunut: {(int)vastaus.StatusCode} {vastaus.Headers.Location}");
        return istunto;
    }

    /// <summary>The page's prerendered HTML; throws unless the app answers 200 (a redirect to sign-in is an error here).</summary>
    public async Task<string> HaeSivuAsync(string polku, CancellationToken ct = default)
    {
        using var vastaus = await LahetaAsync(new HttpRequestMessage(HttpMethod.Get, polku.TrimStart('/')), ct);
        if (vastaus.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET /{polku.TrimStart('/')}: {(int)vastaus.StatusCode} {vastaus.Headers.Location}");
        return await vastaus.Content.ReadAsStringAsync(ct);
    }

    private async Task<HttpResponseMessage> LahetaAsync(HttpRequestMessage pyynto, CancellationToken ct)
    {
        using (pyynto)
        {
            evasteet.Liita(pyynto);
            var vastaus = await http.SendAsync(pyynto, ct);
            evasteet.Lue(vastaus);
            return vastaus;
        }
    }

    public void Dispose() => http.Dispose();
}
