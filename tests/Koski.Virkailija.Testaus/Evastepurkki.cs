using System.Net;
using System.Text.RegularExpressions;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// A browser's cookies kept by hand for a test client: the app marks its cookies Secure outside Development, which a
/// CookieContainer would not send over the plain http of loopback tests, and tests copy a session between clients
/// or instances. Safe for concurrent requests of one session.
/// </summary>
public sealed class Evastepurkki
{
    private readonly Dictionary<string, string> arvot = [];

    /// <summary>The cookies as name → value, to replay them later or in another client.</summary>
    public Dictionary<string, string> Kopio
    {
        get
        {
            lock (arvot) return new(arvot);
        }
        set
        {
            lock (arvot)
            {
                arvot.Clear();
                foreach (var (nimi, arvo) in value) arvot[nimi] = arvo;
            }
        }
    }

    /// <summary>The Cookie header the next request carries.</summary>
    public string Otsake
    {
        get
        {
            lock (arvot) return string.Join("; ", arvot.Select(e => $"{e.Key}={e.Value}"));
        }
    }

    /// <summary>Adds the Cookie header to <paramref name="pyynto"/> when there is a cookie to send.</summary>
    public void Liita(HttpRequestMessage pyynto)
    {
        if (Otsake is { Length: > 0 } otsake) pyynto.Headers.Add("Cookie", otsake);
    }

    /// <summary>Keeps what the answer sets, and forgets what it clears (an empty value or an expiry in 1970).</summary>
    public void Lue(HttpResponseMessage vastaus)
    {
        if (!vastaus.Headers.TryGetValues("Set-Cookie", out var asetetut)) return;
        lock (arvot)
            foreach (var evaste in asetetut)
            {
                var yhtasuuri = evaste.IndexOf('=');
                var loppu = evaste.IndexOf(';') is var p and >= 0 ? p : evaste.Length;
                var (nimi, arvo) = (evaste[..yhtasuuri], evaste[(yhtasuuri + 1)..loppu]);
                if (arvo.Length == 0 || evaste.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    arvot.Remove(nimi);
                else arvot[nimi] = arvo;
            }
    }
}

/// <summary>The antiforgery token of a form the app rendered.</summary>
public static partial class Antiforgery
{
    /// <summary>The token of the page's first form; null when the page has none.</summary>
    public static string? Token(string html) =>
        Kentta().Match(html) is { Success: true } osuma ? WebUtility.HtmlDecode(osuma.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Kentta();
}
