namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>Issue 8: security headers on pages and endpoints alike, HSTS outside Development.</summary>
public sealed class TurvaOtsakkeetTests
{
    private static readonly (HttpMethod Metodi, string Polku)[] Osoitteet =
    [
        (HttpMethod.Get, "/kirjaudu"),            // page
        (HttpMethod.Get, "/health"),              // endpoint
        (HttpMethod.Get, "/kirjaudu/oidc"),       // endpoint that redirects
        (HttpMethod.Post, "/kirjaudu-ulos"),      // refused state-changing endpoint
        (HttpMethod.Get, "/ei-tallaista-sivua"),  // not found
        (HttpMethod.Get, "/js/koski.js"),         // static file
    ];

    [Fact]
    public async Task Tuotannossa_jokaisessa_vastauksessa_on_turvaotsakkeet_ja_hsts()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync("Production",
            "--Oidc:Authority=https://tunnistus.example/realms/koski", "--Oidc:ClientId=koski");

        foreach (var (metodi, polku) in Osoitteet)
        {
            var vastaus = metodi == HttpMethod.Get ? await palvelin.GetAsync(polku) : await palvelin.PostAsync(polku, []);
            var csp = Direktiivit(Otsake(vastaus, "Content-Security-Policy", polku));
            Assert.Equal("'self'", csp["default-src"]);
            Assert.Equal("'self'", csp["script-src"]);
            Assert.Equal("'none'", csp["frame-ancestors"]);
            Assert.Equal("'self' https://tunnistus.example", csp["form-action"]);
            Assert.Equal("nosniff", Otsake(vastaus, "X-Content-Type-Options", polku));
            Assert.Equal("same-origin", Otsake(vastaus, "Referrer-Policy", polku));
            Assert.Equal("max-age=31536000", Otsake(vastaus, "Strict-Transport-Security", polku));
        }
    }

    [Fact]
    public async Task Kehitysymparistossa_ei_hsts_mutta_muut_otsakkeet_ovat()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();

        var vastaus = await palvelin.GetAsync("/kirjaudu");

        Assert.False(vastaus.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("'self'", Direktiivit(Otsake(vastaus, "Content-Security-Policy", "/kirjaudu"))["form-action"]);
    }

    private static string Otsake(HttpResponseMessage vastaus, string nimi, string polku) =>
        vastaus.Headers.TryGetValues(nimi, out var arvot) || vastaus.Content.Headers.TryGetValues(nimi, out arvot)
            ? string.Join(",", arvot)
            : throw new Xunit.Sdk.XunitException($"{polku} ({(int)vastaus.StatusCode}): otsake {nimi} puuttuu");

    private static Dictionary<string, string> Direktiivit(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
