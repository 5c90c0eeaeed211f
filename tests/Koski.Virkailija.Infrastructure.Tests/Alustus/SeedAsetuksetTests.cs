using Koski.Virkailija.Infrastructure.Alustus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class SeedAsetuksetTests
{
    private static readonly string Juuri = Path.Combine(Path.GetTempPath(), "koski-sisalto");

    [Fact]
    public void SuhteellisetPolutRatkaistaanSisaltojuurestaJaTyhjatOvatNull()
    {
        var absoluuttinen = Path.Combine(Path.GetTempPath(), "koodistot");
        var asetukset = new SeedAsetukset
        {
            DemoData = true,
            OrganisaatioHierarkia = Path.Combine("data", "hierarkia.json"),
            DocumentFolder = "  ",
            KoodistoFolder = absoluuttinen,
        }.Ratkaise(Juuri);

        Assert.True(asetukset.DemoData);
        Assert.Equal(Path.Combine(Juuri, "data", "hierarkia.json"), asetukset.OrganisaatioHierarkia);
        Assert.Null(asetukset.DocumentFolder);
        Assert.Equal(absoluuttinen, asetukset.KoodistoFolder);
    }

    [Fact]
    public void AsetuksetLuetaanSeedOsiostaJaAlustusRekisteroidaan()
    {
        var asetukset = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seed:DemoData"] = "true",
            ["Seed:DocumentFolder"] = "../data/koski/examples",
            ["Seed:OrganisaatioHierarkia"] = "",
            ["Seed:Palvelukayttajat:0:Tunnus"] = "primus",
            ["Seed:Palvelukayttajat:0:Salasana"] = "s",
            ["Seed:Palvelukayttajat:0:Organisaatio"] = "1.2.246.562.10.14613773812",
        }).Build();
        var palvelut = new ServiceCollection().AddKoskiAlustus(asetukset, Juuri);

        var seed = (SeedAsetukset)palvelut.Single(p => p.ServiceType == typeof(SeedAsetukset)).ImplementationInstance!;
        Assert.True(seed.DemoData);
        Assert.Equal(Path.GetFullPath(Path.Combine(Juuri, "..", "data", "koski", "examples")), seed.DocumentFolder);
        Assert.Null(seed.OrganisaatioHierarkia);
        Assert.Null(seed.KoodistoFolder);
        var palvelukayttaja = Assert.Single(seed.Palvelukayttajat);
        Assert.Equal(("primus", "s", "1.2.246.562.10.14613773812"), (palvelukayttaja.Tunnus, palvelukayttaja.Salasana, palvelukayttaja.Organisaatio));
        Assert.Contains(palvelut, p => p.ServiceType == typeof(IHostedService) && p.ImplementationType == typeof(TietokannanAlustus));
    }
}
