namespace Koski.Virkailija.Web.Tests.Instanssit;

/// <summary>A proxy named wrong in ForwardedHeaders stops the start-up instead of trusting nobody (or anybody) quietly.</summary>
public sealed class ValityspalvelimetTests
{
    [Theory]
    [InlineData("KnownProxies", "kuormantasaaja.example")]
    [InlineData("KnownNetworks", "10.0.0.0")]
    public void Virheellinen_valityspalvelin_estaa_kaynnistyksen(string asetus, string arvo)
    {
        var virhe = Assert.Throws<InvalidOperationException>(() => KoskiVirkailijaApp.Build(["--environment=Development",
            "--Database:Sqlite=Data Source=:memory:", $"--ForwardedHeaders:{asetus}:0={arvo}"]));
        Assert.Contains($"ForwardedHeaders:{asetus}", virhe.Message);
    }
}
