using Koski.Virkailija.Web.Kirjautuminen;

namespace Koski.Virkailija.Web.Tests;

public sealed class PalautusOsoiteTests
{
    [Theory]
    [InlineData("/oppijat", "/oppijat")]
    [InlineData("/oppijat?haku=abc#x", "/oppijat?haku=abc#x")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//pahis.example/", "/")]
    [InlineData("/\\pahis.example/", "/")]
    [InlineData("https://pahis.example/", "/")]
    [InlineData("oppijat", "/")]
    [InlineData("/x?u=https://pahis.example", "/")]
    [InlineData("/\r\nLocation: x", "/")]
    public void Vain_oman_sivuston_polku_kelpaa(string? annettu, string odotettu) =>
        Assert.Equal(odotettu, PalautusOsoite.Turvallinen(annettu));
}
