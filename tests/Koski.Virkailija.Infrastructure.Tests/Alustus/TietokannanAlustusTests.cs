using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class TietokannanAlustusTests
{
    private static async Task<ServiceProvider> PalvelutAsync(TestiTietokanta tietokanta, KeraavaLoki loki, Dictionary<string, string?> seed)
    {
        var asetukset = new ConfigurationBuilder().AddInMemoryCollection(seed).Build();
        var palvelut = new ServiceCollection()
            .AddLogging(l => l.AddProvider(loki))
            .AddSingleton<TimeProvider>(new KiinteaAika())
            .AddSingleton<IDbContextFactory<KoskiDbContext>>(tietokanta)
            .AddSingleton<IKoskiDbFactory>(tietokanta)
            .AddSingleton<OrganisaatioHakemisto>()
            .AddKoskiAlustus(asetukset, Jaettu.KoskiKansio);
        return await Task.FromResult(palvelut.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    private static async Task KaynnistaAsync(ServiceProvider palvelut)
    {
        foreach (var palvelu in palvelut.GetServices<IHostedService>()) await palvelu.StartAsync(CancellationToken.None);
    }

    private static async Task<(int Virkailijoita, int Oppijoita, int Opiskeluoikeuksia, int Versioita, int Organisaatioita)> MaaratAsync(TestiTietokanta tietokanta)
    {
        await using var db = tietokanta.CreateDbContext();
        return (await db.Virkailijat.CountAsync(), await db.Oppijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync(),
            await db.OpiskeluoikeusVersiot.CountAsync(), await db.Organisaatiot.CountAsync());
    }

    [Fact]
    public async Task TyhjaanKantaanKirjoitetaanDemodataEsimerkitJaPalvelukayttaja()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync(migroi: false);
        var loki = new KeraavaLoki();
        await using var palvelut = await PalvelutAsync(tietokanta, loki, new()
        {
            ["Seed:DemoData"] = "true",
            // Relative to the content root (here data/koski).
            ["Seed:DocumentFolder"] = "examples",
            ["Seed:KoodistoFolder"] = "ei-tallaista-kansiota",
            ["Seed:Palvelukayttajat:0:Tunnus"] = "primus-normaalikoulu",
            ["Seed:Palvelukayttajat:0:Salasana"] = "Tiedonsiirto-2026",
            ["Seed:Palvelukayttajat:0:Organisaatio"] = "1.2.246.562.10.14613773812",
        });

        await KaynnistaAsync(palvelut);

        var demo = DemoGeneraattori.Luo();
        var maarat = await MaaratAsync(tietokanta);
        Assert.Equal((12, demo.Oppijat.Count + 18, demo.Opiskeluoikeudet.Count + 29, demo.Opiskeluoikeudet.Count + 29),
            (maarat.Virkailijoita, maarat.Oppijoita, maarat.Opiskeluoikeuksia, maarat.Versioita));
        await using (var db = tietokanta.CreateDbContext())
        {
            Assert.Equal(29, await db.OpiskeluoikeusVersiot.CountAsync(v => v.Tallentaja == TietokannanAlustus.Tallentaja));
            Assert.Equal(0, await db.Koodit.CountAsync());
            var palvelukayttaja = await db.Palvelukayttajat.SingleAsync();
            Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Palvelukayttaja>()
                .VerifyHashedPassword(palvelukayttaja, palvelukayttaja.SalasanaHash, "Tiedonsiirto-2026"));
        }
        Assert.Contains(loki.Merkinnat, m => m.Taso == LogLevel.Warning && m.Viesti.Contains("ei-tallaista-kansiota", StringComparison.Ordinal));
        Assert.Contains(loki.Merkinnat, m => m.Taso == LogLevel.Information && m.Viesti.StartsWith("Demodata:", StringComparison.Ordinal));

        // A restart finds everything in place and adds nothing.
        await KaynnistaAsync(palvelut);
        Assert.Equal(maarat, await MaaratAsync(tietokanta));
    }

    [Fact]
    public async Task KoodistotJaOrganisaatiotTuodaanKunNeOnAsetettu()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync(migroi: false);
        await using var palvelut = await PalvelutAsync(tietokanta, new KeraavaLoki(), new()
        {
            ["Seed:KoodistoFolder"] = "koodisto",
            ["Seed:OrganisaatioHierarkia"] = Path.Combine("organisaatio", "hierarkia.json"),
        });

        await KaynnistaAsync(palvelut);

        await using var db = tietokanta.CreateDbContext();
        Assert.Equal(991, await db.Organisaatiot.CountAsync());
        Assert.Equal(160, await db.Koodit.Select(k => k.KoodistoUri).Distinct().CountAsync());
        Assert.Equal((0, 0), (await db.Virkailijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync()));
        // The tree held in memory was reloaded after the import.
        Assert.Equal(991, (await palvelut.GetRequiredService<OrganisaatioHakemisto>().PuuAsync()).Maara);
    }
}
