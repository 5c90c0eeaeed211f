using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>Issue 16 finding 8: the entry form's feedback on a typed hetu comes from the application layer.</summary>
[Collection(OppijaKokoelma.Nimi)]
public sealed class TunnistusTests(OppijaKanta kanta)
{
    private const string MonenOppijanHetu = "220109-784L";

    [Fact]
    public async Task Tallennetun_oppijan_hetu_kertoo_nimen_ja_oppijanumeron()
    {
        var katselija = await kanta.KayttajaAsync("katselija");
        await using var db = kanta.Tietokanta.CreateDbContext();
        var oppija = await db.Oppijat.SingleAsync(o => o.Hetu == MonenOppijanHetu);

        var tulos = await kanta.Haku().TunnistaAsync(katselija, " " + MonenOppijanHetu.ToLowerInvariant() + " ");

        Assert.Null(tulos.Virhe);
        Assert.Equal((oppija.Oid, oppija.Sukunimi), (tulos.Oppija?.Oid, tulos.Oppija?.Sukunimi));
    }

    [Fact]
    public async Task Vaara_tarkistusmerkki_sanotaan_tarkistusmerkiksi()
    {
        var katselija = await kanta.KayttajaAsync("katselija");

        var tulos = await kanta.Haku().TunnistaAsync(katselija, "220109-784M");

        Assert.Equal("Henkilötunnuksen tarkistusmerkki on virheellinen", tulos.Virhe);
        Assert.Null(tulos.Oppija);
    }

    [Fact]
    public async Task Uusi_kelvollinen_hetu_ei_ole_virhe_eika_oppija()
    {
        var katselija = await kanta.KayttajaAsync("katselija");

        var tulos = await kanta.Haku().TunnistaAsync(katselija, "150612A9121");

        Assert.Equal((null, null), (tulos.Virhe, tulos.Oppija));
    }
}
