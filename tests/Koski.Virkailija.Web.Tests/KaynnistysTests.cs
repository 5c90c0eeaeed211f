namespace Koski.Virkailija.Web.Tests;

public sealed class KaynnistysTests
{
    [Fact]
    public void Tuotannossa_kehityskirjautuminen_estaa_kaynnistyksen()
    {
        var virhe = Assert.Throws<InvalidOperationException>(() =>
            KoskiVirkailijaApp.Build(["--environment=Production", "--Authentication:Mode=Development",
                "--Database:Sqlite=Data Source=:memory:"]));
        Assert.Contains("Production", virhe.Message);
    }

    [Theory]
    [InlineData("Production", "Oidc")]
    [InlineData("Development", "Development")]
    public async Task Muut_yhdistelmat_kaynnistyvat(string ymparisto, string tapa)
    {
        await using var app = KoskiVirkailijaApp.Build([$"--environment={ymparisto}", $"--Authentication:Mode={tapa}",
            "--Database:Sqlite=Data Source=:memory:", "--Oidc:Authority=https://tunnistus.example", "--Oidc:ClientId=koski"]);
        Assert.NotNull(app);
    }

    [Theory]
    [InlineData("", "koski")]
    [InlineData("https://tunnistus.example", "")]
    [InlineData("tunnistus.example", "koski")]
    public void Oidc_tila_ilman_tunnistuspalvelun_asetuksia_estaa_kaynnistyksen(string authority, string clientId)
    {
        var virhe = Assert.Throws<InvalidOperationException>(() =>
            KoskiVirkailijaApp.Build(["--environment=Production", "--Authentication:Mode=Oidc",
                "--Database:Sqlite=Data Source=:memory:", $"--Oidc:Authority={authority}", $"--Oidc:ClientId={clientId}"]));
        Assert.Contains("Oidc:Authority", virhe.Message);
    }
}
