using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Web.Kirjautuminen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>
/// A circuit reads its official's grants at most once a minute (the interval in which the session check signs a page
/// with changed grants out); a new request or circuit reads them at once.
/// </summary>
public sealed class KayttajanMuistiTests
{
    [Fact]
    public async Task Piiri_lukee_oikeudet_kerran_minuutissa_ja_uusi_pyynto_heti()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        var id = await VirkailijaAsync(palvelin);
        await using var piiri = palvelin.Palvelut.CreateAsyncScope();
        var muisti = piiri.ServiceProvider.GetRequiredService<KayttajanMuisti>();
        Assert.Single((await muisti.HaeAsync(id))!.Roolit);

        // The grant is revoked: the circuit still has it within the minute, a new scope does not.
        await using (var db = await palvelin.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync())
        {
            var oikeus = await db.Kayttooikeudet.SingleAsync(k => k.VirkailijaId == id);
            oikeus.Tila = KayttooikeudenTila.PERUUTETTU;
            await db.SaveChangesAsync();
        }
        palvelin.Kello.Siirra(TimeSpan.FromSeconds(59));
        Assert.Single((await muisti.HaeAsync(id))!.Roolit);
        await using (var pyynto = palvelin.Palvelut.CreateAsyncScope())
            Assert.Empty((await pyynto.ServiceProvider.GetRequiredService<KayttajanMuisti>().HaeAsync(id))!.Roolit);

        palvelin.Kello.Siirra(TimeSpan.FromSeconds(1));
        Assert.Empty((await muisti.HaeAsync(id))!.Roolit);
    }

    [Fact]
    public async Task Istunnon_tarkistuksen_lukema_kelpaa_sivulle_seuraavan_minuutin()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();
        var id = await VirkailijaAsync(palvelin);
        await using var piiri = palvelin.Palvelut.CreateAsyncScope();
        var muisti = piiri.ServiceProvider.GetRequiredService<KayttajanMuisti>();
        var sivun = await muisti.HaeAsync(id);

        // The check at the minute reads anew (it must see changes); the page then has what it read.
        palvelin.Kello.Siirra(TimeSpan.FromSeconds(30));
        var tarkistuksen = await muisti.LataaAsync(id);
        Assert.NotSame(sivun, tarkistuksen);
        palvelin.Kello.Siirra(TimeSpan.FromSeconds(59));
        Assert.Same(tarkistuksen, await muisti.HaeAsync(id));
        palvelin.Kello.Siirra(TimeSpan.FromSeconds(1));
        Assert.NotSame(tarkistuksen, await muisti.HaeAsync(id));
    }

    private static async Task<long> VirkailijaAsync(TestiPalvelin palvelin)
    {
        await palvelin.LuoVirkailijaAsync();
        await using var db = await palvelin.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        return (await db.Virkailijat.SingleAsync(v => v.Kayttajatunnus == TestiPalvelin.Tunnus)).Id;
    }
}
