using System.Security.Claims;
using System.Security.Cryptography;
using Koski.Virkailija.Infrastructure.Istunnot;
using Koski.Virkailija.Infrastructure.Oidc;
using Koski.Virkailija.Testaus;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Infrastructure.Tests.Oidc;

/// <summary>
/// id_tokens crafted with the provider's key (published in its discovery document) or with a second key, each
/// breaking one rule, are refused; the nonce store is a real SQLite database.
/// </summary>
public sealed class IdTokenTarkistusTests : IAsyncLifetime
{
    private const string Issuer = "https://tunnistus.example";
    private const string ClientId = "koski-virkailija";

    private readonly RsaSecurityKey tunnistuspalvelunAvain = new(RSA.Create(2048)) { KeyId = "palvelu-1" };
    private readonly RsaSecurityKey toinenAvain = new(RSA.Create(2048)) { KeyId = "hyokkaaja" };
    private TestiTietokanta tietokanta = default!;
    private IdTokenTarkistus tarkistus = default!;

    public async Task InitializeAsync()
    {
        tietokanta = await TestiTietokanta.SqliteAsync();
        tarkistus = new IdTokenTarkistus(new KaytetytNoncet(tietokanta, TimeProvider.System), TimeProvider.System);
    }

    public async Task DisposeAsync() => await tietokanta.DisposeAsync();

    [Fact]
    public async Task Kelvollinen_id_token_hyvaksytaan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        var tunniste = await TarkistaAsync(Token(nonce: nonce), nonce);
        Assert.Equal("virkailija-1", tunniste.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task Muokattu_id_token_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        var osat = Token(nonce: nonce).Split('.');
        var sisalto = Base64UrlEncoder.Decode(osat[1]).Replace("virkailija-1", "virkailija-2");
        var muokattu = $"{osat[0]}.{Base64UrlEncoder.Encode(sisalto)}.{osat[2]}";
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(muokattu, nonce));
    }

    [Fact]
    public async Task Toisella_avaimella_allekirjoitettu_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(Token(nonce: nonce, avain: toinenAvain), nonce));
    }

    [Fact]
    public async Task Allekirjoittamaton_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        var osat = Token(nonce: nonce).Split('.');
        var otsake = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync($"{otsake}.{osat[1]}.", nonce));
    }

    [Fact]
    public async Task Vaara_issuer_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(Token(nonce: nonce, issuer: "https://toinen.example"), nonce));
    }

    [Fact]
    public async Task Vaara_audience_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(Token(nonce: nonce, audience: "toinen-sovellus"), nonce));
    }

    [Fact]
    public async Task Vanhentunut_id_token_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        var token = Token(nonce: nonce, myonnetty: DateTime.UtcNow.AddMinutes(-20), voimassa: TimeSpan.FromMinutes(10));
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(token, nonce));
    }

    [Fact]
    public async Task Toisen_kirjautumisen_nonce_hylataan()
    {
        var token = Token(nonce: IdTokenTarkistus.UusiNonce());
        await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(token, IdTokenTarkistus.UusiNonce()));
    }

    [Fact]
    public async Task Toistettu_nonce_hylataan()
    {
        var nonce = IdTokenTarkistus.UusiNonce();
        var token = Token(nonce: nonce);
        await TarkistaAsync(token, nonce);
        var virhe = await Assert.ThrowsAsync<OidcVirhe>(() => TarkistaAsync(token, nonce));
        Assert.Contains("käytetty", virhe.Message);
    }

    [Fact]
    public async Task Vaihdettu_avain_haetaan_tunnistuspalvelulta_uudelleen()
    {
        var uusiAvain = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "palvelu-2" };
        var konfiguraatio = new VaihtuvaKonfiguraatio(Konfiguraatio(tunnistuspalvelunAvain), Konfiguraatio(uusiAvain));
        var nonce = IdTokenTarkistus.UusiNonce();

        var tunniste = await tarkistus.TarkistaAsync(Vastaus(Token(nonce: nonce, avain: uusiAvain)), konfiguraatio, ClientId, nonce);

        Assert.Equal("virkailija-1", tunniste.FindFirst("sub")?.Value);
        Assert.True(konfiguraatio.Paivitetty);
    }

    private Task<ClaimsIdentity> TarkistaAsync(string idToken, string nonce) =>
        tarkistus.TarkistaAsync(Vastaus(idToken),
            new StaticConfigurationManager<OpenIdConnectConfiguration>(Konfiguraatio(tunnistuspalvelunAvain)), ClientId, nonce);

    private static OpenIdConnectMessage Vastaus(string idToken) => new() { IdToken = idToken, AccessToken = "access-token" };

    private static OpenIdConnectConfiguration Konfiguraatio(SecurityKey avain)
    {
        var konfiguraatio = new OpenIdConnectConfiguration { Issuer = Issuer };
        konfiguraatio.SigningKeys.Add(avain);
        return konfiguraatio;
    }

    private string Token(string nonce, SecurityKey? avain = null, string issuer = Issuer, string audience = ClientId,
        DateTime? myonnetty = null, TimeSpan? voimassa = null)
    {
        var iat = myonnetty ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = iat,
            NotBefore = iat,
            Expires = iat + (voimassa ?? TimeSpan.FromMinutes(10)),
            Claims = new Dictionary<string, object> { ["sub"] = "virkailija-1", ["nonce"] = nonce },
            SigningCredentials = new SigningCredentials(avain ?? tunnistuspalvelunAvain, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The provider rotated its keys: the cached document has the old key, a refresh brings the new one.</summary>
    private sealed class VaihtuvaKonfiguraatio(OpenIdConnectConfiguration vanha, OpenIdConnectConfiguration uusi)
        : BaseConfigurationManager, IConfigurationManager<OpenIdConnectConfiguration>
    {
        public bool Paivitetty { get; private set; }

        public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel) =>
            Task.FromResult(Paivitetty ? uusi : vanha);

        public override async Task<BaseConfiguration> GetBaseConfigurationAsync(CancellationToken cancel) =>
            await GetConfigurationAsync(cancel);

        public override void RequestRefresh() => Paivitetty = true;
    }
}
