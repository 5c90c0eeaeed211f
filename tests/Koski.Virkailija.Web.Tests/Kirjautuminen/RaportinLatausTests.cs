using System.Net;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>The report download answers with status codes, never with a redirect to the sign-in page.</summary>
public sealed class RaportinLatausTests
{
    [Fact]
    public async Task Lataus_ilman_istuntoa_on_401_eika_ohjaus_kirjautumiseen()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();

        var vastaus = await palvelin.GetAsync($"/raportit/lataa/{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.Unauthorized, vastaus.StatusCode);
        Assert.Null(vastaus.Headers.Location);
        Assert.Empty(await vastaus.Content.ReadAsStringAsync());
        // Pages still send the browser to sign in.
        Assert.False(await palvelin.OnKirjautunutAsync());
    }

    [Fact]
    public async Task Kirjautuneelle_tuntematon_raportti_on_404()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        await palvelin.LuoVirkailijaAsync();
        await palvelin.KirjauduAsync();

        var vastaus = await palvelin.GetAsync($"/raportit/lataa/{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.NotFound, vastaus.StatusCode);
    }
}
