using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>
/// The framework's OpenID Connect handler as the app configures it, through the whole browser round trip (challenge,
/// callback, code redemption): id_tokens that break one rule each are refused and nobody is signed in; a replayed
/// nonce is refused on another instance too; a rotated signing key is fetched again.
/// </summary>
public sealed class OidcTunnistusTests : IAsyncLifetime, IDisposable
{
    private readonly Testitunnistuspalvelu tunnistus = new();
    private TestiPalvelin palvelin = default!;

    public async Task InitializeAsync() => palvelin = await TestiPalvelin.KaynnistaOidcAsync(tunnistus);

    public async Task DisposeAsync() => await palvelin.DisposeAsync();

    public void Dispose() => tunnistus.Dispose();

    [Fact]
    public async Task Kelvollinen_id_token_kirjaa_virkailijan_sisaan()
    {
        var kirjautuminen = await AloitaAsync();
        Assert.Equal("S256", kirjautuminen.Parametrit["code_challenge_method"]);
        Assert.Equal("code", kirjautuminen.Parametrit["response_type"]);

        var vastaus = await PalaaAsync(kirjautuminen, tunnistus.IdToken(kirjautuminen.Nonce));

        Assert.Equal("/omat-tiedot", vastaus.Headers.Location?.OriginalString);
        Assert.True(await palvelin.OnKirjautunutAsync());
    }

    [Fact]
    public async Task Muokattu_id_token_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        var osat = tunnistus.IdToken(kirjautuminen.Nonce).Split('.');
        var sisalto = Base64UrlEncoder.Decode(osat[1]).Replace("virkailija-1", "virkailija-2", StringComparison.Ordinal);
        await HylataanAsync(kirjautuminen, $"{osat[0]}.{Base64UrlEncoder.Encode(sisalto)}.{osat[2]}");
    }

    [Fact]
    public async Task Toisella_avaimella_allekirjoitettu_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        var hyokkaaja = Testitunnistuspalvelu.UusiAvain("palvelu-1");
        await HylataanAsync(kirjautuminen, tunnistus.IdToken(kirjautuminen.Nonce, avain: hyokkaaja));
    }

    [Fact]
    public async Task Allekirjoittamaton_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        var osat = tunnistus.IdToken(kirjautuminen.Nonce).Split('.');
        var otsake = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        await HylataanAsync(kirjautuminen, $"{otsake}.{osat[1]}.");
    }

    [Fact]
    public async Task Vaara_issuer_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        await HylataanAsync(kirjautuminen, tunnistus.IdToken(kirjautuminen.Nonce, issuer: "https://toinen.example"));
    }

    [Fact]
    public async Task Vaara_audience_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        await HylataanAsync(kirjautuminen, tunnistus.IdToken(kirjautuminen.Nonce, audience: "toinen-sovellus"));
    }

    [Fact]
    public async Task Vanhentunut_id_token_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        await HylataanAsync(kirjautuminen, tunnistus.IdToken(kirjautuminen.Nonce,
            myonnetty: DateTime.UtcNow.AddMinutes(-20), voimassa: TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task Toisen_selaimen_kirjautumisen_nonce_hylataan()
    {
        // The nonce binds the id_token to the browser that holds its nonce cookie.
        var toinenSelain = await AloitaAsync();
        palvelin.Evasteet = [];
        var kirjautuminen = await AloitaAsync();
        await HylataanAsync(kirjautuminen, tunnistus.IdToken(toinenSelain.Nonce));
    }

    [Fact]
    public async Task Nonceton_id_token_hylataan()
    {
        var kirjautuminen = await AloitaAsync();
        await HylataanAsync(kirjautuminen, tunnistus.IdToken(nonce: null));
    }

    [Fact]
    public async Task Toistettu_nonce_hylataan_toisessakin_instanssissa()
    {
        var kirjautuminen = await AloitaAsync();
        var idToken = tunnistus.IdToken(kirjautuminen.Nonce);
        // The browser's nonce and correlation cookies as they were before the callback, copied by an attacker, and
        // a second code for the same id_token.
        var uusintakoodi = tunnistus.AnnaKoodi(kirjautuminen.Parametrit["code_challenge"], idToken);
        Assert.Equal("/omat-tiedot", (await PalaaAsync(kirjautuminen, idToken)).Headers.Location?.OriginalString);

        await using var toinen = await TestiPalvelin.KaynnistaOidcAsync(tunnistus, palvelin.Tiedosto);
        toinen.Evasteet = kirjautuminen.Evasteet;
        var vastaus = await toinen.GetAsync($"/kirjaudu/paluu?code={uusintakoodi}&state={Uri.EscapeDataString(kirjautuminen.State)}");

        Assert.Equal("/kirjaudu?virhe=oidc", vastaus.Headers.Location?.OriginalString);
        Assert.False(await toinen.OnKirjautunutAsync());
    }

    [Fact]
    public async Task Vaihdettu_avain_haetaan_tunnistuspalvelulta_uudelleen()
    {
        var ensimmainen = await AloitaAsync();
        await PalaaAsync(ensimmainen, tunnistus.IdToken(ensimmainen.Nonce));
        var haut = tunnistus.AvaintenHaut;
        tunnistus.Avain = Testitunnistuspalvelu.UusiAvain("palvelu-2");

        var kirjautuminen = await AloitaAsync();
        var vastaus = await PalaaAsync(kirjautuminen, tunnistus.IdToken(kirjautuminen.Nonce, sub: "virkailija-2"));

        Assert.Equal("/omat-tiedot", vastaus.Headers.Location?.OriginalString);
        Assert.True(tunnistus.AvaintenHaut > haut);
    }

    [Fact]
    public async Task Uloskirjautuminen_vie_tunnistuspalveluun_id_tokenin_kanssa_ja_takaisin_sovellukseen()
    {
        var kirjautuminen = await AloitaAsync();
        var idToken = tunnistus.IdToken(kirjautuminen.Nonce);
        await PalaaAsync(kirjautuminen, idToken);

        var token = await palvelin.AntiforgeryTokenAsync("/omat-tiedot");
        var vastaus = await palvelin.PostAsync("/kirjaudu-ulos", new() { ["__RequestVerificationToken"] = token });

        var osoite = vastaus.Headers.Location!;
        Assert.Equal(Testitunnistuspalvelu.Issuer + "/session/end", osoite.GetLeftPart(UriPartial.Path));
        var parametrit = QueryHelpers.ParseQuery(osoite.Query);
        Assert.Equal(idToken, parametrit["id_token_hint"]);
        Assert.Equal("https://koski.example/kirjaudu?ulos=1", parametrit["post_logout_redirect_uri"]);
        Assert.False(await palvelin.OnKirjautunutAsync());
    }

    private sealed record Kirjautuminen(string State, string Nonce, Dictionary<string, string> Parametrit,
        Dictionary<string, string> Evasteet);

    /// <summary>The browser follows the sign-in link; the app sends it to the provider with state, nonce and a PKCE challenge.</summary>
    private async Task<Kirjautuminen> AloitaAsync()
    {
        var vastaus = await palvelin.GetAsync("/kirjaudu/oidc?returnUrl=/omat-tiedot");
        Assert.Equal(HttpStatusCode.Redirect, vastaus.StatusCode);
        var osoite = vastaus.Headers.Location!;
        Assert.Equal(Testitunnistuspalvelu.Issuer + "/auth", osoite.GetLeftPart(UriPartial.Path));
        var parametrit = QueryHelpers.ParseQuery(osoite.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        return new Kirjautuminen(parametrit["state"], parametrit["nonce"], parametrit, palvelin.Evasteet);
    }

    /// <summary>The provider sends the browser back with a code that redeems <paramref name="idToken"/>.</summary>
    private Task<HttpResponseMessage> PalaaAsync(Kirjautuminen kirjautuminen, string idToken)
    {
        var koodi = tunnistus.AnnaKoodi(kirjautuminen.Parametrit["code_challenge"], idToken);
        return palvelin.GetAsync($"/kirjaudu/paluu?code={koodi}&state={Uri.EscapeDataString(kirjautuminen.State)}");
    }

    private async Task HylataanAsync(Kirjautuminen kirjautuminen, string idToken)
    {
        var vastaus = await PalaaAsync(kirjautuminen, idToken);
        Assert.Equal("/kirjaudu?virhe=oidc", vastaus.Headers.Location?.OriginalString);
        Assert.False(await palvelin.OnKirjautunutAsync());
    }
}
