using System.Net;
using Microsoft.AspNetCore.Localization;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>The /tiedonsiirto description page describes the massaluovutus and tiedonsiirrot endpoints in Finnish and in Swedish.</summary>
public sealed class RajapintasivuTests
{
    [Theory]
    [InlineData("fi-FI", "Massaluovutus", "Tiedonsiirtovirheet", "Vain luku")]
    [InlineData("sv-FI", "Massutlämning", "Överföringsfel", "endast läsrätt")]
    public async Task Massaluovutus_ja_tiedonsiirrot_kuvataan_kielella(string kieli, string otsikko, string virheet, string vainLuku)
    {
        await using var sovellus = await KaynnistaAsync("Sqlite");
        using var vieras = new HttpClient { BaseAddress = new Uri(sovellus.Osoite) };
        using var pyynto = new HttpRequestMessage(HttpMethod.Get, "/tiedonsiirto");
        pyynto.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(kieli)))}");
        var vastaus = await vieras.SendAsync(pyynto);
        Assert.Equal(HttpStatusCode.OK, vastaus.StatusCode);
        var sivu = WebUtility.HtmlDecode(await vastaus.Content.ReadAsStringAsync());

        Assert.Contains($"lang=\"{kieli[..2]}\"", sivu);
        foreach (var polku in new[]
                 {
                     "POST /koski/api/massaluovutus", "GET /koski/api/massaluovutus/{id}", "GET /koski/api/massaluovutus/{id}/{tiedosto}",
                     "GET /koski/api/tiedonsiirrot", "GET /koski/api/tiedonsiirrot/virheet", "GET /koski/api/tiedonsiirrot/yhteenveto",
                     "POST /koski/api/tiedonsiirrot/delete", "organisaationOpiskeluoikeudet", "paallekkaisetOpiskeluoikeudet", "luokallejaaneet",
                     "forbidden.kiellettyKäyttöoikeus",
                 })
            Assert.Contains(polku, sivu);
        Assert.Contains(otsikko, sivu);
        Assert.Contains(virheet, sivu);
        Assert.Contains(vainLuku, sivu);
    }
}
