using System.Net;
using System.Text.RegularExpressions;

namespace Koski.Virkailija.Testaus.Piirit;

/// <summary>
/// A signed-in official's browser session without a browser: the app's cookies kept by hand (the development
/// sign-in form, antiforgery token included), so a load client can open many circuits on one session. Cookies
/// are sent by hand rather than through a CookieContainer because the app marks them Secure outside Development
/// and the benchmark talks plain http on loopback.
/// </summary>
public sealed partial class Virkailijaistunto : IDisposable
{
    private readonly HttpClient http;
    private readonly Dictionary<string, string> evasteet = [];

    private Virkailijaistunto(Uri osoite, HttpMessageHandler? kasittelija)
    {
        Osoite = osoite;
        http = new HttpClient(kasittelija ?? new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        { BaseAddress = osoite, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The app's root, ending in "/".</summary>
    public Uri Osoite { get; }

    /// <summary>The Cookie header a request of this session carries.</summary>
    public string Evasteotsake => string.Join("; ", evasteet.Select(e => $"{e.Key}={e.Value}"));

    /// <summary>Signs in as <paramref name="tunnus"/> through the development sign-in (Authentication:Mode=Development).</summary>
    public static async Task<Virkailijaistunto> KirjauduAsync(Uri osoite, string tunnus, HttpMessageHandler? kasittelija = null,
        CancellationToken ct = default)
    {
        var istunto = new Virkailijaistunto(osoite, kasittelija);
        var lomake = await istunto.HaeSivuAsync("kirjaudu", ct);
        var token = AntiforgeryKentta().Match(lomake) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("Kirjautumissivulla ei ole antiforgery-kenttää (onko Authentication:Mode=Development?)");
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
            lock (evasteet)
                if (evasteet.Count > 0) pyynto.Headers.Add("Cookie", Evasteotsake);
            var vastaus = await http.SendAsync(pyynto, ct);
            if (vastaus.Headers.TryGetValues("Set-Cookie", out var asetetut))
                lock (evasteet)
                    foreach (var evaste in asetetut)
                    {
                        var yhtasuuri = evaste.IndexOf('=');
                        var loppu = evaste.IndexOf(';') is var p and >= 0 ? p : evaste.Length;
                        var (nimi, arvo) = (evaste[..yhtasuuri], evaste[(yhtasuuri + 1)..loppu]);
                        if (arvo.Length == 0 || evaste.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                            evasteet.Remove(nimi);
                        else evasteet[nimi] = arvo;
                    }
            return vastaus;
        }
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryKentta();
}
