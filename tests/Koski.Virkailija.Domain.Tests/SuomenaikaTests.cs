using System.Globalization;
using Koski.Virkailija.Domain;

namespace Koski.Virkailija.Domain.Tests;

public class SuomenaikaTests
{
    private static DateOnly? Kehyksen(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null;

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2000-02-29", true)]
    [InlineData("1900-02-29", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("2024-04-31", false)]
    [InlineData("2024-4-01", false)]
    [InlineData(" 2024-04-01", false)]
    [InlineData("2024-04-01 ", false)]
    [InlineData("2024/04/01", false)]
    [InlineData("+024-04-01", false)]
    [InlineData("2024-04-0\u0661", false)]
    [InlineData("20240-04-01", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsoPaiva_lukee_kuten_kehyksen_tarkka_jasennin(string? teksti, bool kelpaa)
    {
        Assert.Equal(Kehyksen(teksti), Suomenaika.IsoPaiva(teksti));
        Assert.Equal(kelpaa, Suomenaika.IsoPaiva(teksti) is not null);
    }

    [Fact]
    public void IsoPaiva_vastaa_kehyksen_jasenninta_satunnaisilla_merkkijonoilla()
    {
        // Near-dates (day 00–39 of month 00–19, one character sometimes replaced) and ten characters drawn from digits,
        // '-' and a few others: the two must always agree.
        var satunnainen = new Random(20261207);
        const string merkit = "0123456789-+ /a";
        var paivia = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var merkkeja = (n % 2 == 0
                ? $"{satunnainen.Next(10_000):0000}-{satunnainen.Next(20):00}-{satunnainen.Next(40):00}"
                : new string([.. Enumerable.Range(0, 10).Select(_ => merkit[satunnainen.Next(merkit.Length)])])).ToCharArray();
            if (satunnainen.Next(2) == 0) merkkeja[satunnainen.Next(10)] = merkit[satunnainen.Next(merkit.Length)];
            var teksti = new string(merkkeja);
            Assert.True(Kehyksen(teksti) == Suomenaika.IsoPaiva(teksti), teksti);
            if (Kehyksen(teksti) is not null) paivia++;
        }
        // Real days among them too, not only refusals.
        Assert.InRange(paivia, 1_000, 200_000);
    }
}
