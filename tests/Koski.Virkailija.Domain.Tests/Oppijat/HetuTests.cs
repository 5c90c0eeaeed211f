using Koski.Virkailija.Domain.Oppijat;

namespace Koski.Virkailija.Domain.Tests.Oppijat;

public class HetuTests
{
    [Fact]
    public void EsimerkkienHetutOvatValideja()
    {
        Assert.Equal(29, Esimerkit.Indeksi.Count);
        Assert.All(Esimerkit.Indeksi, r => Assert.Null(Hetu.Virhe(r.Hetu)));
    }

    [Theory]
    [InlineData("010185+123B", 1885, 1, 1)]
    [InlineData("131052-308T", 1952, 10, 13)]
    [InlineData("131052Y308T", 1952, 10, 13)]
    [InlineData("010594X123W", 1994, 5, 1)]
    [InlineData("150575W234L", 1975, 5, 15)]
    [InlineData("311299V456X", 1999, 12, 31)]
    [InlineData("150650U789V", 1950, 6, 15)]
    [InlineData("290200A1239", 2000, 2, 29)]
    [InlineData("010110B234K", 2010, 1, 1)]
    [InlineData("311223C345R", 2023, 12, 31)]
    [InlineData("150605D456H", 2005, 6, 15)]
    [InlineData("010101E5670", 2001, 1, 1)]
    [InlineData("280224F678R", 2024, 2, 28)]
    [InlineData("010101-900R", 1901, 1, 1)]
    [InlineData("010101-999X", 1901, 1, 1)]
    [InlineData("010101-002S", 1901, 1, 1)]
    public void JokainenVuosisatamerkkiKelpaa(string hetu, int vuosi, int kuukausi, int paiva)
    {
        Assert.True(Hetu.OnValidi(hetu));
        Assert.Null(Hetu.Virhe(hetu));
        Assert.Equal(new DateOnly(vuosi, kuukausi, paiva), Hetu.Syntymaaika(hetu));
    }

    [Theory]
    [InlineData(null, "Henkilötunnus on pakollinen")]
    [InlineData("", "Henkilötunnus on pakollinen")]
    [InlineData("   ", "Henkilötunnus on pakollinen")]
    [InlineData("050707A130", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707A130VX", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData(" 050707A130V", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707a130V", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707A130v", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707G130V", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707*130V", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("05O707A130V", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707A13XV", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("010101-001R", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("050707A130G", "Henkilötunnuksen muoto on virheellinen")]
    [InlineData("310299-1234", "Henkilötunnuksen päivämäärä on virheellinen")]
    [InlineData("290201A123J", "Henkilötunnuksen päivämäärä on virheellinen")]
    [InlineData("290200-1239", "Henkilötunnuksen päivämäärä on virheellinen")]
    [InlineData("001399-1234", "Henkilötunnuksen päivämäärä on virheellinen")]
    [InlineData("050707A130W", "Henkilötunnuksen tarkistusmerkki on virheellinen")]
    [InlineData("050707A131V", "Henkilötunnuksen tarkistusmerkki on virheellinen")]
    public void VirheellinenHylataan(string? hetu, string virhe)
    {
        Assert.Equal(virhe, Hetu.Virhe(hetu));
        Assert.False(Hetu.OnValidi(hetu));
        if (hetu is not null) Assert.Null(Hetu.Syntymaaika(hetu));
    }
}
