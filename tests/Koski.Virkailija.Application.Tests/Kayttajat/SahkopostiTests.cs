using Koski.Virkailija.Application.Kayttajat;

namespace Koski.Virkailija.Application.Tests.Kayttajat;

public sealed class SahkopostiTests
{
    [Theory]
    [InlineData("virkailija@jyu.fi")]
    [InlineData("etu.suku@edu.hel.fi")]
    [InlineData("  virkailija@jyu.fi  ")]
    public void Kelvollinen_osoite_hyvaksytaan(string osoite) => Assert.Null(Sahkoposti.Virhe(osoite));

    [Theory]
    [InlineData(null, "Sähköpostiosoite on pakollinen.")]
    [InlineData("   ", "Sähköpostiosoite on pakollinen.")]
    [InlineData("ei-osoite", "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("nimi@", "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("nimi@localhost", "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("Nimi <nimi@jyu.fi>", "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    public void Virheellinen_osoite_saa_suomenkielisen_viestin(string? osoite, string viesti) =>
        Assert.Equal(viesti, Sahkoposti.Virhe(osoite));

    [Fact]
    public void Liian_pitka_osoite_hylataan() =>
        Assert.Equal("Sähköpostiosoite saa olla enintään 254 merkkiä.", Sahkoposti.Virhe(new string('a', 250) + "@jyu.fi"));
}
