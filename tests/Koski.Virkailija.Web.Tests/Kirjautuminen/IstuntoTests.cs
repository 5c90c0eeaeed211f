using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>Issue 8: idle timeout 30 min (sliding), absolute 8 h, cookie flags, antiforgery on sign-out.</summary>
public sealed class IstuntoTests
{
    [Fact]
    public async Task Istunto_jatkuu_kaytossa_mutta_paattyy_30_minuutin_joutoajan_jalkeen()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        await palvelin.LuoVirkailijaAsync();
        await palvelin.KirjauduAsync();

        palvelin.Kello.Siirra(TimeSpan.FromMinutes(29));
        Assert.True(await palvelin.OnKirjautunutAsync());
        palvelin.Kello.Siirra(TimeSpan.FromMinutes(29));
        Assert.True(await palvelin.OnKirjautunutAsync());
        palvelin.Kello.Siirra(TimeSpan.FromMinutes(31));
        Assert.False(await palvelin.OnKirjautunutAsync());
    }

    [Fact]
    public async Task Aktiivinenkin_istunto_paattyy_8_tunnin_kuluttua_kirjautumisesta()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        await palvelin.LuoVirkailijaAsync();
        await palvelin.KirjauduAsync();

        for (var kulunut = TimeSpan.Zero; kulunut < TimeSpan.FromHours(7.5); kulunut += TimeSpan.FromMinutes(20))
        {
            palvelin.Kello.Siirra(TimeSpan.FromMinutes(20));
            Assert.True(await palvelin.OnKirjautunutAsync(), $"istunto päättyi jo {kulunut} jälkeen");
        }
        // 8 h from sign-in, only 20 min since the last request.
        palvelin.Kello.Siirra(TimeSpan.FromMinutes(20));
        Assert.False(await palvelin.OnKirjautunutAsync());
    }

    [Fact]
    public async Task Istuntoeväste_on_httponly_ja_samesite_lax_ja_tuotannossa_vain_https()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        await palvelin.LuoVirkailijaAsync();

        var vastaus = await palvelin.KirjauduAsync();

        var evaste = Assert.Single(vastaus.Headers.GetValues("Set-Cookie"), e => e.StartsWith("koski.virkailija=", StringComparison.Ordinal));
        Assert.Contains("httponly", evaste, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", evaste, StringComparison.OrdinalIgnoreCase);
        await using var tuotanto = await TestiPalvelin.KaynnistaAsync("Production", "--Oidc:Authority=https://tunnistus.example", "--Oidc:ClientId=koski");
        var asetukset = tuotanto.Palvelut.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        Assert.Equal(CookieSecurePolicy.Always, asetukset.Cookie.SecurePolicy);
    }

    [Fact]
    public async Task Uloskirjautuminen_vaatii_antiforgery_tunnisteen()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        await palvelin.LuoVirkailijaAsync();
        await palvelin.KirjauduAsync();

        var ilman = await palvelin.PostAsync("/kirjaudu-ulos", []);
        Assert.Equal(HttpStatusCode.BadRequest, ilman.StatusCode);
        Assert.True(await palvelin.OnKirjautunutAsync());

        var token = await palvelin.AntiforgeryTokenAsync("/omat-tiedot");
        var kanssa = await palvelin.PostAsync("/kirjaudu-ulos", new() { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, kanssa.StatusCode);
        Assert.False(await palvelin.OnKirjautunutAsync());
    }

    [Fact]
    public async Task Kehityskirjautuminen_vaatii_antiforgery_tunnisteen()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        await palvelin.LuoVirkailijaAsync();

        var vastaus = await palvelin.PostAsync("/kirjaudu/kehitys", new() { ["tunnus"] = TestiPalvelin.Tunnus });

        Assert.Equal(HttpStatusCode.BadRequest, vastaus.StatusCode);
        Assert.False(await palvelin.OnKirjautunutAsync());
    }
}
