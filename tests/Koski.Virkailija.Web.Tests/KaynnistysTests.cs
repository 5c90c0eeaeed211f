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
            "--Database:Sqlite=Data Source=:memory:"]);
        Assert.NotNull(app);
    }
}
